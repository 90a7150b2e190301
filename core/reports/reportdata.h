#pragma once

#include "analysis/comparisontable.h"
#include "analysis/experimentscores.h"
#include "common/error.h"
#include "endpoints/chattypes.h"
#include "experiments/experimentstore.h"
#include "metrics/metric.h"
#include "reports/reportjudge.h"
#include "reports/reportoptions.h"
#include "reports/reportrecommendation.h"
#include "review/reviewtypes.h"

#include <QHash>
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
    QList<Review> reviews; ///< human reviews, one per reviewer, by reviewer name
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
    QList<ComparisonColumn> columns;
    QList<ComparisonRow> rows; ///< one per model, in the experiment's order
    QList<ScoreMap> means; ///< per row: every score's plain mean over the finished samples, for the exports
    double alpha = 0.05; ///< significance level of the comparisons with the best
    double referenceAverageTokens = 0; ///< cl100k tokens over the samples with a reference
    double referenceAverageWords = 0;
    QStringList scoreKeys; ///< every score key found in the outputs, sorted: the per-sample exports' columns
    QList<ReportSample> samples; ///< in dataset order
    /// defaultRecommendation(), as `caliper run` prints it; empty without a quality metric
    std::optional<ReportRecommendation> recommendation;
    ReportJudge judge; ///< which judge produced the G-Eval numbers, from the stored judgements; empty without
};

/// What gatherReportData() reads from the workspace; tests may build it by hand (experimentScores() makes the
/// scores from the outputs).
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
    ExperimentScores scores; ///< what the comparison table is computed from
    QHash<qint64, QList<Review>> reviews; ///< by output id (ReviewStore::reviewsByOutput)
};

/// Computes the comparison table (means, intervals, best, significance) and the appendix from stored rows.
ReportData buildReportData(const ReportInput& input, const ReportOptions& options = {});

/// Reads the experiment called `experimentName` from the workspace and builds its report data. An unknown name is
/// an Error that lists the experiments there are.
Result<ReportData> gatherReportData(QSqlDatabase db, const QString& experimentName, const ReportOptions& options = {});

} // namespace caliper
