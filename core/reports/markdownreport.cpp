#include "reports/markdownreport.h"

#include "reports/reportformatting.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

// A fence of more backticks than the longest run in the text, so nothing inside can close it.
QString fenced(const QString& text, const QString& language = {})
{
    static const QRegularExpression Backticks(QStringLiteral("`+"));
    qsizetype longest = 0;
    for (const QRegularExpressionMatch& match : Backticks.globalMatch(text))
        longest = std::max(longest, match.capturedLength());
    const QString fence(std::max<qsizetype>(3, longest + 1), QLatin1Char('`'));
    const QString end = text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n");
    return fence + language + QLatin1Char('\n') + text + end + fence + QStringLiteral("\n\n");
}

QString markdownCell(const ComparisonColumn& column, const ComparisonCell& cell, const ReportOptions& options)
{
    QString text = formatCell(column, cell, options);
    if (cell.best)
        text = QStringLiteral("**%1**").arg(text);
    else if (cell.notSignificantlyWorse)
        text += QStringLiteral("†");
    const QString interval = formatInterval(column, cell, options);
    if (!interval.isEmpty())
        text += QStringLiteral(" [%1]").arg(interval);
    return text;
}

QString comparisonTable(const ReportData& data, const ReportOptions& options)
{
    QString header = QStringLiteral("| ") + tr("Model");
    QString rule = QStringLiteral("|---");
    for (const ComparisonColumn& column : data.columns) {
        header += QStringLiteral(" | ") + escapeMarkdown(column.label);
        rule += QStringLiteral("|---:");
    }
    header += QStringLiteral(" | ") + tr("Done / failed") + QStringLiteral(" |\n");
    rule += QStringLiteral("|---:|\n");
    QString table = header + rule;
    for (const ComparisonRow& row : data.rows) {
        table += QStringLiteral("| ") + escapeMarkdown(row.model);
        for (qsizetype c = 0; c < data.columns.size(); ++c)
            table += QStringLiteral(" | ") + markdownCell(data.columns.at(c), row.cells.at(c), options);
        table += QStringLiteral(" | ") + doneFailed(row) + QStringLiteral(" |\n");
    }
    return table + QLatin1Char('\n') + tableLegend(data, options) + QStringLiteral("\n\n");
}

QString overview(const ReportData& data)
{
    const ReportSettings& settings = data.settings;
    QString text = QStringLiteral("# %1\n\n").arg(escapeMarkdown(settings.experimentName));
    text += tr("Dataset %1 (sha256 `%2`), %3 samples.")
                .arg(escapeMarkdown(settings.datasetName), settings.datasetHash)
                .arg(settings.sampleCount);
    if (!std::isnan(data.referenceAverageTokens))
        text += QLatin1Char(' ')
            + tr("Reference average length: %1 tokens (%2 words).")
                  .arg(QString::number(data.referenceAverageTokens, 'f', 1),
                      QString::number(data.referenceAverageWords, 'f', 1));
    return text + QStringLiteral("\n\n");
}

QString modelsTable(const ReportData& data)
{
    QString table = QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n|---|---|---|---|---|---|\n")
                        .arg(tr("Name"), tr("Model"), tr("Endpoint"), tr("API key"), tr("Size"),
                            tr("Price in / out per M tokens"));
    for (const ReportModelSettings& model : data.settings.models) {
        const QString key = model.keySource == QLatin1String("env")
            ? tr("environment variable %1").arg(escapeMarkdown(model.keyEnvironmentVariable))
            : model.keySource;
        const QString size
            = QString(parameterCount(model.parameters) + QLatin1Char(' ') + model.quantization).trimmed();
        table += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 / %7 |\n")
                     .arg(escapeMarkdown(model.name), escapeMarkdown(model.model), escapeMarkdown(model.baseUrl), key,
                         escapeMarkdown(size), QString::number(model.priceInPerMTok),
                         QString::number(model.priceOutPerMTok));
    }
    return table + QLatin1Char('\n');
}

QString settingsSection(const ReportData& data)
{
    const ReportSettings& settings = data.settings;
    QString text = QStringLiteral("## %1\n\n### %2\n\n").arg(tr("Settings"), tr("System prompt"));
    text += settings.systemPrompt.isEmpty() ? tr("(none)") + QStringLiteral("\n\n") : fenced(settings.systemPrompt);
    text += QStringLiteral("### %1\n\n").arg(tr("Generation parameters"));
    for (const auto& [name, value] : generationSettings(settings.generation))
        text += QStringLiteral("- %1: %2\n").arg(name, value);
    text += QStringLiteral("\n### %1\n\n").arg(tr("Models")) + modelsTable(data);
    text += QStringLiteral("### %1\n\n%2\n\n").arg(tr("Metrics"), escapeMarkdown(settings.metrics.join(u", ")));
    if (!settings.judge.isEmpty())
        text += QStringLiteral("### %1\n\n").arg(tr("Judge"))
            + fenced(QString::fromUtf8(QJsonDocument(settings.judge).toJson(QJsonDocument::Indented)),
                QStringLiteral("json"));
    if (const auto lines = reportJudgeLines(data.judge); !lines.isEmpty()) {
        text += QStringLiteral("### %1\n\n").arg(tr("Judge that produced the G-Eval scores"));
        for (const auto& [label, value] : lines)
            text += QStringLiteral("- %1: %2\n").arg(escapeMarkdown(label), escapeMarkdown(value));
        text += QLatin1Char('\n');
    }
    return text;
}

QString recommendationSection(const ReportData& data)
{
    if (!data.recommendation)
        return {};
    const ReportRecommendation& recommendation = *data.recommendation;
    return QStringLiteral("## %1\n\n**%2**\n\n%3\n\n%4\n\n")
        .arg(tr("Recommendation"), escapeMarkdown(recommendationHeadline(recommendation)),
            escapeMarkdown(recommendation.reason), escapeMarkdown(recommendation.criteria));
}

} // namespace

QString escapeMarkdown(const QString& text)
{
    // Characters that start emphasis, code, links, HTML or entities, or end a table cell.
    static const QString Special = QStringLiteral("\\`*_[]<>|~&");
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            escaped += QLatin1Char(' ');
        else if (Special.contains(c))
            escaped += QLatin1Char('\\') + c;
        else
            escaped += c;
    }
    return escaped;
}

QByteArray markdownReport(const ReportData& data, const ReportOptions& options)
{
    QString text = overview(data);
    text += QStringLiteral("## %1\n\n").arg(tr("Comparison")) + comparisonTable(data, options);
    text += recommendationSection(data);
    text += settingsSection(data);
    return text.toUtf8();
}

} // namespace caliper
