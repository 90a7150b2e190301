// caliper-mock-llm: the tests' OpenAI-compatible mock server as a program, for trying the GUI and the CLI
// without a model. Listens on loopback only.
#include "mockllmserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using caliper::mock::MockLlmServer;

namespace {

bool addFaults(MockLlmServer& server, const QStringList& specs, QTextStream& err)
{
    // KIND[:COUNT[:RETRY_AFTER]], e.g. 429:3:2 = the first three chat requests get 429 with Retry-After: 2.
    for (const QString& spec : specs) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        const auto kind = MockLlmServer::faultKindFromName(parts.first());
        if (!kind) {
            err << QCoreApplication::translate("caliper-mock-llm", "unknown fault '%1'").arg(parts.first()) << '\n';
            return false;
        }
        MockLlmServer::Fault fault {*kind, parts.value(2, QStringLiteral("1")).toInt()};
        server.pushFault(fault, parts.value(1, QStringLiteral("1")).toInt());
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caliper-mock-llm"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "caliper-mock-llm", "An OpenAI-compatible mock LLM server on 127.0.0.1 for tests and development."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
        QCoreApplication::translate("caliper-mock-llm", "TCP port (0: any free one)."), QStringLiteral("port"),
        QStringLiteral("8089"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
        QCoreApplication::translate("caliper-mock-llm", "Delay before each answer."), QStringLiteral("ms"),
        QStringLiteral("0"));
    const QCommandLineOption tps(QStringLiteral("tokens-per-second"),
        QCoreApplication::translate("caliper-mock-llm", "Generation speed (0: instant)."), QStringLiteral("n"),
        QStringLiteral("0"));
    const QCommandLineOption fault(QStringLiteral("fault"),
        QCoreApplication::translate("caliper-mock-llm",
            "Fail the next chat requests: KIND[:COUNT[:RETRY_AFTER]] with KIND one of 429, 500, "
            "503, reset, stall, truncate, malformed. Repeatable."),
        QStringLiteral("fault"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"),
        QCoreApplication::translate("caliper-mock-llm", "Require this bearer key (else 401)."), QStringLiteral("key"));
    parser.addOptions({port, latency, tps, fault, apiKey});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    MockLlmServer server;
    server.setLatencyMs(parser.value(latency).toInt());
    server.setTokensPerSecond(parser.value(tps).toDouble());
    server.setRequiredApiKey(parser.value(apiKey));
    if (!addFaults(server, parser.values(fault), err))
        return 2;
    if (!server.listen(static_cast<quint16>(parser.value(port).toUInt()))) {
        err << QCoreApplication::translate("caliper-mock-llm", "cannot listen on port %1").arg(parser.value(port))
            << '\n';
        return 1;
    }
    out << QCoreApplication::translate("caliper-mock-llm", "listening on %1").arg(server.baseUrl().toString()) << '\n';
    out.flush();
    return QCoreApplication::exec();
}
