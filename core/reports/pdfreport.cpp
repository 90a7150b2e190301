#include "reports/pdfreport.h"

#include "reports/markup.h"
#include "reports/reportcharts.h"
#include "reports/reportformatting.h"
#include "reports/svgtextobject.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

QString e(const QString& text)
{
    return escapeMarkup(text);
}

// Qt's rich text knows a subset of HTML and CSS: tables with attributes, <b>, colours, pre-wrap paragraphs.
QString paragraph(const QString& escaped, const char* style = "")
{
    return QStringLiteral("<p style=\"white-space: pre-wrap; %1\">%2</p>").arg(QLatin1String(style), escaped);
}

QString cellHtml(const ComparisonColumn& column, const ComparisonCell& cell, const ReportOptions& options)
{
    QString value = formatCell(column, cell, options);
    if (cell.best)
        value = QStringLiteral("<b>%1</b>").arg(value);
    else if (cell.notSignificantlyWorse)
        value += QStringLiteral("†");
    const QString interval = formatInterval(column, cell, options);
    if (!interval.isEmpty())
        value += QStringLiteral("<br><span style=\"font-size: 5pt; color: #666666;\">%1</span>").arg(interval);
    const QString background = cell.best ? QStringLiteral(" bgcolor=\"#e3f1e3\"") : QString();
    return QStringLiteral("<td align=\"right\"%1>%2</td>").arg(background, value);
}

QString comparisonTable(const ReportData& data, const ReportOptions& options)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
                                  "style=\"font-size: 6.5pt; border-color: #bbbbbb;\"><thead><tr bgcolor=\"#eeeeee\">"
                                  "<th align=\"left\">%1</th>")
                       .arg(tr("Model"));
    for (const ComparisonColumn& column : data.columns)
        html += QStringLiteral("<th>%1</th>").arg(e(column.label));
    html += QStringLiteral("<th>%1</th></tr></thead>").arg(tr("Done / failed"));
    for (const ComparisonRow& row : data.rows) {
        html += QStringLiteral("<tr><td>%1</td>").arg(e(row.model));
        for (qsizetype c = 0; c < data.columns.size(); ++c)
            html += cellHtml(data.columns.at(c), row.cells.at(c), options);
        html += QStringLiteral("<td align=\"right\">%1</td></tr>").arg(doneFailed(row));
    }
    return html + QStringLiteral("</table>") + paragraph(e(tableLegend(data, options)), "font-size: 7pt;");
}

QString headerHtml(const ReportData& data)
{
    const ReportSettings& settings = data.settings;
    QString meta = tr("Dataset %1 (sha256 %2), %3 samples.")
                       .arg(settings.datasetName, settings.datasetHash)
                       .arg(settings.sampleCount);
    if (!std::isnan(data.referenceAverageTokens))
        meta += QLatin1Char(' ')
            + tr("Reference average length: %1 tokens (%2 words).")
                  .arg(QString::number(data.referenceAverageTokens, 'f', 1),
                      QString::number(data.referenceAverageWords, 'f', 1));
    return QStringLiteral("<h1>%1</h1>").arg(e(settings.experimentName)) + paragraph(e(meta), "color: #555555;")
        + QStringLiteral("<h2>%1</h2>").arg(tr("Comparison"));
}

QString modelLine(const ReportModelSettings& model)
{
    QStringList parts = {model.model};
    if (!model.baseUrl.isEmpty())
        parts.append(model.baseUrl);
    if (model.keySource == QLatin1String("env"))
        parts.append(tr("key from environment variable %1").arg(model.keyEnvironmentVariable));
    const QString size = QString(parameterCount(model.parameters) + QLatin1Char(' ') + model.quantization).trimmed();
    if (!size.isEmpty())
        parts.append(size);
    parts.append(tr("price in / out per M tokens: %1 / %2")
                     .arg(QString::number(model.priceInPerMTok), QString::number(model.priceOutPerMTok)));
    return QStringLiteral("<li><b>%1</b>: %2</li>").arg(e(model.name), e(parts.join(QStringLiteral(" · "))));
}

QString settingsHtml(const ReportData& data)
{
    const ReportSettings& settings = data.settings;
    QString html = QStringLiteral("<h2>%1</h2><h3>%2</h3>").arg(tr("Settings"), tr("System prompt"));
    html += paragraph(settings.systemPrompt.isEmpty() ? tr("(none)") : e(settings.systemPrompt), "font-size: 8pt;");
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Generation parameters"));
    for (const auto& [name, value] : generationSettings(settings.generation))
        html += QStringLiteral("<li>%1: %2</li>").arg(e(name), e(value));
    html += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("Models"));
    for (const ReportModelSettings& model : settings.models)
        html += modelLine(model);
    html += QStringLiteral("</ul><h3>%1</h3>").arg(tr("Metrics")) + paragraph(e(settings.metrics.join(u", ")));
    if (!settings.judge.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Judge"))
            + paragraph(e(QString::fromUtf8(QJsonDocument(settings.judge).toJson(QJsonDocument::Indented))),
                "font-family: 'DejaVu Sans Mono'; font-size: 7pt;");
    return html;
}

