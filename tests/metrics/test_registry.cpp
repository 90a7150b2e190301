#include "metrics/bleu.h"
#include "metrics/meteor.h"
#include "metrics/registry.h"
#include "metrics/tokencount.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace caliper;

namespace {

QJsonObject gold(const QString& file)
{
    return QJsonDocument::fromJson(test::readFile(test::sharedPath(QStringLiteral("gold/") + file))).object();
}

QHash<QString, QJsonObject> byId(const QJsonArray& items)
{
    QHash<QString, QJsonObject> map;
    for (const QJsonValue& item : items)
        map.insert(item[QStringLiteral("id")].toString(), item.toObject());
    return map;
}

QList<const Metric*> allMetrics()
{
    auto selected = MetricRegistry::builtIn().select(MetricRegistry::builtIn().keys());
    return selected.ok() ? selected.value() : QList<const Metric*> {};
}

} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsTheBuiltInMetrics()
    {
        const MetricRegistry& registry = MetricRegistry::builtIn();
        QCOMPARE(registry.keys(),
            (QStringList {
                QStringLiteral("rouge"), QStringLiteral("bleu"), QStringLiteral("meteor"), QStringLiteral("tokens")}));
        QSet<QString> seen;
        for (const Metric& metric : registry.metrics()) {
            QVERIFY(!metric.displayName().isEmpty() && metric.description && !metric.description().isEmpty());
            QVERIFY(metric.needs.testFlag(MetricField::Prediction));
            QVERIFY(metric.compute);
            for (const ScoreDefinition& score : metric.scores) {
                QVERIFY2(!seen.contains(score.key), qPrintable(score.key));
                seen.insert(score.key);
                QVERIFY(!score.displayName().isEmpty());
                QVERIFY(score.maximum > score.minimum);
                QCOMPARE(registry.score(score.key), &score);
            }
        }
        QCOMPARE(
            registry.metric(QStringLiteral("meteor"))->displayName(), meteor::displayName(meteor::wordNetAvailable()));
    }

    // The keys `caliper score` promises in its JSON, with their scales and directions.
    void declaresScales_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("maximum");
        QTest::addColumn<int>("direction");
        const int higher = int(ScoreDirection::HigherIsBetter);
        const int neutral = int(ScoreDirection::Neutral);
        for (const char* type : {"rouge1", "rouge2", "rougeL", "rougeLsum"}) {
            for (const char* suffix : {"", "_precision", "_recall"})
                QTest::addRow("%s%s", type, suffix)
                    << QString::fromLatin1(type) + QLatin1String(suffix) << 1.0 << higher;
        }
        QTest::addRow("sacrebleu") << QStringLiteral("sacrebleu") << 100.0 << higher;
        QTest::addRow("bleu") << QStringLiteral("bleu") << 1.0 << higher;
        QTest::addRow("meteor") << QStringLiteral("meteor") << 1.0 << higher;
        for (const char* key : {"answer_tokens", "reasoning_tokens", "answer_words", "lumigator_tokens"})
            QTest::addRow("%s", key) << QString::fromLatin1(key) << ScoreDefinition::Unbounded << neutral;
    }
    void declaresScales()
    {
        QFETCH(QString, key);
        QFETCH(double, maximum);
        QFETCH(int, direction);
        const ScoreDefinition* score = MetricRegistry::builtIn().score(key);
        QVERIFY(score);
        QCOMPARE(score->minimum, 0.0);
        QCOMPARE(score->maximum, maximum);
        QCOMPARE(int(score->direction), direction);
    }

    void selectsByName()
    {
        const MetricRegistry& registry = MetricRegistry::builtIn();
        auto selected = registry.select({QStringLiteral("BLEU"), QStringLiteral(" rouge "), QStringLiteral("bleu")});
        QVERIFY(selected.ok());
        QCOMPARE(selected->size(), 2);
        QCOMPARE(selected->at(0)->key, QStringLiteral("bleu"));
        QCOMPARE(scoreKeys(*selected).first(), QStringLiteral("sacrebleu"));
        auto unknown = registry.select({QStringLiteral("rouge"), QStringLiteral("bertscore")});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("bertscore")));
        QVERIFY(!registry.metric(QStringLiteral("nope")));
        QVERIFY(!registry.score(QStringLiteral("nope")));
    }

    // Through the registry, every metric reproduces its reference implementation's gold values.
    void reproducesGold_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("stemmer");
        for (const QJsonValue& pair : gold(QStringLiteral("rouge_gold.json"))[QStringLiteral("pairs")].toArray()) {
            const QString id = pair[QStringLiteral("id")].toString();
            QTest::addRow("%s", qPrintable(id)) << id << false;
            QTest::addRow("%s stemmed", qPrintable(id)) << id << true;
        }
    }
    void reproducesGold()
    {
        QFETCH(QString, id);
        QFETCH(bool, stemmer);
        const QJsonObject rougeGold = gold(QStringLiteral("rouge_gold.json"));
        const QJsonObject pair = byId(rougeGold[QStringLiteral("pairs")].toArray()).value(id);
        MetricInput input;
        input.reference = pair[QStringLiteral("reference")].toString();
        input.prediction = pair[QStringLiteral("hypothesis")].toString();
        MetricOptions options;
        options.rougeStemmer = stemmer;
        const ScoreMap scores = computeScores(allMetrics(), input, options);
        QCOMPARE(scores.size(), scoreKeys(allMetrics()).size());

        for (const QJsonValue& expected : rougeGold[QStringLiteral("scores")].toArray()) {
            if (expected[QStringLiteral("id")].toString() != id
                || expected[QStringLiteral("use_stemmer")].toBool() != stemmer)
                continue;
            for (const QString& type : {QStringLiteral("rouge1"), QStringLiteral("rouge2"), QStringLiteral("rougeL"),
                     QStringLiteral("rougeLsum")}) {
                const QJsonObject values = expected[type].toObject();
                QVERIFY(std::abs(scores.value(type) - values[QStringLiteral("fmeasure")].toDouble()) < 1e-9);
                QVERIFY(std::abs(scores.value(type + QStringLiteral("_precision"))
                            - values[QStringLiteral("precision")].toDouble())
                    < 1e-9);
                QVERIFY(std::abs(scores.value(type + QStringLiteral("_recall"))
                            - values[QStringLiteral("recall")].toDouble())
                    < 1e-9);
            }
        }
        const QJsonObject sacre = byId(
            gold(QStringLiteral("bleu_gold.json"))[QStringLiteral("sacrebleu")][QStringLiteral("per_pair")].toArray())
                                      .value(id);
        QVERIFY(std::abs(scores.value(QStringLiteral("sacrebleu")) - sacre[QStringLiteral("sentence_bleu")].toDouble())
            < 1e-9);
        QCOMPARE(scores.value(QStringLiteral("bleu")), bleu::lumigatorBleu(input.prediction, input.reference));
        const QJsonObject meteorGold
            = byId(gold(QStringLiteral("meteor_gold.json"))[QStringLiteral("per_pair")].toArray()).value(id);
        const QString meteorKey
            = meteor::wordNetAvailable() ? QStringLiteral("meteor") : QStringLiteral("meteor_without_wordnet_stage");
        QVERIFY(std::abs(scores.value(QStringLiteral("meteor")) - meteorGold[meteorKey].toDouble()) < 1e-9);
    }

    void countsTokensOfAnswerAndReasoning_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("tokens");
        QTest::addColumn<double>("words");
        for (const QJsonValue& item : gold(QStringLiteral("tokens_gold.json"))[QStringLiteral("items")].toArray()) {
            QTest::addRow("%s", qPrintable(item[QStringLiteral("id")].toString()))
                << item[QStringLiteral("text")].toString() << item[QStringLiteral("cl100k_base")].toDouble()
                << item[QStringLiteral("python_str_split_words")].toDouble();
        }
    }
    void countsTokensOfAnswerAndReasoning()
    {
        QFETCH(QString, text);
        QFETCH(double, tokens);
        QFETCH(double, words);
        const Metric* metric = MetricRegistry::builtIn().metric(QStringLiteral("tokens"));
        MetricInput input;
        input.prediction = text;
        input.reasoning = text + text;
        const ScoreMap scores = metric->compute(input, {});
        QCOMPARE(scores.value(QStringLiteral("answer_tokens")), tokens);
        QCOMPARE(scores.value(QStringLiteral("answer_words")), words);
        QCOMPARE(scores.value(QStringLiteral("lumigator_tokens")), words / 0.75);
        QCOMPARE(scores.value(QStringLiteral("reasoning_tokens")), double(cl100kTokenCount(text + text)));
    }

    void parallelScoringKeepsOrder()
    {
        const QJsonArray pairs = gold(QStringLiteral("rouge_gold.json"))[QStringLiteral("pairs")].toArray();
        QList<MetricInput> inputs;
        for (int round = 0; round < 8; ++round) {
            for (const QJsonValue& pair : pairs) {
                MetricInput input;
                input.reference = pair[QStringLiteral("reference")].toString();
                input.prediction = pair[QStringLiteral("hypothesis")].toString();
                inputs.append(input);
            }
        }
        const QList<ScoreMap> parallel = computeScores(allMetrics(), inputs, {});
        QCOMPARE(parallel.size(), inputs.size());
        for (qsizetype i = 0; i < inputs.size(); ++i)
            QCOMPARE(parallel.at(i), computeScores(allMetrics(), inputs.at(i), {}));
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "test_registry.moc"
