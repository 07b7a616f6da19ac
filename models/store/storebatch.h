// Many writes of the stores as one transaction, for filling a database in bulk (test fixtures,
// benchmarks): all of them are stored at commit(), none if the batch ends without it. The
// stores' own writes inside it join the batch.
#pragma once

#include "storeerror.h"

class StoreConnection;

class StoreBatch
{
public:
    explicit StoreBatch(const StoreConnection &connection); // begins; see error()
    ~StoreBatch();                                          // rolls back unless committed
    StoreBatch(const StoreBatch &) = delete;
    StoreBatch &operator=(const StoreBatch &) = delete;

    // Why the batch could not begin (empty when it did).
    StoreError error() const { return m_error; }
    // Stores every write of the batch; the error when it cannot (and then nothing is stored).
    StoreError commit();

private:
    const StoreConnection &m_connection;
    StoreError m_error;
    bool m_open = false;
};
