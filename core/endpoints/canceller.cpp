#include "endpoints/canceller.h"

#include <QTimer>

#include <qcoro/qcorosignal.h>

namespace caliper {

void Canceller::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    Q_EMIT cancelled();
}

QCoro::Task<> sleepUnlessCancelled(CancelToken token, qint64 milliseconds)
{
    if (token->isCancelled())
        co_return;
    Canceller wake;
    QTimer timer;
    timer.setSingleShot(true);
    // A coarse timer may fire up to 5% early; a server's Retry-After is a minimum, so wait precisely.
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &wake, &Canceller::cancel);
    QObject::connect(token.get(), &Canceller::cancelled, &wake, &Canceller::cancel);
    timer.start(static_cast<int>(std::min<qint64>(milliseconds, std::numeric_limits<int>::max())));
    co_await qCoro(&wake, &Canceller::cancelled);
}

} // namespace caliper
