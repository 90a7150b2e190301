// The user's judge criteria in the workspace: what is stored comes back equal, malformed JSON is refused with the
// field it is about, and ids are unique (built-in ids included).
#include "judge/builtincriteria.h"
#include "judge/criteriastore.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caliper;

namespace {

JudgeCriterion toneCriterion()
{
    JudgeCriterion criterion;
    criterion.id = QStringLiteral("custom/tone");
    criterion.name = QStringLiteral("Tone");
    criterion.criteria = QStringLiteral("Tone - the note is neutral and professional.");
    criterion.steps = QStringList {QStringLiteral("Read the note."), QStringLiteral("Rate its tone.")};
    criterion.minScore = 1;
    criterion.maxScore = 5;
    criterion.fields = JudgeFields {false, true, false};
    criterion.method = JudgeMethod::Paper;
    criterion.templateText = defaultJudgeTemplate(JudgeMethod::Paper);
    return criterion;
}

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCriteriaStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Workspace> m_workspace;

    CriteriaStore store() const { return CriteriaStore(m_workspace->database()); }

private Q_SLOTS:
    void init()
    {
        auto workspace = Workspace::open(m_dir.filePath(QString::number(++m_count)));
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().toString()));
        m_workspace = std::move(workspace).value();
    }

    void cleanup() { m_workspace.reset(); }

    void roundTrip()
    {
        const JudgeCriterion tone = toneCriterion();
        JudgeCriterion clarity = tone;
        clarity.id = QStringLiteral("custom/clarity");
        clarity.name = QStringLiteral("clarity"); // sorts before "Tone" regardless of case
        clarity.method = JudgeMethod::Lumigator;
        clarity.templateText = defaultJudgeTemplate(JudgeMethod::Lumigator);
        QVERIFY(store().add(tone));
        QVERIFY(store().add(clarity));
        auto listed = store().list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0), clarity);
        QCOMPARE(listed->at(1), tone);
        auto got = store().get(tone.id);
        QVERIFY(got);
        QCOMPARE(got.value(), tone);
        QVERIFY(!store().get(QStringLiteral("custom/none")));
    }

    void updateRenamesAndRemoveDeletes()
    {
        QVERIFY(store().add(toneCriterion()));
        JudgeCriterion renamed = toneCriterion();
        renamed.id = QStringLiteral("custom/register");
        renamed.maxScore = 3;
        QVERIFY(store().update(QStringLiteral("custom/tone"), renamed));
        QVERIFY(!store().get(QStringLiteral("custom/tone")));
        QCOMPARE(store().get(QStringLiteral("custom/register")).value(), renamed);
        QVERIFY(!store().update(QStringLiteral("custom/tone"), renamed)); // gone
        JudgeCriterion moved = renamed;
        moved.id = QStringLiteral("mine/register"); // same score key, but it is the criterion's own
        QVERIFY(store().update(renamed.id, moved));
        renamed = moved;
        QVERIFY(store().remove(renamed.id));
        QCOMPARE(store().list()->size(), 0);
    }

    void duplicateIdRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addRow("stored") << "custom/tone";
        QTest::addRow("built-in") << "lumigator/coherence";
        QTest::addRow("paper built-in") << "paper/fluency";
        QTest::addRow("dimension name") << "relevance";
        QTest::addRow("same score key as a built-in") << "custom/coherence";
        QTest::addRow("same score key as a stored one") << "mine/tone";
    }

    void duplicateIdRefused()
    {
        QFETCH(QString, id);
        QVERIFY(store().add(toneCriterion()));
        JudgeCriterion clash = toneCriterion();
        clash.id = id;
        const Status added = store().add(clash);
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(id), qPrintable(added.error().message));
        // Renaming another criterion onto a taken id is refused the same way.
        JudgeCriterion other = toneCriterion();
        other.id = QStringLiteral("custom/other");
        QVERIFY(store().add(other));
        QVERIFY(!store().update(other.id, clash));
        QCOMPARE(store().list()->size(), 2);
    }

    void freeIdDerivesFromTheName()
    {
        QCOMPARE(store().freeId(QStringLiteral("Tone")), QStringLiteral("custom/tone"));
        QCOMPARE(store().freeId(QStringLiteral("  Plan: Follow-up?  ")), QStringLiteral("custom/plan-follow-up"));
        QCOMPARE(store().freeId(QStringLiteral("!!")), QStringLiteral("custom/criterion"));
        QVERIFY(store().add(toneCriterion()));
        QCOMPARE(store().freeId(QStringLiteral("tone")), QStringLiteral("custom/tone-2"));
    }

    void addJsonStoresValidCriteria()
    {
        auto added = store().addJson(toJson(criterionToJson(toneCriterion())));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
        QCOMPARE(added.value(), toneCriterion());
        QCOMPARE(store().get(QStringLiteral("custom/tone")).value(), toneCriterion());
    }

    void addJsonRefusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QJsonObject good = criterionToJson(toneCriterion());
        const auto with = [&](const QString& key, const QJsonValue& value) {
            QJsonObject object = good;
            object.insert(key, value);
            return toJson(object);
        };
        QTest::addRow("syntax") << QByteArray("{\"id\": ") << "";
        QTest::addRow("not an object") << QByteArray("[1]") << "object";
        QTest::addRow("min not whole") << with(QStringLiteral("min"), 1.5) << "min";
        QTest::addRow("max a text") << with(QStringLiteral("max"), QStringLiteral("5")) << "max";
        QTest::addRow("name a number") << with(QStringLiteral("name"), 3) << "name";
        QTest::addRow("steps not texts") << with(QStringLiteral("steps"), QJsonArray {1, 2}) << "steps";
        QTest::addRow("unknown key") << with(QStringLiteral("scale"), 5) << "scale";
        QTest::addRow("unknown field") << with(QStringLiteral("fields"), QJsonArray {QStringLiteral("image")})
                                       << "image";
        QTest::addRow("no fields") << with(QStringLiteral("fields"), QJsonArray {}) << "source";
        QTest::addRow("empty name") << with(QStringLiteral("name"), QString()) << "name";
        QTest::addRow("bad method") << with(QStringLiteral("method"), QStringLiteral("vibes")) << "vibes";
        QTest::addRow("min above max") << with(QStringLiteral("min"), 9) << "lowest";
        QTest::addRow("built-in id") << with(QStringLiteral("id"), QStringLiteral("coherence")) << "coherence";
    }

    void addJsonRefusesMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        auto added = store().addJson(json);
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(mentions), qPrintable(added.error().toString()));
        QCOMPARE(store().list()->size(), 0);
    }

    void corruptRowIsReportedWithItsId()
    {
        QSqlQuery query(m_workspace->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO judge_criteria (id, definition) VALUES ('custom/x', '{}')")));
        auto listed = store().list();
        QVERIFY(!listed);
        QVERIFY2(listed.error().location.contains(QStringLiteral("custom/x")), qPrintable(listed.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestCriteriaStore)
#include "test_criteriastore.moc"
