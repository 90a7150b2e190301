#pragma once

#include "reports/reportoptions.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace caliper {

class ExportDialog;
class Workspace;

/// The window's export and import actions: File ▸ Export ▸ Report as HTML/PDF/Markdown/CSV/JSON and Report
/// Preview (each opens the ExportDialog on the current experiment), and Experiment ▸ Export Definition / Import
/// Definition (the JSON `caliper run` reads). An imported definition is stored (or found, when the workspace has
/// the same experiment) and handed on with definitionImported(), for the window to start its run.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    using WorkspaceGetter = std::function<Workspace*()>;
    using ExperimentGetter = std::function<qint64()>; ///< the current experiment; 0: none

    ExportActions(QWidget* window, WorkspaceGetter workspace, ExperimentGetter currentExperiment);

    QMenu* reportMenu() const { return m_reportMenu; }
    QAction* exportDefinitionAction() const { return m_exportDefinition; }
    QAction* importDefinitionAction() const { return m_importDefinition; }

    /// Opens the export dialog (non-modal to the event loop) with `format` chosen; nullptr without a workspace.
    ExportDialog* exportReport(ReportFormat format);
    /// Renders the current experiment's report into the preview.
    ExportDialog* previewReport();
    /// Asks for a file and writes the current (or only) experiment's definition there; false when nothing was written.
    bool exportDefinition();
    /// Asks for a definition file, stores or finds its experiment; false (with a message) when it cannot.
    bool importDefinition();

Q_SIGNALS:
    void definitionImported(qint64 experimentId, const QString& name);
    void statusMessage(const QString& message);

private:
    void createReportMenu();
    qint64 experimentToExport() const;
    void warn(const QString& title, const QString& message) const;

    QWidget* m_window = nullptr;
    WorkspaceGetter m_workspace;
    ExperimentGetter m_currentExperiment;
    QMenu* m_reportMenu = nullptr;
    QAction* m_exportDefinition = nullptr;
    QAction* m_importDefinition = nullptr;
};

} // namespace caliper
