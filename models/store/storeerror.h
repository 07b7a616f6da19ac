// What went wrong in the store, as a value the UI can show: a code to branch on, a message to
// print.
#pragma once

#include <QString>

struct StoreError
{
    enum class Code {
        None,
        NotFound,     // a missing file or row
        NotDrillDeck, // a SQLite file some other program wrote, or not SQLite at all
        Damaged,      // fails PRAGMA quick_check
        TooNew,       // written by a newer DrillDeck
        Locked,       // another live DrillDeck has it open
        ReadOnly,     // the file or the connection cannot be written
        Full,         // disk or database full
        Sql,          // any other database failure
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }
    bool operator==(const StoreError &) const = default;

    static StoreError make(Code code, const QString &message) { return {code, message}; }
};
