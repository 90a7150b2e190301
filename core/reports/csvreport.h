#pragma once

#include "reports/reportdata.h"
#include "reports/reportoptions.h"

#include <QByteArray>
#include <QStringList>

namespace caliper {

/// One of the report's two tables as RFC 4180 CSV (UTF-8, comma, CRLF), chosen by options.csvTable:
/// - Aggregate: one row per model — model, total, done, failed, then for every comparison column its key
///   (the mean; the sum for cost), KEY_ci_low, KEY_ci_high, KEY_n and KEY_mark ("best", "not_worse" or empty),
///   then the plain mean of every other score as mean_KEY.
/// - PerSample: one row per sample and model that has an output — sample, model, status, answer, reasoning,
///   unclosed_reasoning, reasoning_tokens, answer_tokens, latency_s, cost, error, reference, then every other score
///   key, then the human reviews: reviewer, rating (1–5), review_note and review_tags ("category@start+length
///   (note)"; tags joined with "; "); with several reviewers each cell joins theirs with " | " in reviewer order.
/// Numbers are raw (0–1 scores unscaled) at full precision with a dot; a missing value is an empty cell. Text
/// cells starting with = + - @ (or a tab or carriage return) get a leading ' so spreadsheets do not run them
/// as formulas.
QByteArray csvReport(const ReportData& data, const ReportOptions& options = {});

/// One CSV record: fields quoted where they hold a comma, quote or line break, quotes doubled, CRLF at the end.
QByteArray csvRecord(const QStringList& fields);

/// A text cell made safe for spreadsheets (see csvReport).
QString spreadsheetSafe(const QString& text);

} // namespace caliper
