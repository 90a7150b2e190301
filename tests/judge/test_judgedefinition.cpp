// The "judge" object of an experiment file: read strictly (errors name the JSON path), built-in and embedded
// custom criteria resolved, and written back exactly as it was given.
#include "experiments/experimentdefinition.h"
#include "judge/builtincriteria.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace caliper;
using namespace Qt::StringLiterals;

namespace {

QJsonObject validJudge()
{
    return QJsonObject {{QStringLiteral("base_url"), QStringLiteral("http://localhost:8080/v1")},
        {QStringLiteral("model"), QStringLiteral("qwen2.5-7b")},
        {QStringLiteral("api_key_env"), QStringLiteral("JUDGE_KEY")},
        {QStringLiteral("criteria"), QJsonArray {QStringLiteral("coherence"), QStringLiteral("relevance")}},
        {QStringLiteral("method"), QStringLiteral("lumigator")}, {QStringLiteral("repeats"), 1}};
}

QJsonObject experiment(const QJsonObject& judge, const QJsonValue& metrics = QJsonArray {QStringLiteral("geval")})
{
    QJsonObject object {{QStringLiteral("name"), QStringLiteral("e")},
        {QStringLiteral("dataset"), QJsonObject {{QStringLiteral("path"), QStringLiteral("d.csv")}}},
        {QStringLiteral("models"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Lead-3")},
                {QStringLiteral("model"), QStringLiteral("builtin:lead")}}}}};
    if (!metrics.isUndefined())
        object.insert(QStringLiteral("metrics"), metrics);
    if (!judge.isEmpty())
        object.insert(QStringLiteral("judge"), judge);
    return object;
}

Result<ExperimentDefinition> parse(const QJsonObject& object)
{
    return parseExperimentDefinition(QJsonDocument(object).toJson(), QStringLiteral("experiment.json"));
}

QJsonObject withJudge(const char* key, const QJsonValue& value)
{
    QJsonObject judge = validJudge();
    if (value.isUndefined())
        judge.remove(QLatin1String(key));
    else
        judge.insert(QLatin1String(key), value);
    return judge;
}

} // namespace

