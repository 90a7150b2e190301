#pragma once

#include "common/error.h"
#include "dataset/datasetimporter.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace caliper {

class Workspace;

/// Imports one file into the workspace: shows the first rows, lets the user map the id, source and reference
/// columns (pre-filled by ColumnMapping::detect) and pick metadata columns, then imports on a worker thread
/// with its own database connection, with progress and Cancel. Errors name file:line:column.
/// Callers show it with open(), not exec(), so tests can drive it like any other widget.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int PreviewRows = 20;

    explicit ImportDialog(Workspace* workspace, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// Reads the file's columns and first rows; false (and the error shown) when it cannot be read.
    bool setFile(const QString& path);
    QString file() const { return m_path; }
    ImportOptions options() const;
    bool isImporting() const { return m_watcher.isRunning(); }
    QString errorText() const;

public Q_SLOTS:
    void startImport();
    void cancelImport();
    void reject() override;

Q_SIGNALS:
    void imported(qint64 datasetId, const QString& name);
    void importFailed(const QString& message);

private:
    void buildLayout();
    QWidget* buildMappingForm();
    void fillPreview(const QStringList& columns, const QList<QStringList>& rows);
    void fillMapping(const QStringList& columns);
    void updateMetadataChoices();
    void updateReferenceNotice();
    void showError(const QString& message);
    void setImporting(bool importing);
    void importFinished();
    QString uniqueName(const QString& base) const;

    Workspace* m_workspace;
    QString m_path;
    QStringList m_columns;
    QStringList m_detectedMetadata;
    QLineEdit* m_fileEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QTableWidget* m_preview = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QComboBox* m_idCombo = nullptr;
    QComboBox* m_sourceCombo = nullptr;
    QComboBox* m_referenceCombo = nullptr;
    QListWidget* m_metadataList = nullptr;
    QLabel* m_referenceNotice = nullptr;
    QLabel* m_errorLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_importButton = nullptr;
    QFutureWatcher<Result<DatasetInfo>> m_watcher;
};

} // namespace caliper
