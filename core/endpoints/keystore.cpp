#include "endpoints/keystore.h"

#include "endpoints/keychain.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>

namespace caliper {

KeyStore::KeyStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

bool KeyStore::keychainCompiledIn()
{
    return keychain::compiledIn();
}

Status KeyStore::keychainReachable()
{
    if (!keychain::compiledIn())
        return Error {tr("this Caliper was built without keychain support; give the API key in an environment "
                         "variable such as DEEPSEEK_API_KEY"),
            {}};
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Without a session bus QtKeychain would only fail later, after a D-Bus time-out; say why at once.
    const QString runtimeBus = QDir(qEnvironmentVariable("XDG_RUNTIME_DIR")).filePath(QStringLiteral("bus"));
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") || !QFileInfo::exists(runtimeBus)))
        return Error {tr("no keychain service is running (no D-Bus session, so no Secret Service such as GNOME "
                         "Keyring or KWallet); give the API key in an environment variable such as "
                         "DEEPSEEK_API_KEY instead"),
            {}};
#endif
    return Ok {};
}

QString KeyStore::defaultEntryName(const QString& endpointName)
{
    return QStringLiteral("endpoint/") + endpointName;
}

QCoro::Task<Result<QString>> KeyStore::apiKey(Endpoint endpoint)
{
    switch (endpoint.keySource) {
    case KeySource::None:
        co_return QString();
    case KeySource::Environment: {
        const QString value = qEnvironmentVariable(endpoint.keyName.toLocal8Bit().constData());
        if (endpoint.keyName.isEmpty() || value.isEmpty())
            co_return Error {tr("the environment variable %1 that should hold the API key of '%2' is not set")
                                 .arg(endpoint.keyName, endpoint.name),
                {}};
        co_return value;
    }
    case KeySource::Keychain:
        break;
    }
    if (const auto cached = m_cache.constFind(endpoint.keyName); cached != m_cache.cend())
        co_return *cached;
    if (Status reachable = keychainReachable(); !reachable)
        co_return reachable.error();
    QPointer<KeyStore> self(this);
    Result<QString> key = co_await keychain::read(m_service, endpoint.keyName, m_timeoutMs);
    if (key && self)
        self->m_cache.insert(endpoint.keyName, key.value());
    co_return key;
}

QCoro::Task<Status> KeyStore::storeKey(QString entry, QString secret)
{
    if (Status reachable = keychainReachable(); !reachable)
        co_return reachable;
    QPointer<KeyStore> self(this);
    Status written = co_await keychain::write(m_service, entry, secret, m_timeoutMs);
    if (written && self)
        self->m_cache.insert(entry, secret);
    co_return written;
}

QCoro::Task<Status> KeyStore::deleteKey(QString entry)
{
    m_cache.remove(entry);
    if (Status reachable = keychainReachable(); !reachable)
        co_return reachable;
    co_return co_await keychain::remove(m_service, entry, m_timeoutMs);
}

} // namespace caliper
