// Built-in judge criteria come from the resources unchanged (compared with ../shared/data/prompts), and user
// criteria survive a JSON round trip; malformed ones are refused with a reason.
#include "judge/builtincriteria.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace caliper;

namespace {

QString sharedText(const QString& relative)
{
    return QString::fromUtf8(test::readFile(test::sharedPath(QStringLiteral("data/prompts/") + relative)))
        .replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

} // namespace

class TestJudgeCriteria : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eightBuiltIns();
    void lumigatorStepsAreLumigators_data();
    void lumigatorStepsAreLumigators();
    void paperTemplatesAreThePapers_data();
    void paperTemplatesAreThePapers();
    void lookupByMethodAndDimension();
    void userCriteriaRoundTrip();
    void missingTemplateTakesTheMethodDefault();
    void refusesMalformed_data();
    void refusesMalformed();
};

void TestJudgeCriteria::eightBuiltIns()
{
    const QList<JudgeCriterion> criteria = builtInJudgeCriteria();
    QStringList ids;
    for (const JudgeCriterion& criterion : criteria) {
        ids << criterion.id;
        QVERIFY2(validateCriterion(criterion).ok(), qPrintable(criterion.id));
        QVERIFY(!criterion.source.isEmpty());
    }
    QCOMPARE(ids,
        QStringList({QStringLiteral("lumigator/coherence"), QStringLiteral("lumigator/consistency"),
            QStringLiteral("lumigator/fluency"), QStringLiteral("lumigator/relevance"),
            QStringLiteral("paper/coherence"), QStringLiteral("paper/consistency"), QStringLiteral("paper/fluency"),
            QStringLiteral("paper/relevance")}));
}

void TestJudgeCriteria::lumigatorStepsAreLumigators_data()
{
    QTest::addColumn<QString>("dimension");
    for (const char* dimension : {"coherence", "consistency", "fluency", "relevance"})
        QTest::addRow("%s", dimension) << QString::fromLatin1(dimension);
}

void TestJudgeCriteria::lumigatorStepsAreLumigators()
{
    QFETCH(QString, dimension);
    const QJsonObject entry = QJsonDocument::fromJson(
        test::readFile(test::sharedPath(QStringLiteral("data/prompts/lumigator/g_eval_prompts.json"))))
                                  .object()[QLatin1String("summarization")][dimension]
                                  .toObject();
    const Result<JudgeCriterion> criterion = builtInJudgeCriterion(JudgeMethod::Lumigator, dimension);
    QVERIFY(criterion.ok());
    QStringList steps;
    for (const QJsonValue& step : entry[QLatin1String("evaluation_steps")].toArray())
        steps << step.toString();
    QVERIFY(!steps.isEmpty());
    QCOMPARE(criterion->steps, steps);
    QCOMPARE(criterion->criteria, entry[QLatin1String("criteria")].toString());
    QCOMPARE(criterion->minScore, 0);
    QCOMPARE(criterion->maxScore, 10);
    QCOMPARE(criterion->fields, (JudgeFields {true, true, true}));
    QVERIFY(criterion->templateText.startsWith(QLatin1String("Given the evaluation steps, return a JSON")));
}

void TestJudgeCriteria::paperTemplatesAreThePapers_data()
{
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("steps");
    QTest::addColumn<bool>("seesSource");
    QTest::addRow("coherence") << "coherence"
                               << "coh_detailed.txt" << 5 << 3 << true;
    QTest::addRow("consistency") << "consistency"
                                 << "con_detailed.txt" << 5 << 3 << true;
    QTest::addRow("fluency") << "fluency"
                             << "flu_detailed.txt" << 3 << 0 << false;
    QTest::addRow("relevance") << "relevance"
                               << "rel_detailed.txt" << 5 << 4 << true;
}

void TestJudgeCriteria::paperTemplatesAreThePapers()
{
    QFETCH(QString, dimension);
    QFETCH(QString, file);
    QFETCH(int, max);
    QFETCH(int, steps);
    QFETCH(bool, seesSource);
    const Result<JudgeCriterion> criterion = builtInJudgeCriterion(JudgeMethod::Paper, dimension);
    QVERIFY(criterion.ok());
    QCOMPARE(criterion->templateText, sharedText(QStringLiteral("geval-summeval/") + file));
    QCOMPARE(criterion->minScore, 1);
    QCOMPARE(criterion->maxScore, max);
    QVERIFY(criterion->criteria.contains(QStringLiteral("(1-%1)").arg(max)));
    QCOMPARE(criterion->steps.size(), steps);
    QCOMPARE(criterion->fields, (JudgeFields {seesSource, true, false}));
}

