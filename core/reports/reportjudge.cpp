#include "reports/reportjudge.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

QString spreadText(const QString& key, const JudgeSpread& spread)
{
    return tr("%1: ±%2 per sample, ±%3 between repeat means (%4 repeats)")
        .arg(key, QString::number(spread.sampleSd, 'f', 3), QString::number(spread.repeatMeansSd, 'f', 3))
        .arg(spread.repeats);
}

} // namespace

Result<ReportJudge> readReportJudge(const ExperimentStore& store, qint64 experimentId)
{
    ReportJudge judge;
    Result<JudgeProvenance> provenance = store.judgeProvenance(experimentId);
    if (!provenance.ok())
        return provenance.error();
    judge.provenance = std::move(provenance).value();
    if (judge.isEmpty())
        return judge;
    const Result<QList<ModelSummary>> summaries = store.judgeFigures(experimentId);
    if (!summaries.ok())
        return summaries.error();
    for (const ModelSummary& summary : summaries.value())
        judge.spread.append({summary.name, summary.judgeSpread});
    return judge;
}

QList<std::pair<QString, QString>> reportJudgeLines(const ReportJudge& judge)
{
    if (judge.isEmpty())
        return {};
    const JudgeProvenance& p = judge.provenance;
    const QString separator = QStringLiteral(", ");
    QList<std::pair<QString, QString>> lines {{tr("Judge endpoint"), p.endpoints.join(separator)},
        {tr("Judge model"), p.models.join(separator)}, {tr("Judge method"), p.methods.join(separator)},
        {tr("Judge templates"), p.templates.join(QStringLiteral("; "))},
        {tr("Judgements"), tr("%1 done, %2 failed").arg(p.done).arg(p.failed)}};
    for (const auto& [model, spreads] : judge.spread) {
        QStringList parts;
        for (auto it = spreads.cbegin(); it != spreads.cend(); ++it)
            parts.append(spreadText(it.key(), it.value()));
        if (!parts.isEmpty())
            lines.append({tr("Judge spread, %1").arg(model), parts.join(QStringLiteral("; "))});
    }
    return lines;
}

QJsonObject reportJudgeJson(const ReportJudge& judge)
{
    const JudgeProvenance& p = judge.provenance;
    QJsonObject spread;
    for (const auto& [model, spreads] : judge.spread) {
        QJsonObject byKey;
        for (auto it = spreads.cbegin(); it != spreads.cend(); ++it)
            byKey.insert(it.key(),
                QJsonObject {{QStringLiteral("repeats"), it->repeats}, {QStringLiteral("sample_sd"), it->sampleSd},
                    {QStringLiteral("repeat_means_sd"), it->repeatMeansSd}});
        spread.insert(model, byKey);
    }
    return {{QStringLiteral("endpoints"), QJsonArray::fromStringList(p.endpoints)},
        {QStringLiteral("models"), QJsonArray::fromStringList(p.models)},
        {QStringLiteral("methods"), QJsonArray::fromStringList(p.methods)},
        {QStringLiteral("templates"), QJsonArray::fromStringList(p.templates)},
        {QStringLiteral("judgements_done"), p.done}, {QStringLiteral("judgements_failed"), p.failed},
        {QStringLiteral("spread"), spread}};
}

} // namespace caliper
