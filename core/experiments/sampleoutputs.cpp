// The side-by-side viewer's reads: one sample in full, and a text-free index to navigate 100,000 samples.
#include "experiments/sampleoutputs.h"

#include "experiments/storesupport.h"
#include "metrics/reasoning.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace caliper {

using experimentstore::queryError;
using experimentstore::run;
using experimentstore::tr;

namespace {

const QString SampleQuery
    = QStringLiteral("SELECT s.id, s.row_index, s.external_id, s.source, s.reference FROM samples s "
                     "JOIN experiments e ON e.dataset_id = s.dataset_id WHERE e.id = ? AND s.id = ?");

// Scores ride along as "key<US>value<RS>…" so one row per model carries everything; %.17g keeps every bit.
const QString OutputsQuery = QStringLiteral(
    "SELECT m.id, m.name, o.id, o.status, o.answer, o.reasoning, o.unclosed_reasoning, o.answer_tokens, "
    "o.reasoning_tokens, o.latency_ms, o.error, (SELECT group_concat(sc.key || char(31) || printf('%.17g', "
    "sc.value), char(30)) FROM scores sc WHERE sc.output_id = o.id) "
    "FROM experiment_models m LEFT JOIN outputs o ON o.model_id = m.id AND o.sample_id = ? "
    "WHERE m.experiment_id = ? ORDER BY m.position");

const QString SampleIdsQuery = QStringLiteral("SELECT s.id FROM samples s JOIN experiments e ON e.dataset_id = "
                                              "s.dataset_id WHERE e.id = ? ORDER BY s.row_index");

const QString ModelsQuery
    = QStringLiteral("SELECT id, name FROM experiment_models WHERE experiment_id = ? ORDER BY position");

// An answer is empty when it has no tokens; trim() only runs on the few short ones, through a lookup of their
// rows, so the scan itself stays on the outputs_summary index and no text is read in bulk.
const QString StatesQuery
    = QStringLiteral("SELECT o.model_id, o.sample_id, o.status = 'done', o.unclosed_reasoning, o.answer_tokens = 0 OR "
                     "(o.answer_tokens < 4 AND (SELECT trim(t.answer) = '' FROM outputs t WHERE t.id = o.id)) "
                     "FROM outputs o JOIN experiment_models m ON m.id = o.model_id WHERE m.experiment_id = ?");

// The keys of each model's first done output stand for all of its outputs: every output is scored alike.
const QString KeysQuery = QStringLiteral(
    "SELECT DISTINCT key FROM scores WHERE output_id IN (SELECT min(o.id) FROM outputs o JOIN experiment_models m "
    "ON m.id = o.model_id WHERE m.experiment_id = ? AND o.status = 'done' GROUP BY o.model_id) ORDER BY key");

// Failed outputs have no scores, so the (model_id, sample_id) index covers this.
const QString ValuesQuery = QStringLiteral("SELECT o.sample_id, sc.value FROM outputs o JOIN scores sc ON "
                                           "sc.output_id = o.id AND sc.key = ? WHERE o.model_id = ?");

ScoreMap parseScores(const QString& packed)
{
    ScoreMap scores;
    for (const QString& pair : packed.split(QChar(30), Qt::SkipEmptyParts)) {
        const qsizetype separator = pair.indexOf(QChar(31));
        if (separator > 0)
            scores.insert(pair.left(separator), pair.mid(separator + 1).toDouble());
    }
    return scores;
}

SampleOutput readOutput(const QSqlQuery& q)
{
    SampleOutput output;
    output.modelId = q.value(0).toLongLong();
    output.modelName = q.value(1).toString();
    output.present = !q.value(2).isNull();
    if (!output.present)
        return output;
    output.outputId = q.value(2).toLongLong();
    output.done = q.value(3).toString() == QLatin1String("done");
    output.answer = q.value(4).toString();
    output.reasoning = q.value(5).toString();
    if (output.done) {
        ReasoningSplit split;
        split.answer = output.answer;
        split.reasoning = output.reasoning;
        split.unclosed = q.value(6).toBool();
        output.flags = analysis::outputFlags(split);
    }
    output.answerTokens = q.value(7).toLongLong();
    output.reasoningTokens = q.value(8).toLongLong();
    output.latencyMs = q.value(9).toLongLong();
    output.error = q.value(10).toString();
    output.scores = parseScores(q.value(11).toString());
    return output;
}

quint8 stateOf(const QSqlQuery& q)
{
    if (!q.value(2).toBool())
        return static_cast<quint8>(SampleState::Failed);
    quint8 state = static_cast<quint8>(SampleState::Done);
    if (q.value(3).toBool())
        state |= static_cast<quint8>(SampleState::UnclosedReasoning) | static_cast<quint8>(SampleState::EmptyAnswer);
    if (q.value(4).toBool())
        state |= static_cast<quint8>(SampleState::EmptyAnswer);
    return state;
}

Status readStates(QSqlDatabase& db, NavigationIndex& index)
{
    QHash<qint64, qsizetype> samplePosition;
    samplePosition.reserve(index.sampleIds.size());
    for (qsizetype i = 0; i < index.sampleIds.size(); ++i)
        samplePosition.insert(index.sampleIds.at(i), i);
    index.states.fill(QList<quint8>(index.sampleIds.size(), 0), index.modelIds.size());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, StatesQuery, {index.experimentId}))
        return queryError(tr("cannot read the outputs"), query, db);
    while (query.next()) {
        const qsizetype model = index.modelIds.indexOf(query.value(0).toLongLong());
        const qsizetype sample = samplePosition.value(query.value(1).toLongLong(), -1);
        if (model >= 0 && sample >= 0)
            index.states[model][sample] = stateOf(query);
    }
    return Ok {};
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

