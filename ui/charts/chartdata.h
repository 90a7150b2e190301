#pragma once

#include "analysis/comparisoncolumns.h"
#include "analysis/experimentscores.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace caliper {

// What the results charts read out of ExperimentScores, in one place so every chart picks the same samples.

/// Category labels must be unique for Qt Charts: a repeated model name gets " (2)", " (3)", … appended.
QStringList uniqueLabels(const QStringList& names);

/// The names of the experiment's models, unique, in model order.
QStringList modelLabels(const ExperimentScores& scores);

/// The model's finite values under `key` (none when the key is absent).
QList<double> finiteValues(const ModelSampleValues& model, const QString& key);

/// The samples behind a model's number under `key`: those with a finite value, in dataset order.
QList<qint64> samplesWithValue(const ExperimentScores& scores, qsizetype model, const QString& key);

/// The samples where the model's value under `key` equals `value` (a box plot's outlier), in dataset order.
QList<qint64> samplesWithValueEqualTo(
    const ExperimentScores& scores, qsizetype model, const QString& key, double value, double tolerance);

/// Whether a comparison column holds a quality score (a 0–1 fraction or 0–100 points) that charts may plot.
bool isQualityColumn(const ComparisonColumn& column);

/// What values of a column are multiplied by for display: 100 for fractions when shown as percent, else 1.
double displayFactor(const ComparisonColumn& column, bool percent);

/// A value as the charts label it: one decimal, whole numbers from 100 up, two significant digits below 1.
QString formatChartValue(double value);

} // namespace caliper
