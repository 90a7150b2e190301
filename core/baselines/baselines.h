#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

namespace caliper::baselines {

/// "builtin:lead" and "builtin:textrank": extractive summaries that need no network, so every comparison has
/// a floor and the sample experiment runs offline.
inline constexpr auto LeadModel = "builtin:lead";
inline constexpr auto TextRankModel = "builtin:textrank";

bool isBuiltinModel(const QString& model);
/// The built-in model ids, in the order pickers list them.
QStringList builtinModels();

/// Sentences of a transcript or note: split after . ! ? (and line breaks), keeping abbreviations such as
/// "Dr." or "e.g." and decimals such as "2.5 mg" whole; speaker tags ("[doctor]") stay with their sentence.
QStringList splitSentences(const QString& text);

/// The first `count` sentences, joined with spaces.
QString leadSummary(const QString& source, int count = 3);

/// TextRank (Mihalcea & Tarau 2004): sentences ranked by PageRank (damping 0.85) over a graph weighted by
/// their word overlap normalised by log lengths; the top `count` returned in their original order.
QString textRankSummary(const QString& source, int count = 5);

/// The answer of a built-in model for one source; an Error for an unknown model id.
Result<QString> runBuiltinModel(const QString& model, const QString& source);

} // namespace caliper::baselines
