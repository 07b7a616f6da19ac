// A value or the StoreError that kept the store from producing it.
#pragma once

#include "storeerror.h"

#include <optional>
#include <utility>

template<typename T> class StoreResult
{
public:
    StoreResult(T value) : m_value(std::move(value)) {}
    StoreResult(StoreError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T value() && { return std::move(*m_value); } // by value: safe on temporaries
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const StoreError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};
