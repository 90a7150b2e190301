// A judgement end to end against the mock server: the request a judge receives (method parameters, the hashed
// prompt), scripted replies with scripted logprobs, and the weighted score computed from what came back.
#include "endpoints/chatclient.h"
#include "judge/builtincriteria.h"
#include "judge/judgeprompt.h"
#include "judge/judgesample.h"
#include "judge/judgescore.h"
#include "mockllmserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

#include <qcoro/qcorotask.h>

#include <cmath>

using namespace caliper;
using caliper::mock::MockLlmServer;
using caliper::mock::MockToken;

namespace {

MockToken plain(const QString& text)
{
    return MockToken {text, false, -0.01, {}};
}

/// `{"score": 8, "reason": "Orderly."}` with the score token's alternatives scripted.
QList<MockToken> scriptedJudgeReply()
{
    MockToken score {QStringLiteral("8"), false, std::log(0.5),
        {{QStringLiteral("8"), std::log(0.5)}, {QStringLiteral("7"), std::log(0.3)},
            {QStringLiteral("9"), std::log(0.15)}, {QStringLiteral("six"), std::log(0.04)},
            {QStringLiteral("2"), std::log(0.009)}}};
    return {plain(QStringLiteral("{\"")), plain(QStringLiteral("score")), plain(QStringLiteral("\":")),
        plain(QStringLiteral(" ")), score, plain(QStringLiteral(", \"reason\": \"Orderly.\"}"))};
}

const JudgeTexts texts {QStringLiteral("Doctor and patient discuss a knee."), QStringLiteral("Knee pain; plan: rest."),
    QStringLiteral("Knee strain. Rest and ice.")};

} // namespace

class TestJudgeMock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<MockLlmServer>();
        QVERIFY(m_server->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ChatClient>(m_network.get(), nullptr);
    }
    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_server.reset();
    }
    void lumigatorJudgementIsWeighted_data();
    void lumigatorJudgementIsWeighted();
    void paperSamplesAreAveraged();
    void messyReplyIsParsedAndRawKept();
    void unparseableRepliesAreRetried();
    void failureKeepsTheLastRawReply();
    void requestFailureIsNotRetried();

private:
    Endpoint endpoint() const
    {
        Endpoint e;
        e.name = QStringLiteral("judge");
        e.baseUrl = m_server->baseUrl();
        e.model = QStringLiteral("mock-chat");
        e.maxRetries = 0;
        return e;
    }
    ChatResult send(const JudgeRequest& request)
    {
        return QCoro::waitFor(m_client->complete(endpoint(), request.chat));
    }
    JudgeOutcome judge(const JudgeCriterion& criterion, int retries)
    {
        return QCoro::waitFor(
            judgeSample(*m_client, endpoint(), criterion, *buildJudgeRequest(criterion, texts), retries));
    }

    std::unique_ptr<MockLlmServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ChatClient> m_client;
};

void TestJudgeMock::lumigatorJudgementIsWeighted_data()
{
    QTest::addColumn<bool>("stream");
    QTest::addRow("whole") << false;
    QTest::addRow("streamed") << true;
}

void TestJudgeMock::lumigatorJudgementIsWeighted()
{
    QFETCH(bool, stream);
    const JudgeCriterion criterion = *builtInJudgeCriterion(JudgeMethod::Lumigator, QStringLiteral("coherence"));
    Result<JudgeRequest> request = buildJudgeRequest(criterion, texts);
    QVERIFY(request.ok());
    request->chat.parameters.stream = stream;
    m_server->enqueueReply(scriptedJudgeReply());
    const ChatResult result = send(*request);
    QVERIFY(result.ok());

    const QJsonObject sent = m_server->lastChatRequest();
    QCOMPARE(sent[QLatin1String("logprobs")].toBool(), true);
    QCOMPARE(sent[QLatin1String("top_logprobs")].toInt(), 20);
    QCOMPARE(sent[QLatin1String("temperature")].toDouble(-1), 0.0);
    const QJsonObject message = sent[QLatin1String("messages")].toArray().first().toObject();
    const QList<ChatMessage> received {
        {message[QLatin1String("role")].toString(), message[QLatin1String("content")].toString()}};
    QCOMPARE(promptHash(received), request->promptSha256);

    const Result<JudgeScore> score = scoreJudgeResult(criterion, result);
    QVERIFY2(score.ok(), qPrintable(score.ok() ? QString() : score.error().toString()));
    QVERIFY(score->weighted);
    const double expected = (8 * 0.5 + 7 * 0.3 + 9 * 0.15) / (0.5 + 0.3 + 0.15);
    QVERIFY(std::abs(score->score - expected) < 1e-12);
    QVERIFY(std::abs(score->normalised - expected / 10) < 1e-12);
    QCOMPARE(score->parsed.reason, QStringLiteral("Orderly."));
    QCOMPARE(score->weighting->alternatives.size(), 5);
}

