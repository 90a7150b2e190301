#include "cli/cli.h"
#include "clicapture.h"

#include <QTest>

using namespace caliper;
using test::Captured;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        const Captured result = test::runCli({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("caliper " CALIPER_VERSION_STRING));
    }
    void unknownCommandIsAUsageError()
    {
        const Captured result = test::runCli({QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("frobnicate")));
    }
    void guiUnlessACommandIsGiven()
    {
        QVERIFY(!cli::wantsCli({QStringLiteral("caliper")}));
        QVERIFY(!cli::wantsCli({QStringLiteral("caliper"), QStringLiteral("--workspace"), QStringLiteral("/tmp/x")}));
        QVERIFY(cli::wantsCli({QStringLiteral("caliper"), QStringLiteral("--version")}));
        QVERIFY(cli::wantsCli({QStringLiteral("caliper"), QStringLiteral("--help")}));
        QVERIFY(cli::wantsCli({QStringLiteral("caliper"), QStringLiteral("frobnicate")}));
        QVERIFY(!cli::wantsCli({QStringLiteral("caliper"), QStringLiteral("-platform"), QStringLiteral("offscreen")}));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
