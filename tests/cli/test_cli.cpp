#include "cli/cli.h"

#include <QTest>

using namespace caliper;

namespace {
struct Captured
{
    int exitCode = 0;
    QString out;
    QString err;
};

Captured runCli(const QStringList& arguments)
{
    Captured captured;
    QTextStream out(&captured.out);
    QTextStream err(&captured.err);
    cli::Io io {out, err};
    captured.exitCode = cli::run(QStringList {QStringLiteral("caliper")} + arguments, io);
    out.flush();
    err.flush();
    return captured;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        const Captured result = runCli({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("caliper " CALIPER_VERSION_STRING));
    }
    void unknownCommandIsAUsageError()
    {
        const Captured result = runCli({QStringLiteral("frobnicate")});
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
