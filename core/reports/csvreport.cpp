#include "reports/csvreport.h"

#include "review/reviewstore.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace caliper {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

QString csvNumber(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', QLocale::FloatingPointShortest) : QString();
}

QString mark(const ComparisonCell& cell)
{
    if (cell.best)
        return QStringLiteral("best");
    return cell.notSignificantlyWorse ? QStringLiteral("not_worse") : QString();
}

// Scores that have no column of their own in the comparison table.
QStringList otherScoreKeys(const ReportData& data)
{
    QStringList keys;
    for (const QString& key : data.scoreKeys) {
        const bool inTable = std::any_of(data.columns.cbegin(), data.columns.cend(),
            [&](const ComparisonColumn& column) { return column.key == key; });
        if (!inTable)
            keys.append(key);
    }
    return keys;
}

QByteArray aggregateTable(const ReportData& data)
{
    QStringList header
        = {QStringLiteral("model"), QStringLiteral("total"), QStringLiteral("done"), QStringLiteral("failed")};
    for (const ComparisonColumn& column : data.columns) {
        header << column.key << column.key + QStringLiteral("_ci_low") << column.key + QStringLiteral("_ci_high")
               << column.key + QStringLiteral("_n") << column.key + QStringLiteral("_mark");
    }
    const QStringList others = otherScoreKeys(data);
    for (const QString& key : others)
        header << QStringLiteral("mean_") + key;
    QByteArray csv = csvRecord(header);
    for (qsizetype r = 0; r < data.rows.size(); ++r) {
        const ComparisonRow& row = data.rows.at(r);
        QStringList fields = {spreadsheetSafe(row.model), QString::number(row.total), QString::number(row.done),
            QString::number(row.failed)};
        for (const ComparisonCell& cell : row.cells) {
            fields << csvNumber(cell.n ? cell.value : NaN) << csvNumber(cell.interval.low)
                   << csvNumber(cell.interval.high) << QString::number(cell.n) << mark(cell);
        }
        for (const QString& key : others)
            fields << csvNumber(data.means.at(r).value(key, NaN));
        csv += csvRecord(fields);
    }
    return csv;
}

// The output's human reviews in four cells; several reviewers are joined with " | " in reviewer order (tags of one
// review are joined with "; ", see tagsSummary()).
QStringList reviewFields(const QList<Review>& reviews)
{
    QStringList reviewers;
    QStringList ratings;
    QStringList notes;
    QStringList tags;
    for (const Review& review : reviews) {
        reviewers << review.reviewer;
        ratings << (review.rating ? QString::number(*review.rating) : QString());
        notes << review.note;
        tags << tagsSummary(review.tags);
    }
    const QString separator = QStringLiteral(" | ");
    return {spreadsheetSafe(reviewers.join(separator)), ratings.join(separator), spreadsheetSafe(notes.join(separator)),
        spreadsheetSafe(tags.join(separator))};
}

QStringList outputFields(const ReportSample& sample, const ReportOutput& output, const QStringList& scoreKeys)
{
    QStringList fields = {spreadsheetSafe(sample.key), spreadsheetSafe(output.model),
        output.done ? QStringLiteral("done") : QStringLiteral("failed"), spreadsheetSafe(output.answer),
        spreadsheetSafe(output.reasoning), output.unclosedReasoning ? QStringLiteral("1") : QStringLiteral("0"),
        QString::number(output.reasoningTokens), QString::number(output.answerTokens), csvNumber(output.latencyS),
        csvNumber(output.cost), spreadsheetSafe(output.error), spreadsheetSafe(sample.reference)};
    for (const QString& key : scoreKeys)
        fields << csvNumber(output.scores.value(key, NaN));
    return fields + reviewFields(output.reviews);
}

QByteArray perSampleTable(const ReportData& data)
{
    QStringList header = {QStringLiteral("sample"), QStringLiteral("model"), QStringLiteral("status"),
        QStringLiteral("answer"), QStringLiteral("reasoning"), QStringLiteral("unclosed_reasoning"),
        QStringLiteral("reasoning_tokens"), QStringLiteral("answer_tokens"), QStringLiteral("latency_s"),
        QStringLiteral("cost"), QStringLiteral("error"), QStringLiteral("reference")};
    // The output's own token counts (the server's reasoning count where it gave one) stand for the same-named
    // scores of the tokens metric.
    QStringList scoreKeys = data.scoreKeys;
    scoreKeys.removeIf([&](const QString& key) { return header.contains(key); });
    QByteArray csv = csvRecord(header + scoreKeys
        + QStringList {QStringLiteral("reviewer"), QStringLiteral("rating"), QStringLiteral("review_note"),
            QStringLiteral("review_tags")});
    for (const ReportSample& sample : data.samples) {
        for (const ReportOutput& output : sample.outputs) {
            if (output.present)
                csv += csvRecord(outputFields(sample, output, scoreKeys));
        }
    }
    return csv;
}

} // namespace

QString spreadsheetSafe(const QString& text)
{
    static const QString Triggers = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && Triggers.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

QByteArray csvRecord(const QStringList& fields)
{
    QByteArray record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            record += ',';
        QByteArray field = fields.at(i).toUtf8();
        if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r'))
            field = '"' + field.replace("\"", "\"\"") + '"';
        record += field;
    }
    return record + "\r\n";
}

QByteArray csvReport(const ReportData& data, const ReportOptions& options)
{
    return options.csvTable == CsvTable::PerSample ? perSampleTable(data) : aggregateTable(data);
}

} // namespace caliper
