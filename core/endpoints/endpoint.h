#pragma once

#include <QString>
#include <QUrl>

namespace caliper {

/// Where an endpoint's API key comes from. The key itself is never part of an Endpoint, so it cannot reach the
/// database, settings, logs or exports by accident; only the name of the place that holds it is stored.
enum class KeySource {
    None, ///< no key (local servers)
    Keychain, ///< the OS keychain entry named by keyName
    Environment, ///< the environment variable named by keyName (e.g. DEEPSEEK_API_KEY)
};

/// One model behind one OpenAI-compatible server, with the limits the run queue must respect.
struct Endpoint
{
    qint64 id = 0; ///< row id in the workspace; 0 before it is stored
    QString name;
    QUrl baseUrl; ///< up to and including /v1 where the server has it: {baseUrl}/chat/completions
    QString model;
    QString preset; ///< id of the preset it was made from (see presets.h); empty for a custom one
    KeySource keySource = KeySource::None;
    QString keyName;
    int concurrency = 4;
    int requestsPerMinute = 0; ///< 0: no limit
    int connectTimeoutMs = 10'000;
    int firstByteTimeoutMs = 120'000; ///< also the longest silence allowed inside a streamed answer
    int totalTimeoutMs = 600'000;
    int maxRetries = 5;
    double priceInPerMTok = 0; ///< price per million input tokens
    double priceOutPerMTok = 0; ///< price per million output (completion) tokens
    qint64 parameters = 0; ///< model size; 0 when unknown
    QString quantization; ///< e.g. Q4_K_M; empty when unknown or unquantised

    /// Whether requests stay on this machine or the local network (loopback or private addresses).
    bool isLocal() const;
    /// The cost of one request in the endpoint's currency.
    double cost(qint64 promptTokens, qint64 completionTokens) const;
};

/// {base}/{path}, whether or not the base ends with a slash: "http://h/v1" + "models" = "http://h/v1/models".
QUrl apiUrl(const QUrl& base, const QString& path);

/// True for loopback and private-network hosts (127/8, ::1, localhost, 10/8, 172.16/12, 192.168/16,
/// link-local, fc00::/7, single-label and .local/.lan/.internal names). Decided from the URL alone, no DNS.
bool isLocalHost(const QUrl& url);

/// The URL with any user name and password removed, for messages.
QString displayUrl(const QUrl& url);

} // namespace caliper
