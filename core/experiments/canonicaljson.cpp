#include "experiments/canonicaljson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace caliper {

namespace {

// Qt writes strings and numbers the same way everywhere; only the order of keys needs care.
QByteArray scalar(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

void append(QByteArray& out, const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end());
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += ',';
            out += scalar(keys.at(i));
            out += ':';
            append(out, object.value(keys.at(i)));
        }
        out += '}';
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            append(out, array.at(i));
        }
        out += ']';
    } else {
        out += scalar(value);
    }
}

} // namespace

QByteArray canonicalJson(const QJsonValue& value)
{
    QByteArray out;
    append(out, value);
    return out;
}

QByteArray canonicalJsonHash(const QJsonValue& value)
{
    return QCryptographicHash::hash(canonicalJson(value), QCryptographicHash::Sha256).toHex();
}

} // namespace caliper
