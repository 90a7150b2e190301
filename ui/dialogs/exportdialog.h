#pragma once

#include "reports/reportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace caliper {

class ReportExportJob;
class ReportPreviewDialog;
class Workspace;

/// File ▸ Export ▸ Report: one experiment of the workspace as HTML, PDF, Markdown, CSV or JSON, with the
/// options a reader cares about (scores ×100, the appendix of outputs, the PDF page size, which CSV table).
/// Export asks for a file (FileDialog) and writes it on a worker thread (ReportExportJob) while a busy bar runs;
/// success and failure, naming the file, show inline. Preview opens the HTML report in a ReportPreviewDialog.
/// Callers show it with open(), not exec(), so tests drive it like any other widget.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// Larger experiments are previewed without their appendix: QTextBrowser lays out every page at once.
    static constexpr int PreviewAppendixLimit = 200;

    /// `workspace` (not owned) must outlive the dialog.
    explicit ExportDialog(Workspace* workspace, QWidget* parent = nullptr);

    /// Selects the experiment; false when the workspace has none with that id.
    bool selectExperiment(qint64 experimentId);
    QString experimentName() const;
    void setFormat(ReportFormat format);
    ReportFormat format() const;
    ReportOptions options() const;
    bool isBusy() const;
    QString messageText() const;
    ReportPreviewDialog* previewDialog() const { return m_preview; }

public Q_SLOTS:
    /// Asks for a file name and writes the report there.
    void exportReport();
    /// Renders the HTML report and shows it in the preview dialog.
    void preview();

Q_SIGNALS:
    void exported(const QString& fileName);
    void exportFailed(const QString& message);
    void previewShown();

private:
    QWidget* buildOptions();
    void loadExperiments();
    void updateOptions();
    void setBusy(bool busy, const QString& message);
    void exportFinished(ReportExportJob* job);
    void previewFinished(ReportExportJob* job);
    QString suggestedFileName() const;

    Workspace* m_workspace = nullptr;
    QComboBox* m_experiment = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_percent = nullptr;
    QCheckBox* m_appendix = nullptr;
    QComboBox* m_pageSize = nullptr;
    QComboBox* m_csvTable = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_previewButton = nullptr;
    ReportPreviewDialog* m_preview = nullptr;
    bool m_busy = false;
};

} // namespace caliper
