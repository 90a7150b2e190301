#pragma once

#include <QObject>

class QSocketNotifier;

namespace caliper::cli {

/// Turns Ctrl+C (SIGINT) and SIGTERM into a Qt signal on the thread that created the watcher, so a long command
/// can stop its work cleanly instead of dying between two database writes. Only one watcher may exist at a time;
/// the previous handlers come back when it is destroyed.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;

    /// How many interrupts have arrived so far.
    int count() const { return m_count; }

Q_SIGNALS:
    void interrupted();

private:
    void drain();

    QSocketNotifier* m_notifier = nullptr;
    int m_count = 0;
};

} // namespace caliper::cli
