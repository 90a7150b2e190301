// The wire formats: SSE framing split at every byte, streamed vs whole answers, request bodies, error bodies.
#include "endpoints/chatprotocol.h"
#include "endpoints/sseparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace caliper;

namespace {

QList<SseEvent> parseInPieces(const QByteArray& stream, qsizetype split)
{
    SseParser parser;
    QList<SseEvent> events = parser.feed(stream.left(split));
    events += parser.feed(stream.mid(split));
    return events;
}

} // namespace

class TestChatProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesSseAtEveryByteBoundary_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QList<QByteArray>>("data");
        QTest::addRow("lf") << QByteArray("data: a\n\ndata: b\n\n") << QList<QByteArray> {"a", "b"};
        QTest::addRow("crlf") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n") << QList<QByteArray> {"a", "b"};
        QTest::addRow("cr") << QByteArray("data: a\r\rdata: b\r\r") << QList<QByteArray> {"a", "b"};
        QTest::addRow("multi-line") << QByteArray("data: x\ndata: y\n\n") << QList<QByteArray> {"x\ny"};
        QTest::addRow("comment and id") << QByteArray(": keep-alive\nid: 4\ndata:{}\n\n") << QList<QByteArray> {"{}"};
        QTest::addRow("unterminated") << QByteArray("data: a\n\ndata: b\n") << QList<QByteArray> {"a"};
        QTest::addRow("utf-8") << QByteArray("data: \xc3\xa9t\xc3\xa9\n\n") << QList<QByteArray> {"\xc3\xa9t\xc3\xa9"};
    }
    void parsesSseAtEveryByteBoundary()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<QByteArray>, data);
        for (qsizetype split = 0; split <= stream.size(); ++split) {
            const QList<SseEvent> events = parseInPieces(stream, split);
            QList<QByteArray> got;
            for (const SseEvent& event : events)
                got << event.data;
            QCOMPARE(got, data);
        }
    }

    void readsEventNames()
    {
        SseParser parser;
        const QList<SseEvent> events = parser.feed("event: error\ndata: {\"error\":{}}\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().event, QByteArray("error"));
        QVERIFY(!parser.hasPartialEvent());
        parser.feed("data: half");
        QVERIFY(parser.hasPartialEvent());
    }

    // A streamed answer delivered in any pieces adds up to the same result as the whole one.
    void streamAndWholeAnswerAgree()
    {
        const QByteArray stream
            = "data: {\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\"}}]}\n\n"
              "data: {\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"think \"}}]}\n\n"
              "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"},\"logprobs\":{\"content\":"
              "[{\"token\":\"Hel\",\"logprob\":-0.5,\"top_logprobs\":[{\"token\":\"Hel\",\"logprob\":-0.5}]}]}}]}\n\n"
              "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"},\"finish_reason\":\"stop\"}]}\n\n"
              "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":3,"
              "\"completion_tokens_details\":{\"reasoning_tokens\":1}}}\n\n"
              "data: [DONE]\n\n";
        const QByteArray whole
            = R"({"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Hello","reasoning_content":"think "},)"
              R"("logprobs":{"content":[{"token":"Hel","logprob":-0.5,"top_logprobs":[{"token":"Hel","logprob":-0.5}]}]},)"
              R"("finish_reason":"stop"}],"usage":{"prompt_tokens":11,"completion_tokens":3,)"
              R"("completion_tokens_details":{"reasoning_tokens":1}}})";
        const Result<ChatResult> expected = parseChatCompletion(whole);
        QVERIFY(expected.ok());
        for (qsizetype split = 0; split <= stream.size(); split += 7) {
            StreamAccumulator accumulator;
            for (const SseEvent& event : parseInPieces(stream, split))
                QVERIFY(accumulator.add(event).ok());
            QVERIFY(accumulator.done());
            const ChatResult& got = accumulator.result();
            QCOMPARE(got.content, expected->content);
            QCOMPARE(got.reasoningContent, expected->reasoningContent);
            QCOMPARE(got.finishReason, expected->finishReason);
            QCOMPARE(got.model, expected->model);
            QCOMPARE(got.usage.promptTokens, expected->usage.promptTokens);
            QCOMPARE(got.usage.completionTokens, expected->usage.completionTokens);
            QCOMPARE(got.usage.reasoningTokens, std::optional<qint64>(1));
            QCOMPARE(got.logprobs.size(), 1);
            QCOMPARE(got.logprobs.first().top.first().second, -0.5);
        }
    }

    void readsVllmReasoningField()
    {
        const Result<ChatResult> result = parseChatCompletion(
            R"({"choices":[{"message":{"content":"A","reasoning":"R"},"finish_reason":"stop"}]})");
        QVERIFY(result.ok());
        QCOMPARE(result->reasoningContent, QStringLiteral("R"));
        QVERIFY(!result->usage.promptTokens.has_value());
    }

    void rejectsMalformedAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("validChunk"); // a stream chunk may lack choices (the usage chunk does)
        QTest::addRow("not json") << QByteArray("{\"choices\": [ nope") << false;
        QTest::addRow("array") << QByteArray("[1,2]") << false;
        QTest::addRow("no choices") << QByteArray("{\"object\":\"chat.completion\"}") << true;
        QTest::addRow("html") << QByteArray("<html>Bad gateway</html>") << false;
        QTest::addRow("error object") << QByteArray(R"({"error":{"message":"overloaded"}})") << false;
    }
    void rejectsMalformedAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, validChunk);
        QVERIFY(!parseChatCompletion(body).ok());
        StreamAccumulator accumulator;
        QCOMPARE(accumulator.add(SseEvent {{}, body}).ok(), validChunk);
    }

    void writesRequestBodies()
    {
        Endpoint endpoint;
        endpoint.model = QStringLiteral("deepseek-reasoner");
        ChatRequest request;
        request.messages
            = {{QStringLiteral("system"), QStringLiteral("S")}, {QStringLiteral("user"), QStringLiteral("U")}};
        request.parameters.temperature = 0.0;
        request.parameters.topP = 0.9;
        request.parameters.maxTokens = 1024;
        request.parameters.seed = 0;
        request.parameters.stream = true;
        request.parameters.logprobs = true;
        request.parameters.topLogprobs = 3;
        const QJsonObject body = QJsonDocument::fromJson(chatRequestBody(endpoint, request)).object();
        QCOMPARE(body.value(QLatin1String("model")).toString(), endpoint.model);
        QCOMPARE(body.value(QLatin1String("messages")).toArray().size(), 2);
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(-1), 0.0);
        QCOMPARE(body.value(QLatin1String("top_p")).toDouble(), 0.9);
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 1024);
        QCOMPARE(body.value(QLatin1String("seed")).toInt(-1), 0);
        QVERIFY(!body.contains(QLatin1String("frequency_penalty")));
        QCOMPARE(body.value(QLatin1String("top_logprobs")).toInt(), 3);
        QVERIFY(body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool());
        endpoint.preset = QStringLiteral("mistral");
        QVERIFY(!QJsonDocument::fromJson(chatRequestBody(endpoint, request))
                     .object()
                     .contains(QLatin1String("stream_options")));
    }

    void readsServerErrorMessages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addRow("openai") << QByteArray(R"({"error":{"message":"Rate limit","type":"x"}})") << "Rate limit";
        QTest::addRow("string") << QByteArray(R"({"error":"model not loaded"})") << "model not loaded";
        QTest::addRow("fastapi") << QByteArray(R"({"detail":"Not Found"})") << "Not Found";
        QTest::addRow("text") << QByteArray("Bad Gateway\n") << "Bad Gateway";
        QTest::addRow("empty") << QByteArray() << "";
    }
    void readsServerErrorMessages()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(serverErrorMessage(body), message);
    }

    void readsModelLists()
    {
        const Result<QStringList> models = parseModelList(R"({"object":"list","data":[{"id":"a"},{"id":"b"}]})");
        QVERIFY(models.ok());
        QCOMPARE(models.value(), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!parseModelList(R"({"object":"list"})").ok());
    }
};

QTEST_GUILESS_MAIN(TestChatProtocol)
#include "test_chatprotocol.moc"
