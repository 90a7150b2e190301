#include "reports/reportformatting.h"

#include <QCoreApplication>

#include <cmath>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

template <typename T> QString optionalValue(const std::optional<T>& value)
{
    return value ? QString::number(*value) : tr("server default");
}

} // namespace

double displayedValue(const ComparisonColumn& column, double value, const ReportOptions& options)
{
    return caliper::displayedValue(column, value, options.percent);
}

QString formatValue(const ComparisonColumn& column, double value, const ReportOptions& options)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    return QString::number(displayedValue(column, value, options), 'f', displayDecimals(column, options.percent));
}

QString formatCell(const ComparisonColumn& column, const ComparisonCell& cell, const ReportOptions& options)
{
    return cell.n == 0 ? QStringLiteral("–") : formatValue(column, cell.value, options);
}

QString formatInterval(const ComparisonColumn& column, const ComparisonCell& cell, const ReportOptions& options)
{
    if (cell.n < 2 || std::isnan(cell.interval.low) || std::isnan(cell.interval.high))
        return {};
    return formatValue(column, cell.interval.low, options) + QStringLiteral("–")
        + formatValue(column, cell.interval.high, options);
}

QString doneFailed(const ComparisonRow& row)
{
    return QStringLiteral("%1 / %2").arg(row.done).arg(row.failed);
}

QList<std::pair<QString, QString>> generationSettings(const GenerationParameters& generation)
{
    return {
        {QStringLiteral("temperature"), optionalValue(generation.temperature)},
        {QStringLiteral("top_p"), optionalValue(generation.topP)},
        {QStringLiteral("max_tokens"), optionalValue(generation.maxTokens)},
        {QStringLiteral("frequency_penalty"), optionalValue(generation.frequencyPenalty)},
        {QStringLiteral("seed"), optionalValue(generation.seed)},
        {QStringLiteral("stream"), generation.stream ? QStringLiteral("true") : QStringLiteral("false")},
    };
}

QString parameterCount(qint64 parameters)
{
    if (parameters <= 0)
        return {};
    const auto scaled = [](qint64 value, double unit, QChar suffix) -> QString {
        return QString::number(static_cast<double>(value) / unit, 'g', 3) + suffix;
    };
    if (parameters >= 1'000'000'000)
        return scaled(parameters, 1e9, QLatin1Char('B'));
    if (parameters >= 1'000'000)
        return scaled(parameters, 1e6, QLatin1Char('M'));
    return QString::number(parameters);
}

QString tableLegend(const ReportData& data, const ReportOptions& options)
{
    QString legend = tr("Means over each model's finished samples with bootstrap 95% confidence intervals. "
                        "Best value per column in bold; † not significantly worse than the best (paired "
                        "approximate randomization test, Holm-corrected, α = %1).")
                         .arg(data.alpha);
    const qsizetype intervalsAbove = options.bootstrap.normalAbove;
    const qsizetype testsAbove = options.comparison.normalAbove;
    legend += QLatin1Char(' ')
        + (intervalsAbove == testsAbove
                ? tr("Above %L1 samples the intervals and tests use their normal approximations.").arg(intervalsAbove)
                : tr("Above %L1 samples the intervals, and above %L2 the tests, use their normal approximations.")
                      .arg(intervalsAbove)
                      .arg(testsAbove));
    if (options.percent)
        legend += QLatin1Char(' ') + tr("Scores from 0 to 1 are shown ×100.");
    return legend;
}

} // namespace caliper
