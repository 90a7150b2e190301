#include "endpoints/modelname.h"

#include <QRegularExpression>

#include <cmath>

namespace caliper {

namespace {

qint64 parseSize(const QString& name)
{
    // A size stands on its own between separators: "-14B", ":8b", "_1.5B"; "A3B" (active parameters) does not.
    static const QRegularExpression size(QStringLiteral("(?:^|[^A-Za-z0-9.])(?:(\\d+)[xX])?(\\d+(?:\\.\\d+)?)([bBmMtT])"
                                                        "(?![A-Za-z0-9])"));
    const QRegularExpressionMatch match = size.match(name);
    if (!match.hasMatch())
        return 0;
    double value = match.captured(2).toDouble();
    if (!match.captured(1).isEmpty())
        value *= match.captured(1).toDouble();
    const QChar unit = match.captured(3).at(0).toLower();
    const double scale = unit == QLatin1Char('m') ? 1e6 : unit == QLatin1Char('t') ? 1e12 : 1e9;
    return static_cast<qint64>(std::llround(value * scale));
}

QString parseQuantization(const QString& name)
{
    static const QRegularExpression quant(
        QStringLiteral("(?:^|[^A-Za-z0-9])(I?Q\\d+(?:_[A-Za-z0-9]+)*|B?F16|FP16|FP8|F32)"
                       "(?![A-Za-z0-9])"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = quant.match(name);
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

} // namespace

ModelNameInfo parseModelName(const QString& name)
{
    return ModelNameInfo {parseSize(name), parseQuantization(name)};
}

} // namespace caliper
