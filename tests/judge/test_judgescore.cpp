// G-Eval's probability-weighted score on hand-computed cases (to 1e-12): alternatives below 1%, non-digit
// tokens, out-of-range values, no logprobs, leading spaces, multi-digit scores, scores split over tokens.
#include "judge/judgescore.h"

#include <QTest>

#include <cmath>

using namespace caliper;

using Tokens = QList<TokenLogprob>;
Q_DECLARE_METATYPE(Tokens)

namespace {

using Alternatives = QList<QPair<QString, double>>;

/// A token with the given alternatives, each written as (text, probability).
TokenLogprob token(const QString& text, const QList<QPair<const char*, double>>& top = {})
{
    TokenLogprob t;
    t.token = text;
    for (const auto& [alternative, p] : top)
        t.top.append({QString::fromUtf8(alternative), std::log(p)});
    t.logprob = t.top.isEmpty() ? 0.0 : t.top.first().second;
    return t;
}

/// `{"score": N, "reason": "ok"}` tokenised the way OpenAI's tokenizers split it, the score token's
/// alternatives given.
Tokens jsonReply(const QString& score, const QList<QPair<const char*, double>>& top)
{
    return {token(QStringLiteral("{\"")), token(QStringLiteral("score")), token(QStringLiteral("\":")),
        token(QStringLiteral(" ")), token(score, top), token(QStringLiteral(",")), token(QStringLiteral(" \"")),
        token(QStringLiteral("reason")), token(QStringLiteral("\":")), token(QStringLiteral(" \"")),
        token(QStringLiteral("ok")), token(QStringLiteral("\"}"))};
}

QString joined(const Tokens& tokens)
{
    QString text;
    for (const TokenLogprob& t : tokens)
        text += t.token;
    return text;
}

} // namespace

class TestJudgeScore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void weighted_data();
    void weighted();
    void alternativesAreKeptForProvenance();
    void normalises_data();
    void normalises();
    void scoresAChatResult();
    void failedRequestIsAnError();
    void summarisesSamples();
};

