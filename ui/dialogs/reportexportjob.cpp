#include "dialogs/reportexportjob.h"

#include "reports/report.h"
#include "workspace/connection.h"

#include <QDir>
#include <QThread>

#include <memory>

namespace caliper {

namespace {

struct Outcome
{
    QString error;
    ReportData data;
    QByteArray bytes;
    ReportOptions options;
};

Outcome produce(const ReportExportRequest& request)
{
    Outcome outcome;
    const Result<std::unique_ptr<Connection>> connection = Connection::open(request.databaseFile);
    if (!connection) {
        outcome.error = connection.error().toString();
        return outcome;
    }
    Result<ReportData> data = gatherReportData(connection.value()->database(), request.experiment, request.options);
    if (!data) {
        outcome.error = ReportExportJob::tr("Cannot read the experiment '%1':\n%2")
                            .arg(request.experiment, data.error().toString());
        return outcome;
    }
    outcome.options = request.options;
    if (request.appendixSampleLimit >= 0 && data->samples.size() > request.appendixSampleLimit)
        outcome.options.appendix = false;
    Result<QByteArray> bytes = renderReport(data.value(), request.format, outcome.options);
    if (!bytes) {
        outcome.error = ReportExportJob::tr("Cannot render the %1 report:\n%2")
                            .arg(reportFormatName(request.format), bytes.error().toString());
        return outcome;
    }
    if (!request.fileName.isEmpty()) {
        if (Status written = writeReportFile(request.fileName, bytes.value()); !written) {
            outcome.error = ReportExportJob::tr("Cannot write %1:\n%2")
                                .arg(QDir::toNativeSeparators(request.fileName), written.error().message);
            return outcome;
        }
    }
    outcome.data = std::move(data).value();
    outcome.bytes = std::move(bytes).value();
    return outcome;
}

} // namespace

ReportExportJob::ReportExportJob(ReportExportRequest request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

ReportExportJob* ReportExportJob::start(const ReportExportRequest& request, QObject* parent)
{
    auto* job = new ReportExportJob(request, parent);
    // The worker writes only into the shared outcome; the job reads it after QThread::finished, on its own thread.
    auto outcome = std::make_shared<Outcome>();
    QThread* thread = QThread::create([request, outcome] { *outcome = produce(request); });
    thread->setObjectName(QStringLiteral("reportExport"));
    connect(thread, &QThread::finished, job, [job, outcome] {
        job->m_error = outcome->error;
        job->m_data = std::move(outcome->data);
        job->m_bytes = std::move(outcome->bytes);
        job->m_options = outcome->options;
        Q_EMIT job->finished();
        job->deleteLater();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
    return job;
}

} // namespace caliper
