#include "analysis/recommendation.h"

#include "analysis/comparisontable.h"

#include <QCoreApplication>

#include <cmath>

namespace caliper::analysis {

namespace {

std::optional<double> sizeOf(const ModelScores& model, SizeMeasure measure)
{
    const std::optional<double> size = measure == SizeMeasure::Parameters ? model.parameters
        : measure == SizeMeasure::Cost                                    ? model.cost
                                                                          : model.latency;
    return size && std::isfinite(*size) ? size : std::nullopt;
}

QString measureNoun(SizeMeasure measure)
{
    switch (measure) {
    case SizeMeasure::Parameters:
        return QCoreApplication::translate("caliper::analysis", "model size");
    case SizeMeasure::Cost:
        return QCoreApplication::translate("caliper::analysis", "cost");
    case SizeMeasure::Latency:
        break;
    }
    return QCoreApplication::translate("caliper::analysis", "latency");
}

QString formatSize(double size, SizeMeasure measure)
{
    if (measure == SizeMeasure::Latency)
        return QCoreApplication::translate("caliper::analysis", "%1 s").arg(size, 0, 'g', 3);
    if (measure == SizeMeasure::Cost)
        return QString::number(size, 'g', 3);
    if (size >= 1e9)
        return QString::number(size / 1e9, 'g', 3) + u'B';
    if (size >= 1e6)
        return QString::number(size / 1e6, 'g', 3) + u'M';
    return QString::number(size, 'g', 3);
}

qsizetype failedCount(const ModelScores& model)
{
    return std::count_if(model.scores.begin(), model.scores.end(), [](double s) { return !std::isfinite(s); });
}

/// Everything the verdicts and the sentence are written from.
struct Standing
{
    QList<qsizetype> compared; ///< model indices with few enough failures
    QList<stats::BestComparison> results; ///< per compared model
    qsizetype samples = 0;
    qsizetype best = -1; ///< position in compared
    QList<bool> goodEnough; ///< per compared model
};

/// The samples every compared model scored, so every mean and every paired test uses the same ones.
QList<QList<double>> completeCases(const QList<ModelScores>& models, const QList<qsizetype>& compared)
{
    QList<QList<double>> scores(compared.size());
    const qsizetype samples = compared.isEmpty() ? 0 : models.at(compared.first()).scores.size();
    for (qsizetype s = 0; s < samples; ++s) {
        const bool complete = std::all_of(compared.begin(), compared.end(),
            [&](qsizetype model) { return std::isfinite(models.at(model).scores.at(s)); });
        for (qsizetype k = 0; complete && k < compared.size(); ++k)
            scores[k].append(models.at(compared.at(k)).scores.at(s));
    }
    return scores;
}

bool withinTolerance(const stats::BestComparison& result, double bestMean, const RecommendationOptions& options)
{
    if (options.tolerance == ToleranceMode::NotSignificantlyWorse)
        return !result.significantlyWorse;
    const double below = options.comparison.higherIsBetter ? bestMean - result.mean : result.mean - bestMean;
    return below * options.displayScale <= options.points + 1e-9;
}

Result<Standing> standingOf(const QList<ModelScores>& models, const RecommendationOptions& options)
{
    Standing standing;
    for (qsizetype i = 0; i < models.size(); ++i) {
        const qsizetype n = models.at(i).scores.size();
        if (n != models.first().scores.size())
            return Error {QCoreApplication::translate("caliper::analysis",
                              "%1 has scores for %2 samples, %3 for %4: models must be scored on the same samples")
                              .arg(models.at(i).name)
                              .arg(n)
                              .arg(models.first().name)
                              .arg(models.first().scores.size()),
                {}};
        if (n > 0 && static_cast<double>(failedCount(models.at(i))) <= options.maxFailedShare * static_cast<double>(n))
            standing.compared.append(i);
    }
    const QList<QList<double>> scores = completeCases(models, standing.compared);
    standing.samples = scores.isEmpty() ? 0 : scores.first().size();
    if (standing.samples == 0)
        return standing;
    Result<QList<stats::BestComparison>> results = stats::compareWithBest(scores, options.comparison);
    if (!results.ok())
        return results.error();
    standing.results = std::move(results).value();
    for (qsizetype k = 0; k < standing.results.size(); ++k) {
        if (standing.results.at(k).isBest)
            standing.best = k;
    }
    for (const stats::BestComparison& result : standing.results)
        standing.goodEnough.append(withinTolerance(result, standing.results.at(standing.best).mean, options));
    return standing;
}

/// Position in compared of the smallest good-enough model of known size; -1 when there is none.
qsizetype choose(const QList<ModelScores>& models, const Standing& standing, const RecommendationOptions& options)
{
    qsizetype chosen = -1;
    for (qsizetype k = 0; k < standing.compared.size(); ++k) {
        const std::optional<double> size = sizeOf(models.at(standing.compared.at(k)), options.smallest);
        if (!standing.goodEnough.at(k) || !size)
            continue;
        if (chosen < 0) {
            chosen = k;
            continue;
        }
        const double chosenSize = *sizeOf(models.at(standing.compared.at(chosen)), options.smallest);
        const bool better = options.comparison.higherIsBetter
            ? standing.results.at(k).mean > standing.results.at(chosen).mean
            : standing.results.at(k).mean < standing.results.at(chosen).mean;
        if (*size < chosenSize || (*size == chosenSize && better))
            chosen = k;
    }
    return chosen;
}

/// What the verdicts and the sentence are written from.
struct Context
{
    const QList<ModelScores>& models;
    const RecommendationOptions& options;
    const Standing& standing;
    qsizetype chosen = -1; ///< position in standing.compared; -1 for none

