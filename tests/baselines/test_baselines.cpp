#include "baselines/baselines.h"
#include "baselines/textrank.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace caliper;
using namespace caliper::baselines;

namespace {

/// The dialogues of the study's 40 ACI-Bench conversations, read from ../shared (never copied here).
QStringList aciTranscripts()
{
    const QByteArray json
        = test::readFile(test::sharedPath(QStringLiteral("data/aci-bench/clef_taskC_test3_assessment_and_plan.json")));
    QStringList transcripts;
    const QJsonArray rows = QJsonDocument::fromJson(json).object().value(QLatin1String("data")).toArray();
    for (const QJsonValue& row : rows)
        transcripts.append(row.toObject().value(QLatin1String("src")).toString());
    return transcripts;
}

/// Weighted PageRank written out plainly over a dense matrix, independent of the library's edge lists.
QList<double> densePageRank(const QStringList& sentences)
{
    const qsizetype n = sentences.size();
    QList<QList<double>> weight(n, QList<double>(n, 0.0));
    QList<double> total(n, 0.0);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < n; ++j) {
            if (i != j)
                weight[i][j] = sentenceSimilarity(sentences.at(i), sentences.at(j));
            total[i] += weight[i][j];
        }
    }
    QList<double> score(n, 1.0);
    for (int round = 0; round < 1000; ++round) {
        QList<double> next(n, 0.15);
        for (qsizetype i = 0; i < n; ++i) {
            for (qsizetype j = 0; j < n; ++j) {
                if (weight[j][i] > 0)
                    next[i] += 0.85 * weight[j][i] / total[j] * score[j];
            }
        }
        score = next;
    }
    return score;
}

} // namespace