QString outputHtml(const ReportOutput& output)
{
    QString html = QStringLiteral("<h4>%1</h4>").arg(e(output.model));
    if (!output.present)
        return html + paragraph(tr("no output"), "color: #aa0000;");
    if (!output.done)
        return html + paragraph(e(tr("failed: %1").arg(output.error)), "color: #aa0000;");
    html += paragraph(e(tr("%1 answer tokens · %2 reasoning tokens · %3 s")
                              .arg(output.answerTokens)
                              .arg(output.reasoningTokens)
                              .arg(QString::number(output.latencyS, 'f', 2))),
        "font-size: 7pt; color: #555555;");
    if (!output.reasoning.isEmpty())
        html += paragraph(e(output.reasoning), "font-size: 7pt; color: #666666; margin-left: 12px;");
    return html + paragraph(e(output.answer), "font-size: 8.5pt;");
}

QString sampleHtml(const ReportSample& sample)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(e(tr("Sample %1").arg(sample.key)));
    if (!sample.reference.isNull())
        html
            += QStringLiteral("<h4>%1</h4>").arg(tr("Reference")) + paragraph(e(sample.reference), "font-size: 8.5pt;");
    for (const ReportOutput& output : sample.outputs)
        html += outputHtml(output);
    return html;
}

QString recommendationHtml(const ReportData& data)
{
    if (!data.recommendation)
        return {};
    const ReportRecommendation& recommendation = *data.recommendation;
    return QStringLiteral("<h2>%1</h2>").arg(tr("Recommendation"))
        + paragraph(QStringLiteral("<b>%1</b>").arg(e(recommendationHeadline(recommendation))))
        + paragraph(e(recommendation.reason)) + paragraph(e(recommendation.criteria), "font-size: 7pt;");
}

void buildDocument(QTextDocument& document, const ReportData& data, const ReportOptions& options)
{
    QTextCursor cursor(&document);
    cursor.insertHtml(headerHtml(data) + comparisonTable(data, options) + recommendationHtml(data));
    const QList<ReportChart> charts = reportCharts(data, options);
    if (!charts.isEmpty())
        cursor.insertHtml(QStringLiteral("<h2>%1</h2>").arg(tr("Charts")));
    for (const ReportChart& chart : charts) {
        cursor.insertBlock();
        SvgTextObject::insert(cursor, chart.svg.toUtf8());
    }
    cursor.insertHtml(settingsHtml(data));
    if (!options.appendix)
        return;
    cursor.insertHtml(QStringLiteral("<h2>%1</h2>").arg(tr("Appendix: outputs")));
    for (const ReportSample& sample : data.samples)
        cursor.insertHtml(sampleHtml(sample));
}

// Draws each page of the laid-out document, with "page / pages" below it.
void paintPages(QPdfWriter& writer, QTextDocument& document, qreal footerHeight)
{
    QPainter painter(&writer);
    const QSizeF page = document.pageSize();
    const int pages = document.pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        painter.save();
        const QRectF clip(0, page.height() * index, page.width(), page.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(document.defaultFont());
        painter.setPen(QColor(0x77, 0x77, 0x77));
        painter.drawText(QRectF(0, page.height(), page.width(), footerHeight), Qt::AlignCenter,
            tr("%1 — page %2 of %3")
                .arg(document.metaInformation(QTextDocument::DocumentTitle))
                .arg(index + 1)
                .arg(pages));
    }
}

} // namespace

Result<QByteArray> pdfReport(const ReportData& data, const ReportOptions& options)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        Error error;
        error.message = tr("a PDF report needs fonts, so it must be written under a QGuiApplication");
        return error;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(options.pageSize == PageSize::Letter ? QPageSize(QPageSize::Letter) : QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(data.settings.experimentName);
    writer.setCreator(QStringLiteral("Caliper " CALIPER_VERSION_STRING));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    document.setMetaInformation(QTextDocument::DocumentTitle, data.settings.experimentName);
    const QRectF area = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footerHeight = QFontMetricsF(document.defaultFont(), &writer).height() * 2;
    document.setPageSize(QSizeF(area.width(), area.height() - footerHeight));
    SvgTextObject::install(&document, area.width() - 2 * document.documentMargin());
    buildDocument(document, data, options);
    paintPages(writer, document, footerHeight);
    return buffer.data();
}

} // namespace caliper
