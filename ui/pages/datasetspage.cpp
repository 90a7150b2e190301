#include "pages/datasetspage.h"

#include "dataset/datasetstore.h"
#include "pages/datasetstatisticsview.h"
#include "viewers/sampledetailview.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace caliper {

namespace {
// Long enough that typing a word runs one search, short enough to feel live.
constexpr int SearchDelayMs = 300;
} // namespace

DatasetsPage::DatasetsPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("datasetsPage"));
    m_noReferenceNotice = new QLabel(tr("This dataset has no reference column: reference-based metrics (ROUGE, "
                                        "BLEU, METEOR) are unavailable; reference-free judging still works."),
        this);
    m_noReferenceNotice->setObjectName(QStringLiteral("noReferenceNotice"));
    m_noReferenceNotice->setWordWrap(true);
    m_noReferenceNotice->setFrameShape(QFrame::StyledPanel);
    m_noReferenceNotice->setBackgroundRole(QPalette::ToolTipBase);
    m_noReferenceNotice->setForegroundRole(QPalette::ToolTipText);
    m_noReferenceNotice->setAutoFillBackground(true);
    m_noReferenceNotice->setMargin(6);
    m_noReferenceNotice->hide();

    m_statistics = new DatasetStatisticsView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("datasetTabs"));
    m_tabs->addTab(buildSamplesTab(), tr("Samples"));
    m_tabs->addTab(m_statistics, tr("Statistics"));

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_noReferenceNotice);
    rightLayout->addWidget(m_tabs, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("datasetsSplitter"));
    m_splitter->addWidget(buildDatasetList());
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 940});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

QWidget* DatasetsPage::buildDatasetList()
{
    m_datasetList = new QTreeView(this);
    m_datasetList->setObjectName(QStringLiteral("datasetList"));
    m_datasetList->setAccessibleName(tr("Datasets"));
    m_datasetList->setModel(&m_datasets);
    m_datasetList->setRootIsDecorated(false);
    m_datasetList->setUniformRowHeights(true);
    m_datasetList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_datasetList->header()->setStretchLastSection(false);
    m_datasetList->header()->setSectionResizeMode(DatasetListModel::NameColumn, QHeaderView::Stretch);
    m_datasetList->header()->setSectionResizeMode(DatasetListModel::SamplesColumn, QHeaderView::ResizeToContents);
    connect(
        m_datasetList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DatasetsPage::datasetChanged);
    return m_datasetList;
}

QWidget* DatasetsPage::buildSamplesTab()
{
    auto* tab = new QWidget(this);
    m_search = new QLineEdit(tab);
    m_search->setObjectName(QStringLiteral("sampleSearch"));
    m_search->setAccessibleName(tr("Search samples"));
    m_search->setPlaceholderText(tr("Search source and reference (full-text: words, \"phrases\", prefix*)"));
    m_search->setClearButtonEnabled(true);
    m_searchStatus = new QLabel(tab);
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &DatasetsPage::searchNow);
    connect(m_search, &QLineEdit::returnPressed, this, &DatasetsPage::searchNow);

    m_table = new QTableView(tab);
    m_table->setObjectName(QStringLiteral("sampleTable"));
    m_table->setAccessibleName(tr("Samples"));
    m_table->setModel(&m_samples);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights and no content-based sizing: the view never asks for rows it does not show.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(SamplesModel::IdColumn, 190);
    m_table->horizontalHeader()->resizeSection(SamplesModel::SourceWordsColumn, 100);
    m_table->horizontalHeader()->resizeSection(SamplesModel::ReferenceWordsColumn, 120);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DatasetsPage::sampleChanged);

    m_detail = new SampleDetailView(tab);
    m_samplesSplitter = new QSplitter(Qt::Vertical, tab);
    m_samplesSplitter->setObjectName(QStringLiteral("samplesSplitter"));
    m_samplesSplitter->addWidget(m_table);
    m_samplesSplitter->addWidget(m_detail);
    m_samplesSplitter->setSizes({260, 520});

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchStatus);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(searchRow);
    layout->addWidget(m_samplesSplitter, 1);
    return tab;
}

void DatasetsPage::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_samples.setDatabase(workspace ? workspace->database() : QSqlDatabase());
    m_datasets.setDatasets({});
    datasetChanged();
    reloadDatasets();
}

