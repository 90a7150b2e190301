#include "charts/chartdata.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace caliper {

QStringList uniqueLabels(const QStringList& names)
{
    QStringList labels;
    QSet<QString> taken;
    for (const QString& name : names) {
        QString label = name;
        for (int copy = 2; taken.contains(label); ++copy)
            label = QCoreApplication::translate("caliper", "%1 (%2)").arg(name).arg(copy);
        taken.insert(label);
        labels.append(label);
    }
    return labels;
}

QStringList modelLabels(const ExperimentScores& scores)
{
    QStringList names;
    for (const ModelSampleValues& model : scores.models)
        names.append(model.name);
    return uniqueLabels(names);
}

QList<double> finiteValues(const ModelSampleValues& model, const QString& key)
{
    QList<double> values;
    for (double value : model.values.value(key)) {
        if (std::isfinite(value))
            values.append(value);
    }
    return values;
}

QList<qint64> samplesWithValue(const ExperimentScores& scores, qsizetype model, const QString& key)
{
    QList<qint64> ids;
    const QList<double> values = scores.models.at(model).values.value(key);
    for (qsizetype i = 0; i < values.size() && i < scores.sampleIds.size(); ++i) {
        if (std::isfinite(values.at(i)))
            ids.append(scores.sampleIds.at(i));
    }
    return ids;
}

QList<qint64> samplesWithValueEqualTo(
    const ExperimentScores& scores, qsizetype model, const QString& key, double value, double tolerance)
{
    QList<qint64> ids;
    const QList<double> values = scores.models.at(model).values.value(key);
    for (qsizetype i = 0; i < values.size() && i < scores.sampleIds.size(); ++i) {
        if (std::abs(values.at(i) - value) <= tolerance)
            ids.append(scores.sampleIds.at(i));
    }
    return ids;
}

bool isQualityColumn(const ComparisonColumn& column)
{
    return column.kind == ColumnKind::Fraction || column.kind == ColumnKind::Points;
}

double displayFactor(const ComparisonColumn& column, bool percent)
{
    return column.kind == ColumnKind::Fraction && percent ? 100.0 : 1.0;
}

QString formatChartValue(double value)
{
    if (!std::isfinite(value))
        return QCoreApplication::translate("caliper", "–");
    if (std::abs(value) >= 100)
        return QString::number(value, 'f', 0);
    // Costs of a few cents keep their significant digits.
    return std::abs(value) >= 1 || value == 0 ? QString::number(value, 'f', 1) : QString::number(value, 'g', 2);
}

} // namespace caliper
