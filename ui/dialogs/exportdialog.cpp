#include "dialogs/exportdialog.h"

#include "dialogs/filedialog.h"
#include "dialogs/inlinemessage.h"
#include "dialogs/reportexportjob.h"
#include "dialogs/reportpreviewdialog.h"
#include "experiments/experimentstore.h"
#include "reports/report.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace caliper {

namespace {

QString fileFilter(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return ExportDialog::tr("HTML files (*.html *.htm)");
    case ReportFormat::Pdf:
        return ExportDialog::tr("PDF files (*.pdf)");
    case ReportFormat::Markdown:
        return ExportDialog::tr("Markdown files (*.md *.markdown)");
    case ReportFormat::Csv:
        return ExportDialog::tr("CSV files (*.csv)");
    case ReportFormat::Json:
        break;
    }
    return ExportDialog::tr("JSON files (*.json)");
}

} // namespace

ExportDialog::ExportDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Report"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildOptions());

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 0); // busy: rendering reports no fraction done
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("exportClose"));
    connect(m_previewButton, &QPushButton::clicked, this, &ExportDialog::preview);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    layout->addWidget(buttons);

    loadExperiments();
    updateOptions();
}

QWidget* ExportDialog::buildOptions()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_experiment = new QComboBox(box);
    m_experiment->setObjectName(QStringLiteral("experimentCombo"));
    form->addRow(tr("E&xperiment:"), m_experiment);
    m_format = new QComboBox(box);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("HTML (self-contained, opens offline)"), int(ReportFormat::Html));
    m_format->addItem(tr("PDF"), int(ReportFormat::Pdf));
    m_format->addItem(tr("Markdown (table and settings)"), int(ReportFormat::Markdown));
    m_format->addItem(tr("CSV"), int(ReportFormat::Csv));
    m_format->addItem(tr("JSON (aggregate and per-sample results)"), int(ReportFormat::Json));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateOptions);
    form->addRow(tr("&Format:"), m_format);
    m_percent = new QCheckBox(tr("Show 0–1 scores ×100 with one decimal"), box);
    m_percent->setObjectName(QStringLiteral("percentCheck"));
    m_percent->setChecked(ReportOptions().percent);
    form->addRow(QString(), m_percent);
    m_appendix = new QCheckBox(tr("Include each sample's outputs (appendix)"), box);
    m_appendix->setObjectName(QStringLiteral("appendixCheck"));
    m_appendix->setChecked(ReportOptions().appendix);
    form->addRow(QString(), m_appendix);
    m_pageSize = new QComboBox(box);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->addItem(tr("A4"), int(PageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(PageSize::Letter));
    form->addRow(tr("Page si&ze:"), m_pageSize);
    m_csvTable = new QComboBox(box);
    m_csvTable->setObjectName(QStringLiteral("csvTableCombo"));
    m_csvTable->addItem(tr("Aggregate: one row per model"), int(CsvTable::Aggregate));
    m_csvTable->addItem(tr("Per sample: one row per sample and model"), int(CsvTable::PerSample));
    form->addRow(tr("CSV &table:"), m_csvTable);
    return box;
}

void ExportDialog::loadExperiments()
{
    const Result<QList<ExperimentInfo>> experiments = ExperimentStore(m_workspace->database()).list();
    if (!experiments) {
        showInlineMessage(m_message, experiments.error().toString(), MessageKind::Error);
        return;
    }
    for (const ExperimentInfo& experiment : experiments.value())
        m_experiment->addItem(experiment.name, experiment.id);
    if (m_experiment->count() == 0)
        showInlineMessage(m_message, tr("This workspace has no experiments yet."), MessageKind::Information);
}

bool ExportDialog::selectExperiment(qint64 experimentId)
{
    const int index = m_experiment->findData(experimentId);
    if (index >= 0)
        m_experiment->setCurrentIndex(index);
    return index >= 0;
}

QString ExportDialog::experimentName() const
{
    return m_experiment->currentText();
}

