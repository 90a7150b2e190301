// `caliper run` as a separate process, so it can be killed: a run resumes where the last one stopped and never
// requests a stored sample again.
#include "mockllmserver.h"
#include "runfixtures.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace caliper;

class TestRunResume : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<mock::MockLlmServer> m_server;
    QString m_workspace;
    QString m_experiment;
    static constexpr int Samples = 20;

    // Starts `caliper run` on the experiment; the caller waits for it with a QSignalSpy, never blocking the
    // event loop, because the mock server answering it lives in this process.
    std::unique_ptr<QProcess> start()
    {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(CALIPER_EXECUTABLE));
        process->setArguments({QStringLiteral("run"), m_experiment, QStringLiteral("--workspace"), m_workspace,
            QStringLiteral("--results"), m_dir->filePath(QStringLiteral("results.json"))});
        process->start();
        return process;
    }

    bool finish(QProcess& process)
    {
        QSignalSpy finished(&process, &QProcess::finished);
        return process.state() == QProcess::NotRunning || finished.wait(60'000);
    }

    void verifyEverySampleDoneOnce()
    {
        QCOMPARE(test::queryColumn(m_workspace, QStringLiteral("SELECT COUNT(*) FROM outputs")),
            QStringList {QString::number(Samples)});
        QStringList done = test::doneSources(m_workspace);
        QCOMPARE(done.size(), Samples);
        done.removeDuplicates();
        QCOMPARE(done.size(), Samples);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_workspace = m_dir->filePath(QStringLiteral("workspace"));
        m_server = std::make_unique<mock::MockLlmServer>();
        QVERIFY(m_server->listen());
        m_server->setLatencyMs(200);
        QVERIFY(!test::writeDataset(QDir(m_dir->path()), Samples).isEmpty());
        m_experiment = test::writeJson(QDir(m_dir->path()), QStringLiteral("experiment.json"),
            test::experiment(QStringLiteral("resume"),
                {test::serverModel(QStringLiteral("chat"), m_server->baseUrl(), QStringLiteral("mock-chat"), 2)}));
    }

    // SIGKILL in the middle of a run: the next run completes it, and every sample stored before the kill is never
    // requested again (only those in flight at the kill are asked twice).
    void resumesAfterKill()
    {
        auto first = start();
        QTRY_VERIFY_WITH_TIMEOUT(test::doneSources(m_workspace).size() >= 3, 30'000);
        first->kill();
        QVERIFY(finish(*first));
        const QStringList stored = test::doneSources(m_workspace);
        QVERIFY2(stored.size() >= 3 && stored.size() < Samples, qPrintable(QString::number(stored.size())));
        const QHash<QString, int> requestsAtKill = m_server->chatRequestsByUserMessage();

        auto second = start();
        QVERIFY(finish(*second));
        QVERIFY2(second->exitCode() == 0, second->readAllStandardError().constData());
        verifyEverySampleDoneOnce();
        const QHash<QString, int> requests = m_server->chatRequestsByUserMessage();
        for (const QString& source : stored)
            QCOMPARE(requests.value(source), requestsAtKill.value(source));
        for (int i = 1; i <= Samples; ++i) {
            const int count = requests.value(test::generatedSource(i));
            QVERIFY2(count >= 1 && count <= 2, qPrintable(QStringLiteral("sample %1: %2 requests").arg(i).arg(count)));
        }
        QCOMPARE(
            test::readJson(m_dir->filePath(QStringLiteral("results.json")))[QLatin1String("samples")].toArray().size(),
            Samples);
    }

    // SIGTERM (as Ctrl+C): the run pauses, lets what is in flight finish and stores it, then exits with 1 and
    // says how to resume. Every answer the server sent is in the workspace.
    void interruptStoresWhatIsInFlight()
    {
        auto first = start();
        QTRY_VERIFY_WITH_TIMEOUT(test::doneSources(m_workspace).size() >= 3, 30'000);
        first->terminate();
        QVERIFY(finish(*first));
        QCOMPARE(first->exitStatus(), QProcess::NormalExit);
        QCOMPARE(first->exitCode(), 1);
        QVERIFY2(first->readAllStandardError().contains("interrupted"), "no word of the interruption");
        const QStringList stored = test::doneSources(m_workspace);
        QCOMPARE(stored.size(), m_server->chatRequestCount());
        QVERIFY(stored.size() < Samples);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("results.json"))));

        auto second = start();
        QVERIFY(finish(*second));
        QCOMPARE(second->exitCode(), 0);
        verifyEverySampleDoneOnce();
        QCOMPARE(m_server->chatRequestCount(), Samples);
    }
};

QTEST_GUILESS_MAIN(TestRunResume)
#include "test_runresume.moc"
