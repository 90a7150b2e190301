// Pure functions of the endpoints domain: model names, locality, URLs, presets, retry policy, failure messages.
#include "endpoints/chatfailure.h"
#include "endpoints/endpoint.h"
#include "endpoints/modelname.h"
#include "endpoints/presets.h"
#include "endpoints/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace caliper;

class TestEndpointValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesModelNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("parameters");
        QTest::addColumn<QString>("quantization");
        QTest::addRow("distill") << "DeepSeek-R1-Distill-Qwen-14B" << qint64(14'000'000'000) << "";
        QTest::addRow("llama") << "Llama-8B" << qint64(8'000'000'000) << "";
        QTest::addRow("version is not size") << "Llama-3.1-8B-Instruct" << qint64(8'000'000'000) << "";
        QTest::addRow("fraction") << "1.5b" << qint64(1'500'000'000) << "";
        QTest::addRow("ollama tag") << "deepseek-r1:1.5b" << qint64(1'500'000'000) << "";
        QTest::addRow("quant only") << "Q4_K_M" << qint64(0) << "Q4_K_M";
        QTest::addRow("ollama quant") << "llama3.1:8b-instruct-q4_K_M" << qint64(8'000'000'000) << "Q4_K_M";
        QTest::addRow("gguf file") << "Qwen2.5-1.5B-Instruct-Q8_0.gguf" << qint64(1'500'000'000) << "Q8_0";
        QTest::addRow("millions") << "SmolLM2-360M" << qint64(360'000'000) << "";
        QTest::addRow("mixture") << "Mixtral-8x7B" << qint64(56'000'000'000) << "";
        QTest::addRow("active params ignored") << "Qwen3-30B-A3B" << qint64(30'000'000'000) << "";
        QTest::addRow("float16") << "phi-2.F16.llamafile" << qint64(0) << "F16";
        QTest::addRow("no size") << "deepseek-reasoner" << qint64(0) << "";
        QTest::addRow("gpt") << "gpt-4o-mini" << qint64(0) << "";
    }
    void parsesModelNames()
    {
        QFETCH(QString, name);
        QFETCH(qint64, parameters);
        QFETCH(QString, quantization);
        const ModelNameInfo info = parseModelName(name);
        QCOMPARE(info.parameters, parameters);
        QCOMPARE(info.quantization, quantization);
    }

    void decidesLocality_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("local");
        QTest::addRow("loopback") << "http://127.0.0.1:8080/v1" << true;
        QTest::addRow("loopback range") << "http://127.3.2.1/v1" << true;
        QTest::addRow("localhost") << "http://localhost:11434/v1" << true;
        QTest::addRow("ipv6 loopback") << "http://[::1]:8000/v1" << true;
        QTest::addRow("10/8") << "http://10.1.2.3:8000/v1" << true;
        QTest::addRow("172.16/12") << "http://172.31.0.5/v1" << true;
        QTest::addRow("172.32 is public") << "http://172.32.0.5/v1" << false;
        QTest::addRow("192.168/16") << "http://192.168.1.20:1234/v1" << true;
        QTest::addRow("ula") << "http://[fd12::5]/v1" << true;
        QTest::addRow("machine name") << "http://gpubox:8000/v1" << true;
        QTest::addRow("mdns") << "http://gpubox.local:8000/v1" << true;
        QTest::addRow("deepseek") << "https://api.deepseek.com" << false;
        QTest::addRow("public ip") << "http://8.8.8.8/v1" << false;
        QTest::addRow("no host") << "" << false;
    }
    void decidesLocality()
    {
        QFETCH(QString, url);
        QFETCH(bool, local);
        QCOMPARE(isLocalHost(QUrl(url)), local);
    }

    void joinsApiPaths_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::addRow("v1") << "http://h:8080/v1"
                            << "http://h:8080/v1/chat/completions";
        QTest::addRow("v1 slash") << "http://h:8080/v1/"
                                  << "http://h:8080/v1/chat/completions";
        QTest::addRow("root") << "https://api.deepseek.com"
                              << "https://api.deepseek.com/chat/completions";
        QTest::addRow("proxy prefix") << "https://proxy/llm/v1"
                                      << "https://proxy/llm/v1/chat/completions";
    }
    void joinsApiPaths()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        QCOMPARE(apiUrl(QUrl(base), QStringLiteral("chat/completions")).toString(), expected);
    }

    void presetsFillEndpoints()
    {
        const EndpointPreset* deepseek = findPreset(QStringLiteral("deepseek"));
        QVERIFY(deepseek);
        const Endpoint endpoint = endpointFromPreset(*deepseek);
        QCOMPARE(endpoint.baseUrl, QUrl(QStringLiteral("https://api.deepseek.com")));
        QCOMPARE(endpoint.model, QStringLiteral("deepseek-reasoner"));
        QCOMPARE(endpoint.keySource, KeySource::Environment);
        QCOMPARE(endpoint.keyName, QStringLiteral("DEEPSEEK_API_KEY"));
        QVERIFY(!endpoint.isLocal());
        const Endpoint llamafile = endpointFromPreset(
            *findPreset(QStringLiteral("llamafile")), QStringLiteral("Llama-3.2-1B-Instruct.Q6_K"));
        QCOMPARE(llamafile.baseUrl, QUrl(QStringLiteral("http://localhost:8080/v1")));
        QVERIFY(llamafile.isLocal());
        QCOMPARE(llamafile.keySource, KeySource::None);
        QCOMPARE(llamafile.parameters, qint64(1'000'000'000));
        QCOMPARE(llamafile.quantization, QStringLiteral("Q6_K"));
        QCOMPARE(findPreset(QStringLiteral("ollama"))->baseUrl, QUrl(QStringLiteral("http://localhost:11434/v1")));
        QCOMPARE(findPreset(QStringLiteral("lmstudio"))->baseUrl, QUrl(QStringLiteral("http://localhost:1234/v1")));
        QVERIFY(!findPreset(QStringLiteral("nope")));
    }

    void computesCost()
    {
        Endpoint endpoint;
        endpoint.priceInPerMTok = 0.55;
        endpoint.priceOutPerMTok = 2.19;
        QCOMPARE(endpoint.cost(2'000'000, 1'000'000), 0.55 * 2 + 2.19);
    }

    void backsOffExponentiallyWithJitter_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<qint64>("expected");
        // initial 1000, cap 8000: base = min(1000 * 2^n, 8000); delay = base/2 + jitter * base/2.
        QTest::addRow("first, no jitter") << 0 << 0.0 << qint64(500);
        QTest::addRow("first, full jitter") << 0 << 1.0 << qint64(1000);
        QTest::addRow("third, half jitter") << 2 << 0.5 << qint64(3000);
        QTest::addRow("capped") << 10 << 0.0 << qint64(4000);
        QTest::addRow("capped, huge attempt") << 1000 << 1.0 << qint64(8000);
    }
    void backsOffExponentiallyWithJitter()
    {
        QFETCH(int, attempt);
        QFETCH(double, jitter);
        QFETCH(qint64, expected);
        const RetryPolicy policy {1000, 8000, 60'000};
        QCOMPARE(retryDelayMs(attempt, policy, std::nullopt, jitter), expected);
    }

    void honoursRetryAfter()
    {
        const RetryPolicy policy {1000, 8000, 60'000};
        QCOMPARE(retryDelayMs(0, policy, qint64(20'000), 0.0), qint64(20'000));
        QCOMPARE(retryDelayMs(0, policy, qint64(20'000), 0.5), qint64(20'500));
        QCOMPARE(retryDelayMs(3, policy, qint64(3'600'000), 0.0), qint64(60'000));
    }

    void parsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::addRow("seconds") << QByteArray("7") << qint64(7000);
        QTest::addRow("spaces") << QByteArray(" 2 ") << qint64(2000);
        QTest::addRow("date") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << qint64(30'000);
        QTest::addRow("past date") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << qint64(0);
        QTest::addRow("missing") << QByteArray() << qint64(-1);
        QTest::addRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::addRow("negative") << QByteArray("-3") << qint64(-1);
    }
    void parsesRetryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
        const std::optional<qint64> parsed = parseRetryAfter(header, now);
        QCOMPARE(parsed.value_or(-1), expected);
    }

    void classifiesStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        for (int status : {408, 425, 429, 500, 502, 503, 504})
            QTest::addRow("%d", status) << status << true;
        for (int status : {400, 401, 403, 404, 422, 501, 505})
            QTest::addRow("%d", status) << status << false;
    }
    void classifiesStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QCOMPARE(isRetryableStatus(status), retryable);
    }

    void describesFailures_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("deadline");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("mentions");
        using E = QNetworkReply::NetworkError;
        auto row = [](const char* name, E error, int status, Deadline deadline, FailureKind kind, bool retryable,
                       const char* mentions) {
            QTest::addRow("%s", name) << int(error) << status << int(deadline) << int(kind) << retryable
                                      << QString::fromLatin1(mentions);
        };
        row("dns", E::HostNotFoundError, 0, Deadline::None, FailureKind::HostNotFound, false, "DNS");
        row("refused", E::ConnectionRefusedError, 0, Deadline::None, FailureKind::ConnectionRefused, true, "refused");
        row("tls", E::SslHandshakeFailedError, 0, Deadline::None, FailureKind::Tls, false, "TLS");
        row("401", E::AuthenticationRequiredError, 401, Deadline::None, FailureKind::Http, false, "API key");
        row("404", E::ContentNotFoundError, 404, Deadline::None, FailureKind::Http, false, "base URL");
        row("429", E::UnknownContentError, 429, Deadline::None, FailureKind::Http, true, "429");
        row("503", E::ServiceUnavailableError, 503, Deadline::None, FailureKind::Http, true, "503");
        row("connect timeout", E::OperationCanceledError, 0, Deadline::Connect, FailureKind::ConnectTimeout, true,
            "could not connect");
        row("first byte", E::OperationCanceledError, 0, Deadline::FirstByte, FailureKind::FirstByteTimeout, true,
            "sent nothing");
        row("total", E::OperationCanceledError, 0, Deadline::Total, FailureKind::TotalTimeout, true, "longer than");
        row("cancel", E::OperationCanceledError, 0, Deadline::Cancelled, FailureKind::Cancelled, false, "cancelled");
        row("closed", E::RemoteHostClosedError, 0, Deadline::None, FailureKind::ConnectionClosed, true, "closed");
    }
    void describesFailures()
    {
        QFETCH(int, networkError);
        QFETCH(int, status);
        QFETCH(int, deadline);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        QFETCH(QString, mentions);
        FailureFacts facts;
        facts.networkError = QNetworkReply::NetworkError(networkError);
        facts.httpStatus = status;
        facts.deadline = Deadline(deadline);
        facts.deadlineMs = 5000;
        const QUrl url(QStringLiteral("http://user:secret@example.test:8080/v1/chat/completions"));
        const ChatFailure failure = describeFailure(facts, url);
        QCOMPARE(int(failure.kind), kind);
        QCOMPARE(failure.retryable, retryable);
        QVERIFY2(failure.error.message.contains(mentions), qPrintable(failure.error.message));
        QCOMPARE(failure.error.location, QStringLiteral("http://example.test:8080/v1/chat/completions"));
        QVERIFY(!failure.error.toString().contains(QStringLiteral("secret")));
    }

    void redactsSecrets()
    {
        ChatFailure failure = makeFailure(FailureKind::Http, QStringLiteral("Incorrect API key provided: sk-123abc"),
            QUrl(QStringLiteral("http://h/v1")));
        redactSecret(failure, QStringLiteral("sk-123abc"));
        QVERIFY(!failure.error.message.contains(QStringLiteral("sk-123abc")));
        QVERIFY(failure.error.message.contains(QStringLiteral("[redacted]")));
    }
};

QTEST_GUILESS_MAIN(TestEndpointValues)
#include "test_endpointvalues.moc"
