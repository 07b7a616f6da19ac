// The drill log filtered for the people reading it: by category, by who, by step.
#pragma once

#include <QSortFilterProxyModel>

class EventLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static constexpr auto everything = "";
    static constexpr auto observationsOnly = "observations";

    explicit EventLogFilterModel(QObject *parent = nullptr);
    ~EventLogFilterModel() override;

    // "" every event; "observations" every observation; or one category ("issue"...).
    void setCategory(const QString &category);
    void setAuthor(const QString &author); // "" anyone
    void setStep(const QString &stepId);   // "" any step

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_category;
    QString m_author;
    QString m_step;
};
