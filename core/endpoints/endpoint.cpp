#include "endpoints/endpoint.h"

#include <QHostAddress>

namespace caliper {

bool Endpoint::isLocal() const
{
    return isLocalHost(baseUrl);
}

double Endpoint::cost(qint64 promptTokens, qint64 completionTokens) const
{
    return (static_cast<double>(promptTokens) * priceInPerMTok
               + static_cast<double>(completionTokens) * priceOutPerMTok)
        / 1'000'000.0;
}

QUrl apiUrl(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString basePath = url.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    url.setPath(basePath + path);
    return url;
}

bool isLocalHost(const QUrl& url)
{
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return false;
    QHostAddress address;
    if (address.setAddress(host)) {
        static const QList<QPair<QHostAddress, int>> privateNets = {
            QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
            QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
            QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
            QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")),
            QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
            QHostAddress::parseSubnet(QStringLiteral("fe80::/10")),
        };
        if (address.isLoopback())
            return true;
        return std::any_of(
            privateNets.cbegin(), privateNets.cend(), [&address](const auto& net) { return address.isInSubnet(net); });
    }
    // A name without dots is resolved on the local network (a machine name), as are these reserved suffixes.
    static const QStringList localSuffixes = {QStringLiteral(".localhost"), QStringLiteral(".local"),
        QStringLiteral(".lan"), QStringLiteral(".internal"), QStringLiteral(".home.arpa")};
    return !host.contains(QLatin1Char('.'))
        || std::any_of(localSuffixes.cbegin(), localSuffixes.cend(),
            [&host](const QString& suffix) { return host.endsWith(suffix); });
}

QString displayUrl(const QUrl& url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

} // namespace caliper