void TestJudgeScore::weighted_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<Tokens>("tokens");
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("isWeighted");
    QTest::addColumn<double>("expected");

    const QString seven = QStringLiteral("{\"score\": 7, \"reason\": \"ok\"}");
    QTest::addRow("below 1%% dropped") << seven
                                       << jsonReply(
                                              QStringLiteral("7"), {{"7", 0.6}, {"8", 0.3}, {"6", 0.05}, {"9", 0.005}})
                                       << 0 << 10 << true << (7 * 0.6 + 8 * 0.3 + 6 * 0.05) / (0.6 + 0.3 + 0.05);
    QTest::addRow("exactly 1%% kept") << seven << jsonReply(QStringLiteral("7"), {{"7", 0.5}, {"3", 0.01}}) << 0 << 10
                                      << true << (7 * 0.5 + 3 * 0.01) / (0.5 + 0.01);
    QTest::addRow("non-digit tokens dropped")
        << seven << jsonReply(QStringLiteral("7"), {{"7", 0.5}, {"seven", 0.2}, {" ", 0.1}, {"8.", 0.05}, {"8", 0.15}})
        << 0 << 10 << true << (7 * 0.5 + 8 * 0.15) / (0.5 + 0.15);
    QTest::addRow("out of range dropped")
        << QStringLiteral("4") << Tokens {token(QStringLiteral("4"), {{"4", 0.5}, {"5", 0.2}, {"6", 0.2}, {"0", 0.1}})}
        << 1 << 5 << true << (4 * 0.5 + 5 * 0.2) / (0.5 + 0.2);
    QTest::addRow("no logprobs") << seven << Tokens {} << 0 << 10 << false << 7.0;
    QTest::addRow("no alternatives") << seven << jsonReply(QStringLiteral("7"), {}) << 0 << 10 << false << 7.0;
    QTest::addRow("all below 1%%") << seven << jsonReply(QStringLiteral("7"), {{"7", 0.009}, {"x", 0.99}}) << 0 << 10
                                   << false << 7.0;
    const QString spaced = QStringLiteral("{\"score\": 7}");
    QTest::addRow("leading-space tokens")
        << spaced
        << Tokens {token(QStringLiteral("{\"score\":")),
               token(QStringLiteral(" 7"), {{" 7", 0.7}, {" 8", 0.2}, {"8", 0.1}}), token(QStringLiteral("}"))}
        << 0 << 10 << true << (7 * 0.7 + 8 * 0.2 + 8 * 0.1) / (0.7 + 0.2 + 0.1);
    QTest::addRow("multi-digit 10") << QStringLiteral("{\"score\": 10, \"reason\": \"ok\"}")
                                    << jsonReply(
                                           QStringLiteral("10"), {{"10", 0.6}, {"9", 0.3}, {"1", 0.08}, {"100", 0.02}})
                                    << 0 << 10 << true << (10 * 0.6 + 9 * 0.3 + 1 * 0.08) / (0.6 + 0.3 + 0.08);
    QTest::addRow("10 split into digits")
        << QStringLiteral("{\"score\": 10}")
        << Tokens {token(QStringLiteral("{\"score\": ")), token(QStringLiteral("1"), {{"1", 0.9}, {"9", 0.1}}),
               token(QStringLiteral("0"), {{"0", 1.0}}), token(QStringLiteral("}"))}
        << 0 << 10 << false << 10.0;
    QTest::addRow("score merged with comma")
        << QStringLiteral("{\"score\": 7, \"reason\": \"ok\"}")
        << Tokens {token(QStringLiteral("{\"score\": ")), token(QStringLiteral("7,"), {{"7,", 0.8}, {"8,", 0.2}}),
               token(QStringLiteral(" \"reason\": \"ok\"}"))}
        << 0 << 10 << false << 7.0;
    const Tokens thinking {token(QStringLiteral("<think>score 3?</think>")), token(QStringLiteral("{\"score\": ")),
        token(QStringLiteral("8"), {{"8", 0.75}, {"7", 0.25}}), token(QStringLiteral("}"))};
    QTest::addRow("digit in think block ignored")
        << joined(thinking) << thinking << 0 << 10 << true << (8 * 0.75 + 7 * 0.25) / (0.75 + 0.25);
    const Tokens answerOnly {token(QStringLiteral("{\"score\": ")),
        token(QStringLiteral("6"), {{"6", 0.5}, {"5", 0.5}}), token(QStringLiteral("}"))};
    QTest::addRow("logprobs cover only the end") << QStringLiteral("Sure, 9 times out of 10:\n") + joined(answerOnly)
                                                 << answerOnly << 0 << 10 << true << (6 * 0.5 + 5 * 0.5) / 1.0;
    QTest::addRow("tokens not spelling the content")
        << QStringLiteral("Gro\u00dfartig {\"score\": 5}")
        << Tokens {token(QStringLiteral("Gro")), token(QStringLiteral("\ufffd")),
               token(QStringLiteral("artig {\"score\": ")),
               token(QStringLiteral("5"), {{"5", 0.4}, {"4", 0.4}, {"3", 0.2}}), token(QStringLiteral("}"))}
        << 0 << 10 << true << (5 * 0.4 + 4 * 0.4 + 3 * 0.2) / (0.4 + 0.4 + 0.2);
    QTest::addRow("paper bare number") << QStringLiteral(" 3")
                                       << Tokens {token(QStringLiteral(" 3"), {{" 3", 0.6}, {" 2", 0.3}, {"3", 0.1}})}
                                       << 1 << 3 << true << (3 * 0.6 + 2 * 0.3 + 3 * 0.1) / (0.6 + 0.3 + 0.1);
}

