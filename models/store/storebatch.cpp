#include "storebatch.h"

#include "storeconnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StoreBatch)
};
} // namespace

StoreBatch::StoreBatch(const StoreConnection &connection) : m_connection(connection)
{
    QSqlDatabase db = m_connection.connection();
    m_open = db.transaction();
    if (!m_open)
        m_error = m_connection.failed(db.lastError(), Text::tr("starting a batch of writes"));
}

StoreBatch::~StoreBatch()
{
    if (m_open)
        m_connection.connection().rollback();
}

StoreError StoreBatch::commit()
{
    if (!m_open)
        return m_error;
    QSqlDatabase db = m_connection.connection();
    m_open = false;
    if (db.commit())
        return {};
    const StoreError error =
        m_connection.failed(db.lastError(), Text::tr("storing a batch of writes"));
    db.rollback();
    return error;
}
