// The run queue against the in-process mock server, with in-memory hooks: answers, limits, pacing, 429 back-off,
// retries and failures, the cache, failed commits, pause/resume/cancel, shared endpoints, built-in models and
// destruction with requests in flight.
#include "baselines/baselines.h"
#include "endpoints/chatprotocol.h"
#include "mockcompletion.h"
#include "mockllmserver.h"
#include "runs/runqueue.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace caliper;
using caliper::mock::MockLlmServer;
using Fault = MockLlmServer::FaultKind;

namespace {

/// The hooks' storage: what was committed, a cache to answer from, and commits made to fail on demand.
struct MemoryStore
{
    QList<WorkOutcome> committed;
    QHash<QString, ChatResult> cache; ///< by user message
    int commitCalls = 0;
    QList<int> failingCalls; ///< 1-based numbers of the commit calls that fail

    RunHooks hooks()
    {
        RunHooks hooks;
        hooks.lookupCache = [this](const Endpoint&, const WorkItem& item) -> std::optional<ChatResult> {
            const auto it = cache.constFind(item.request.messages.constLast().content);
            return it == cache.constEnd() ? std::nullopt : std::optional<ChatResult>(*it);
        };
        hooks.commit = [this](const WorkOutcome& outcome) -> Status {
            if (failingCalls.contains(++commitCalls)) {
                Error error;
                error.message = QStringLiteral("database or disk is full");
                error.location = QStringLiteral("caliper.sqlite");
                return error;
            }
            committed.append(outcome);
            return Ok {};
        };
        return hooks;
    }
    QSet<qint64> committedSamples() const
    {
        QSet<qint64> samples;
        for (const WorkOutcome& outcome : committed)
            samples.insert(outcome.item.sampleId);
        return samples;
    }
};

QString transcript(int i)
{
    return QStringLiteral("[doctor] How are you today? [patient] Sample %1: a cough for %2 days. It got worse.")
        .arg(i)
        .arg(i % 7 + 1);
}

/// What the mock answers to this request, from its own generator (not from the client under test).
QString mockAnswer(const Endpoint& endpoint, const ChatRequest& request)
{
    const QJsonObject body = QJsonDocument::fromJson(chatRequestBody(endpoint, request)).object();
    const QJsonObject json = mock::completionJson(mock::makeCompletion(body), QStringLiteral("expected"));
    return parseChatCompletion(QJsonDocument(json).toJson()).value().content;
}

} // namespace

class TestRunQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<MockLlmServer>();
        QVERIFY(m_server->listen());
        m_queue = std::make_unique<RunQueue>(nullptr);
        m_queue->setRetryPolicy(RetryPolicy {10, 50, 5000});
        m_store = MemoryStore {};
    }
    void cleanup()
    {
        m_queue.reset();
        m_server.reset();
    }

    void completesEveryItem_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::addColumn<int>("concurrency");
        QTest::addRow("whole, one at a time") << false << 1;
        QTest::addRow("streamed, four at a time") << true << 4;
    }
    void completesEveryItem()
    {
        QFETCH(bool, stream);
        QFETCH(int, concurrency);
        const Endpoint e = endpoint(concurrency);
        RunPlan plan = makePlan(1, {e, endpoint(concurrency, 0, QStringLiteral("mock-reasoner"))}, 10, stream);
        plan.alreadyDone = 5;
        QSignalSpy finished(m_queue.get(), &RunQueue::itemFinished);
        const RunProgress last = runToEnd(std::move(plan));
        QCOMPARE(last.state, RunState::Finished);
        QCOMPARE(last.total, 25);
        QCOMPARE(last.done, 25);
        QCOMPARE(last.failed, 0);
        QCOMPARE(last.inFlight, 0);
        QCOMPARE(last.etaMs, 0);
        QVERIFY(last.lastError.isEmpty());
        QCOMPARE(finished.count(), 20);
        QCOMPARE(m_store.committed.size(), 20);
        QCOMPARE(m_server->chatRequestCount(), 20);
        for (const WorkOutcome& outcome : std::as_const(m_store.committed)) {
            QVERIFY(outcome.result.ok());
            QVERIFY(!outcome.fromCache);
            const Endpoint used
                = outcome.item.modelId == 1 ? e : endpoint(concurrency, 0, QStringLiteral("mock-reasoner"));
            QCOMPARE(outcome.result.content, mockAnswer(used, outcome.item.request));
        }
        QVERIFY(!m_queue->isActive(1));
        QCOMPARE(m_queue->progress(1).done, 25);
    }

    void respectsAndReachesConcurrency_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::addRow("3") << 3;
        QTest::addRow("6, one manager") << 6;
        QTest::addRow("12, two managers to one host") << 12;
        QTest::addRow("20, four managers") << 20;
    }
    void respectsAndReachesConcurrency()
    {
        QFETCH(int, concurrency);
        m_server->setLatencyMs(300);
        const RunProgress last = runToEnd(makePlan(1, {endpoint(concurrency)}, 2 * concurrency + 1));
        QCOMPARE(last.done, 2 * concurrency + 1);
        QCOMPARE(m_server->maxConcurrentRequests(), concurrency);
    }

    void pacesRequestsPerMinute()
    {
        QElapsedTimer clock;
        clock.start();
        QList<qint64> received;
        connect(m_server.get(), &MockLlmServer::requestReceived, this, [&] { received.append(clock.elapsed()); });
        const RunProgress last = runToEnd(makePlan(1, {endpoint(8, 600)}, 8));
        QCOMPARE(last.done, 8);
        QCOMPARE(received.size(), 8);
        // 600 rpm: one start every 100 ms. Arrival at the server jitters a little, so the bounds are generous.
        for (qsizetype i = 1; i < received.size(); ++i)
            QVERIFY2(received[i] - received[i - 1] >= 80, qPrintable(QString::number(received[i] - received[i - 1])));
        const qint64 span = received.constLast() - received.constFirst();
        QVERIFY2(span >= 680 && span < 2000, qPrintable(QString::number(span)));
    }

    void rateLimitLowersConcurrencyThenRecovers()
    {
        m_server->setLatencyMs(30);
        m_server->pushFault({Fault::RateLimited, 1}); // Retry-After: 1 s
        QSignalSpy changes(m_queue.get(), &RunQueue::concurrencyChanged);
        const Endpoint e = endpoint(4);
        const RunProgress last = runToEnd(makePlan(1, {e}, 40));
        QCOMPARE(last.done, 40);
        QCOMPARE(last.failed, 0);
        QVERIFY(changes.count() >= 3);
        QCOMPARE(changes.first().at(1).toInt(), 2);
        QCOMPARE(changes.last().at(1).toInt(), 4);
        QCOMPARE(m_queue->currentConcurrency(e), 4);
    }

    void retriesServerErrors()
    {
        m_server->pushFault({Fault::ServerError, 0}, 2);
        const RunProgress last = runToEnd(makePlan(1, {endpoint(1)}, 3));
        QCOMPARE(last.done, 3);
        QCOMPARE(last.failed, 0);
        QCOMPARE(m_server->chatRequestCount(), 5);
        QCOMPARE(m_store.committed.first().result.attempts, 3);
    }

    void countsFinalFailures()
    {
        Endpoint e = endpoint(1);
        e.maxRetries = 1;
        m_server->pushFault({Fault::ServerError, 0}, 2);
        const RunProgress last = runToEnd(makePlan(1, {e}, 3));
        QCOMPARE(last.state, RunState::Finished);
        QCOMPARE(last.done, 2);
        QCOMPARE(last.failed, 1);
        QVERIFY2(last.lastError.contains(QLatin1String("HTTP 500")), qPrintable(last.lastError));
        QVERIFY2(last.lastError.contains(m_server->baseUrl().toString()), qPrintable(last.lastError));
        QVERIFY2(last.lastError.contains(QLatin1String("s0")), qPrintable(last.lastError));
        QCOMPARE(m_store.committed.size(), 3);
        QCOMPARE(m_store.committed.first().result.failure->httpStatus, 500);
    }

    void answersFromCacheWithoutRequests()
    {
        RunPlan plan = makePlan(1, {endpoint(2)}, 6);
        for (const WorkItem& item : std::as_const(plan.items)) {
            ChatResult cached;
            cached.content = QStringLiteral("cached answer for ") + item.sampleKey;
            m_store.cache.insert(item.request.messages.constLast().content, cached);
        }
        const RunProgress last = runToEnd(std::move(plan));
        QCOMPARE(last.done, 6);
        QCOMPARE(last.cached, 6);
        QCOMPARE(m_server->requestCount(), 0);
        for (const WorkOutcome& outcome : std::as_const(m_store.committed)) {
            QVERIFY(outcome.fromCache);
            QCOMPARE(outcome.result.content, QStringLiteral("cached answer for ") + outcome.item.sampleKey);
        }
    }

    void failedCommitPausesAndKeepsTheItem_data()
    {
        QTest::addColumn<bool>("fromCache");
        QTest::addRow("requested") << false;
        QTest::addRow("cache hit") << true;
    }
    void failedCommitPausesAndKeepsTheItem()
    {
        QFETCH(bool, fromCache);
        RunPlan plan = makePlan(1, {endpoint(1)}, 5);
        if (fromCache)
            m_store.cache.insert(plan.items.at(2).request.messages.constLast().content, ChatResult {});
        m_store.failingCalls = {3};
        QSignalSpy progress(m_queue.get(), &RunQueue::progressChanged);
        QVERIFY(m_queue->add(std::move(plan), m_store.hooks()).ok());
        QTRY_COMPARE(m_queue->progress(1).state, RunState::Paused);
        QTRY_COMPARE(m_queue->progress(1).inFlight, 0);
        const RunProgress paused = m_queue->progress(1);
        QCOMPARE(paused.done, 2);
        QVERIFY2(paused.lastError.contains(QLatin1String("disk is full")), qPrintable(paused.lastError));
        QVERIFY(paused.lastError.contains(QLatin1String("s2")));
        QTRY_VERIFY(!progress.isEmpty() && progress.last().at(0).value<RunProgress>().state == RunState::Paused);
        QCOMPARE(m_server->chatRequestCount(), fromCache ? 2 : 3);
        QSignalSpy ended(m_queue.get(), &RunQueue::runEnded);
        m_queue->resume(1);
        QTRY_COMPARE(ended.count(), 1);
        QCOMPARE(ended.first().at(0).value<RunProgress>().done, 5);
        QCOMPARE(m_store.committed.size(), 5);
        QCOMPARE(m_store.committedSamples().size(), 5);
        // The answer that could not be stored is stored on resume, not requested again.
        QCOMPARE(m_server->chatRequestCount(), fromCache ? 4 : 5);
    }

    void pauseLetsInFlightFinishThenResumes()
    {
        m_server->setLatencyMs(200);
        QVERIFY(m_queue->add(makePlan(1, {endpoint(2)}, 8), m_store.hooks()).ok());
        QTRY_COMPARE(m_server->chatRequestCount(), 2);
        m_queue->pause(1);
        QCOMPARE(m_queue->progress(1).state, RunState::Paused);
        QTRY_COMPARE(m_store.committed.size(), 2); // in flight: finished and committed
        QTRY_COMPARE(m_queue->progress(1).inFlight, 0);
        QCoreApplication::processEvents(); // a dispatch pass, had one been due
        QCOMPARE(m_server->chatRequestCount(), 2);
        QSignalSpy ended(m_queue.get(), &RunQueue::runEnded);
        m_queue->resume(1);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
        QCOMPARE(ended.first().at(0).value<RunProgress>().state, RunState::Finished);
        QCOMPARE(m_store.committed.size(), 8);
    }

    void cancelAbortsWithoutCommitting()
    {
        m_server->pushFault({Fault::Stall, 0}, 10);
        QVERIFY(m_queue->add(makePlan(1, {endpoint(3)}, 10), m_store.hooks()).ok());
        QTRY_COMPARE(m_server->chatRequestCount(), 3);
        QSignalSpy ended(m_queue.get(), &RunQueue::runEnded);
        QElapsedTimer clock;
        clock.start();
        m_queue->cancel(1);
        QTRY_COMPARE(ended.count(), 1);
        QVERIFY(clock.elapsed() < 2000);
        const RunProgress last = ended.first().at(0).value<RunProgress>();
        QCOMPARE(last.state, RunState::Cancelled);
        QCOMPARE(last.done, 0);
        QCOMPARE(last.failed, 0);
        QCOMPARE(last.inFlight, 0);
        QVERIFY(m_store.committed.isEmpty());
        QVERIFY(!m_queue->isActive(1));
        QCOMPARE(m_server->chatRequestCount(), 3);
    }

    void runsSharingAnEndpointShareItsLimit()
    {
        m_server->setLatencyMs(150);
        QSignalSpy finished(m_queue.get(), &RunQueue::itemFinished);
        QSignalSpy ended(m_queue.get(), &RunQueue::runEnded);
        QVERIFY(m_queue->add(makePlan(1, {endpoint(3)}, 9), m_store.hooks()).ok());
        QVERIFY(m_queue->add(makePlan(2, {endpoint(3)}, 9), m_store.hooks()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 10000);
        QCOMPARE(m_server->maxConcurrentRequests(), 3);
        // Taken in turn: both runs are served from the start, neither waits for the other to finish.
        QSet<qint64> firstRuns;
        for (int i = 0; i < 6; ++i)
            firstRuns.insert(finished.at(i).at(0).toLongLong());
        QCOMPARE(firstRuns.size(), 2);
    }

    void runsOnDifferentModelsHaveTheirOwnLimits()
    {
        m_server->setLatencyMs(300);
        QSignalSpy ended(m_queue.get(), &RunQueue::runEnded);
        QVERIFY(m_queue->add(makePlan(1, {endpoint(2)}, 4), m_store.hooks()).ok());
        QVERIFY(m_queue->add(makePlan(2, {endpoint(2, 0, QStringLiteral("mock-reasoner"))}, 4), m_store.hooks()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 10000);
        QCOMPARE(m_server->maxConcurrentRequests(), 4);
    }

    void runsBuiltinModelsInProcess()
    {
        Endpoint lead;
        lead.name = QStringLiteral("Lead-3");
        lead.model = QString::fromLatin1(baselines::LeadModel);
        Endpoint unknown = lead;
        unknown.name = QStringLiteral("Nope");
        unknown.model = QStringLiteral("builtin:nope");
        const RunProgress last = runToEnd(makePlan(1, {lead, unknown}, 4));
        QCOMPARE(last.done, 4);
        QCOMPARE(last.failed, 4);
        QVERIFY2(last.lastError.contains(QLatin1String("Nope")), qPrintable(last.lastError));
        QCOMPARE(m_server->requestCount(), 0);
        for (const WorkOutcome& outcome : std::as_const(m_store.committed)) {
            if (outcome.item.modelId == 2) {
                QVERIFY(!outcome.result.ok());
                continue;
            }
            QVERIFY(outcome.result.ok());
            QCOMPARE(outcome.result.content, baselines::leadSummary(outcome.item.request.messages.constLast().content));
        }
    }

    void throttlesProgress()
    {
        QSignalSpy progress(m_queue.get(), &RunQueue::progressChanged);
        QElapsedTimer clock;
        clock.start();
        const RunProgress last = runToEnd(makePlan(1, {endpoint(8)}, 200));
        QCOMPARE(last.done, 200);
        // At most one every 100 ms, plus the state changes (Running, Finished) and the one in flight at the end.
        const qint64 allowed = clock.elapsed() / 100 + 4;
        QVERIFY2(progress.count() <= allowed, qPrintable(QStringLiteral("%1 > %2").arg(progress.count()).arg(allowed)));
        QVERIFY(progress.count() >= 2);
        QCOMPARE(progress.last().at(0).value<RunProgress>().state, RunState::Finished);
    }

    void rejectsBadPlans()
    {
        QVERIFY(m_queue->add(makePlan(1, {endpoint(1)}, 1), m_store.hooks()).ok());
        QVERIFY(!m_queue->add(makePlan(1, {endpoint(1)}, 1), m_store.hooks()).ok());
        RunPlan stray = makePlan(2, {endpoint(1)}, 1);
        stray.items.first().modelId = 99;
        QVERIFY(!m_queue->add(stray, m_store.hooks()).ok());
        Endpoint noUrl = endpoint(1);
        noUrl.baseUrl = QUrl();
        QVERIFY(!m_queue->add(makePlan(3, {noUrl}, 1), m_store.hooks()).ok());
        QVERIFY(!m_queue->add(makePlan(4, {endpoint(1)}, 1), RunHooks {}).ok());
        const RunProgress empty = runToEnd(makePlan(5, {endpoint(1)}, 0));
        QCOMPARE(empty.state, RunState::Finished);
    }

    // ASan/LSan builds check that nothing is touched or leaked after this.
    void destructionWithRequestsInFlightIsClean()
    {
        m_server->pushFault({Fault::Stall, 0}, 4);
        m_server->setLatencyMs(100);
        Endpoint lead;
        lead.name = QStringLiteral("Lead-3");
        lead.model = QString::fromLatin1(baselines::LeadModel);
        QVERIFY(m_queue->add(makePlan(1, {endpoint(4), lead}, 50), m_store.hooks()).ok());
        QTRY_COMPARE(m_server->chatRequestCount(), 4);
        const qsizetype committed = m_store.committed.size();
        m_queue.reset();
        QCOMPARE(m_store.committed.size(), committed);
    }

private:
    Endpoint endpoint(int concurrency, int rpm = 0, const QString& model = QStringLiteral("mock-chat")) const
    {
        Endpoint e;
        e.name = QStringLiteral("mock ") + model;
        e.baseUrl = m_server->baseUrl();
        e.model = model;
        e.concurrency = concurrency;
        e.requestsPerMinute = rpm;
        e.maxRetries = 3;
        e.connectTimeoutMs = 5000;
        e.firstByteTimeoutMs = 30000;
        e.totalTimeoutMs = 60000;
        return e;
    }
    /// `perModel` items for each endpoint (model ids 1, 2, …; sample ids from 0).
    static RunPlan makePlan(qint64 runId, const QList<Endpoint>& endpoints, int perModel, bool stream = false)
    {
        RunPlan plan;
        plan.runId = runId;
        plan.name = QStringLiteral("run %1").arg(runId);
        for (qsizetype m = 0; m < endpoints.size(); ++m) {
            const qint64 modelId = m + 1;
            plan.models.append(RunModel {modelId, endpoints[m].name, endpoints[m]});
            for (int i = 0; i < perModel; ++i) {
                WorkItem item;
                item.modelId = modelId;
                item.sampleId = i;
                item.sampleKey = QStringLiteral("s%1").arg(i);
                item.request.messages = {{QStringLiteral("system"), QStringLiteral("Summarise the visit.")},
                    {QStringLiteral("user"), transcript(i)}};
                item.request.parameters.temperature = 0.0;
                item.request.parameters.stream = stream;
                plan.items.append(item);
            }
        }
        return plan;
    }
    RunProgress runToEnd(RunPlan plan)
    {
        QSignalSpy ended(m_queue.get(), &RunQueue::runEnded);
        const qint64 runId = plan.runId;
        const Result<qint64> added = m_queue->add(std::move(plan), m_store.hooks());
        if (!added.ok() || added.value() != runId)
            return {};
        if (!QTest::qWaitFor([&] { return ended.count() > 0; }, 30000))
            return {};
        return ended.first().at(0).value<RunProgress>();
    }

    std::unique_ptr<MockLlmServer> m_server;
    std::unique_ptr<RunQueue> m_queue;
    MemoryStore m_store;
};

QTEST_GUILESS_MAIN(TestRunQueue)
#include "test_runqueue.moc"