void DatasetsPage::reloadDatasets(qint64 datasetId)
{
    if (!m_workspace)
        return;
    const qint64 keep = datasetId > 0 ? datasetId : currentDatasetId();
    auto datasets = DatasetStore(m_workspace->database()).datasets();
    if (!datasets) {
        report(datasets.error());
        return;
    }
    m_datasets.setDatasets(std::move(datasets).value());
    // A model reset clears the current index without a signal, so choose a row (or show nothing) explicitly.
    const int row = m_datasets.rowOf(keep);
    if (m_datasets.rowCount() > 0)
        m_datasetList->setCurrentIndex(m_datasets.index(std::max(row, 0), DatasetListModel::NameColumn));
    else
        datasetChanged();
}

void DatasetsPage::selectDataset(qint64 datasetId)
{
    const int row = m_datasets.rowOf(datasetId);
    if (row >= 0)
        m_datasetList->setCurrentIndex(m_datasets.index(row, DatasetListModel::NameColumn));
}

void DatasetsPage::selectSample(int row)
{
    const QModelIndex index = m_samples.index(row, SamplesModel::IdColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void DatasetsPage::datasetChanged()
{
    const QModelIndex current = m_datasetList->currentIndex();
    const qint64 id = current.isValid() ? current.data(DatasetListModel::DatasetIdRole).toLongLong() : 0;
    const DatasetInfo info = current.isValid() ? m_datasets.datasets().at(current.row()) : DatasetInfo();
    const bool hasReference = id == 0 || !info.mapping.referenceColumn.isEmpty();
    m_noReferenceNotice->setVisible(!hasReference);
    m_table->setColumnHidden(SamplesModel::ReferenceWordsColumn, !hasReference);
    m_detail->setReferenceAvailable(hasReference);
    m_detail->clear();
    if (Status shown = m_samples.setDataset(id); !shown)
        report(shown.error());
    updateSearchStatus();
    if (id == 0)
        m_statistics->clear();
    else
        showStatistics(info);
}

void DatasetsPage::showStatistics(const DatasetInfo& dataset)
{
    auto lengths = loadDatasetLengths(m_workspace->database(), dataset.id);
    if (!lengths) {
        report(lengths.error());
        m_statistics->clear();
        return;
    }
    m_statistics->showDataset(dataset, lengths.value());
}

void DatasetsPage::sampleChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    auto sample = m_samples.sample(current.row());
    if (!sample) {
        report(sample.error());
        return;
    }
    m_detail->showSample(sample.value());
}

void DatasetsPage::searchNow()
{
    m_searchDelay->stop();
    if (m_search->text().trimmed() == m_samples.searchText())
        return;
    m_detail->clear();
    if (Status searched = m_samples.setSearchText(m_search->text()); !searched)
        report(searched.error());
    updateSearchStatus();
}

void DatasetsPage::updateSearchStatus()
{
    const QLocale locale;
    if (m_samples.searchMode() == SamplesModel::SearchMode::None) {
        m_searchStatus->setText(tr("%1 samples").arg(locale.toString(m_samples.rowCount())));
        return;
    }
    const QString mode
        = m_samples.searchMode() == SamplesModel::SearchMode::FullText ? tr("full-text") : tr("substring");
    m_searchStatus->setText(tr("%1 matching (%2)").arg(locale.toString(m_samples.rowCount()), mode));
}

void DatasetsPage::report(const Error& error)
{
    Q_EMIT statusMessage(error.toString());
}

void DatasetsPage::saveLayout(QSettings& settings) const
{
    settings.setValue(QStringLiteral("datasetsPage/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("datasetsPage/samplesSplitter"), m_samplesSplitter->saveState());
    settings.setValue(QStringLiteral("datasetsPage/detailSplitter"), m_detail->saveLayout());
    settings.setValue(QStringLiteral("datasetsPage/sampleColumns"), m_table->horizontalHeader()->saveState());
}

void DatasetsPage::restoreLayout(const QSettings& settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("datasetsPage/splitter")).toByteArray());
    m_samplesSplitter->restoreState(settings.value(QStringLiteral("datasetsPage/samplesSplitter")).toByteArray());
    m_detail->restoreLayout(settings.value(QStringLiteral("datasetsPage/detailSplitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("datasetsPage/sampleColumns")).toByteArray());
}

} // namespace caliper
