// The Results page's data and its snapshot: the snapshot holds exactly what the tables hold, is used only while
// the experiment's generation is unchanged, every write that changes the numbers changes the generation, and a
// damaged snapshot reads as stale instead of crashing or being trusted.
#include "analysis/resultsdata.h"
#include "analysis/resultssnapshot.h"
#include "experimentfixture.h"
#include "review/reviewstore.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace caliper;
using caliper::test::sameValues;

namespace {

bool sameData(const ResultsData& a, const ResultsData& b)
{
    const ExperimentScores& x = a.scores;
    const ExperimentScores& y = b.scores;
    if (a.generation != b.generation || x.experimentId != y.experimentId || x.sampleIds != y.sampleIds
        || x.keys != y.keys || !sameValues({x.referenceAverageWords}, {y.referenceAverageWords})
        || x.models.size() != y.models.size())
        return false;
    for (qsizetype m = 0; m < x.models.size(); ++m) {
        const ModelSampleValues& p = x.models.at(m);
        const ModelSampleValues& q = y.models.at(m);
        if (p.modelId != q.modelId || p.name != q.name || p.parameters != q.parameters || p.done != q.done
            || p.failed != q.failed || p.totalCost != q.totalCost || p.values.keys() != q.values.keys())
            return false;
        for (auto it = p.values.cbegin(); it != p.values.cend(); ++it) {
            if (!sameValues(it.value(), q.values.value(it.key())))
                return false;
        }
    }
    const NavigationIndex& n = a.navigation;
    const NavigationIndex& o = b.navigation;
    return n.experimentId == o.experimentId && n.sampleIds == o.sampleIds && n.modelIds == o.modelIds
        && n.modelNames == o.modelNames && n.states == o.states && n.scoreKeys == o.scoreKeys;
}

} // namespace

class TestResultsData : public QObject
{
    Q_OBJECT

    test::ExperimentFixture m_fixture;

    QSqlDatabase db() const { return m_fixture.workspace->database(); }
    QString snapshotFile() const
    {
        return resultssnapshot::path(m_fixture.workspace->databaseFile(), m_fixture.experimentId);
    }

    qint64 generation(qint64 experimentId) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT scores_generation FROM experiments WHERE id = ?"));
        query.addBindValue(experimentId);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

    bool exec(const QString& sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }

    ResultsData load() const
    {
        Result<ResultsData> data = loadResultsData(db(), m_fixture.experimentId);
        if (!data.ok())
            qWarning("%s", qPrintable(data.error().toString()));
        return data.ok() ? std::move(data).value() : ResultsData {};
    }

