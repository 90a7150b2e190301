#pragma once

#include "common/error.h"
#include "endpoints/chattypes.h"
#include "experiments/experimentstore.h"
#include "metrics/metric.h"
#include "reports/reportoptions.h"
#include "stats/bootstrap.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace caliper {

/// One model of the experiment as a report may show it: where it ran, without anything secret (no user info,
/// query or fragment in the URL; only the name of the environment variable that holds a key).
struct ReportModelSettings
{
    QString name;
    QString model; ///< the model id sent to the server, or builtin:…
    QString baseUrl; ///< empty for built-in models
    QString keySource; ///< "none", "keychain" or "env"
    QString keyEnvironmentVariable; ///< only for keySource "env"
    qint64 parameters = 0; ///< 0 when unknown
    QString quantization;
    double priceInPerMTok = 0;
    double priceOutPerMTok = 0;
};

/// What was run: everything a reader needs to reproduce the experiment.
struct ReportSettings
{
    QString experimentName;
    QString createdAt; ///< ISO 8601 UTC
    QString datasetName;
    QString datasetHash; ///< sha256 of the dataset file
    int sampleCount = 0;
    QString systemPrompt;
    GenerationParameters generation;
    QList<ReportModelSettings> models;
    QStringList metrics;
    QJsonObject judge; ///< the judge settings with URLs cleaned and anything key-like removed; empty without a judge
};

/// How a column's numbers read, so writers can format (and scale) them alike.
enum class ColumnKind {
    Fraction, ///< a 0–1 score; shown ×100 when ReportOptions::percent is on
    Points, ///< already 0–100
    Tokens, ///< an average count
    Seconds,
    Cost, ///< the model's total, in the endpoints' currency
};

/// One column of the comparison table.
struct ReportColumn
{
    QString key; ///< a score key ("rouge1") or "latency_s", "cost"
    QString label; ///< translated
    ColumnKind kind = ColumnKind::Fraction;
    ScoreDirection direction = ScoreDirection::HigherIsBetter;
    /// Quality scores are tested against the best model (paired test, Holm); other columns only mark the best.
    bool compared = false;
};

/// One model's value in one column.
struct ReportCell
{
    qsizetype n = 0; ///< samples behind the value; 0: no value
    double value = 0; ///< the mean (the sum for ColumnKind::Cost); NaN when n is 0
    stats::ConfidenceInterval interval; ///< bootstrap 95% interval of the mean; NaN ends for Cost
    bool best = false;
    /// For compared columns: not the best, yet not significantly worse than it.
    bool notSignificantlyWorse = false;
    double adjustedPValue = 1; ///< against the best (Holm-adjusted); 1 for the best and uncompared columns
};

/// One model's row: a cell per ReportData::columns, in that order.
struct ReportRow
{
    QString model;
    int total = 0;
    int done = 0;
    int failed = 0;
    QList<ReportCell> cells;
    ScoreMap means; ///< every score's plain mean over the finished samples, for the exports
};

/// One model's output for one sample, for the appendix and the per-sample exports.
struct ReportOutput
{
    QString model;
    bool present = false; ///< false: the model has no output for this sample yet
    bool done = false;
    QString answer;
    QString reasoning;
    bool unclosedReasoning = false;
    qint64 reasoningTokens = 0;
    qint64 answerTokens = 0;
    double latencyS = 0;
    double cost = 0;
    QString error;
    ScoreMap scores;
};

struct ReportSample
{
    QString key; ///< the sample's external id
    QString reference;
    QList<ReportOutput> outputs; ///< one per model, in model order
};

/// Everything a report shows about one experiment, gathered once so that every format says the same.
struct ReportData
{
    ReportSettings settings;
    QString generatedAt; ///< ISO 8601 UTC
    QList<ReportColumn> columns;
    QList<ReportRow> rows; ///< one per model, in the experiment's order
    double alpha = 0.05; ///< significance level of the comparisons with the best
    double referenceAverageTokens = 0; ///< cl100k tokens over the samples with a reference
    double referenceAverageWords = 0;
    QStringList scoreKeys; ///< every score key found in the outputs, sorted: the per-sample exports' columns
    QList<ReportSample> samples; ///< in dataset order
};

/// What gatherReportData() reads from the workspace; tests may build it by hand.
struct ReportInput
{
    ExperimentInfo experiment;
    QList<ExperimentModel> models;
    QList<OutputRecord> outputs;
    struct Sample
    {
        qint64 id = 0;
        QString key;
        QString reference; ///< null when the sample has none
    };
    QList<Sample> samples; ///< of the experiment's dataset, in dataset order
};

/// Computes the comparison table (means, intervals, best, significance) and the appendix from stored rows.
ReportData buildReportData(const ReportInput& input, const ReportOptions& options = {});

/// Reads the experiment called `experimentName` from the workspace and builds its report data. An unknown name is
/// an Error that lists the experiments there are.
Result<ReportData> gatherReportData(QSqlDatabase db, const QString& experimentName, const ReportOptions& options = {});

} // namespace caliper