    const ModelScores& model(qsizetype k) const { return models.at(standing.compared.at(k)); }
    double mean(qsizetype k) const { return standing.results.at(k).mean; }
    QString score(qsizetype k) const { return QString::number(mean(k) * options.displayScale, 'f', 1); }
    QString size(qsizetype k) const { return formatSize(*sizeOf(model(k), options.smallest), options.smallest); }
    QString metric() const
    {
        return options.metricName.isEmpty() ? QCoreApplication::translate("caliper::analysis", "score")
                                            : options.metricName;
    }
    QString pValue(qsizetype k) const { return formatPValue(standing.results.at(k).adjustedPValue); }
};

/// How model k stands against the best: "3.2 points below the best", "significantly worse than the best …".
QString gapClause(const Context& c, qsizetype k)
{
    if (k == c.standing.best)
        return QCoreApplication::translate("caliper::analysis", "the best");
    if (c.options.tolerance == ToleranceMode::WithinPoints) {
        const double below = std::abs(c.mean(c.standing.best) - c.mean(k)) * c.options.displayScale;
        return QCoreApplication::translate("caliper::analysis", "%1 points below the best").arg(below, 0, 'f', 1);
    }
    return c.standing.results.at(k).significantlyWorse
        ? QCoreApplication::translate("caliper::analysis", "significantly worse than the best (Holm-adjusted p %1)")
              .arg(c.pValue(k))
        : QCoreApplication::translate("caliper::analysis", "not significantly worse than the best (Holm-adjusted p %1)")
              .arg(c.pValue(k));
}

ModelVerdict verdictFor(const Context& c, qsizetype k)
{
    ModelVerdict v {c.standing.compared.at(k), c.model(k).name, Verdict::Worse, c.mean(k),
        c.standing.results.at(k).adjustedPValue, gapClause(c, k)};
    const QString noun = measureNoun(c.options.smallest);
    if (!sizeOf(c.model(k), c.options.smallest)) {
        v.verdict = Verdict::UnknownSize;
        v.reason = QCoreApplication::translate("caliper::analysis", "its %1 is unknown; %2").arg(noun, v.reason);
    } else if (k == c.chosen) {
        v.verdict = Verdict::Recommended;
    } else if (c.chosen >= 0) {
        const double size = *sizeOf(c.model(k), c.options.smallest);
        const double chosenSize = *sizeOf(c.model(c.chosen), c.options.smallest);
        if (c.standing.goodEnough.at(k)) {
            v.verdict = Verdict::NotSmaller;
            v.reason = size == chosenSize
                ? QCoreApplication::translate("caliper::analysis", "good enough (%1), same %2, lower mean")
                      .arg(v.reason, noun)
                : QCoreApplication::translate("caliper::analysis", "good enough (%1), but larger: %2 %3 against %4")
                      .arg(v.reason, noun, c.size(k), c.size(c.chosen));
        } else if (size < chosenSize) {
            v.verdict = Verdict::SmallerButWorse;
            v.reason = QCoreApplication::translate("caliper::analysis", "smaller (%1 %2 against %3), but %4")
                           .arg(noun, c.size(k), c.size(c.chosen), v.reason);
        } else if (size == chosenSize) {
            // "not smaller (cost 0 against 0)" reads like a comparison that went against it; say they are equal.
            v.reason = QCoreApplication::translate("caliper::analysis", "%1, at the same %2 (%3)")
                           .arg(v.reason, noun, c.size(k));
        } else {
            v.reason = QCoreApplication::translate("caliper::analysis", "%1, and not smaller (%2 %3 against %4)")
                           .arg(v.reason, noun, c.size(k), c.size(c.chosen));
        }
    }
    return v;
}

QString noRecommendation(const Context& c)
{
    if (c.standing.compared.isEmpty())
        return QCoreApplication::translate(
            "caliper::analysis", "No model can be recommended: every model failed on too many samples.");
    if (c.standing.samples == 0)
        return QCoreApplication::translate(
            "caliper::analysis", "No model can be recommended: no sample was scored for every model.");
    return QCoreApplication::translate(
        "caliper::analysis", "No model can be recommended: the models good enough on %1 have an unknown %2.")
        .arg(c.metric(), measureNoun(c.options.smallest));
}

QString bestSentence(const Context& c)
{
    const QString name = c.model(c.chosen).name;
    const QString noun = measureNoun(c.options.smallest);
    if (c.standing.compared.size() == 1)
        return QCoreApplication::translate(
            "caliper::analysis", "%1 is the only model with enough scored samples (%2 %3).")
            .arg(name, c.metric(), c.score(c.chosen));
    if (c.options.tolerance == ToleranceMode::WithinPoints)
        return QCoreApplication::translate("caliper::analysis",
            "%1 has the best %2 (%3), and no model with a smaller %4 comes within %5 points of it.")
            .arg(name, c.metric(), c.score(c.chosen), noun, QString::number(c.options.points, 'f', 1));
    return QCoreApplication::translate(
        "caliper::analysis", "%1 has the best %2 (%3), and no model with a smaller %4 is as good.")
        .arg(name, c.metric(), c.score(c.chosen), noun);
}

QString sentence(const Context& c)
{
    if (c.chosen < 0)
        return noRecommendation(c);
    if (c.chosen == c.standing.best)
        return bestSentence(c);
    const qsizetype best = c.standing.best;
    const QString name = c.model(c.chosen).name;
    if (c.options.tolerance == ToleranceMode::WithinPoints)
        return QCoreApplication::translate("caliper::analysis",
            "%1 has the smallest %2 (%3) of the models within %4 points of the best on %5: %6 against %7 for %8.")
            .arg(name, measureNoun(c.options.smallest), c.size(c.chosen), QString::number(c.options.points, 'f', 1),
                c.metric(), c.score(c.chosen), c.score(best), c.model(best).name);
    return QCoreApplication::translate("caliper::analysis",
        "%1 has the smallest %2 (%3) of the models not significantly worse than the best on %4: %5 against %6 "
        "for %7 (Holm-adjusted p %8).")
        .arg(name, measureNoun(c.options.smallest), c.size(c.chosen), c.metric(), c.score(c.chosen), c.score(best),
            c.model(best).name, c.pValue(c.chosen));
}

ModelVerdict failedVerdict(const ModelScores& model, qsizetype index, const RecommendationOptions& options)
{
    const QString reason
        = QCoreApplication::translate("caliper::analysis", "failed on %1 of %2 samples, more than the %3% allowed")
              .arg(failedCount(model))
              .arg(model.scores.size())
              .arg(options.maxFailedShare * 100, 0, 'g', 3);
    return {index, model.name, Verdict::TooManyFailures, std::nan(""), 1.0, reason};
}

} // namespace

Result<Recommendation> recommend(const QList<ModelScores>& models, const RecommendationOptions& options)
{
    Result<Standing> standing = standingOf(models, options);
    if (!standing.ok())
        return standing.error();
    const Context c {models, options, *standing, choose(models, *standing, options)};
    Recommendation recommendation;
    recommendation.samplesCompared = standing->samples;
    if (standing->best >= 0)
        recommendation.best = standing->compared.at(standing->best);
    if (c.chosen >= 0)
        recommendation.recommended = standing->compared.at(c.chosen);
    recommendation.reason = sentence(c);
    for (qsizetype i = 0; i < models.size(); ++i) {
        const qsizetype k = standing->compared.indexOf(i);
        if (k < 0) {
            recommendation.excluded.append(failedVerdict(models.at(i), i, options));
            continue;
        }
        if (standing->samples == 0 || k == c.chosen)
            continue;
        const ModelVerdict verdict = verdictFor(c, k);
        const bool beaten
            = c.chosen >= 0 && (verdict.verdict == Verdict::NotSmaller || verdict.verdict == Verdict::Worse);
        (beaten ? recommendation.beaten : recommendation.excluded).append(verdict);
    }
    return recommendation;
}

} // namespace caliper::analysis
