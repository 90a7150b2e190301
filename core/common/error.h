#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace caliper {

/// What went wrong, and where: every failure a user can see carries this, so a message can name the file,
/// line and column (or the endpoint and HTTP status) instead of just saying "failed".
struct Error
{
    QString message;
    QString location; ///< file path, URL or table the error is about; empty when there is none
    qint64 line = 0; ///< 1-based; 0 when not applicable
    qint64 column = 0; ///< 1-based; 0 when not applicable

    /// "file:line:column: message", leaving out the parts that are not known.
    QString toString() const;
};

/// A value or an Error. Core code returns errors as values (coroutines must not throw, see QT-NOTES.md).
template <typename T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Success without a value.
struct Ok
{
};
using Status = Result<Ok>;

} // namespace caliper
