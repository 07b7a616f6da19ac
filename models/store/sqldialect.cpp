// The parts of every dialect that are the same: substituting column types into DDL, and the
// message of a StoreError.
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

QString SqlDialect::ddl(QString statement) const
{
    statement.replace(u"{key}"_s, typeName(Column::Key));
    statement.replace(u"{integer}"_s, typeName(Column::Integer));
    statement.replace(u"{bytes}"_s, typeName(Column::Bytes));
    return statement;
}

StoreError SqlDialect::errorFrom(const QSqlError &error, const QString &doing) const
{
    return StoreError::make(
        codeOf(error),
        QCoreApplication::translate("SqlDialect", "%1 failed: %2").arg(doing, error.text()));
}
