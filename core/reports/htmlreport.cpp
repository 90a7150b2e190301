#include "reports/htmlreport.h"

#include "reports/markup.h"
#include "reports/reportcharts.h"
#include "reports/reportformatting.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

// Print-friendly, readable without a stylesheet too; nothing here loads anything.
const char* const Style = R"(
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #222; background: #fff;
       max-width: 1200px; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; }
h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2.2rem; }
.meta, .legend, footer { color: #555; font-size: .9rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: .6rem 0; }
th, td { border: 1px solid #d4d4d4; padding: .3rem .5rem; vertical-align: top; }
th { background: #f0f0f0; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.best { font-weight: bold; background: #e3f1e3; }
td.tied { background: #f2f8f2; }
.ci { display: block; font-size: .75em; color: #666; font-weight: normal; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; padding: .5rem .7rem;
      border-radius: 4px; margin: .3rem 0; font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .85rem; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
details { margin: .4rem 0; }
summary { cursor: pointer; }
details.sample { border: 1px solid #ddd; border-radius: 4px; padding: .3rem .7rem; }
.output h4 { margin: .8rem 0 .2rem; }
.failed { color: #a00; }
.scores { font-size: .85rem; color: #444; margin: .1rem 0; }
)";

QString e(const QString& text)
{
    return escapeMarkup(text);
}

QString cellHtml(const ComparisonColumn& column, const ComparisonCell& cell, const ReportOptions& options)
{
    const QString interval = formatInterval(column, cell, options);
    QString classes = QStringLiteral("num");
    if (cell.best)
        classes += QStringLiteral(" best");
    else if (cell.notSignificantlyWorse)
        classes += QStringLiteral(" tied");
    QString html = QStringLiteral("<td class=\"%1\"").arg(classes);
    if (!interval.isEmpty())
        html += QStringLiteral(" title=\"%1\"").arg(e(tr("95% CI %1").arg(interval)));
    html += QLatin1Char('>') + formatCell(column, cell, options) + (cell.notSignificantlyWorse ? u"†" : u"");
    if (!interval.isEmpty())
        html += QStringLiteral("<span class=\"ci\">%1</span>").arg(interval);
    return html + QStringLiteral("</td>");
}

QString comparisonTable(const ReportData& data, const ReportOptions& options)
{
    QString html
        = QStringLiteral("<div class=\"scroll\"><table class=\"comparison\">\n<thead><tr><th>%1</th>").arg(tr("Model"));
    for (const ComparisonColumn& column : data.columns)
        html += QStringLiteral("<th>%1</th>").arg(e(column.label));
    html += QStringLiteral("<th>%1</th></tr></thead>\n<tbody>\n").arg(tr("Done / failed"));
    for (const ComparisonRow& row : data.rows) {
        html += QStringLiteral("<tr><th>%1</th>").arg(e(row.model));
        for (qsizetype c = 0; c < data.columns.size(); ++c)
            html += cellHtml(data.columns.at(c), row.cells.at(c), options);
        html += QStringLiteral("<td class=\"num\">%1</td></tr>\n").arg(doneFailed(row));
    }
    return html
        + QStringLiteral("</tbody></table></div>\n<p class=\"legend\">%1</p>\n").arg(e(tableLegend(data, options)));
}

QString header(const ReportData& data)
{
    const ReportSettings& settings = data.settings;
    QString html = QStringLiteral("<header><h1>%1</h1>\n<p class=\"meta\">").arg(e(settings.experimentName));
    html += e(tr("Dataset %1 (sha256 %2), %3 samples.")
                  .arg(settings.datasetName, settings.datasetHash)
                  .arg(settings.sampleCount));
    if (!std::isnan(data.referenceAverageTokens))
        html += QLatin1Char(' ')
            + e(tr("Reference average length: %1 tokens (%2 words).")
                    .arg(QString::number(data.referenceAverageTokens, 'f', 1),
                        QString::number(data.referenceAverageWords, 'f', 1)));
    return html + QStringLiteral("</p></header>\n");
}

QString recommendationSection(const ReportData& data)
{
    if (!data.recommendation)
        return {};
    const ReportRecommendation& recommendation = *data.recommendation;
    return QStringLiteral("<section id=\"recommendation\"><h2>%1</h2>\n<p class=\"verdict\"><strong>%2</strong></p>\n"
                          "<p>%3</p>\n<p class=\"legend\">%4</p>\n</section>\n")
        .arg(tr("Recommendation"), e(recommendationHeadline(recommendation)), e(recommendation.reason),
            e(recommendation.criteria));
}

QString chartsSection(const ReportData& data, const ReportOptions& options)
{
    const QList<ReportChart> charts = reportCharts(data, options);
    if (charts.isEmpty())
        return {};
    QString html = QStringLiteral("<section id=\"charts\"><h2>%1</h2>\n").arg(tr("Charts"));
    for (const ReportChart& chart : charts)
        html += QStringLiteral("<figure>\n") + chart.svg
            + QStringLiteral("<figcaption class=\"legend\">%1</figcaption></figure>\n").arg(e(chart.title));
    return html + QStringLiteral("</section>\n");
}

QString keyText(const ReportModelSettings& model)
{
    if (model.keySource == QLatin1String("env"))
        return tr("environment variable %1").arg(model.keyEnvironmentVariable);
    return model.keySource == QLatin1String("keychain") ? tr("keychain") : tr("none");
}

QString modelsTable(const ReportData& data)
{
    QString html = QStringLiteral("<div class=\"scroll\"><table>\n<thead><tr>");
    for (const QString& title :
        {tr("Name"), tr("Model"), tr("Endpoint"), tr("API key"), tr("Size"), tr("Price in / out per M tokens")})
        html += QStringLiteral("<th>%1</th>").arg(e(title));
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const ReportModelSettings& model : data.settings.models) {
        const QString size
            = QString(parameterCount(model.parameters) + QLatin1Char(' ') + model.quantization).trimmed();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td class=\"num\">%6 / "
                               "%7</td></tr>\n")
                    .arg(e(model.name), e(model.model), e(model.baseUrl), e(keyText(model)), e(size),
                        QString::number(model.priceInPerMTok), QString::number(model.priceOutPerMTok));
    }
    return html + QStringLiteral("</tbody></table></div>\n");
}

QString settingsSection(const ReportData& data)
{
    const ReportSettings& settings = data.settings;
    QString html = QStringLiteral("<section id=\"settings\"><h2>%1</h2>\n<h3>%2</h3>\n")
                       .arg(tr("Settings"), tr("System prompt"));
    html += settings.systemPrompt.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(tr("(none)"))
                                            : QStringLiteral("<pre>%1</pre>\n").arg(e(settings.systemPrompt));
    html += QStringLiteral("<h3>%1</h3>\n<table><tbody>\n").arg(tr("Generation parameters"));
    for (const auto& [name, value] : generationSettings(settings.generation))
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(e(name), e(value));
    html += QStringLiteral("</tbody></table>\n<h3>%1</h3>\n").arg(tr("Models")) + modelsTable(data);
    html += QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n").arg(tr("Metrics"), e(settings.metrics.join(u", ")));
    if (!settings.judge.isEmpty())
        html += QStringLiteral("<h3>%1</h3>\n<pre>%2</pre>\n")
                    .arg(tr("Judge"),
                        e(QString::fromUtf8(QJsonDocument(settings.judge).toJson(QJsonDocument::Indented))));
    if (const auto lines = reportJudgeLines(data.judge); !lines.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>\n<table><tbody>\n").arg(tr("Judge that produced the G-Eval scores"));
        for (const auto& [label, value] : lines)
            html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(e(label), e(value));
        html += QStringLiteral("</tbody></table>\n");
    }
    return html + QStringLiteral("</section>\n");
}

QString scoresLine(const ReportData& data, const ReportOutput& output, const ReportOptions& options)
{
    QStringList parts
        = {tr("%1 answer tokens").arg(output.answerTokens), tr("%1 reasoning tokens").arg(output.reasoningTokens),
            tr("%1 s").arg(QString::number(output.latencyS, 'f', 2))};
    for (const ComparisonColumn& column : data.columns) {
        const auto score = output.scores.constFind(column.key);
        if (column.compared && score != output.scores.cend())
            parts.append(column.label + QLatin1Char(' ') + formatValue(column, score.value(), options));
    }
    return parts.join(QStringLiteral(" · "));
}

QString outputHtml(const ReportData& data, const ReportOutput& output, const ReportOptions& options)
{
    QString html = QStringLiteral("<div class=\"output\"><h4>%1").arg(e(output.model));
    if (!output.present)
        return html + QStringLiteral(" <span class=\"failed\">%1</span></h4></div>\n").arg(tr("no output"));
    if (!output.done)
        return html
            + QStringLiteral(" <span class=\"failed\">%1</span></h4><pre>%2</pre></div>\n")
                  .arg(tr("failed"), e(output.error));
    html += QStringLiteral("</h4>\n<p class=\"scores\">%1</p>\n").arg(e(scoresLine(data, output, options)));
    if (!output.reasoning.isEmpty())
        html += QStringLiteral("<details><summary>%1</summary><pre>%2</pre></details>\n")
                    .arg(e(output.unclosedReasoning ? tr("Reasoning (never closed)") : tr("Reasoning")),
                        e(output.reasoning));
    return html + QStringLiteral("<pre>%1</pre></div>\n").arg(e(output.answer));
}

QString appendix(const ReportData& data, const ReportOptions& options)
{
    QString html = QStringLiteral("<section id=\"appendix\"><h2>%1</h2>\n").arg(tr("Appendix: outputs"));
    for (const ReportSample& sample : data.samples) {
        html += QStringLiteral("<details class=\"sample\"><summary>%1</summary>\n")
                    .arg(e(tr("Sample %1").arg(sample.key)));
        if (!sample.reference.isNull())
            html += QStringLiteral("<h4>%1</h4><pre>%2</pre>\n").arg(tr("Reference"), e(sample.reference));
        for (const ReportOutput& output : sample.outputs)
            html += outputHtml(data, output, options);
        html += QStringLiteral("</details>\n");
    }
    return html + QStringLiteral("</section>\n");
}

} // namespace

QByteArray htmlReport(const ReportData& data, const ReportOptions& options)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                  "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
                       .arg(QLocale().bcp47Name(), e(tr("Caliper report: %1").arg(data.settings.experimentName)),
                           QString::fromLatin1(Style));
    html += header(data);
    html += QStringLiteral("<section id=\"comparison\"><h2>%1</h2>\n").arg(tr("Comparison"))
        + comparisonTable(data, options) + QStringLiteral("</section>\n");
    html += recommendationSection(data);
    html += chartsSection(data, options);
    html += settingsSection(data);
    if (options.appendix)
        html += appendix(data, options);
    html
        += QStringLiteral("<footer><p>%1</p></footer>\n</body>\n</html>\n")
               .arg(e(
                   tr("Generated by Caliper %1 on %2.").arg(QStringLiteral(CALIPER_VERSION_STRING), data.generatedAt)));
    return html.toUtf8();
}

} // namespace caliper
