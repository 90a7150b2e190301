#include "cli/runprogressprinter.h"

#include <QCoreApplication>

namespace caliper::cli {

namespace {

// Plain lines are for logs: often enough to see the run move, rarely enough to stay short.
constexpr qint64 PlainIntervalMs = 5000;
constexpr int BarWidth = 24;

QString duration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return QStringLiteral("–");
    const qint64 seconds = (milliseconds + 999) / 1000;
    const QString minutesSeconds
        = QStringLiteral("%1:%2").arg((seconds / 60) % 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return seconds >= 3600
        ? QStringLiteral("%1:%2").arg(seconds / 3600).arg(minutesSeconds.rightJustified(5, QLatin1Char('0')))
        : minutesSeconds;
}

QString bar(const RunProgress& progress)
{
    const int finished = progress.done + progress.failed;
    const int filled = progress.total > 0 ? BarWidth * finished / progress.total : 0;
    return QLatin1Char('[') + QString(filled, QLatin1Char('#')) + QString(BarWidth - filled, QLatin1Char('.'))
        + QLatin1Char(']');
}

} // namespace

RunProgressPrinter::RunProgressPrinter(QTextStream& err, bool terminal)
    : m_err(err)
    , m_terminal(terminal)
{ }

QString RunProgressPrinter::describe(const RunProgress& progress, bool withBar)
{
    QString text = QCoreApplication::translate("caliper::cli", "%1/%2 done, %3 failed, %4 req/s, ETA %5")
                       .arg(progress.done)
                       .arg(progress.total)
                       .arg(progress.failed)
                       .arg(progress.requestsPerSecond, 0, 'f', 1)
                       .arg(duration(progress.etaMs));
    if (progress.cached > 0)
        text += QLatin1String(", ")
            + QCoreApplication::translate("caliper::cli", "%1 from the cache").arg(progress.cached);
    if (progress.state != RunState::Running)
        text += QLatin1String(" (") + runStateName(progress.state) + QLatin1Char(')');
    if (progress.judging) // the judge phase counts judgements, not samples
        text = QCoreApplication::translate("caliper::cli", "Judging: %1").arg(text);
    return withBar ? bar(progress) + QLatin1Char(' ') + text : text;
}

void RunProgressPrinter::update(const RunProgress& progress)
{
    if (m_terminal) {
        const QString line = describe(progress, true);
        // Spaces wipe what a longer previous line left behind.
        m_err << '\r' << line.leftJustified(m_lineLength);
        m_lineLength = line.size();
        m_err.flush();
        return;
    }
    if (m_sinceLine.isValid() && m_sinceLine.elapsed() < PlainIntervalMs)
        return;
    m_sinceLine.start();
    m_lastPlainLine = describe(progress, false);
    m_err << m_lastPlainLine << '\n';
    m_err.flush();
}

void RunProgressPrinter::note(const QString& message)
{
    endLine();
    m_err << message << '\n';
    m_err.flush();
}

void RunProgressPrinter::finish(const RunProgress& progress)
{
    if (m_terminal)
        update(progress);
    else if (const QString line = describe(progress, false); line != m_lastPlainLine)
        m_err << line << '\n';
    endLine();
    m_err.flush();
}

void RunProgressPrinter::endLine()
{
    if (m_lineLength > 0)
        m_err << '\n';
    m_lineLength = 0;
}

} // namespace caliper::cli
