// What the stores need of an open database, whichever backend holds it: the Qt SQL connection,
// its SqlDialect and its errors. Database (a SQLite file, models/store/sqlite/) is one; a second
// backend is another subclass with its own dialect, and the stores stay as they are.
#pragma once

#include "sqldialect.h"
#include "storeerror.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class StoreConnection
{
public:
    virtual ~StoreConnection() = default;

    virtual QSqlDatabase connection() const = 0;
    virtual const SqlDialect &dialect() const = 0;

    // A statement of this connection failed while doing something: the error to return.
    StoreError failed(const QSqlError &error, const QString &doing) const
    {
        return dialect().errorFrom(error, doing);
    }

    // A string to bind to a TEXT NOT NULL column: a null QString binds as SQL NULL otherwise.
    static QVariant text(const QString &value)
    {
        return value.isNull() ? QVariant(QString(QStringLiteral(""))) : QVariant(value);
    }

protected:
    StoreConnection() = default;
    StoreConnection(const StoreConnection &) = default;
    StoreConnection &operator=(const StoreConnection &) = default;
};
