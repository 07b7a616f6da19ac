// A fault injector the restore, backup and signal tests preload (LD_PRELOAD) into the real
// drilldeck: it counts the calls that change names in the file system (rename, link, unlink and
// their *at forms) on paths containing DRILLDECK_SHIM_MATCH, and at call DRILLDECK_SHIM_CALL
// sends the process the signal DRILLDECK_SHIM_SIGNAL (9 unless given): before the call, or once
// it returned with DRILLDECK_SHIM_WHEN=after. A test thus ends the program between any two of
// its steps, every time at the same one, instead of waiting for a lucky moment. After a signal
// the program handles, the calling thread waits up to a second for the process to end, then
// goes on (a step that holds signals off must be able to finish). Each counted call is written
// to stderr as `killshim: N PATH`, so a test sees when it has run out of steps.
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

namespace {
std::atomic<int> g_calls{0};

bool counts(const char *a, const char *b)
{
    const char *match = std::getenv("DRILLDECK_SHIM_MATCH");
    if (!match || !*match)
        return true;
    return (a && std::strstr(a, match)) || (b && std::strstr(b, match));
}

int envInt(const char *name, int fallback)
{
    const char *value = std::getenv(name);
    return value && *value ? std::atoi(value) : fallback;
}

bool after()
{
    const char *when = std::getenv("DRILLDECK_SHIM_WHEN");
    return when && std::strcmp(when, "after") == 0;
}

void strike()
{
    ::kill(::getpid(), envInt("DRILLDECK_SHIM_SIGNAL", SIGKILL));
    for (int i = 0; i < 100; ++i) {
        const timespec tenMs = {0, 10'000'000};
        ::nanosleep(&tenMs, nullptr);
    }
}

// Whether this call is the one to strike at.
bool begin(const char *a, const char *b)
{
    if (!counts(a, b))
        return false;
    const int n = ++g_calls;
    char line[600];
    const int len = std::snprintf(line, sizeof line, "killshim: %d %s\n", n, a ? a : "");
    if (len > 0) [[maybe_unused]]
        const ssize_t written =
            ::write(2, line, size_t(len) < sizeof line ? size_t(len) : sizeof line - 1);
    const bool hit = n == envInt("DRILLDECK_SHIM_CALL", 0);
    if (hit && !after())
        strike();
    return hit;
}

int end(bool hit, int result)
{
    if (hit && after())
        strike();
    return result;
}

template<typename F> F next(F, const char *name)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}
} // namespace

extern "C" {
int rename(const char *from, const char *to) noexcept
{
    const bool hit = begin(from, to);
    return end(hit, next(&rename, "rename")(from, to));
}

int renameat(int fromDir, const char *from, int toDir, const char *to) noexcept
{
    const bool hit = begin(from, to);
    return end(hit, next(&renameat, "renameat")(fromDir, from, toDir, to));
}

int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags) noexcept
{
    const bool hit = begin(from, to);
    return end(hit, next(&renameat2, "renameat2")(fromDir, from, toDir, to, flags));
}

int link(const char *from, const char *to) noexcept
{
    const bool hit = begin(from, to);
    return end(hit, next(&link, "link")(from, to));
}

int linkat(int fromDir, const char *from, int toDir, const char *to, int flags) noexcept
{
    const bool hit = begin(from, to);
    return end(hit, next(&linkat, "linkat")(fromDir, from, toDir, to, flags));
}

int unlink(const char *path) noexcept
{
    const bool hit = begin(path, nullptr);
    return end(hit, next(&unlink, "unlink")(path));
}

int unlinkat(int dir, const char *path, int flags) noexcept
{
    const bool hit = begin(path, nullptr);
    return end(hit, next(&unlinkat, "unlinkat")(dir, path, flags));
}
}
