#pragma once

#include "common/error.h"
#include "endpoints/endpoint.h"

#include <QHash>
#include <QObject>

#include <qcoro/qcorotask.h>

namespace caliper {

/// Where API keys come from: the OS keychain (through QtKeychain, when built with it) or an environment variable.
/// Keys read from the keychain are kept in memory for the session, so a run of thousands of requests asks the
/// keychain once. Errors name the entry or variable, never the key.
class KeyStore : public QObject
{
    Q_OBJECT
public:
    /// `service` groups Caliper's entries in the keychain; tests use their own.
    explicit KeyStore(QString service = QStringLiteral("Caliper"), QObject* parent = nullptr);

    /// Whether this build can use a keychain at all.
    static bool keychainCompiledIn();
    /// Whether a keychain service can be reached, decided without asking it: on Linux and the BSDs that needs a
    /// D-Bus session (the Secret Service lives there). The Error says so and offers the environment variable.
    static Status keychainReachable();
    /// The keychain entry an endpoint's key is stored under by default.
    static QString defaultEntryName(const QString& endpointName);

    /// The endpoint's key, from wherever its keySource says; empty for KeySource::None.
    QCoro::Task<Result<QString>> apiKey(Endpoint endpoint);
    QCoro::Task<Status> storeKey(QString entry, QString secret);
    QCoro::Task<Status> deleteKey(QString entry);

    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    QString m_service;
    QHash<QString, QString> m_cache;
    int m_timeoutMs = 30'000;
};

} // namespace caliper
