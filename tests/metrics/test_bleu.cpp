#include "common/pythonstring.h"
#include "metrics/bleu.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace caliper;

namespace {

QJsonObject gold()
{
    static const QJsonObject object
        = QJsonDocument::fromJson(test::readFile(test::sharedPath(QStringLiteral("gold/bleu_gold.json")))).object();
    return object;
}

// The raw pairs by id, so every section of the gold file is checked against the same input text.
QHash<QString, QJsonObject> goldPairs()
{
    QHash<QString, QJsonObject> pairs;
    for (const QJsonValue& pair : gold().value(QStringLiteral("pairs")).toArray())
        pairs.insert(pair[QStringLiteral("id")].toString(), pair.toObject());
    return pairs;
}

QStringList strings(const QJsonValue& array)
{
    QStringList result;
    for (const QJsonValue& value : array.toArray())
        result.append(value.toString());
    return result;
}

// Equal to `relative` of the expected magnitude; NLTK's unsmoothed scores go down to 1e-232, where an absolute
// tolerance would accept anything.
bool close(double actual, double expected, double relative = 1e-12)
{
    return std::fabs(actual - expected) <= relative * std::max(std::fabs(expected), 1e-300) || actual == expected;
}

#define QVERIFY_CLOSE(actual, expected)                                                                                \
    QVERIFY2(close(actual, expected),                                                                                  \
        qPrintable(QStringLiteral("%1 != %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)))

} // namespace

class TestBleu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(gold().value(QStringLiteral("pairs")).toArray().size(), 13);
        QVERIFY(gold().value(QStringLiteral("sacrebleu"))[QStringLiteral("version")].toString().startsWith(
            QStringLiteral("2.6")));
    }

    void tokenizes13a_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QJsonObject sacre = gold().value(QStringLiteral("sacrebleu")).toObject();
        int row = 0;
        for (const QJsonValue& item : sacre[QStringLiteral("tokenizer_13a_cases")][QStringLiteral("cases")].toArray())
            QTest::addRow("case %d", row++)
                << item[QStringLiteral("input")].toString() << item[QStringLiteral("output")].toString();
        const auto pairs = goldPairs();
        for (const QJsonValue& item : sacre[QStringLiteral("per_pair")].toArray()) {
            const QString id = item[QStringLiteral("id")].toString();
            QTest::addRow("%s reference", qPrintable(id))
                << pairs[id][QStringLiteral("reference")].toString() << item[QStringLiteral("ref_13a")].toString();
            QTest::addRow("%s hypothesis", qPrintable(id))
                << pairs[id][QStringLiteral("hypothesis")].toString() << item[QStringLiteral("hyp_13a")].toString();
        }
    }
    void tokenizes13a()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(bleu::tokenize13a(input), expected);
    }

    void sacreSentenceBleuMatchesGold_data()
    {
        QTest::addColumn<QString>("hypothesis");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QJsonObject>("expected");
        const auto pairs = goldPairs();
        for (const QJsonValue& item : gold()[QStringLiteral("sacrebleu")][QStringLiteral("per_pair")].toArray()) {
            const QJsonObject pair = pairs[item[QStringLiteral("id")].toString()];
            QTest::addRow("%s", qPrintable(item[QStringLiteral("id")].toString()))
                << pair[QStringLiteral("hypothesis")].toString() << pair[QStringLiteral("reference")].toString()
                << item.toObject();
        }
    }
    void sacreSentenceBleuMatchesGold()
    {
        QFETCH(QString, hypothesis);
        QFETCH(QString, reference);
        QFETCH(QJsonObject, expected);
        const bleu::BleuStats stats = bleu::sacreSentenceBleu(hypothesis, reference);
        QVERIFY_CLOSE(stats.score, expected[QStringLiteral("sentence_bleu")].toDouble());
        const QJsonObject detail = expected[QStringLiteral("sentence_bleu_detail")].toObject();
        for (int n = 0; n < 4; ++n) {
            QCOMPARE(stats.counts[size_t(n)], detail[QStringLiteral("counts")][n].toInteger());
            QCOMPARE(stats.totals[size_t(n)], detail[QStringLiteral("totals")][n].toInteger());
            QVERIFY_CLOSE(stats.precisions[size_t(n)], detail[QStringLiteral("precisions")][n].toDouble());
        }
        QVERIFY_CLOSE(stats.brevityPenalty, detail[QStringLiteral("bp")].toDouble());
        // The shared computation the registry uses gives exactly the separate functions' values.
        const bleu::SentenceBleus both = bleu::sentenceBleus(hypothesis, reference);
        QCOMPARE(both.sacre.score, stats.score);
        QCOMPARE(both.lumigator, bleu::lumigatorBleu(hypothesis, reference));
        QCOMPARE(stats.hypothesisLength, detail[QStringLiteral("sys_len")].toInteger());
        QCOMPARE(stats.referenceLength, detail[QStringLiteral("ref_len")].toInteger());

        // Without the effective order a short hypothesis falls to 0: the difference the names must carry.
        const bleu::BleuStats corpus = bleu::sacreCorpusBleu({hypothesis}, {reference});
        QVERIFY_CLOSE(corpus.score, expected[QStringLiteral("single_segment_corpus_bleu")].toDouble());
    }

    void sacreCorpusBleuMatchesGold()
    {
        QStringList hypotheses;
        QStringList references;
        for (const QJsonValue& pair : gold()[QStringLiteral("pairs")].toArray()) {
            hypotheses.append(pair[QStringLiteral("hypothesis")].toString());
            references.append(pair[QStringLiteral("reference")].toString());
        }
        const QJsonObject expected = gold()[QStringLiteral("sacrebleu")][QStringLiteral("corpus_all_pairs")].toObject();
        const bleu::BleuStats stats = bleu::sacreCorpusBleu(hypotheses, references);
        QVERIFY_CLOSE(stats.score, expected[QStringLiteral("corpus_bleu")].toDouble());
        for (int n = 0; n < 4; ++n) {
            QCOMPARE(stats.counts[size_t(n)], expected[QStringLiteral("counts")][n].toInteger());
            QCOMPARE(stats.totals[size_t(n)], expected[QStringLiteral("totals")][n].toInteger());
            QVERIFY_CLOSE(stats.precisions[size_t(n)], expected[QStringLiteral("precisions")][n].toDouble());
        }
        QVERIFY_CLOSE(stats.brevityPenalty, expected[QStringLiteral("bp")].toDouble());
        QCOMPARE(stats.hypothesisLength, expected[QStringLiteral("sys_len")].toInteger());
        QCOMPARE(stats.referenceLength, expected[QStringLiteral("ref_len")].toInteger());
    }

    void nltkSentenceBleuMatchesGold_data()
    {
        QTest::addColumn<QString>("hypothesis");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QJsonObject>("expected");
        const auto pairs = goldPairs();
        for (const QJsonValue& item : gold()[QStringLiteral("nltk")][QStringLiteral("per_pair")].toArray()) {
            const QJsonObject pair = pairs[item[QStringLiteral("id")].toString()];
            QTest::addRow("%s", qPrintable(item[QStringLiteral("id")].toString()))
                << pair[QStringLiteral("hypothesis")].toString() << pair[QStringLiteral("reference")].toString()
                << item.toObject();
        }
    }
    void nltkSentenceBleuMatchesGold()
    {
        QFETCH(QString, hypothesis);
        QFETCH(QString, reference);
        QFETCH(QJsonObject, expected);
        const QStringList hypothesisTokens = pythonstring::split(hypothesis);
        const QStringList referenceTokens = pythonstring::split(reference);
        QCOMPARE(hypothesisTokens, strings(expected[QStringLiteral("hyp_tokens")]));
        QCOMPARE(referenceTokens, strings(expected[QStringLiteral("ref_tokens")]));
        QVERIFY_CLOSE(bleu::nltkSentenceBleu(referenceTokens, hypothesisTokens, bleu::NltkSmoothing::None),
            expected[QStringLiteral("sentence_bleu_none")].toDouble());
        QVERIFY_CLOSE(bleu::nltkSentenceBleu(referenceTokens, hypothesisTokens, bleu::NltkSmoothing::Method1),
            expected[QStringLiteral("sentence_bleu_method1")].toDouble());
    }

    void nltkCorpusBleuMatchesGold()
    {
        QList<QStringList> hypotheses;
        QList<QStringList> references;
        for (const QJsonValue& pair : gold()[QStringLiteral("pairs")].toArray()) {
            hypotheses.append(pythonstring::split(pair[QStringLiteral("hypothesis")].toString()));
            references.append(pythonstring::split(pair[QStringLiteral("reference")].toString()));
        }
        const QJsonObject expected = gold()[QStringLiteral("nltk")][QStringLiteral("corpus_all_pairs")].toObject();
        QVERIFY_CLOSE(bleu::nltkCorpusBleu(references, hypotheses, bleu::NltkSmoothing::None),
            expected[QStringLiteral("corpus_bleu_none")].toDouble());
        QVERIFY_CLOSE(bleu::nltkCorpusBleu(references, hypotheses, bleu::NltkSmoothing::Method1),
            expected[QStringLiteral("corpus_bleu_method1")].toDouble());
    }

    // Hugging Face evaluate's bleu has no smoothing and no effective order: when every n-gram order has a match
    // it equals sacrebleu's corpus BLEU of the pair on a 0–1 scale (same 13a tokens, same clipped counts), and
    // when any order has none it is exactly 0.
    void lumigatorBleuAgreesWithGoldStatistics_data()
    {
        QTest::addColumn<QString>("hypothesis");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QJsonObject>("expected");
        const auto pairs = goldPairs();
        for (const QJsonValue& item : gold()[QStringLiteral("sacrebleu")][QStringLiteral("per_pair")].toArray()) {
            const QJsonObject pair = pairs[item[QStringLiteral("id")].toString()];
            QTest::addRow("%s", qPrintable(item[QStringLiteral("id")].toString()))
                << pair[QStringLiteral("hypothesis")].toString() << pair[QStringLiteral("reference")].toString()
                << item.toObject();
        }
    }
    void lumigatorBleuAgreesWithGoldStatistics()
    {
        QFETCH(QString, hypothesis);
        QFETCH(QString, reference);
        QFETCH(QJsonObject, expected);
        const QJsonArray counts = expected[QStringLiteral("sentence_bleu_detail")][QStringLiteral("counts")].toArray();
        const bool everyOrderMatches
            = std::all_of(counts.begin(), counts.end(), [](const QJsonValue& count) { return count.toInteger() > 0; });
        const double score = bleu::lumigatorBleu(hypothesis, reference);
        if (everyOrderMatches) {
            QVERIFY_CLOSE(score, expected[QStringLiteral("single_segment_corpus_bleu")].toDouble() / 100.0);
        } else {
            QCOMPARE(score, 0.0);
        }
    }

    // Cases whose value follows from nmt_bleu's formula by hand.
    void lumigatorBleuEdgeCases_data()
    {
        QTest::addColumn<QString>("prediction");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<double>("expected");
        QTest::addRow("identical") << QStringLiteral("the cat sat on the mat .")
                                   << QStringLiteral("the cat sat on the mat.") << 1.0;
        // Every n-gram matches; 5 of 6 tokens: ratio 5/6, brevity penalty exp(1 - 1/ratio).
        QTest::addRow("short") << QStringLiteral("the cat sat on the") << QStringLiteral("the cat sat on the mat")
                               << std::exp(1.0 - 1.0 / (5.0 / 6.0));
        QTest::addRow("longer")
            << QStringLiteral("the cat sat on the mat today") << QStringLiteral("the cat sat on the mat")
            << std::exp(0.25 * (std::log(6.0 / 7.0) + std::log(5.0 / 6.0) + std::log(4.0 / 5.0) + std::log(3.0 / 4.0)));
        QTest::addRow("no four-gram") << QStringLiteral("a b c") << QStringLiteral("a b c") << 0.0;
        QTest::addRow("empty prediction") << QString() << QStringLiteral("a b c d") << 0.0;
        QTest::addRow("empty reference") << QStringLiteral("a b c d") << QString() << 0.0;
        // evaluate's tokenizer sees the raw text (no rstrip), so a trailing "-\n" joins as in a hyphenated line.
        QTest::addRow("trailing hyphen newline") << QStringLiteral("a b c d-\n") << QStringLiteral("a b c d") << 1.0;
    }
    void lumigatorBleuEdgeCases()
    {
        QFETCH(QString, prediction);
        QFETCH(QString, reference);
        QFETCH(double, expected);
        QVERIFY_CLOSE(bleu::lumigatorBleu(prediction, reference), expected);
        QCOMPARE(bleu::sentenceBleus(prediction, reference).lumigator, bleu::lumigatorBleu(prediction, reference));
        QCOMPARE(bleu::sentenceBleus(prediction, reference).sacre.score,
            bleu::sacreSentenceBleu(prediction, reference).score);
    }

    // sacrebleu strips trailing whitespace before tokenizing: the trailing "-\n" case keeps its dash there.
    void sacreStripsBeforeTokenizing()
    {
        QCOMPARE(bleu::tokenize13a(QStringLiteral("a b c d-\n")), QStringLiteral("a b c d-"));
        QVERIFY(bleu::sacreSentenceBleu(QStringLiteral("a b c d-\n"), QStringLiteral("a b c d")).score < 100.0);
    }

    // Python's documented str behaviour that QString does not share.
    void pythonStringSemantics()
    {
        QCOMPARE(pythonstring::split(QStringLiteral("a\u001cb\u00a0c\u2028d  ")),
            (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(pythonstring::split(QStringLiteral(" \t\n")), QStringList());
        QCOMPARE(pythonstring::rstrip(QStringLiteral(" x \u001f\r\n")), QStringLiteral(" x"));
        QCOMPARE(pythonstring::lower(QStringLiteral("\u0130stanbul")), QStringLiteral("i\u0307stanbul"));
        QCOMPARE(pythonstring::lower(QStringLiteral("\u039f\u0394\u039f\u03a3 \u03a3")),
            QStringLiteral("\u03bf\u03b4\u03bf\u03c2 \u03c3"));
        QCOMPARE(pythonstring::lower(QStringLiteral("\u03a3\u039f\u03a3'.")), QStringLiteral("\u03c3\u03bf\u03c2'."));
        QCOMPARE(pythonstring::lower(QStringLiteral("\u212aelvin")), QStringLiteral("kelvin"));
    }
};

QTEST_GUILESS_MAIN(TestBleu)
#include "test_bleu.moc"