void TestJudgeScore::weighted()
{
    QFETCH(QString, content);
    QFETCH(Tokens, tokens);
    QFETCH(int, min);
    QFETCH(int, max);
    QFETCH(bool, isWeighted);
    QFETCH(double, expected);
    const Result<ParsedJudgement> parsed = parseJudgeReply(content, min, max);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    const std::optional<WeightedScore> weighted = weightedScore(tokens, content, *parsed, min, max);
    QCOMPARE(weighted.has_value(), isWeighted);
    const double score = weighted ? weighted->score : parsed->score;
    QVERIFY2(std::abs(score - expected) < 1e-12,
        qPrintable(QStringLiteral("%1 != %2").arg(score, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

void TestJudgeScore::alternativesAreKeptForProvenance()
{
    const QString content = QStringLiteral("{\"score\": 7, \"reason\": \"ok\"}");
    const Tokens tokens = jsonReply(QStringLiteral("7"), {{"7", 0.6}, {"x", 0.3}, {"9", 0.005}, {"11", 0.05}});
    const Result<ParsedJudgement> parsed = parseJudgeReply(content, 0, 10);
    QVERIFY(parsed.ok());
    const std::optional<WeightedScore> weighted = weightedScore(tokens, content, *parsed, 0, 10);
    QVERIFY(weighted);
    QCOMPARE(weighted->tokenIndex, qsizetype {4});
    QCOMPARE(weighted->alternatives.size(), 4);
    QCOMPARE(weighted->alternatives.at(0).counted, true);
    QVERIFY(!weighted->alternatives.at(1).value.has_value());
    QCOMPARE(weighted->alternatives.at(2).counted, false); // below 1%
    QCOMPARE(weighted->alternatives.at(3).value.value_or(-1), 11);
    QCOMPARE(weighted->alternatives.at(3).counted, false); // out of range
    QCOMPARE(weighted->score, 7.0);
}

void TestJudgeScore::normalises_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::addColumn<double>("expected");
    QTest::addRow("lumigator is score/10") << 7.25 << 0 << 10 << 0.725;
    QTest::addRow("paper 1-5 bottom") << 1.0 << 1 << 5 << 0.0;
    QTest::addRow("paper 1-5") << 4.0 << 1 << 5 << 0.75;
    QTest::addRow("paper 1-3") << 2.5 << 1 << 3 << 0.75;
}

void TestJudgeScore::normalises()
{
    QFETCH(double, score);
    QFETCH(int, min);
    QFETCH(int, max);
    QFETCH(double, expected);
    QVERIFY(std::abs(normaliseScore(score, min, max) - expected) < 1e-12);
}

void TestJudgeScore::scoresAChatResult()
{
    JudgeCriterion criterion;
    criterion.id = QStringLiteral("lumigator/coherence");
    criterion.name = QStringLiteral("Coherence");
    criterion.templateText = QStringLiteral("{{TestCase}}");
    ChatResult result;
    result.content = QStringLiteral("{\"score\": 7, \"reason\": \"ok\"}");
    result.logprobs = jsonReply(QStringLiteral("7"), {{"7", 0.6}, {"8", 0.4}});
    const Result<JudgeScore> score = scoreJudgeResult(criterion, result);
    QVERIFY(score.ok());
    QVERIFY(score->weighted);
    QVERIFY(std::abs(score->score - 7.4) < 1e-12);
    QVERIFY(std::abs(score->normalised - 0.74) < 1e-12);
    QCOMPARE(score->parsed.reason, QStringLiteral("ok"));

    result.logprobs.clear();
    const Result<JudgeScore> unweighted = scoreJudgeResult(criterion, result);
    QVERIFY(unweighted.ok());
    QVERIFY(!unweighted->weighted);
    QCOMPARE(unweighted->normalised, 0.7);
}

void TestJudgeScore::failedRequestIsAnError()
{
    JudgeCriterion criterion;
    criterion.id = QStringLiteral("paper/fluency");
    criterion.minScore = 1;
    criterion.maxScore = 3;
    ChatResult result;
    result.content = QStringLiteral("Excellent work!");
    result.model = QStringLiteral("judge-model");
    const Result<JudgeScore> unparseable = scoreJudgeResult(criterion, result);
    QVERIFY(!unparseable.ok());
    QVERIFY(unparseable.error().message.contains(QLatin1String("judge-model")));
    QCOMPARE(unparseable.error().location, criterion.id);
    ChatFailure failure;
    failure.kind = FailureKind::Http;
    failure.error.message = QStringLiteral("HTTP 500");
    failure.httpStatus = 500;
    const ChatResult failed = ChatResult::failed(failure);
    QCOMPARE(scoreJudgeResult(criterion, failed).error().message, QStringLiteral("HTTP 500"));
}

void TestJudgeScore::summarisesSamples()
{
    QList<JudgeScore> scores;
    for (const double value : {4.0, 5.0, 3.0}) {
        JudgeScore score;
        score.score = value;
        score.normalised = normaliseScore(value, 1, 5);
        scores << score;
    }
    const JudgeSummary summary = summariseJudgeScores(scores, 2, 1, 5);
    QCOMPARE(summary.scored, 3);
    QCOMPARE(summary.failed, 2);
    QVERIFY(std::abs(summary.mean - 4.0) < 1e-12);
    QVERIFY(std::abs(summary.normalised - 0.75) < 1e-12);
    // normalised 0.75, 1, 0.5: deviations 0, 0.25, -0.25; sample variance 0.125 / 2
    QVERIFY(std::abs(summary.standardDeviation - std::sqrt(0.125 / 2)) < 1e-12);
    const JudgeSummary none = summariseJudgeScores({}, 3, 1, 5);
    QCOMPARE(none.scored, 0);
    QCOMPARE(none.failed, 3);
}

QTEST_GUILESS_MAIN(TestJudgeScore)
#include "test_judgescore.moc"