void ExportDialog::setFormat(ReportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ReportFormat ExportDialog::format() const
{
    return static_cast<ReportFormat>(m_format->currentData().toInt());
}

ReportOptions ExportDialog::options() const
{
    ReportOptions options;
    options.percent = m_percent->isChecked();
    options.appendix = m_appendix->isChecked();
    options.pageSize = static_cast<PageSize>(m_pageSize->currentData().toInt());
    options.csvTable = static_cast<CsvTable>(m_csvTable->currentData().toInt());
    return options;
}

bool ExportDialog::isBusy() const
{
    return m_busy;
}

QString ExportDialog::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ExportDialog::updateOptions()
{
    const ReportFormat chosen = format();
    const bool ready = !m_busy && m_experiment->count() > 0;
    m_appendix->setEnabled(chosen == ReportFormat::Html || chosen == ReportFormat::Pdf);
    m_percent->setEnabled(chosen != ReportFormat::Json); // JSON keeps the raw values
    m_pageSize->setEnabled(chosen == ReportFormat::Pdf);
    m_csvTable->setEnabled(chosen == ReportFormat::Csv);
    m_exportButton->setEnabled(ready);
    m_previewButton->setEnabled(ready);
    m_experiment->setEnabled(!m_busy);
    m_format->setEnabled(!m_busy);
}

void ExportDialog::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    updateOptions();
    if (busy)
        showInlineMessage(m_message, message, MessageKind::Information);
}

QString ExportDialog::suggestedFileName() const
{
    static const QRegularExpression Unsafe(QStringLiteral("[^\\w.-]+"));
    QString base = experimentName();
    base.replace(Unsafe, QStringLiteral("-"));
    const QString name = base + QLatin1Char('.') + reportFormatName(format());
    return m_workspace ? QDir(QDir::homePath()).filePath(name) : name;
}

void ExportDialog::exportReport()
{
    if (m_busy || m_experiment->count() == 0)
        return;
    const QString fileName = FileDialog::saveFile(this, tr("Export Report"), suggestedFileName(), fileFilter(format()));
    if (fileName.isEmpty())
        return;
    ReportExportRequest request {m_workspace->databaseFile(), experimentName(), format(), options(), fileName};
    setBusy(true, tr("Writing %1…").arg(QDir::toNativeSeparators(fileName)));
    ReportExportJob* job = ReportExportJob::start(request, this);
    connect(job, &ReportExportJob::finished, this, [this, job] { exportFinished(job); });
}

void ExportDialog::exportFinished(ReportExportJob* job)
{
    setBusy(false, {});
    if (!job->ok()) {
        showInlineMessage(m_message, job->errorText(), MessageKind::Error);
        Q_EMIT exportFailed(job->errorText());
        return;
    }
    const QString fileName = job->request().fileName;
    showInlineMessage(m_message, tr("Wrote %1").arg(QDir::toNativeSeparators(fileName)), MessageKind::Information);
    Q_EMIT exported(fileName);
}

void ExportDialog::preview()
{
    if (m_busy || m_experiment->count() == 0)
        return;
    ReportExportRequest request {
        m_workspace->databaseFile(), experimentName(), ReportFormat::Html, options(), {}, PreviewAppendixLimit};
    setBusy(true, tr("Preparing the preview…"));
    ReportExportJob* job = ReportExportJob::start(request, this);
    connect(job, &ReportExportJob::finished, this, [this, job] { previewFinished(job); });
}

void ExportDialog::previewFinished(ReportExportJob* job)
{
    setBusy(false, {});
    if (!job->ok()) {
        showInlineMessage(m_message, job->errorText(), MessageKind::Error);
        return;
    }
    showInlineMessage(m_message, {}, MessageKind::Information);
    if (!m_preview) {
        m_preview = new ReportPreviewDialog(this);
        connect(m_preview, &ReportPreviewDialog::exportRequested, this, [this](ReportFormat chosen) {
            setFormat(chosen);
            m_preview->accept();
            exportReport();
        });
    }
    QString note = tr("The preview draws the charts as images and styles the page more simply than a browser does; "
                      "the exported files are complete.");
    if (options().appendix && !job->options().appendix)
        note += QLatin1Char(' ')
            + tr("The outputs of the %1 samples are left out of the preview.").arg(job->data().samples.size());
    m_preview->setWindowTitle(tr("Report Preview — %1").arg(job->request().experiment));
    m_preview->setReport(job->data(), job->bytes(), job->options(), note);
    m_preview->open();
    Q_EMIT previewShown();
}

} // namespace caliper
