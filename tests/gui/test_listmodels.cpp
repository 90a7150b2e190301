// The item models behind the Endpoints and Queue pages: structure (QAbstractItemModelTester), what each
// column says, and the number formats they use.
#include "endpoints/endpointlistmodel.h"
#include "runs/runprogressmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace caliper;

namespace {

Endpoint endpoint(qint64 id, const QString& name, const QString& url, qint64 parameters)
{
    Endpoint result;
    result.id = id;
    result.name = name;
    result.baseUrl = QUrl(url);
    result.model = name.toLower();
    result.parameters = parameters;
    return result;
}

RunProgress run(qint64 id, RunState state, int done, int failed, int total)
{
    RunProgress progress;
    progress.runId = id;
    progress.name = QStringLiteral("run %1").arg(id);
    progress.state = state;
    progress.done = done;
    progress.failed = failed;
    progress.total = total;
    return progress;
}

} // namespace

class TestListModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void endpointListShowsEndpointsThenBuiltins()
    {
        EndpointListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Endpoint lead;
        lead.name = QStringLiteral("Lead-3");
        lead.model = QStringLiteral("builtin:lead");
        model.setEndpoints(
            {endpoint(4, QStringLiteral("DeepSeek"), QStringLiteral("https://api.deepseek.com"), 0),
                endpoint(9, QStringLiteral("Qwen"), QStringLiteral("http://127.0.0.1:8000/v1"), 14'000'000'000)},
            {lead});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(9), 1);
        QCOMPARE(model.rowOf(1), -1);
        QCOMPARE(model.index(0, EndpointListModel::LocationColumn).data().toString(), QStringLiteral("Remote"));
        QCOMPARE(model.index(1, EndpointListModel::LocationColumn).data().toString(), QStringLiteral("Local"));
        QCOMPARE(model.index(1, EndpointListModel::SizeColumn).data().toString(), QStringLiteral("14B"));
        QCOMPARE(model.index(0, EndpointListModel::SizeColumn).data().toString(), QString());
        QCOMPARE(model.index(2, EndpointListModel::NameColumn).data().toString(), QStringLiteral("Lead-3"));
        QCOMPARE(model.index(2, EndpointListModel::LocationColumn).data().toString(), QStringLiteral("Built-in"));
        QVERIFY(model.index(2, 0).data(EndpointListModel::BuiltinRole).toBool());
        QCOMPARE(model.index(2, 0).data(EndpointListModel::EndpointIdRole).toLongLong(), 0);
        QCOMPARE(model.index(1, 0).data(EndpointListModel::EndpointIdRole).toLongLong(), 9);
        QVERIFY(!(model.flags(model.index(2, 0)) & Qt::ItemIsEditable));
        model.setEndpoints({});
        QCOMPARE(model.rowCount(), 0);
    }

    void formatsParameterCounts_data()
    {
        QTest::addColumn<qint64>("parameters");
        QTest::addColumn<QString>("text");
        QTest::addRow("unknown") << Q_INT64_C(0) << "";
        QTest::addRow("14B") << Q_INT64_C(14'000'000'000) << "14B";
        QTest::addRow("1.5B") << Q_INT64_C(1'500'000'000) << "1.5B";
        QTest::addRow("671B") << Q_INT64_C(671'000'000'000) << "671B";
        QTest::addRow("350M") << Q_INT64_C(350'000'000) << "350M";
        QTest::addRow("small") << Q_INT64_C(5000) << "5,000";
    }

    void formatsParameterCounts()
    {
        QFETCH(qint64, parameters);
        QFETCH(QString, text);
        QCOMPARE(formatParameterCount(parameters), text);
    }

    void runProgressUpdatesRowsInPlace()
    {
        RunProgressModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns({run(1, RunState::Finished, 10, 0, 10)});
        model.update(run(2, RunState::Running, 3, 1, 8));
        QCOMPARE(model.rowCount(), 2);
        model.update(run(2, RunState::Running, 5, 1, 8));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.runAt(1).done, 5);
        QCOMPARE(model.index(1, RunProgressModel::CountsColumn).data().toString(), QStringLiteral("5 / 1 / 8"));
        QCOMPARE(model.index(1, RunProgressModel::ProgressColumn).data(RunProgressModel::ProgressRole).toInt(), 750);
        QCOMPARE(model.index(1, RunProgressModel::ProgressColumn).data().toString(), QStringLiteral("75%"));
        QCOMPARE(model.index(1, 0).data(RunProgressModel::RunIdRole).toLongLong(), 2);
        QCOMPARE(model.index(0, RunProgressModel::StateColumn).data().toString(), runStateName(RunState::Finished));
        QCOMPARE(model.index(0, RunProgressModel::StateColumn).data(RunProgressModel::StateRole).toInt(),
            static_cast<int>(RunState::Finished));
    }

    void progressPerMille_data()
    {
        QTest::addColumn<int>("done");
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("perMille");
        QTest::addRow("empty") << 0 << 0 << 0 << 0;
        QTest::addRow("none") << 0 << 0 << 40 << 0;
        QTest::addRow("failures count") << 10 << 10 << 40 << 500;
        QTest::addRow("rounds down") << 1 << 0 << 3 << 333;
        QTest::addRow("all") << 39 << 1 << 40 << 1000;
        QTest::addRow("never above") << 41 << 0 << 40 << 1000;
    }

    void progressPerMille()
    {
        QFETCH(int, done);
        QFETCH(int, failed);
        QFETCH(int, total);
        QFETCH(int, perMille);
        QCOMPARE(caliper::progressPerMille(run(1, RunState::Running, done, failed, total)), perMille);
    }

    void formatsDurations_data()
    {
        QTest::addColumn<qint64>("milliseconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("unknown") << Q_INT64_C(-1) << "";
        QTest::addRow("zero") << Q_INT64_C(0) << "0 s";
        QTest::addRow("part of a second rounds up") << Q_INT64_C(200) << "1 s";
        QTest::addRow("minutes") << Q_INT64_C(190'000) << "3 min 10 s";
        QTest::addRow("padded") << Q_INT64_C(65'000) << "1 min 05 s";
        QTest::addRow("hours") << Q_INT64_C(7'500'000) << "2 h 05 min";
    }

    void formatsDurations()
    {
        QFETCH(qint64, milliseconds);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(milliseconds), text);
    }
};

QTEST_MAIN(TestListModels)
#include "test_listmodels.moc"
