// Where the start-up time goes: `QT_LOGGING_RULES=drilldeck.startup.debug=true drilldeck ...`
// prints each milestone with the milliseconds since main() began. Costs nothing when off.
#pragma once

class StartupTrace
{
public:
    static void begin();
    static void mark(const char *milestone);
};
