// The run queue's pure rules: adaptive concurrency after 429s, requests-per-minute spacing, rates and ETA.
#include "runs/adaptiveconcurrency.h"
#include "runs/ratepacer.h"
#include "runs/runrecord.h"

#include <QTest>

using namespace caliper;

class TestRunPacing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void halvesOnRateLimitAndClimbsBack_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("rateLimits"); ///< 429s, each after the previous one's quiet period
        QTest::addColumn<int>("lowered");
        QTest::addRow("8, one 429") << 8 << 1 << 4;
        QTest::addRow("8, two 429s") << 8 << 2 << 2;
        QTest::addRow("8, many 429s stop at 1") << 8 << 6 << 1;
        QTest::addRow("5 rounds down") << 5 << 1 << 2;
        QTest::addRow("1 stays 1") << 1 << 1 << 1;
    }
    void halvesOnRateLimitAndClimbsBack()
    {
        QFETCH(int, limit);
        QFETCH(int, rateLimits);
        QFETCH(int, lowered);
        AdaptiveConcurrency concurrency(limit);
        qint64 now = 0;
        for (int i = 0; i < rateLimits; ++i) {
            concurrency.rateLimited(now, 1000);
            now += 1000;
        }
        QCOMPARE(concurrency.current(), lowered);
        // Back up by one after every 2 × current successes, never above the limit.
        for (int expected = lowered; expected < limit; ++expected) {
            for (int i = 0; i < 2 * expected - 1; ++i)
                QVERIFY(!concurrency.succeeded());
            QVERIFY(concurrency.succeeded());
            QCOMPARE(concurrency.current(), expected + 1);
        }
        QVERIFY(!concurrency.succeeded());
        QCOMPARE(concurrency.current(), limit);
    }

    // A burst of 429s from requests that were in flight together lowers the limit once, not once per request.
    void burstOfRateLimitsCountsOnce()
    {
        AdaptiveConcurrency concurrency(16);
        QVERIFY(concurrency.rateLimited(0, 2000));
        for (qint64 t = 1; t < 2000; t += 100)
            QVERIFY(!concurrency.rateLimited(t, 2000));
        QCOMPARE(concurrency.current(), 8);
        QVERIFY(concurrency.rateLimited(2000, 2000));
        QCOMPARE(concurrency.current(), 4);
    }

    void rateLimitResetsTheSuccessStreak()
    {
        AdaptiveConcurrency concurrency(4);
        concurrency.rateLimited(0, 0); // 2
        for (int i = 0; i < 3; ++i)
            concurrency.succeeded();
        concurrency.rateLimited(10, 0); // 1, streak gone
        QCOMPARE(concurrency.current(), 1);
        QVERIFY(!concurrency.succeeded());
        QVERIFY(concurrency.succeeded());
        QCOMPARE(concurrency.current(), 2);
    }

    void newLimitKeepsWhatWasLearntUnlessIdle()
    {
        AdaptiveConcurrency concurrency(8);
        concurrency.rateLimited(0, 0);
        concurrency.setLimit(6, false);
        QCOMPARE(concurrency.current(), 4);
        concurrency.setLimit(3, false);
        QCOMPARE(concurrency.current(), 3);
        concurrency.setLimit(10, true);
        QCOMPARE(concurrency.current(), 10);
    }

    void spacesStarts_data()
    {
        QTest::addColumn<int>("rpm");
        QTest::addColumn<double>("intervalMs");
        QTest::addRow("600 rpm") << 600 << 100.0;
        QTest::addRow("60 rpm") << 60 << 1000.0;
        QTest::addRow("7 rpm") << 7 << 60000.0 / 7;
        QTest::addRow("6000 rpm") << 6000 << 10.0;
    }
    void spacesStarts()
    {
        QFETCH(int, rpm);
        QFETCH(double, intervalMs);
        RatePacer pacer;
        pacer.setRequestsPerMinute(rpm);
        // Start every time the pacer allows, for two minutes: never closer than the interval, and never more than
        // rpm starts in any 60 s window.
        QList<qint64> starts;
        qint64 now = 5;
        while (now < 120'000) {
            if (const qint64 wait = pacer.waitMs(now); wait > 0) {
                now += wait;
                continue;
            }
            starts.append(now);
            pacer.started(now);
        }
        for (qsizetype i = 1; i < starts.size(); ++i)
            QVERIFY2(
                static_cast<double>(starts[i] - starts[i - 1]) >= intervalMs - 1.0, qPrintable(QString::number(i)));
        qsizetype first = 0;
        for (qsizetype last = 0; last < starts.size(); ++last) {
            while (starts[last] - starts[first] >= 60'000)
                ++first;
            QVERIFY(last - first + 1 <= rpm);
        }
        // …and not much slower than allowed either.
        QVERIFY(static_cast<double>(starts.size()) >= 115'000.0 / intervalMs);
    }

    void unlimitedPacerNeverWaits()
    {
        RatePacer pacer;
        for (qint64 t = 0; t < 100; ++t) {
            QCOMPARE(pacer.waitMs(t), 0);
            pacer.started(t);
        }
    }

    void lateStartDoesNotBunchTheNextOnes()
    {
        RatePacer pacer;
        pacer.setRequestsPerMinute(600);
        pacer.started(0);
        QCOMPARE(pacer.waitMs(40), 60);
        pacer.started(250); // the wake-up came late
        QCOMPARE(pacer.waitMs(260), 90);
    }

    void ratesAndEta_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QList<qint64>>("finishes");
        QTest::addColumn<int>("total");
        QTest::addColumn<double>("rps");
        QTest::addColumn<qint64>("eta");
        QTest::addRow("nothing yet") << qint64(500) << QList<qint64> {} << 10 << 0.0 << qint64(-1);
        QTest::addRow("first second") << qint64(500) << QList<qint64> {100, 200} << 10 << 2.0 << qint64(4000);
        QTest::addRow("four seconds") << qint64(4000) << QList<qint64> {1000, 2000, 3000, 3500} << 8 << 1.0
                                      << qint64(4000);
        QTest::addRow("old ones drop out")
            << qint64(25'000) << QList<qint64> {1000, 2000, 16'000, 20'000} << 5 << 0.2 << qint64(5000);
        QTest::addRow("all done") << qint64(3000) << QList<qint64> {1000, 2000} << 2 << 2.0 / 3 << qint64(0);
    }
    void ratesAndEta()
    {
        QFETCH(qint64, now);
        QFETCH(QList<qint64>, finishes);
        QFETCH(int, total);
        QFETCH(double, rps);
        QFETCH(qint64, eta);
        RunRecord run;
        run.progress.total = total;
        run.progress.done = static_cast<int>(finishes.size());
        for (qint64 at : std::as_const(finishes))
            run.requestFinished(at);
        run.refreshRates(now);
        QCOMPARE(run.progress.requestsPerSecond, rps);
        QCOMPARE(run.progress.etaMs, eta);
    }
};

QTEST_GUILESS_MAIN(TestRunPacing)
#include "test_runpacing.moc"
