// ExperimentStore's judge figures: the judge's cost and failures per model, the spread of repeated judgements, and
// which judge produced the numbers.
#include "experiments/experimentstore.h"

#include "experiments/storesupport.h"

#include <QHash>

#include <cmath>
#include <map>

namespace caliper {

using experimentstore::queryError;
using experimentstore::run;
using experimentstore::tr;

namespace {

const QString JudgementsQuery = QStringLiteral(
    "SELECT o.model_id, j.criterion, j.output_id, j.repeat, j.status, j.score, j.cost FROM judgements j "
    "JOIN outputs o ON o.id = j.output_id JOIN experiment_models m ON m.id = o.model_id WHERE m.experiment_id = ?");

double mean(const QList<double>& values)
{
    double sum = 0;
    for (double value : values)
        sum += value;
    return values.isEmpty() ? 0 : sum / static_cast<double>(values.size());
}

/// Sample standard deviation (n − 1); 0 for fewer than two values.
double standardDeviation(const QList<double>& values)
{
    if (values.size() < 2)
        return 0;
    const double centre = mean(values);
    double squares = 0;
    for (double value : values)
        squares += (value - centre) * (value - centre);
    return std::sqrt(squares / static_cast<double>(values.size() - 1));
}

// One model's successful judgements of one criterion, by output and by repeat.
struct CriterionScores
{
    std::map<qint64, QList<double>> byOutput;
    std::map<int, QList<double>> byRepeat;
};

JudgeSpread spreadOf(const CriterionScores& scores)
{
    JudgeSpread spread;
    QList<double> sampleSds;
    for (const auto& [output, values] : scores.byOutput) {
        spread.repeats = std::max(spread.repeats, static_cast<int>(values.size()));
        if (values.size() >= 2)
            sampleSds.append(standardDeviation(values));
    }
    spread.sampleSd = mean(sampleSds);
    QList<double> repeatMeans;
    for (const auto& [repeat, values] : scores.byRepeat)
        repeatMeans.append(mean(values));
    spread.repeatMeansSd = standardDeviation(repeatMeans);
    return spread;
}

QString scoreKey(const QString& criterionId)
{
    return QStringLiteral("geval_") + criterionId.section(QLatin1Char('/'), -1);
}

} // namespace

Status ExperimentStore::addJudgeFigures(qint64 experimentId, QList<ModelSummary>& summaries) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, JudgementsQuery, {experimentId}))
        return queryError(tr("cannot read the judgements"), query, m_db);
    QHash<qint64, std::map<QString, CriterionScores>> scores;
    QHash<qint64, ModelSummary*> byId;
    for (ModelSummary& summary : summaries)
        byId.insert(summary.modelId, &summary);
    while (query.next()) {
        ModelSummary* summary = byId.value(query.value(0).toLongLong());
        if (!summary)
            continue;
        summary->judgeCost += query.value(6).toDouble();
        if (query.value(4).toString() != QLatin1String("done")) {
            ++summary->judgeFailed;
            continue;
        }
        CriterionScores& criterion = scores[summary->modelId][query.value(1).toString()];
        criterion.byOutput[query.value(2).toLongLong()].append(query.value(5).toDouble());
        criterion.byRepeat[query.value(3).toInt()].append(query.value(5).toDouble());
    }
    for (ModelSummary& summary : summaries) {
        summary.cost += summary.judgeCost;
        for (const auto& [criterion, values] : scores.value(summary.modelId)) {
            const JudgeSpread spread = spreadOf(values);
            if (spread.repeats >= 2)
                summary.judgeSpread.insert(scoreKey(criterion), spread);
        }
    }
    return Ok {};
}

Result<QList<ModelSummary>> ExperimentStore::judgeFigures(qint64 experimentId) const
{
    const Result<QList<ExperimentModel>> experimentModels = models(experimentId);
    if (!experimentModels.ok())
        return experimentModels.error();
    QList<ModelSummary> summaries;
    for (const ExperimentModel& model : experimentModels.value()) {
        ModelSummary summary;
        summary.modelId = model.id;
        summary.name = model.name;
        summaries.append(summary);
    }
    if (Status added = addJudgeFigures(experimentId, summaries); !added.ok())
        return added.error();
    return summaries;
}

Result<JudgeProvenance> ExperimentStore::judgeProvenance(qint64 experimentId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query,
            QStringLiteral(
                "SELECT j.judge_endpoint, j.judge_model, j.method, j.template_id, j.status FROM judgements j "
                "JOIN outputs o ON o.id = j.output_id JOIN experiment_models m ON m.id = o.model_id "
                "WHERE m.experiment_id = ? ORDER BY j.id"),
            {experimentId}))
        return queryError(tr("cannot read the judgements"), query, m_db);
    JudgeProvenance provenance;
    auto note = [](QStringList& list, const QString& value) {
        if (!value.isEmpty() && !list.contains(value))
            list.append(value);
    };
    while (query.next()) {
        note(provenance.endpoints, query.value(0).toString());
        note(provenance.models, query.value(1).toString());
        note(provenance.methods, query.value(2).toString());
        note(provenance.templates, query.value(3).toString());
        (query.value(4).toString() == QLatin1String("done") ? provenance.done : provenance.failed) += 1;
    }
    return provenance;
}

} // namespace caliper
