#pragma once

#include "reports/reportdata.h"
#include "reports/reportoptions.h"

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace caliper {

/// Shows an experiment's HTML report inside the window before it is exported. QTextBrowser renders a subset of
/// HTML and no SVG, so each inline chart is drawn to an image with QSvgRenderer and shown in its place; tables,
/// settings and the appendix are the report's own HTML (with simpler styling than a browser gives it). The
/// Export buttons ask the caller to write the report in that format (exportRequested()).
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportPreviewDialog(QWidget* parent = nullptr);

    /// `html` as htmlReport() wrote it from `report` with `options`; `note` is shown above it (empty: none).
    void setReport(const ReportData& report, const QByteArray& html, const ReportOptions& options, const QString& note);
    QTextBrowser* browser() const { return m_browser; }
    /// How many charts were drawn as images.
    int chartCount() const { return m_chartCount; }

Q_SIGNALS:
    void exportRequested(caliper::ReportFormat format);

private:
    QTextBrowser* m_browser = nullptr;
    QLabel* m_note = nullptr;
    int m_chartCount = 0;
};

} // namespace caliper
