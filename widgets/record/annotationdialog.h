// Pins a note to a step, or changes or removes it; the facilitator chooses whether the
// projector shows it.
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

class AnnotationDialog : public QDialog
{
    Q_OBJECT
public:
    AnnotationDialog(const QString &stepTitle, const QString &text, bool onProjector, bool exists,
                     QWidget *parent = nullptr);
    ~AnnotationDialog() override;

    QString text() const;
    bool onProjector() const;
    bool removeRequested() const { return m_remove; }

    void accept() override;

private:
    QLineEdit *m_text;
    QCheckBox *m_projector;
    QLabel *m_problem;
    bool m_remove = false;
};