class TestBaselines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto s = [](const char* text) { return QString::fromUtf8(text); };
        QTest::addRow("plain") << s("Hello there. How are you?") << QStringList {s("Hello there."), s("How are you?")};
        QTest::addRow("title abbreviation")
            << s("Dr. Smith saw her. She is well.") << QStringList {s("Dr. Smith saw her."), s("She is well.")};
        QTest::addRow("e.g.") << s("Take fluids, e.g. water. Rest.")
                              << QStringList {s("Take fluids, e.g. water."), s("Rest.")};
        QTest::addRow("decimals") << s("Start 2.5 mg daily. Recheck in .5 weeks.")
                                  << QStringList {s("Start 2.5 mg daily."), s("Recheck in .5 weeks.")};
        QTest::addRow("speaker tags per line")
            << s("[doctor] hi , how are you ?\n[patient] i'm okay . thanks .")
            << QStringList {s("[doctor] hi , how are you ?"), s("[patient] i'm okay ."), s("thanks .")};
        QTest::addRow("speaker change mid-line")
            << s("[doctor] okay [patient] yes") << QStringList {s("[doctor] okay"), s("[patient] yes")};
        QTest::addRow("lone period after a tag")
            << s("[doctor] . when you're traveling ?") << QStringList {s("[doctor] . when you're traveling ?")};
        QTest::addRow("trailing punctuation") << s("[doctor] okay . .") << QStringList {s("[doctor] okay . .")};
        QTest::addRow("line breaks end sentences")
            << s("ASSESSMENT\nHypertension\n\n  PLAN  ") << QStringList {s("ASSESSMENT"), s("Hypertension"), s("PLAN")};
        QTest::addRow("crlf") << s("One.\r\nTwo.") << QStringList {s("One."), s("Two.")};
        QTest::addRow("numbered list") << s("1. Hypertension.\n2. Diabetes. Check A1c.")
                                       << QStringList {s("1. Hypertension."), s("2. Diabetes."), s("Check A1c.")};
        QTest::addRow("ellipsis and ?!") << s("Wait... what?! No.")
                                         << QStringList {s("Wait..."), s("what?!"), s("No.")};
        QTest::addRow("closing quote") << s("He said \"stop.\" Then left.")
                                       << QStringList {s("He said \"stop.\""), s("Then left.")};
        QTest::addRow("a.m. before lower case")
            << s("Take it at 8 a.m. daily. Then rest.") << QStringList {s("Take it at 8 a.m. daily."), s("Then rest.")};
        QTest::addRow("a.m. before upper case")
            << s("Seen at 8 a.m. Then discharged.") << QStringList {s("Seen at 8 a.m."), s("Then discharged.")};
        QTest::addRow("initials") << s("Dr. J. Smith called. Okay.")
                                  << QStringList {s("Dr. J. Smith called."), s("Okay.")};
        QTest::addRow("vitamin D ends") << s("Low vitamin D. Start supplements.")
                                        << QStringList {s("Low vitamin D."), s("Start supplements.")};
        QTest::addRow("period inside a word")
            << s("See www.example.org today.") << QStringList {s("See www.example.org today.")};
        QTest::addRow("empty") << QString() << QStringList {};
        QTest::addRow("blank") << s(" \n\t\n ") << QStringList {};
    }
    void splitsSentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(splitSentences(text), expected);
    }

    void leadTakesTheFirstSentences_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::addRow("two") << 2 << QStringLiteral("One. Two!");
        QTest::addRow("more than there are") << 9 << QStringLiteral("One. Two! Three?");
        QTest::addRow("none") << 0 << QString();
        QTest::addRow("negative") << -1 << QString();
    }
    void leadTakesTheFirstSentences()
    {
        QFETCH(int, count);
        QFETCH(QString, expected);
        QCOMPARE(leadSummary(QStringLiteral("One. Two!\nThree?"), count), expected);
        QCOMPARE(leadSummary(QString(), count), QString());
    }

    void textRankWordsDropTagsCaseAndPunctuation()
    {
        QCOMPARE(textRankWords(QStringLiteral("[doctor] I'm fine , THANKS!")),
            (QStringList {QStringLiteral("im"), QStringLiteral("fine"), QStringLiteral("thanks")}));
    }

    void similarityIsSharedWordsOverLogLengths()
    {
        // {the, cat} shared; 3 and 4 words.
        const double expected = 2.0 / (std::log(3.0) + std::log(4.0));
        QCOMPARE(sentenceSimilarity(QStringLiteral("the cat sat"), QStringLiteral("The cat ran away.")), expected);
        // Repeated words count once in the numerator but fully in the lengths.
        QCOMPARE(sentenceSimilarity(QStringLiteral("go go"), QStringLiteral("go now")), 1.0 / (2 * std::log(2.0)));
        QCOMPARE(sentenceSimilarity(QStringLiteral("okay ."), QStringLiteral("[patient] okay !")), 0.0);
        QCOMPARE(sentenceSimilarity(QStringLiteral("red fish"), QStringLiteral("blue cat")), 0.0);
    }

    // A path A — B — C with weights 2w and w. With d = 0.85 the fixed point is, by hand:
    // B = (1 − d) + d(A + C) and A + C = 2(1 − d) + dB, so B = (1 + 2d)/(1 + d);
    // A = (1 − d) + d·B·2/3 and C = (1 − d) + d·B·1/3.
    void ranksAHandCheckedPath()
    {
        const QStringList sentences {QStringLiteral("alpha beta gamma"), QStringLiteral("alpha beta delta epsilon"),
            QStringLiteral("delta zeta eta")};
        const double d = 0.85;
        const double b = (1 + 2 * d) / (1 + d);
        const QList<double> expected {(1 - d) + d * b * 2 / 3, b, (1 - d) + d * b / 3};
        const QList<double> scores = textRankScores(sentences);
        QCOMPARE(scores.size(), 3);
        for (qsizetype i = 0; i < 3; ++i)
            QVERIFY2(std::abs(scores.at(i) - expected.at(i)) < 1e-5, qPrintable(QString::number(scores.at(i))));
        QCOMPARE(topRanked(scores, 1), (QList<qsizetype> {1}));
        QCOMPARE(topRanked(scores, 2), (QList<qsizetype> {0, 1}));
        QCOMPARE(textRankSummary(sentences.join(u'\n'), 2), sentences.first(2).join(u' '));
    }

    void matchesAPlainPowerIterationOnATranscript()
    {
        const QStringList transcripts = aciTranscripts();
        QVERIFY(!transcripts.isEmpty());
        const QStringList sentences = splitSentences(transcripts.first()).first(60);
        const QList<double> expected = densePageRank(sentences);
        const QList<double> scores = textRankScores(sentences);
        for (qsizetype i = 0; i < sentences.size(); ++i)
            QVERIFY2(std::abs(scores.at(i) - expected.at(i)) < 1e-4,
                qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(scores.at(i)).arg(expected.at(i))));
    }

    void tiesGoToTheEarlierSentence()
    {
        // Nothing shared: every score is 1 − d.
        QCOMPARE(textRankSummary(QStringLiteral("Red fish. Blue cat. Green dog."), 2),
            QStringLiteral("Red fish. Blue cat."));
        // The two identical sentences are symmetric; the first of them wins a single slot.
        QCOMPARE(textRankSummary(QStringLiteral("Tea now. Big red fish. Big red fish."), 1),
            QStringLiteral("Big red fish."));
        QCOMPARE(topRanked({0.5, 0.5 + 1e-14, 0.2}, 1), (QList<qsizetype> {0}));
    }

    void emptyAndSingleSentenceInputs()
    {
        QCOMPARE(textRankSummary(QString()), QString());
        QCOMPARE(textRankSummary(QStringLiteral("  \n ")), QString());
        QCOMPARE(textRankSummary(QStringLiteral("[doctor] only this .")), QStringLiteral("[doctor] only this ."));
        QVERIFY(textRankScores({}).isEmpty());
        QCOMPARE(topRanked({}, 3), QList<qsizetype> {});
    }

    void summariesOfTranscriptsAreDeterministicSentencesInOrder()
    {
        for (const QString& transcript : aciTranscripts().first(5)) {
            const QStringList sentences = splitSentences(transcript);
            const QString summary = textRankSummary(transcript);
            QCOMPARE(textRankSummary(transcript), summary);
            const QList<qsizetype> picked = topRanked(textRankScores(sentences), 5);
            QCOMPARE(picked.size(), 5);
            QVERIFY(std::is_sorted(picked.begin(), picked.end()));
            QStringList parts;
            for (const qsizetype index : picked)
                parts.append(sentences.at(index));
            QCOMPARE(summary, parts.join(u' '));
        }
    }

    void runsBuiltinModelsByName()
    {
        const QString source = QStringLiteral("[doctor] one . [patient] two . [doctor] three . [patient] four .");
        QCOMPARE(builtinModels(), (QStringList {QStringLiteral("builtin:lead"), QStringLiteral("builtin:textrank")}));
        QVERIFY(isBuiltinModel(QStringLiteral("builtin:lead")));
        QVERIFY(!isBuiltinModel(QStringLiteral("builtin:other")));
        const Result<QString> lead = runBuiltinModel(QStringLiteral("builtin:lead"), source);
        QVERIFY(lead.ok());
        QCOMPARE(lead.value(), QStringLiteral("[doctor] one . [patient] two . [doctor] three ."));
        const Result<QString> textRank = runBuiltinModel(QStringLiteral("builtin:textrank"), source);
        QVERIFY(textRank.ok());
        QCOMPARE(textRank.value(), textRankSummary(source));
        const Result<QString> unknown = runBuiltinModel(QStringLiteral("builtin:nope"), source);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("builtin:nope")));
    }
};

QTEST_GUILESS_MAIN(TestBaselines)
#include "test_baselines.moc"
