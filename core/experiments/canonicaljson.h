#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace caliper {

/// Compact JSON with every object's keys in sorted order, so equal values give equal bytes (and equal hashes)
/// however they were built. Qt happens to keep QJsonObject keys sorted; this does not depend on it.
QByteArray canonicalJson(const QJsonValue& value);

/// sha256 of canonicalJson(value), as lower-case hex.
QByteArray canonicalJsonHash(const QJsonValue& value);

} // namespace caliper