void TestJudgeMock::paperSamplesAreAveraged()
{
    const JudgeCriterion criterion = *builtInJudgeCriterion(JudgeMethod::Paper, QStringLiteral("fluency"));
    JudgeOptions options;
    options.samples = 4;
    const Result<JudgeRequest> request = buildJudgeRequest(criterion, texts, options);
    QVERIFY(request.ok());
    for (const char* reply : {"3", " 2", "- Fluency (1-3): 3", "Good."})
        m_server->enqueueReply(QString::fromUtf8(reply));
    QList<JudgeScore> scores;
    int failed = 0;
    for (int i = 0; i < request->samples; ++i) {
        const Result<JudgeScore> score = scoreJudgeResult(criterion, send(*request));
        if (score)
            scores << *score;
        else
            ++failed;
    }
    QCOMPARE(m_server->lastChatRequest()[QLatin1String("messages")][0][QLatin1String("role")].toString(),
        QStringLiteral("system"));
    QCOMPARE(m_server->lastChatRequest()[QLatin1String("max_tokens")].toInt(), 5);
    const JudgeSummary summary = summariseJudgeScores(scores, failed, criterion.minScore, criterion.maxScore);
    QCOMPARE(summary.scored, 3);
    QCOMPARE(summary.failed, 1);
    QVERIFY(std::abs(summary.mean - (3 + 2 + 3) / 3.0) < 1e-12);
    QVERIFY(std::abs(summary.normalised - ((3 + 2 + 3) / 3.0 - 1) / 2) < 1e-12);
}

void TestJudgeMock::messyReplyIsParsedAndRawKept()
{
    const JudgeCriterion criterion = *builtInJudgeCriterion(JudgeMethod::Lumigator, QStringLiteral("relevance"));
    const QString messy
        = QStringLiteral("Sure! Here you go:\n```json\n{'score': 6, 'reason': 'Misses the plan',}\n```");
    m_server->enqueueReply(messy);
    const ChatResult result = send(*buildJudgeRequest(criterion, texts));
    QCOMPARE(result.content, messy);
    const Result<JudgeScore> score = scoreJudgeResult(criterion, result);
    QVERIFY(score.ok());
    QCOMPARE(score->parsed.score, 6.0);
    QCOMPARE(score->parsed.scoreText(result.content), QStringLiteral("6"));
}

void TestJudgeMock::unparseableRepliesAreRetried()
{
    const JudgeCriterion criterion = *builtInJudgeCriterion(JudgeMethod::Lumigator, QStringLiteral("fluency"));
    m_server->enqueueReply(QStringLiteral("I think it reads well."));
    m_server->enqueueReply(QStringLiteral("{\"score\": 42}"));
    m_server->enqueueReply(scriptedJudgeReply());
    const JudgeOutcome outcome = judge(criterion, 2);
    QVERIFY2(outcome.ok(), qPrintable(outcome.failure ? outcome.failure->toString() : QString()));
    QCOMPARE(outcome.attempts, 3);
    QCOMPARE(m_server->chatRequestCount(), 3);
    QVERIFY(!outcome.failure);
    QCOMPARE(outcome.criterionId, QStringLiteral("lumigator/fluency"));
    QCOMPARE(outcome.judgeEndpoint, QStringLiteral("judge"));
    QCOMPARE(outcome.judgeModel, QStringLiteral("mock-chat"));
    QCOMPARE(outcome.promptSha256, buildJudgeRequest(criterion, texts)->promptSha256);
    QCOMPARE(outcome.rawReply, QStringLiteral("{\"score\": 8, \"reason\": \"Orderly.\"}"));
    QCOMPARE(outcome.logprobs.size(), 6);
    QVERIFY(outcome.score->weighted);
    QVERIFY(outcome.completionTokens > 0);
}

void TestJudgeMock::failureKeepsTheLastRawReply()
{
    const JudgeCriterion criterion = *builtInJudgeCriterion(JudgeMethod::Lumigator, QStringLiteral("fluency"));
    m_server->enqueueReply(QStringLiteral("No idea."));
    m_server->enqueueReply(QStringLiteral("Still no idea."));
    const JudgeOutcome outcome = judge(criterion, 1);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.attempts, 2);
    QCOMPARE(outcome.rawReply, QStringLiteral("Still no idea."));
    QVERIFY(outcome.failure->message.contains(QLatin1String("no score")));
}

void TestJudgeMock::requestFailureIsNotRetried()
{
    const JudgeCriterion criterion = *builtInJudgeCriterion(JudgeMethod::Lumigator, QStringLiteral("fluency"));
    m_server->pushFault({MockLlmServer::FaultKind::ServerError, 0});
    const JudgeOutcome outcome = judge(criterion, 3);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.attempts, 1);
    QCOMPARE(m_server->chatRequestCount(), 1);
    QVERIFY(outcome.failure.has_value());
}

QTEST_GUILESS_MAIN(TestJudgeMock)
#include "test_judgemock.moc"
