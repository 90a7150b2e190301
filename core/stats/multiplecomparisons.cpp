#include "stats/multiplecomparisons.h"

#include "stats/descriptive.h"
#include "stats/pairedcomparison.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <utility>

namespace caliper::stats {

QList<double> holmAdjust(const QList<double>& pValues)
{
    const qsizetype m = pValues.size();
    QList<qsizetype> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](qsizetype left, qsizetype right) { return pValues.at(left) < pValues.at(right); });
    QList<double> adjusted(m);
    double running = 0;
    for (qsizetype rank = 0; rank < m; ++rank) {
        const qsizetype index = order.at(rank);
        running = std::max(running, std::min(1.0, static_cast<double>(m - rank) * pValues.at(index)));
        adjusted[index] = running;
    }
    return adjusted;
}

namespace {

qsizetype bestModel(const QList<double>& means, bool higherIsBetter)
{
    qsizetype best = 0;
    for (qsizetype model = 1; model < means.size(); ++model) {
        if (higherIsBetter ? means.at(model) > means.at(best) : means.at(model) < means.at(best))
            best = model;
    }
    return best;
}

// Raw p-value of every model other than the best, against the best, keyed by model index.
QList<std::pair<qsizetype, double>> pValuesAgainstBest(
    const QList<QList<double>>& scoresPerModel, qsizetype best, const BestComparisonOptions& options)
{
    QList<std::pair<qsizetype, double>> pValues;
    const QList<double>& bestScores = scoresPerModel.at(best);
    for (qsizetype model = 0; model < scoresPerModel.size(); ++model) {
        if (model == best)
            continue;
        QList<double> differences;
        differences.reserve(bestScores.size());
        for (qsizetype i = 0; i < bestScores.size(); ++i)
            differences.append(bestScores.at(i) - scoresPerModel.at(model).at(i));
        pValues.append({model, signFlipPValue(differences, options.resamples, options.seed, options.normalAbove)});
    }
    return pValues;
}

} // namespace

Result<QList<BestComparison>> compareWithBest(
    const QList<QList<double>>& scoresPerModel, const BestComparisonOptions& options)
{
    QList<BestComparison> results(scoresPerModel.size());
    QList<double> means;
    for (const QList<double>& scores : scoresPerModel) {
        if (scores.size() != scoresPerModel.first().size()) {
            Error error;
            error.message
                = QCoreApplication::translate("caliper::stats", "cannot compare models scored on %1 and %2 samples")
                      .arg(scoresPerModel.first().size())
                      .arg(scores.size());
            return error;
        }
        means.append(mean(scores));
    }
    for (qsizetype model = 0; model < results.size(); ++model)
        results[model].mean = means.at(model);
    // Without samples there is no best and nothing to test.
    if (scoresPerModel.isEmpty() || scoresPerModel.first().isEmpty())
        return results;
    const qsizetype best = bestModel(means, options.higherIsBetter);
    results[best].isBest = true;
    const QList<std::pair<qsizetype, double>> raw = pValuesAgainstBest(scoresPerModel, best, options);
    QList<double> pValues;
    for (const auto& [model, p] : raw)
        pValues.append(p);
    const QList<double> adjusted = holmAdjust(pValues);
    for (qsizetype k = 0; k < raw.size(); ++k) {
        BestComparison& result = results[raw.at(k).first];
        result.pValue = raw.at(k).second;
        result.adjustedPValue = adjusted.at(k);
        result.significantlyWorse = result.mean != means.at(best) && adjusted.at(k) < options.alpha;
    }
    return results;
}

} // namespace caliper::stats
