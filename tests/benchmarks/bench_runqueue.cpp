// The run queue under load: 1,000 requests at concurrency 32 against the mock server (100 ms per answer), the
// mock in its own process (caliper-mock-llm) so this process's CPU time is the client's alone, the queue on a
// worker thread as RunService runs it. Prints wall time against the ideal ceil(N / concurrency) × latency, client
// CPU time per request, and the longest event-loop stall of the main (GUI) thread and of the queue's thread,
// measured by 5 ms timers. Figures are printed, not asserted: they depend on the machine.
//
// Usage: bench_runqueue [--items N] [--concurrency C] [--latency-ms L] [--mock PATH]

#include "runs/runqueue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace caliper;

namespace {

/// Records the longest gap between ticks of a 5 ms timer on the thread it lives on.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.callOnTimeout(this, [this] { m_longest = std::max(m_longest, m_clock.restart()); });
    }
    void start()
    {
        m_clock.start();
        m_timer.start(5);
    }
    qint64 longestGapMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds
        = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// Starts caliper-mock-llm on a free port and returns its base URL (empty when it did not start).
QUrl startMock(QProcess& mock, const QString& program, int latencyMs)
{
    mock.start(program,
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--latency-ms"), QString::number(latencyMs)});
    if (!mock.waitForStarted(10'000) || !mock.waitForReadyRead(10'000))
        return {};
    const QString line = QString::fromUtf8(mock.readLine()).trimmed();
    const qsizetype at = line.indexOf(QLatin1String("http://"));
    return at < 0 ? QUrl() : QUrl(line.mid(at));
}

RunPlan makePlan(const QUrl& baseUrl, int items, int concurrency)
{
    Endpoint endpoint;
    endpoint.name = QStringLiteral("mock");
    endpoint.baseUrl = baseUrl;
    endpoint.model = QStringLiteral("mock-chat");
    endpoint.concurrency = concurrency;
    RunPlan plan;
    plan.runId = 1;
    plan.name = QStringLiteral("bench");
    plan.models = {RunModel {1, endpoint.name, endpoint}};
    for (int i = 0; i < items; ++i) {
        WorkItem item;
        item.modelId = 1;
        item.sampleId = i;
        item.sampleKey = QString::number(i);
        item.request.messages = {{QStringLiteral("system"), QStringLiteral("Summarise the visit.")},
            {QStringLiteral("user"), QStringLiteral("[doctor] What brings you in? [patient] Sample %1.").arg(i)}};
        plan.items.append(item);
    }
    return plan;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption itemsOption(
        QStringLiteral("items"), QStringLiteral("Requests."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"), QStringLiteral("Concurrency."), QStringLiteral("n"), QStringLiteral("32"));
    const QCommandLineOption latencyOption(
        QStringLiteral("latency-ms"), QStringLiteral("Mock latency."), QStringLiteral("ms"), QStringLiteral("100"));
    const QCommandLineOption mockOption(QStringLiteral("mock"), QStringLiteral("caliper-mock-llm."),
        QStringLiteral("path"), QStringLiteral(CALIPER_MOCK_LLM));
    parser.addOptions({itemsOption, concurrencyOption, latencyOption, mockOption});
    parser.process(app);
    const int items = parser.value(itemsOption).toInt();
    const int concurrency = parser.value(concurrencyOption).toInt();
    const int latencyMs = parser.value(latencyOption).toInt();

    QProcess mock;
    const QUrl baseUrl = startMock(mock, parser.value(mockOption), latencyMs);
    if (baseUrl.isEmpty()) {
        std::fprintf(stderr, "could not start %s\n", qPrintable(parser.value(mockOption)));
        return 1;
    }

    QThread worker;
    worker.start();
    auto* queue = new RunQueue(nullptr);
    StallMeter* workerMeter = nullptr; // made on the worker thread, where its timer must live
    queue->moveToThread(&worker);
    StallMeter mainMeter;
    mainMeter.start();
    int failed = 0;
    int progressSignals = 0;
    QObject::connect(queue, &RunQueue::progressChanged, &app, [&progressSignals] { ++progressSignals; });
    QObject::connect(queue, &RunQueue::runEnded, &app, [&](const RunProgress& last) {
        failed = last.failed;
        app.quit();
    });

    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QMetaObject::invokeMethod(queue, [&] {
        workerMeter = new StallMeter;
        workerMeter->start();
        RunHooks hooks;
        hooks.commit = [](const WorkOutcome&) -> Status { return Ok {}; };
        queue->add(makePlan(baseUrl, items, concurrency), hooks);
    });
    QCoreApplication::exec();
    const qint64 wallMs = wall.elapsed();
    const double cpu = cpuSeconds() - cpuBefore;

    qint64 workerStall = 0;
    QMetaObject::invokeMethod(
        queue,
        [&] {
            workerStall = workerMeter->longestGapMs();
            delete workerMeter;
            delete queue;
        },
        Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
    mock.kill();
    mock.waitForFinished();

    const qint64 ideal = (items + concurrency - 1) / concurrency * latencyMs;
    std::printf(
        "requests: %d at concurrency %d, mock latency %d ms (failed: %d)\n", items, concurrency, latencyMs, failed);
    std::printf("wall time: %lld ms (ideal %lld ms, %.2fx)\n", static_cast<long long>(wallMs),
        static_cast<long long>(ideal), static_cast<double>(wallMs) / static_cast<double>(ideal));
    std::printf("client CPU: %.1f ms total, %.3f ms per request\n", cpu * 1000, cpu * 1000 / items);
    std::printf("longest stall: main thread %lld ms, queue thread %lld ms (5 ms timers)\n",
        static_cast<long long>(mainMeter.longestGapMs()), static_cast<long long>(workerStall));
    std::printf("progress signals: %d\n", progressSignals);
    return failed == 0 ? 0 : 1;
}