    // What the tables hold now, read without the snapshot.
    ResultsData fromTables() const
    {
        ResultsData data;
        data.generation = generation(m_fixture.experimentId);
        data.scores = loadExperimentScores(db(), m_fixture.experimentId).value();
        data.navigation = loadNavigationIndex(db(), m_fixture.experimentId).value();
        return data;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.create());
        QVERIFY(m_fixture.addRatings());
    }

    void init() { QFile::remove(snapshotFile()); }

    void firstLoadWritesASnapshotEqualToTheTables()
    {
        QVERIFY(!QFile::exists(snapshotFile()));
        const ResultsData first = load();
        QVERIFY(QFile::exists(snapshotFile()));
        QCOMPARE(first.scores.sampleIds.size(), test::ExperimentFixture::SampleCount);
        QVERIFY(sameData(first, fromTables()));
        const std::optional<ResultsData> stored
            = resultssnapshot::read(snapshotFile(), m_fixture.experimentId, first.generation);
        QVERIFY(stored.has_value());
        const ResultsData again = load();
        QVERIFY(sameData(again, first));
        // The failed output and the empty-state bits survive the round trip.
        QCOMPARE(again.scores.models.at(2).failed, 1);
        QVERIFY(again.navigation.has(2, test::ExperimentFixture::FailedSample, SampleState::Failed));
    }

    // A snapshot with a planted value proves which source a load used: the snapshot while the generation holds,
    // the tables (and a new snapshot) as soon as a score changes.
    void snapshotIsUsedOnlyWhileCurrent()
    {
        ResultsData planted = load();
        planted.scores.models[0].values[QStringLiteral("rouge1")][0] = 0.123;
        QVERIFY(resultssnapshot::write(snapshotFile(), planted).ok());
        QCOMPARE(load().scores.models.at(0).values.value(QStringLiteral("rouge1")).at(0), 0.123);

        QVERIFY(exec(QStringLiteral("UPDATE scores SET value = 0.5 WHERE key = 'rouge1' AND output_id = (SELECT "
                                    "o.id FROM outputs o JOIN experiment_models m ON m.id = o.model_id JOIN samples "
                                    "s ON s.id = o.sample_id WHERE m.position = 0 AND s.row_index = 0)")));
        const ResultsData fresh = load();
        QCOMPARE(fresh.scores.models.at(0).values.value(QStringLiteral("rouge1")).at(0), 0.5);
        QVERIFY(fresh.generation > planted.generation);
        QVERIFY(sameData(fresh, fromTables()));
        QVERIFY(resultssnapshot::read(snapshotFile(), m_fixture.experimentId, fresh.generation).has_value());
    }

    void everyWriteThatChangesTheNumbersChangesTheGeneration()
    {
        const qint64 id = m_fixture.experimentId;
        qint64 before = generation(id);
        auto changed = [&] {
            const qint64 now = generation(id);
            const bool moved = now > before;
            before = now;
            return moved;
        };
        const QString firstOutput = QStringLiteral("(SELECT min(o.id) FROM outputs o JOIN experiment_models m ON "
                                                   "m.id = o.model_id WHERE m.experiment_id = %1)")
                                        .arg(id);
        QVERIFY(exec(QStringLiteral("UPDATE scores SET value = value WHERE output_id = %1").arg(firstOutput)));
        QVERIFY(changed());
        QVERIFY(
            exec(QStringLiteral("INSERT INTO scores(output_id, key, value) VALUES (%1, 'extra', 1)").arg(firstOutput)));
        QVERIFY(changed());
        QVERIFY(exec(QStringLiteral("DELETE FROM scores WHERE key = 'extra'")));
        QVERIFY(changed());
        QVERIFY(exec(QStringLiteral("UPDATE outputs SET latency_ms = latency_ms + 1 WHERE id = %1").arg(firstOutput)));
        QVERIFY(changed());

        ReviewStore reviews(db());
        const qint64 output = [&] {
            QSqlQuery query(db());
            query.exec(QStringLiteral("SELECT %1").arg(firstOutput));
            return query.next() ? query.value(0).toLongLong() : 0;
        }();
        QVERIFY(reviews.setRating(output, QStringLiteral("cleo"), 3).ok());
        QVERIFY(changed());
        // A note is not a number: the snapshot stays good.
        QVERIFY(reviews.setNote(output, QStringLiteral("cleo"), QStringLiteral("terse")).ok());
        QVERIFY(!changed());
        QVERIFY(reviews.setRating(output, QStringLiteral("cleo"), std::nullopt).ok());
        QVERIFY(changed());

        // Another experiment's writes leave this one's generation alone.
        ExperimentDefinition other = m_fixture.definition();
        other.name = QStringLiteral("Other");
        const Result<qint64> otherId = ExperimentStore(db()).create(other, m_fixture.datasetId);
        QVERIFY(otherId.ok());
        QVERIFY(!changed());
        QVERIFY(generation(otherId.value()) > 0);
        QVERIFY(exec(QStringLiteral("DELETE FROM outputs WHERE id = %1").arg(output)));
        QVERIFY(changed());
    }

    void namesAndSizesComeFromTheModels()
    {
        const ResultsData first = load();
        QVERIFY(exec(QStringLiteral("UPDATE experiment_models SET name = 'Echo renamed' WHERE experiment_id = %1 "
                                    "AND position = 0")
                         .arg(m_fixture.experimentId)));
        const ResultsData renamed = load();
        QCOMPARE(renamed.generation, first.generation);
        QCOMPARE(renamed.scores.models.at(0).name, QStringLiteral("Echo renamed"));
        QCOMPARE(renamed.navigation.modelNames.at(0), QStringLiteral("Echo renamed"));
        QCOMPARE(renamed.scores.models.at(0).parameters, std::optional<double>(70e9));
        QVERIFY(exec(QStringLiteral("UPDATE experiment_models SET name = 'Echo' WHERE experiment_id = %1 "
                                    "AND position = 0")
                         .arg(m_fixture.experimentId)));
    }

    // Every prefix of a good snapshot, and counts that promise more than the file holds, read as stale.
    void damagedSnapshotsReadAsStale()
    {
        const ResultsData good = load();
        QFile file(snapshotFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        for (qsizetype cut = 0; cut < bytes.size(); cut += std::max<qsizetype>(1, bytes.size() / 97)) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes.left(cut));
            file.close();
            QVERIFY2(!resultssnapshot::read(snapshotFile(), m_fixture.experimentId, good.generation),
                qPrintable(QStringLiteral("cut at %1").arg(cut)));
        }
        // The sample-id count sits right after the header (4 + 4 + 4 + 8 + 8 bytes): claim 2^40 samples.
        QByteArray huge = bytes;
        const QByteArray count = QByteArray::fromHex("0000010000000000");
        huge.replace(28, 8, count);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(huge);
        file.close();
        QVERIFY(!resultssnapshot::read(snapshotFile(), m_fixture.experimentId, good.generation));
        // The load falls back to the tables and repairs the snapshot.
        QVERIFY(sameData(load(), good));
        QVERIFY(resultssnapshot::read(snapshotFile(), m_fixture.experimentId, good.generation).has_value());
        QVERIFY(!resultssnapshot::read(snapshotFile(), m_fixture.experimentId + 1, good.generation));
        QVERIFY(!resultssnapshot::read(snapshotFile(), m_fixture.experimentId, good.generation + 1));
    }

    void aMissingExperimentIsAnError()
    {
        const Result<ResultsData> data = loadResultsData(db(), 9999);
        QVERIFY(!data.ok());
        QVERIFY(data.error().message.contains(QStringLiteral("9999")));
        QVERIFY(resultssnapshot::path(QStringLiteral(":memory:"), 1).isEmpty());
        QVERIFY(resultssnapshot::path(QString(), 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResultsData)
#include "test_resultsdata.moc"
