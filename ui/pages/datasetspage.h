#pragma once

#include "dataset/datasetlistmodel.h"
#include "dataset/samplesmodel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace caliper {

class DatasetStatisticsView;
class SampleDetailView;
class Workspace;

/// The Datasets page: the workspace's datasets on the left; for the selected one, its samples (searchable,
/// read lazily) above the selected sample's detail, and its statistics on a second tab.
class DatasetsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetsPage(QWidget* parent = nullptr);

    /// Shows the datasets of `workspace` (not owned; may be null), selecting the first.
    void setWorkspace(Workspace* workspace);
    /// Re-reads the list of datasets and selects `datasetId` (or keeps the selection when 0).
    void reloadDatasets(qint64 datasetId = 0);
    void selectDataset(qint64 datasetId);
    qint64 currentDatasetId() const { return m_samples.datasetId(); }
    /// Selects a row of the samples table, scrolling to it.
    void selectSample(int row);

    /// Runs the search in the box now rather than after the typing pause.
    void searchNow();

    void saveLayout(QSettings& settings) const;
    void restoreLayout(const QSettings& settings);

    SamplesModel* samplesModel() { return &m_samples; }
    DatasetListModel* datasetsModel() { return &m_datasets; }
    SampleDetailView* detailView() const { return m_detail; }
    DatasetStatisticsView* statisticsView() const { return m_statistics; }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    QWidget* buildDatasetList();
    QWidget* buildSamplesTab();
    void datasetChanged();
    void sampleChanged();
    void updateSearchStatus();
    void showStatistics(const DatasetInfo& dataset);
    void report(const Error& error);

    Workspace* m_workspace = nullptr;
    DatasetListModel m_datasets;
    SamplesModel m_samples;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_samplesSplitter = nullptr;
    QTreeView* m_datasetList = nullptr;
    QLabel* m_noReferenceNotice = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_searchStatus = nullptr;
    QTimer* m_searchDelay = nullptr;
    QTableView* m_table = nullptr;
    SampleDetailView* m_detail = nullptr;
    DatasetStatisticsView* m_statistics = nullptr;
};

} // namespace caliper
