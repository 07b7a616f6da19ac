#include "referencerunloader.h"

#include "database.h"
#include "drillhistory.h"
#include "drillstore.h"
#include "runbookrevisionstore.h"

#include <QElapsedTimer>
#include <QMetaObject>

ReferenceRunLoader::ReferenceRunLoader(QObject *parent) : QObject(parent) {}

ReferenceRunLoader::~ReferenceRunLoader()
{
    if (m_thread.joinable())
        m_thread.join();
}

ReferenceRunLoader::Result ReferenceRunLoader::loadNow(const Request &request)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    auto opened = Database::open(request.databasePath, Database::Mode::ReadOnly);
    if (!opened) {
        result.problem = opened.error().message;
        return result;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    {
        const DrillStore drills(*database);
        const RunbookRevisionStore revisions(*database);
        const auto summaries =
            DrillHistory::load(drills, revisions, {request.runbookId, request.environment},
                               request.nowMs, Drill::RunKind::Hand);
        if (!summaries) {
            result.problem = summaries.error().message;
        } else {
            result.best =
                ReferenceRun::choose(*summaries, ReferenceRun::Choice::Best, request.runbookId,
                                     request.environment, request.excludedDrillId);
            result.last =
                ReferenceRun::choose(*summaries, ReferenceRun::Choice::Last, request.runbookId,
                                     request.environment, request.excludedDrillId);
        }
    } // the stores' queries go before the database
    database.reset();
    result.loadMs = timer.elapsed();
    return result;
}

void ReferenceRunLoader::start(const Request &request)
{
    if (m_thread.joinable())
        m_thread.join(); // the previous load ends first; its result is dropped
    const int generation = ++m_generation;
    m_loading = true;
    m_thread = std::thread([this, request, generation] {
        const Result result = loadNow(request);
        // Queued to this object's thread; the destructor joins before this object is gone.
        QMetaObject::invokeMethod(
            this, [this, generation, result] { finish(generation, result); }, Qt::QueuedConnection);
    });
}

void ReferenceRunLoader::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

void ReferenceRunLoader::finish(int generation, const Result &result)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (m_thread.joinable())
        m_thread.join();
    Q_EMIT loaded(result);
}
