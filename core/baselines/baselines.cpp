#include "baselines/baselines.h"
#include "baselines/textrank.h"

#include <QCoreApplication>

#include <algorithm>

namespace caliper::baselines {

namespace {

QString joined(const QStringList& sentences, const QList<qsizetype>& indices)
{
    QStringList picked;
    picked.reserve(indices.size());
    for (const qsizetype index : indices)
        picked.append(sentences.at(index));
    return picked.join(u' ');
}

} // namespace

bool isBuiltinModel(const QString& model)
{
    return builtinModels().contains(model);
}

QStringList builtinModels()
{
    return {QLatin1String(LeadModel), QLatin1String(TextRankModel)};
}

QString leadSummary(const QString& source, int count)
{
    const QStringList sentences = splitSentences(source);
    return sentences.first(std::clamp<qsizetype>(count, 0, sentences.size())).join(u' ');
}

QString textRankSummary(const QString& source, int count)
{
    const QStringList sentences = splitSentences(source);
    return joined(sentences, topRanked(textRankScores(sentences), count));
}

Result<QString> runBuiltinModel(const QString& model, const QString& source)
{
    if (model == QLatin1String(LeadModel))
        return leadSummary(source);
    if (model == QLatin1String(TextRankModel))
        return textRankSummary(source);
    return Error {QCoreApplication::translate("caliper::baselines", "Unknown built-in model: %1").arg(model), {}};
}

} // namespace caliper::baselines
