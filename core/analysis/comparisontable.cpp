#include "analysis/comparisontable.h"

#include "stats/pairedcomparison.h"

#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace caliper {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// The values a model has, in dataset order (so a fixed bootstrap seed gives the same interval everywhere).
QList<double> presentValues(const QList<double>& values)
{
    QList<double> present;
    present.reserve(values.size());
    for (double value : values) {
        if (!std::isnan(value))
            present.append(value);
    }
    return present;
}

// Summed in dataset order and divided once, as stats::mean() does, so both paths give the same last bit.
ComparisonCell meanCell(const ComparisonColumn& column, const QList<double>& values)
{
    ComparisonCell cell;
    double sum = 0;
    for (double value : values) {
        if (!std::isnan(value)) {
            sum += value;
            ++cell.n;
        }
    }
    if (cell.n == 0)
        cell.value = NaN;
    else
        cell.value = column.kind == ColumnKind::Cost ? sum : sum / static_cast<double>(cell.n);
    cell.interval = {NaN, NaN};
    return cell;
}

bool better(double candidate, double than, ScoreDirection direction)
{
    return direction == ScoreDirection::LowerIsBetter ? candidate < than : candidate > than;
}

// The first model with the best value, or -1 when the column has no direction, no values, or all are equal
// (a bold mark on every cell says nothing).
qsizetype bestModel(const QList<ComparisonCell>& cells, ScoreDirection direction)
{
    if (direction == ScoreDirection::Neutral)
        return -1;
    qsizetype best = -1;
    bool differs = false;
    for (qsizetype model = 0; model < cells.size(); ++model) {
        const ComparisonCell& cell = cells.at(model);
        if (cell.n == 0 || std::isnan(cell.value))
            continue;
        if (best >= 0 && cell.value != cells.at(best).value)
            differs = true;
        if (best < 0 || better(cell.value, cells.at(best).value, direction))
            best = model;
    }
    return differs ? best : -1;
}

qsizetype markBest(const ComparisonColumn& column, QList<ComparisonCell>& cells)
{
    const qsizetype best = bestModel(cells, column.direction);
    for (ComparisonCell& cell : cells)
        cell.best = best >= 0 && cell.n > 0 && cell.value == cells.at(best).value;
    return best;
}

// Best minus other on the samples both finished, so a failure on one side does not count against the other;
// oriented so that a positive difference always means the best is better.
QList<double> pairedDifferences(const QList<double>& best, const QList<double>& other, ScoreDirection direction)
{
    QList<double> differences;
    const qsizetype n = std::min(best.size(), other.size());
    for (qsizetype i = 0; i < n; ++i) {
        const double a = best.at(i);
        const double b = other.at(i);
        if (!std::isnan(a) && !std::isnan(b))
            differences.append(direction == ScoreDirection::LowerIsBetter ? b - a : a - b);
    }
    return differences;
}

// Tests every other model against the best (paired approximate randomization), Holm-corrected across them.
void markNotSignificantlyWorse(const ComparisonColumn& column, QList<ComparisonCell>& cells,
    const QList<QList<double>>& values, qsizetype best, const stats::BestComparisonOptions& options)
{
    const double bestValue = cells.at(best).value;
    QList<qsizetype> tested;
    QList<double> pValues;
    for (qsizetype model = 0; model < cells.size(); ++model) {
        const ComparisonCell& cell = cells.at(model);
        if (cell.n == 0 || cell.value == bestValue)
            continue;
        const QList<double> differences = pairedDifferences(values.at(best), values.at(model), column.direction);
        if (differences.isEmpty())
            continue;
        tested.append(model);
        pValues.append(stats::signFlipPValue(differences, options.resamples, options.seed, options.normalAbove));
    }
    const QList<double> adjusted = stats::holmAdjust(pValues);
    for (qsizetype k = 0; k < tested.size(); ++k) {
        ComparisonCell& cell = cells[tested.at(k)];
        cell.adjustedPValue = adjusted.at(k);
        cell.notSignificantlyWorse = adjusted.at(k) >= options.alpha;
    }
}

QList<QList<double>> columnValues(const ExperimentScores& scores, const QString& key)
{
    QList<QList<double>> values;
    values.reserve(scores.models.size());
    for (const ModelSampleValues& model : scores.models)
        values.append(model.values.value(key));
    return values;
}

QList<ComparisonCell> meanCells(const ExperimentScores& scores, const ComparisonColumn& column)
{
    QList<ComparisonCell> cells;
    for (const QList<double>& values : columnValues(scores, column.key))
        cells.append(meanCell(column, values));
    markBest(column, cells);
    return cells;
}

QList<ComparisonCell> statisticCells(
    const ExperimentScores& scores, const ComparisonColumn& column, const ComparisonOptions& options)
{
    const QList<QList<double>> values = columnValues(scores, column.key);
    QList<ComparisonCell> cells;
    for (const QList<double>& modelValues : values) {
        ComparisonCell cell = meanCell(column, modelValues);
        if (column.kind != ColumnKind::Cost)
            cell.interval = stats::bootstrapMeanInterval(presentValues(modelValues), options.bootstrap);
        cells.append(cell);
    }
    const qsizetype best = markBest(column, cells);
    if (best >= 0 && column.compared)
        markNotSignificantlyWorse(column, cells, values, best, options.comparison);
    return cells;
}

QList<ComparisonRow> rows(const ExperimentScores& scores, const QList<QList<ComparisonCell>>& perColumn)
{
    QList<ComparisonRow> result;
    for (qsizetype model = 0; model < scores.models.size(); ++model) {
        const ModelSampleValues& values = scores.models.at(model);
        ComparisonRow row {values.name, values.done + values.failed, values.done, values.failed, {}};
        for (const QList<ComparisonCell>& cells : perColumn)
            row.cells.append(cells.at(model));
        result.append(row);
    }
    return result;
}

} // namespace

QList<ComparisonRow> comparisonMeans(const ExperimentScores& scores, const QList<ComparisonColumn>& columns)
{
    QList<QList<ComparisonCell>> perColumn;
    for (const ComparisonColumn& column : columns)
        perColumn.append(meanCells(scores, column));
    return rows(scores, perColumn);
}

QList<ComparisonRow> comparisonTable(
    const ExperimentScores& scores, const QList<ComparisonColumn>& columns, const ComparisonOptions& options)
{
    // Columns are independent; the bootstrap and the randomization tests dominate the time on large experiments.
    QList<qsizetype> indexes(columns.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    const QList<QList<ComparisonCell>> perColumn = QtConcurrent::blockingMapped<QList<QList<ComparisonCell>>>(
        indexes, [&](qsizetype index) { return statisticCells(scores, columns.at(index), options); });
    return rows(scores, perColumn);
}

QString formatPValue(double p)
{
    return p < 0.001 ? QStringLiteral("< 0.001") : QStringLiteral("= %1").arg(p, 0, 'f', 3);
}

} // namespace caliper