void TestJudgeCriteria::lookupByMethodAndDimension()
{
    QCOMPARE(builtInJudgeCriterion(JudgeMethod::Paper, QStringLiteral("fluency"))->id, QStringLiteral("paper/fluency"));
    const Result<JudgeCriterion> unknown = builtInJudgeCriterion(JudgeMethod::Lumigator, QStringLiteral("tone"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QLatin1String("tone")));
    QCOMPARE(judgeMethodFromName(QStringLiteral("paper")), std::optional(JudgeMethod::Paper));
    QVERIFY(!judgeMethodFromName(QStringLiteral("Paper")).has_value());
}

void TestJudgeCriteria::userCriteriaRoundTrip()
{
    JudgeCriterion tone;
    tone.id = QStringLiteral("user/tone");
    tone.name = QStringLiteral("Tone");
    tone.criteria = QStringLiteral("Professional, neutral wording.");
    tone.steps = {QStringLiteral("Read the answer."), QStringLiteral("Penalise slang.")};
    tone.minScore = 1;
    tone.maxScore = 7;
    tone.fields = JudgeFields {false, true, false};
    tone.method = JudgeMethod::Paper;
    tone.templateText = QStringLiteral("Rate {{Answer}} from {{MinScore}} to {{MaxScore}}.");
    QList<JudgeCriterion> criteria {tone, *builtInJudgeCriterion(JudgeMethod::Lumigator, QStringLiteral("relevance"))};
    const Result<QList<JudgeCriterion>> back = criteriaFromJson(criteriaToJson(criteria));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(*back, criteria);
}

void TestJudgeCriteria::missingTemplateTakesTheMethodDefault()
{
    const QJsonObject lumigator {
        {QStringLiteral("id"), QStringLiteral("u/a")}, {QStringLiteral("name"), QStringLiteral("A")}};
    QCOMPARE(criterionFromJson(lumigator)->templateText, defaultJudgeTemplate(JudgeMethod::Lumigator));
    QJsonObject paper = lumigator;
    paper.insert(QStringLiteral("method"), QStringLiteral("paper"));
    const Result<JudgeCriterion> criterion = criterionFromJson(paper);
    QVERIFY(criterion.ok());
    QVERIFY(criterion->templateText.contains(QLatin1String("{{EvaluationSteps}}")));
    QCOMPARE(criterion->templateText, defaultJudgeTemplate(JudgeMethod::Paper));
}

void TestJudgeCriteria::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("why");
    QTest::addRow("not json") << QByteArray("{\"criteria\": [") << "";
    QTest::addRow("no list") << QByteArray("{\"x\": 1}") << "criteria";
    QTest::addRow("no id") << QByteArray(R"({"criteria": [{"name": "A"}]})") << "id";
    QTest::addRow("no name") << QByteArray(R"({"criteria": [{"id": "a"}]})") << "name";
    QTest::addRow("empty scale") << QByteArray(R"({"criteria": [{"id": "a", "name": "A", "min": 5, "max": 5}]})")
                                 << "below";
    QTest::addRow("unknown method") << QByteArray(R"({"criteria": [{"id": "a", "name": "A", "method": "vibes"}]})")
                                    << "vibes";
    QTest::addRow("unknown field") << QByteArray(R"({"criteria": [{"id": "a", "name": "A", "fields": ["context"]}]})")
                                   << "context";
    QTest::addRow("no fields") << QByteArray(R"({"criteria": [{"id": "a", "name": "A", "fields": []}]})") << "at least";
}

void TestJudgeCriteria::refusesMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, why);
    const Result<QList<JudgeCriterion>> criteria = criteriaFromJson(json, QStringLiteral("criteria.json"));
    QVERIFY(!criteria.ok());
    QVERIFY2(criteria.error().message.contains(why), qPrintable(criteria.error().message));
    QCOMPARE(criteria.error().location, QStringLiteral("criteria.json"));
}

QTEST_GUILESS_MAIN(TestJudgeCriteria)
#include "test_judgecriteria.moc"
