#pragma once

#include <QObject>

#include <qcoro/qcorotask.h>

#include <memory>

namespace caliper {

/// A one-shot flag with a signal: lets whoever started a request stop it (and its retries) from outside the
/// coroutine, and serves as the thing a coroutine waits on.
class Canceller : public QObject
{
    Q_OBJECT
public:
    void cancel();
    bool isCancelled() const { return m_cancelled; }
Q_SIGNALS:
    void cancelled();

private:
    bool m_cancelled = false;
};
using CancelToken = std::shared_ptr<Canceller>;

/// Waits until `milliseconds` have passed or `token` is cancelled, whichever comes first. (QCoro 0.8's
/// qCoro(object, signal, timeout) returned at once here instead of waiting; this uses a plain QTimer.)
QCoro::Task<> sleepUnlessCancelled(CancelToken token, qint64 milliseconds);

} // namespace caliper
