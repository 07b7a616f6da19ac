// One drill in time: a row per step (start, end and duration in minutes from the drill's
// start, wall clock; on the critical path or not), and the moments to mark on a Gantt chart:
// pauses, injects, observations and service restored. Feeds the timeline chart, its table
// and its CSV.
#pragma once

#include "drillevent.h"
#include "drillsummary.h"

#include <QAbstractTableModel>
#include <QList>

class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StepColumn,
        StartColumn, // minutes from the drill's start
        EndColumn,
        DurationColumn, // end - start (pauses included)
        CriticalColumn, // "critical" or empty
        ColumnCount
    };
    enum Role { StepIdRole = Qt::UserRole, CriticalRole };

    struct Marker
    {
        enum class Kind { Paused, Resumed, Inject, Observation, ServiceRestored };
        Kind kind = Kind::Observation;
        double minute = 0; // from the drill's start
        QString text;
        bool operator==(const Marker &) const = default;
    };

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    // Steps that never started are left out.
    void setDrill(const DrillSummary &drill, const QList<DrillEvent> &events);
    const QList<Marker> &markers() const { return m_markers; }
    QString label() const { return m_label; }
    double lastMinute() const; // the drill's end, or the last step's

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString stepId;
        QString title;
        double start = 0;
        double end = 0;
        bool critical = false;
    };
    QList<Row> m_rows;
    QList<Marker> m_markers;
    QString m_label;
    double m_endMinute = 0;
};
