#pragma once

#include "reports/reportdata.h"
#include "reports/reportoptions.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace caliper {

/// What one export does: one experiment of a workspace, in one format, to one file.
struct ReportExportRequest
{
    QString databaseFile;
    QString experiment; ///< its name
    ReportFormat format = ReportFormat::Html;
    ReportOptions options;
    QString fileName; ///< empty: render only, nothing is written (the preview)
    /// Above this many samples the appendix is left out (the preview); negative: no limit.
    qsizetype appendixSampleLimit = -1;
};

/// Reads, renders and atomically writes one report on a thread of its own (with its own database connection), so
/// that exporting an experiment of 100,000 samples does not freeze the window. finished() comes once, on the
/// thread that started the job; the job deletes itself after it. When the parent goes first, the work still ends
/// and its result is dropped.
class ReportExportJob : public QObject
{
    Q_OBJECT
public:
    static ReportExportJob* start(const ReportExportRequest& request, QObject* parent);

    const ReportExportRequest& request() const { return m_request; }
    bool ok() const { return m_error.isEmpty(); }
    /// Names the file (or the experiment) and says what went wrong; empty on success.
    QString errorText() const { return m_error; }
    const ReportData& data() const { return m_data; }
    const QByteArray& bytes() const { return m_bytes; }
    /// The options the report was rendered with (the appendix may have been left out, see the request).
    const ReportOptions& options() const { return m_options; }

Q_SIGNALS:
    void finished();

private:
    ReportExportJob(ReportExportRequest request, QObject* parent);

    ReportExportRequest m_request;
    QString m_error;
    ReportData m_data;
    QByteArray m_bytes;
    ReportOptions m_options;
};

} // namespace caliper
