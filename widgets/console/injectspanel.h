// The facilitator's injects: surprises to reveal on cue. Only the facilitator sees the list;
// a revealed inject is logged and goes to the projector.
#pragma once

#include "inject.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;

class InjectsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InjectsPanel(QWidget *parent = nullptr);
    ~InjectsPanel() override;

    void setInjects(const QList<Inject> &injects, const QSet<QString> &revealed);
    // The id of the first inject not yet revealed, in the runbook's order, or empty.
    QString nextUnrevealed() const;
    QString selectedInject() const;
    // Injects whose `after:` step is done and that wait to be revealed: the first is cued
    // ("Inject ready: … — reveal with Ctrl+I") and selected, so Ctrl+I reveals it.
    void setReadyInjects(const QStringList &injectIds);
    // The cue shown, or empty.
    QString cue() const;
    static QString cueText(const QString &title);
    int count() const;
    // What the list shows of an inject's note (Markdown): its text, as one reads it.
    static QString plainText(const QString &markdown);

Q_SIGNALS:
    void revealRequested(const QString &injectId);

private:
    QListWidget *m_list;
    QLabel *m_cue;
    QStringList m_ready;
    QList<Inject> m_injects;
    QSet<QString> m_revealed;
};
