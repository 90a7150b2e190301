#pragma once

#include "common/error.h"

#include <QStringList>

namespace caliper {

/// Which columns of a table file hold a sample's id, its source (the input a model sees), its reference (what a
/// good output looks like) and the metadata kept alongside.
struct ColumnMapping
{
    QString idColumn; ///< empty: ids are the 1-based row numbers
    QString inputColumn; ///< required (the source, e.g. the transcript)
    QString referenceColumn; ///< empty: no reference (reference-based metrics unavailable)
    QStringList metadataColumns;

    /// Recognises the column names of common evaluation datasets, case-insensitively: Lumigator (examples,
    /// ground_truth), ACI-Bench (file/src/tgt; encounter_id/dialogue/note), Hugging Face (id; document/summary,
    /// dialogue/summary, input/output). Every other column becomes metadata. Returns the columns' own spelling;
    /// inputColumn stays empty when no known source column is there.
    static ColumnMapping detect(const QStringList& columns);

    /// Checks that every mapped column is among `columns`; the Error names the missing column and `file`.
    Status validate(const QStringList& columns, const QString& file) const;

    bool operator==(const ColumnMapping& other) const = default;
};

} // namespace caliper