Result<SampleOutputs> loadSampleOutputs(QSqlDatabase db, qint64 experimentId, qint64 sampleId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, SampleQuery, {experimentId, sampleId}))
        return queryError(tr("cannot read the sample"), query, db);
    if (!query.next())
        return Error {tr("experiment %1 has no sample with id %2").arg(experimentId).arg(sampleId), db.databaseName()};
    SampleOutputs sample;
    sample.sampleId = query.value(0).toLongLong();
    sample.rowIndex = query.value(1).toInt();
    sample.externalId = query.value(2).toString();
    sample.source = query.value(3).toString();
    if (!query.value(4).isNull())
        sample.reference = query.value(4).toString();
    if (!run(query, OutputsQuery, {sampleId, experimentId}))
        return queryError(tr("cannot read the outputs"), query, db);
    while (query.next())
        sample.outputs.append(readOutput(query));
    return sample;
}

Result<NavigationIndex> loadNavigationIndex(QSqlDatabase db, qint64 experimentId)
{
    NavigationIndex index;
    index.experimentId = experimentId;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, SampleIdsQuery, {experimentId}))
        return queryError(tr("cannot read the samples"), query, db);
    while (query.next())
        index.sampleIds.append(query.value(0).toLongLong());
    if (!run(query, ModelsQuery, {experimentId}))
        return queryError(tr("cannot read the models"), query, db);
    while (query.next()) {
        index.modelIds.append(query.value(0).toLongLong());
        index.modelNames.append(query.value(1).toString());
    }
    if (Status states = readStates(db, index); !states.ok())
        return states.error();
    if (!run(query, KeysQuery, {experimentId}))
        return queryError(tr("cannot read the scores"), query, db);
    while (query.next())
        index.scoreKeys.append(query.value(0).toString());
    return index;
}

QList<qsizetype> filterSamples(const NavigationIndex& index, const QList<qsizetype>& models, SampleFilter filter)
{
    const auto any = [&](qsizetype sample, SampleState state) {
        return std::any_of(models.begin(), models.end(), [&](qsizetype m) { return index.has(m, sample, state); });
    };
    QList<qsizetype> positions;
    for (qsizetype sample = 0; sample < index.sampleIds.size(); ++sample) {
        bool keep = true;
        switch (filter) {
        case SampleFilter::All:
            break;
        case SampleFilter::Done:
            keep = std::all_of(
                models.begin(), models.end(), [&](qsizetype m) { return index.has(m, sample, SampleState::Done); });
            break;
        case SampleFilter::Failed:
            keep = any(sample, SampleState::Failed);
            break;
        case SampleFilter::Flagged:
            keep = any(sample, SampleState::EmptyAnswer) || any(sample, SampleState::UnclosedReasoning);
            break;
        case SampleFilter::EmptyAnswer:
            keep = any(sample, SampleState::EmptyAnswer);
            break;
        case SampleFilter::UnclosedReasoning:
            keep = any(sample, SampleState::UnclosedReasoning);
            break;
        }
        if (keep)
            positions.append(sample);
    }
    return positions;
}

Result<QList<double>> loadSampleValues(
    QSqlDatabase db, const NavigationIndex& index, qint64 modelId, const QString& key)
{
    QHash<qint64, qsizetype> samplePosition;
    samplePosition.reserve(index.sampleIds.size());
    for (qsizetype i = 0; i < index.sampleIds.size(); ++i)
        samplePosition.insert(index.sampleIds.at(i), i);
    QList<double> values(index.sampleIds.size(), std::numeric_limits<double>::quiet_NaN());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, ValuesQuery, {key, modelId}))
        return queryError(tr("cannot read the scores"), query, db);
    while (query.next()) {
        const qsizetype sample = samplePosition.value(query.value(0).toLongLong(), -1);
        if (sample >= 0)
            values[sample] = query.value(1).toDouble();
    }
    return values;
}

Result<QList<qsizetype>> searchOutputs(
    QSqlDatabase db, const NavigationIndex& index, const QList<qint64>& modelIds, const QString& text)
{
    QList<qsizetype> found;
    if (modelIds.isEmpty() || text.isEmpty())
        return found;
    QStringList placeholders(modelIds.size(), QStringLiteral("?"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT sample_id FROM outputs WHERE model_id IN (%1) AND "
                                 "(answer LIKE ? ESCAPE '\\' OR reasoning LIKE ? ESCAPE '\\')")
                      .arg(placeholders.join(u',')));
    for (qint64 id : modelIds)
        query.addBindValue(id);
    query.addBindValue(likePattern(text));
    query.addBindValue(likePattern(text));
    if (!query.exec())
        return queryError(tr("cannot search the outputs"), query, db);
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    for (qsizetype i = 0; i < index.sampleIds.size(); ++i) {
        if (ids.contains(index.sampleIds.at(i)))
            found.append(i);
    }
    return found;
}

} // namespace caliper
