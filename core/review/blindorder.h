#pragma once

#include "common/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace caliper {

/// One column of a blinded comparison: which model it shows, and the only name the reviewer sees.
struct BlindedColumn
{
    qint64 modelId = 0; ///< experiment_models.id
    QString label; ///< "Output A", "Output B", …
};

/// The label of the column at `position` (0-based): "Output A" … "Output Z", then "Output AA", ….
QString blindedLabel(qsizetype position);

/// `modelIds` shuffled by a generator seeded from (experiment, reviewer, sample): the same inputs give the same
/// order on every platform, different samples give independent orders. Pure; blindedModelOrder() stores it.
QList<qint64> shuffledModelOrder(QList<qint64> modelIds, qint64 experimentId, const QString& reviewer, qint64 sampleId);

/// The experiment's models (all of them, whether or not they have an output for the sample yet) in the order the
/// reviewer sees them for this sample in blinded mode. The order is made the first time it is asked for and
/// stored in the workspace (table blind_orders), so it never changes and a blinded review can be mapped back to
/// its models later. A model added to the experiment afterwards is placed after the stored ones.
Result<QList<qint64>> blindedModelOrder(QSqlDatabase db, qint64 experimentId, const QString& reviewer, qint64 sampleId);

/// blindedModelOrder() with each model's label.
Result<QList<BlindedColumn>> blindedColumns(
    QSqlDatabase db, qint64 experimentId, const QString& reviewer, qint64 sampleId);

} // namespace caliper
