#include "dialogs/reportpreviewdialog.h"

#include "reports/report.h"
#include "reports/reportcharts.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace caliper {

namespace {

// Drawn at twice the SVG's size so the chart stays sharp on high-DPI screens; shown at the SVG's size.
constexpr qreal ChartScale = 2;

QImage chartImage(const QString& svg)
{
    QSvgRenderer renderer(svg.toUtf8());
    const QSize size = renderer.defaultSize().isValid() ? renderer.defaultSize() : QSize(640, 360);
    QImage image(size * ChartScale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    image.setDevicePixelRatio(ChartScale);
    return image;
}

// QTextDocument knows no display: block: the interval under each value gets a line break of its own instead, and
// model names (row headers) keep to one line rather than being squeezed to a letter per line.
QString adaptedForTextBrowser(QString html)
{
    static const QRegularExpression Interval(QStringLiteral("<span class=\"ci\">(.*?)</span>"));
    html.replace(Interval, QStringLiteral("<br><small>\\1</small>"));
    html.replace(QStringLiteral("<tr><th>"), QStringLiteral("<tr><th style=\"white-space: nowrap\">"));
    return html;
}

} // namespace

ReportPreviewDialog::ReportPreviewDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reportPreviewDialog"));
    setWindowTitle(tr("Report Preview"));
    auto* layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("previewNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("previewBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Report"));
    layout->addWidget(m_browser, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const std::pair<ReportFormat, QString> formats[] = {{ReportFormat::Html, tr("Export &HTML…")},
        {ReportFormat::Pdf, tr("Export &PDF…")}, {ReportFormat::Markdown, tr("Export &Markdown…")},
        {ReportFormat::Csv, tr("Export &CSV…")}, {ReportFormat::Json, tr("Export &JSON…")}};
    for (const auto& [format, label] : formats) {
        QPushButton* button = buttons->addButton(label, QDialogButtonBox::ActionRole);
        button->setObjectName(QStringLiteral("previewExport_") + reportFormatName(format));
        connect(button, &QPushButton::clicked, this, [this, format = format] { Q_EMIT exportRequested(format); });
    }
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("previewClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 760);
}

void ReportPreviewDialog::setReport(
    const ReportData& report, const QByteArray& html, const ReportOptions& options, const QString& note)
{
    // The charts come in the order reportCharts() made them: the n-th <svg> of the page is the n-th chart.
    static const QRegularExpression Svg(
        QStringLiteral("<svg\\b.*?</svg>"), QRegularExpression::DotMatchesEverythingOption);
    const QList<ReportChart> charts = reportCharts(report, options);
    const QString page = adaptedForTextBrowser(QString::fromUtf8(html));
    QString shown;
    qsizetype from = 0;
    m_chartCount = 0;
    // A fresh document holds the chart images before the HTML that shows them is laid out.
    auto* document = new QTextDocument(m_browser);
    for (QRegularExpressionMatchIterator it = Svg.globalMatch(page); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        shown += QStringView(page).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        if (m_chartCount >= charts.size())
            continue;
        const QUrl url(QStringLiteral("caliper-chart:%1").arg(m_chartCount));
        document->addResource(QTextDocument::ImageResource, url, chartImage(charts.at(m_chartCount).svg));
        shown += QStringLiteral("<img src=\"%1\">").arg(url.toString());
        ++m_chartCount;
    }
    shown += QStringView(page).mid(from);
    document->setHtml(shown);
    // The browser's first document belongs to it and goes with setDocument(); later ones are ours to delete.
    QTextDocument* previous = m_browser->document();
    const bool ours = previous->parent() == m_browser;
    m_browser->setDocument(document);
    if (ours)
        previous->deleteLater();
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

} // namespace caliper
