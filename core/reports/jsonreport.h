#pragma once

#include "reports/reportdata.h"

#include <QByteArray>
#include <QJsonObject>

namespace caliper {

/// The whole report as JSON (indented, UTF-8): "experiment", "generated_at", "settings" (dataset name, sha256
/// and sample count, system prompt, generation parameters, models without secrets, metrics, judge),
/// "reference_average_tokens"/"_words", "columns" (key, label, kind, direction), "models" (one object per model:
/// counts, "columns": {key: {value, ci_low, ci_high, n, best, not_significantly_worse, adjusted_p}}, "means":
/// every score's mean) and "samples" (id, reference, outputs with status, answer, reasoning, tokens, latency,
/// cost, error, scores, and "reviews": per reviewer the rating (null when unrated), note, blinded, updated_at and
/// tags with category, start, length, the tagged text and note). Numbers are raw (0–1 scores unscaled); a number
/// that is not finite is null.
QByteArray jsonReport(const ReportData& data);
QJsonObject reportToJson(const ReportData& data);

} // namespace caliper
