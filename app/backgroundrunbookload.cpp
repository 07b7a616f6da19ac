#include "backgroundrunbookload.h"

#include "runbookcache.h"

#include <condition_variable>
#include <mutex>
#include <thread>

struct BackgroundRunbookLoad::State
{
    std::mutex mutex;
    std::condition_variable done;
    std::optional<RunbookLoadResult> result;
    BackgroundRunbookLoad *owner = nullptr; // null once the owner is gone
};

BackgroundRunbookLoad::BackgroundRunbookLoad(const QString &path, QObject *parent)
    : QObject(parent), m_state(std::make_shared<State>()), m_path(path)
{
    m_state->owner = this;
    // Detached: the thread holds the state, never the object, and tells the object only while
    // it exists (its destructor takes the same lock).
    std::thread([state = m_state, path] {
        RunbookLoadResult loaded = RunbookCache::loadFile(path);
        const std::lock_guard lock(state->mutex);
        state->result = std::move(loaded);
        state->done.notify_all();
        if (state->owner)
            QMetaObject::invokeMethod(state->owner, &BackgroundRunbookLoad::finished,
                                      Qt::QueuedConnection);
    }).detach();
}

BackgroundRunbookLoad::~BackgroundRunbookLoad()
{
    const std::lock_guard lock(m_state->mutex);
    m_state->owner = nullptr;
}

bool BackgroundRunbookLoad::waitFor(std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_state->mutex);
    return m_state->done.wait_for(lock, timeout, [this] { return m_state->result.has_value(); });
}

RunbookLoadResult BackgroundRunbookLoad::result() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->result.value_or(RunbookLoadResult{});
}
