#include "dialogs/exportactions.h"

#include "dialogs/exportdialog.h"
#include "dialogs/filedialog.h"
#include "experiments/definitionexport.h"
#include "experiments/experimentstore.h"
#include "reports/report.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QWidget>

namespace caliper {

ExportActions::ExportActions(QWidget* window, WorkspaceGetter workspace, ExperimentGetter currentExperiment)
    : QObject(window)
    , m_window(window)
    , m_workspace(std::move(workspace))
    , m_currentExperiment(std::move(currentExperiment))
{
    createReportMenu();
    m_exportDefinition = new QAction(tr("E&xport Definition…"), this);
    m_exportDefinition->setObjectName(QStringLiteral("actionExportDefinition"));
    m_exportDefinition->setToolTip(tr("Save the experiment as the JSON file `caliper run` reads"));
    connect(m_exportDefinition, &QAction::triggered, this, &ExportActions::exportDefinition);
    m_importDefinition = new QAction(tr("I&mport Definition…"), this);
    m_importDefinition->setObjectName(QStringLiteral("actionImportDefinition"));
    m_importDefinition->setToolTip(tr("Create (or find) the experiment an experiment file describes and run it"));
    connect(m_importDefinition, &QAction::triggered, this, &ExportActions::importDefinition);
}

void ExportActions::createReportMenu()
{
    m_reportMenu = new QMenu(tr("E&xport"), m_window);
    m_reportMenu->setObjectName(QStringLiteral("menuExport"));
    const std::pair<ReportFormat, QString> formats[] = {{ReportFormat::Html, tr("Report as &HTML…")},
        {ReportFormat::Pdf, tr("Report as &PDF…")}, {ReportFormat::Markdown, tr("Report as &Markdown…")},
        {ReportFormat::Csv, tr("Report as &CSV…")}, {ReportFormat::Json, tr("Report as &JSON…")}};
    for (const auto& [format, label] : formats) {
        QAction* action = m_reportMenu->addAction(label);
        action->setObjectName(QStringLiteral("actionExportReport_") + reportFormatName(format));
        connect(action, &QAction::triggered, this, [this, format = format] { exportReport(format); });
    }
    m_reportMenu->addSeparator();
    QAction* preview = m_reportMenu->addAction(tr("Report P&review…"));
    preview->setObjectName(QStringLiteral("actionReportPreview"));
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(preview, &QAction::triggered, this, &ExportActions::previewReport);
}

ExportDialog* ExportActions::exportReport(ReportFormat format)
{
    Workspace* workspace = m_workspace();
    if (!workspace)
        return nullptr;
    auto* dialog = new ExportDialog(workspace, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFormat(format);
    if (const qint64 current = m_currentExperiment(); current > 0)
        dialog->selectExperiment(current);
    connect(dialog, &ExportDialog::exported, this, [this](const QString& fileName) {
        Q_EMIT statusMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(fileName)));
    });
    dialog->open();
    return dialog;
}

ExportDialog* ExportActions::previewReport()
{
    ExportDialog* dialog = exportReport(ReportFormat::Html);
    if (dialog)
        dialog->preview();
    return dialog;
}

qint64 ExportActions::experimentToExport() const
{
    if (const qint64 current = m_currentExperiment(); current > 0)
        return current;
    // Nothing selected: with a single experiment there is no question which one is meant.
    const Result<QList<ExperimentInfo>> experiments = ExperimentStore(m_workspace()->database()).list();
    return experiments && experiments->size() == 1 ? experiments->constFirst().id : 0;
}

bool ExportActions::exportDefinition()
{
    Workspace* workspace = m_workspace();
    if (!workspace)
        return false;
    const qint64 experimentId = experimentToExport();
    if (experimentId <= 0) {
        warn(tr("Export Definition"), tr("Select the experiment to export on the Queue page first."));
        return false;
    }
    const Result<QByteArray> json = experimentDefinitionFile(workspace->database(), experimentId);
    if (!json) {
        warn(tr("Export Definition"), json.error().toString());
        return false;
    }
    const Result<ExperimentInfo> info = ExperimentStore(workspace->database()).get(experimentId);
    static const QRegularExpression Unsafe(QStringLiteral("[^\\w.-]+"));
    const QString suggested = QDir(QDir::homePath())
                                  .filePath(QString(info ? info->name : QString()).replace(Unsafe, QStringLiteral("-"))
                                      + QStringLiteral(".json"));
    const QString fileName
        = FileDialog::saveFile(m_window, tr("Export Definition"), suggested, tr("Experiment files (*.json)"));
    if (fileName.isEmpty())
        return false;
    if (Status written = writeReportFile(fileName, json.value()); !written) {
        warn(tr("Export Definition"),
            tr("Cannot write %1:\n%2").arg(QDir::toNativeSeparators(fileName), written.error().message));
        return false;
    }
    Q_EMIT statusMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

bool ExportActions::importDefinition()
{
    Workspace* workspace = m_workspace();
    if (!workspace)
        return false;
    const QString fileName
        = FileDialog::openFile(m_window, tr("Import Definition"), tr("Experiment files (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return false;
    const Result<ExperimentDefinition> definition = readExperimentDefinition(fileName);
    Result<qint64> experiment = definition ? importExperimentDefinition(workspace->database(), definition.value())
                                           : Result<qint64>(definition.error());
    if (!experiment) {
        warn(tr("Import Definition"), experiment.error().toString());
        return false;
    }
    Q_EMIT definitionImported(experiment.value(), definition->name);
    return true;
}

void ExportActions::warn(const QString& title, const QString& message) const
{
    // open(), not exec(): the window keeps running, and tests see the box instead of blocking on it.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("exportWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace caliper
