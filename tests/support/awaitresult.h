#pragma once

#include <qcoro/qcorotask.h>

#include <optional>

namespace caliper::test {

namespace detail {
template <typename T> QCoro::Task<std::optional<T>> wrapped(QCoro::Task<T> task)
{
    co_return co_await std::move(task);
}
} // namespace detail

/// QCoro::waitFor for results that are not default-constructible (Result<T>, Status): QCoro 0.8's waitFor needs
/// a default constructor, so the result travels through an optional. The task must not throw (QT-NOTES.md).
template <typename T> T awaitResult(QCoro::Task<T>&& task)
{
    return *QCoro::waitFor(detail::wrapped(std::move(task)));
}

} // namespace caliper::test