class TestJudgeDefinition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheJudge()
    {
        QJsonObject judge = validJudge();
        judge.insert(QStringLiteral("repeats"), 3);
        judge.insert(QStringLiteral("parse_retries"), 4);
        judge.insert(QStringLiteral("temperature"), 0.7);
        judge.insert(QStringLiteral("concurrency"), 3);
        judge.insert(QStringLiteral("price_in_per_mtok"), 0.5);
        const Result<ExperimentDefinition> read = parse(experiment(judge));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        const JudgeSpec& spec = read->judge;
        QCOMPARE(spec.endpoint.baseUrl, QUrl(QStringLiteral("http://localhost:8080/v1")));
        QCOMPARE(spec.endpoint.model, QStringLiteral("qwen2.5-7b"));
        QCOMPARE(spec.endpoint.keySource, KeySource::Environment);
        QCOMPARE(spec.endpoint.keyName, QStringLiteral("JUDGE_KEY"));
        QCOMPARE(spec.endpoint.concurrency, 3);
        QCOMPARE(spec.endpoint.priceInPerMTok, 0.5);
        QCOMPARE(spec.method, JudgeMethod::Lumigator);
        QCOMPARE(spec.repeats, 3);
        QCOMPARE(spec.parseRetries, 4);
        QCOMPARE(spec.options.temperature, std::optional<double>(0.7));
        QCOMPARE(spec.criteria.size(), 2);
        QCOMPARE(spec.criteria.at(0), *builtInJudgeCriterion(JudgeMethod::Lumigator, QStringLiteral("coherence")));
        QCOMPARE(judgeScoreKey(spec.criteria.at(1)), QStringLiteral("geval_relevance"));
        // Written back exactly as given, and read again to the same definition.
        const QJsonObject written = experimentDefinitionToJson(*read);
        QCOMPARE(written.value(QLatin1String("judge")).toObject(), judge);
        const Result<ExperimentDefinition> again = parse(written);
        QVERIFY(again.ok());
        QCOMPARE(*again, *read);
        QCOMPARE(again->judge.criteria, read->judge.criteria);
    }

    void paperMethodUsesThePaperPrompts()
    {
        const Result<ExperimentDefinition> read = parse(experiment(withJudge("method", QStringLiteral("paper"))));
        QVERIFY(read.ok());
        QCOMPARE(read->judge.method, JudgeMethod::Paper);
        QCOMPARE(read->judge.criteria.at(0).id, QStringLiteral("paper/coherence"));
    }

    void embedsCustomCriteria()
    {
        JudgeCriterion tone;
        tone.id = QStringLiteral("user/tone");
        tone.name = QStringLiteral("Tone");
        tone.criteria = QStringLiteral("Is the note written in a neutral clinical tone?");
        tone.steps = {QStringLiteral("Read the note."), QStringLiteral("Rate its tone.")};
        tone.fields = JudgeFields {false, true, false};
        tone.templateText = defaultJudgeTemplate(JudgeMethod::Lumigator);
        const QJsonObject judge
            = withJudge("criteria", QJsonArray {QStringLiteral("coherence"), criterionToJson(tone)});
        const Result<ExperimentDefinition> read = parse(experiment(judge));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(read->judge.criteria.size(), 2);
        QCOMPARE(read->judge.criteria.at(1), tone);
        QCOMPARE(judgeScoreKey(read->judge.criteria.at(1)), QStringLiteral("geval_tone"));
        QCOMPARE(read->judge.criterion(QStringLiteral("user/tone"))->name, QStringLiteral("Tone"));
    }

    void noMetricsListMeansTheJudgeToo()
    {
        const Result<ExperimentDefinition> read = parse(experiment(validJudge(), QJsonValue::Undefined));
        QVERIFY(read.ok());
        QVERIFY(read->metrics.contains(QStringLiteral("geval")));
        QVERIFY(read->metrics.contains(QStringLiteral("rouge")));
    }

    void badJudgeIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("file");
        QTest::addColumn<QString>("expected");
        QTest::addRow("geval without judge") << experiment({}) << u"experiment.json: judge: is required"_s;
        QTest::addRow("judge without geval")
            << experiment(validJudge(), QJsonArray {QStringLiteral("rouge")}) << u"metrics: must list \"geval\""_s;
        QTest::addRow("judge not an object") << [] {
            QJsonObject file = experiment({});
            file.insert(QStringLiteral("judge"), 3);
            return file;
        }() << u"judge: must be an object"_s;
        QTest::addRow("unknown key") << experiment(withJudge("temprature", 0)) << u"judge.temprature: unknown key"_s;
        QTest::addRow("no model") << experiment(withJudge("model", QJsonValue::Undefined))
                                  << u"judge.model: is required"_s;
        QTest::addRow("built-in judge") << experiment(withJudge("model", QStringLiteral("builtin:lead")))
                                        << u"judge.model: the judge must be"_s;
        QTest::addRow("no url") << experiment(withJudge("base_url", QJsonValue::Undefined))
                                << u"judge.base_url: is required"_s;
        QTest::addRow("bad url") << experiment(withJudge("base_url", QStringLiteral("ftp://x")))
                                 << u"judge.base_url: must be an http"_s;
        QTest::addRow("bad method") << experiment(withJudge("method", QStringLiteral("deepeval")))
                                    << u"judge.method: must be \"lumigator\" or \"paper\""_s;
        QTest::addRow("zero repeats") << experiment(withJudge("repeats", 0))
                                      << u"judge.repeats: must be a whole number from 1 to 100"_s;
        QTest::addRow("fractional repeats")
            << experiment(withJudge("repeats", 1.5)) << u"judge.repeats: must be a whole number"_s;
        QTest::addRow("negative retries")
            << experiment(withJudge("parse_retries", -1)) << u"judge.parse_retries: must be a whole number"_s;
        QTest::addRow("hot temperature") << experiment(withJudge("temperature", 3))
                                         << u"judge.temperature: must be a number from 0 to 2"_s;
        QTest::addRow("no criteria") << experiment(withJudge("criteria", QJsonValue::Undefined))
                                     << u"judge.criteria: is required"_s;
        QTest::addRow("empty criteria") << experiment(withJudge("criteria", QJsonArray {}))
                                        << u"judge.criteria: must be a non-empty array"_s;
        QTest::addRow("unknown criterion")
            << experiment(withJudge("criteria", QJsonArray {QStringLiteral("coherence"), QStringLiteral("wit")}))
            << u"judge.criteria[1]: "_s;
        QTest::addRow("criterion a number")
            << experiment(withJudge("criteria", QJsonArray {7})) << u"judge.criteria[0]: must be a built-in"_s;
        QTest::addRow("criterion twice") << experiment(
            withJudge("criteria", QJsonArray {QStringLiteral("fluency"), QStringLiteral("fluency")}))
                                         << u"judge.criteria[1]: a criterion named 'fluency' is already listed"_s;
        QTest::addRow("bad custom criterion") << experiment(withJudge("criteria",
            QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("x")},
                {QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("min"), 5},
                {QStringLiteral("max"), 1}}})) << u"judge.criteria[0]: "_s;
    }

    void badJudgeIsRefused()
    {
        QFETCH(QJsonObject, file);
        QFETCH(QString, expected);
        const Result<ExperimentDefinition> read = parse(file);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().toString().contains(expected), qPrintable(read.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestJudgeDefinition)
#include "test_judgedefinition.moc"
