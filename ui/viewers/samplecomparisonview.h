#pragma once

#include "experiments/sampleoutputs.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QScrollBar;
class QSplitter;
class QThread;
class QToolBar;
class QToolButton;

namespace caliper {

class OutputColumn;
class TextViewer;

/// The side-by-side viewer (the Results page's "Samples" tab): one sample's transcript, reference and the
/// chosen models' outputs in columns, with highlights against the reference and the transcript, and navigation
/// over the experiment's samples (filters, search, worst-first). It holds one sample's texts at a time and a
/// text-free NavigationIndex, so it stays fast at 100,000 samples × 10 models.
class SampleComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit SampleComparisonView(QWidget* parent = nullptr);
    ~SampleComparisonView() override;

    /// Shows the first sample of the experiment `index` describes, reading the samples' texts from `db` (a
    /// GUI-thread connection). The Results page loads the index on a worker (see ResultsData).
    void setExperiment(QSqlDatabase db, NavigationIndex index);
    /// The same, reading the index from `db` first: for small experiments and tests.
    Status setExperiment(QSqlDatabase db, qint64 experimentId);
    /// The models shown as columns (in experiment order, whatever the order given); unknown ids are ignored.
    void selectModels(const QList<qint64>& modelIds);
    QList<qint64> selectedModels() const;

    const NavigationIndex& navigationIndex() const { return m_index; }
    qint64 currentSampleId() const;
    /// Where the current sample is among the samples navigation visits (0-based; -1 when it is not one of
    /// them, e.g. reached by "worst first" outside the filter), and how many those are.
    qsizetype position() const;
    qsizetype visibleCount() const { return m_visible.size(); }

    QList<OutputColumn*> outputColumns() const { return m_columns; }
    OutputColumn* outputColumn(qint64 modelId) const;
    TextViewer* transcriptView() const { return m_transcript; }
    TextViewer* referenceView() const { return m_reference; }

    /// The review panel's hook: called for each output column whenever the columns are made again; the column
    /// owns what it returns (nullptr: no footer). Set it before setExperiment(), or it applies from the next change.
    using FooterFactory = std::function<QWidget*(OutputColumn*)>;
    void setFooterFactory(FooterFactory factory);

    /// Blinded review: model names and scores hidden, the columns in the reviewer's stored shuffled order for each
    /// sample (core/review/blindorder.h), labelled "Output A", "Output B", ….
    void setBlinded(bool blinded);
    bool isBlinded() const;

    void setFilter(SampleFilter filter);
    /// Searches the shown models' answers and reasoning on a worker thread; searchFinished() reports the count.
    void search(const QString& text);

public Q_SLOTS:
    /// Shows a sample of the experiment; false when it is not one. It joins the visited samples if filtered out.
    bool showSample(qint64 sampleId);
    /// Navigates through just these samples (what a chart click selected), from the first; empty: all again.
    void showSamples(const QList<qint64>& sampleIds);
    void nextSample();
    void previousSample();
    /// The sample where the chosen model scores worst on the chosen metric; again: the next worst.
    void jumpToWorst();

Q_SIGNALS:
    void sampleShown(qint64 sampleId);
    /// The output columns were made again (other models chosen, another experiment).
    void columnsChanged();
    void searchFinished(int matches);

private:
    QToolBar* makeNavigationBar();
    QToolBar* makeHighlightBar();
    void rebuildModelMenu();
    void rebuildColumns();
    /// The shown models as (model id, column title): experiment order, or blinded order and labels.
    QList<std::pair<qint64, QString>> columnOrder() const;
    void loadCurrent();
    void showLoaded(const SampleOutputs& sample);
    void updateHighlights();
    void updatePosition();
    void updateVisible();
    void goTo(qsizetype sample);
    void syncScroll(QScrollBar* source);
    void fillWorstChoices();
    QList<qsizetype> worstOrder();
    void startSearch(const QString& text);
    void finishSearch(int generation, const Result<QList<qsizetype>>& found);

    QSqlDatabase m_db;
    NavigationIndex m_index;
    QList<qsizetype> m_shownModels; ///< positions in m_index.modelIds
    SampleFilter m_filter = SampleFilter::All;
    std::optional<QList<qsizetype>> m_requested; ///< from showSamples()
    std::optional<QList<qsizetype>> m_matches; ///< from search()
    QList<qsizetype> m_visible; ///< sample positions navigation visits, ascending
    qsizetype m_current = -1; ///< position in m_index of the sample shown
    SampleOutputs m_sample;
    QHash<QString, QList<qsizetype>> m_worstCache; ///< "model/key" → sample positions, worst first
    QString m_worstKey; ///< the "model/key" of the last jump to the worst
    qsizetype m_worstStep = -1; ///< where that jump went in its order

    QAction* m_previous = nullptr;
    QAction* m_next = nullptr;
    QLabel* m_positionLabel = nullptr;
    QComboBox* m_filterBox = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QLabel* m_matchesLabel = nullptr;
    QComboBox* m_worstModel = nullptr;
    QComboBox* m_worstMetric = nullptr;
    QToolButton* m_modelsButton = nullptr;
    QMenu* m_modelsMenu = nullptr;
    QAction* m_overlap = nullptr;
    QAction* m_diff = nullptr;
    QAction* m_numbers = nullptr;
    QAction* m_syncScroll = nullptr;
    QAction* m_blinded = nullptr;
    QLabel* m_title = nullptr;
    QSplitter* m_splitter = nullptr;
    TextViewer* m_transcript = nullptr;
    TextViewer* m_reference = nullptr;
    QList<OutputColumn*> m_columns;
    FooterFactory m_footerFactory;
    bool m_syncing = false;
    int m_searchGeneration = 0;
    QList<QPointer<QThread>> m_searchThreads;
};

} // namespace caliper
