// SampleComparisonView: layout, columns, showing one sample and its highlights. Navigation, filters, search and
// "worst first" are in samplecomparisonnavigation.cpp.
#include "viewers/samplecomparisonview.h"

#include "analysis/highlightspans.h"
#include "review/blindorder.h"
#include "review/reviewer.h"
#include "viewers/highlighting.h"
#include "viewers/outputcolumn.h"
#include "viewers/textviewer.h"
#include "viewers/titledpane.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QThread>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace caliper {

namespace {

// More columns than this by default would leave each too narrow to read at 1280 pixels.
constexpr int DefaultShownModels = 3;

QAction* toggle(QToolBar* bar, const QString& name, const QString& text, const QString& tooltip)
{
    QAction* action = bar->addAction(text);
    action->setObjectName(name);
    action->setCheckable(true);
    action->setToolTip(tooltip);
    return action;
}

} // namespace

SampleComparisonView::SampleComparisonView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sampleComparison"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sampleTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_transcript = new TextViewer(this);
    m_transcript->setObjectName(QStringLiteral("comparisonTranscript"));
    m_transcript->setAccessibleName(tr("Transcript"));
    createHighlighter(TextKind::Transcript, m_transcript->document());
    m_reference = new TextViewer(this);
    m_reference->setObjectName(QStringLiteral("comparisonReference"));
    m_reference->setAccessibleName(tr("Reference"));
    m_reference->setLineNumbersVisible(false);
    createHighlighter(TextKind::Reference, m_reference->document());
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("comparisonSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(titledPane(tr("Transcript"), m_transcript, this));
    m_splitter->addWidget(titledPane(tr("Reference"), m_reference, this));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(makeNavigationBar());
    layout->addWidget(makeHighlightBar());
    layout->addWidget(m_title);
    layout->addWidget(m_splitter, 1);
    connect(m_reference->verticalScrollBar(), &QScrollBar::valueChanged, this,
        [this] { syncScroll(m_reference->verticalScrollBar()); });
    updatePosition();
}

SampleComparisonView::~SampleComparisonView()
{
    // The search worker holds its own connection; it must finish before the view (its receiver) is gone.
    for (const QPointer<QThread>& thread : std::as_const(m_searchThreads)) {
        if (thread)
            thread->wait();
    }
}

QToolBar* SampleComparisonView::makeHighlightBar()
{
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("highlightBar"));
    m_modelsMenu = new QMenu(this);
    m_modelsMenu->setObjectName(QStringLiteral("modelsMenu"));
    m_modelsButton = new QToolButton(bar);
    m_modelsButton->setObjectName(QStringLiteral("modelsButton"));
    m_modelsButton->setText(tr("Models"));
    m_modelsButton->setToolTip(tr("Choose the models shown side by side"));
    m_modelsButton->setMenu(m_modelsMenu);
    m_modelsButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(m_modelsButton);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Highlight:"), bar));
    m_overlap = toggle(bar, QStringLiteral("highlightOverlap"), tr("Overlap"),
        tr("Words that also occur in the reference (green) and words that do not (orange)"));
    m_diff = toggle(bar, QStringLiteral("highlightDiff"), tr("Diff"),
        tr("Word diff against the reference: added words tinted, missing words underlined where they belong "
           "(hover to read them)"));
    auto* exclusive = new QActionGroup(this);
    exclusive->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    exclusive->addAction(m_overlap);
    exclusive->addAction(m_diff);
    m_numbers = toggle(bar, QStringLiteral("highlightNumbers"), tr("Numbers"),
        tr("Numbers, doses, units and frequencies: blue when the transcript states them, amber when only the "
           "number is there, red when it is not"));
    bar->addSeparator();
    m_syncScroll = toggle(
        bar, QStringLiteral("syncScroll"), tr("Sync scrolling"), tr("Scroll the reference and the outputs together"));
    m_syncScroll->setChecked(true);
    m_blinded = toggle(bar, QStringLiteral("blindedReview"), tr("Blinded"),
        tr("Hide model names and scores and shuffle the output columns for each sample; the order is kept in the "
           "workspace for each reviewer"));
    connect(m_blinded, &QAction::toggled, this, [this] {
        rebuildColumns();
        loadCurrent();
    });
    for (QAction* action : {m_overlap, m_diff, m_numbers})
        connect(action, &QAction::toggled, this, &SampleComparisonView::updateHighlights);
    return bar;
}

void SampleComparisonView::rebuildModelMenu()
{
    m_modelsMenu->clear();
    for (qsizetype model = 0; model < m_index.modelIds.size(); ++model) {
        QAction* action = m_modelsMenu->addAction(m_index.modelNames.at(model));
        action->setObjectName(QStringLiteral("showModel_%1").arg(m_index.modelIds.at(model)));
        action->setCheckable(true);
        action->setChecked(m_shownModels.contains(model));
        connect(action, &QAction::toggled, this, [this] {
            QList<qint64> ids;
            for (QAction* item : m_modelsMenu->actions()) {
                if (item->isChecked())
                    ids.append(m_index.modelIds.at(m_modelsMenu->actions().indexOf(item)));
            }
            selectModels(ids);
        });
    }
}

Status SampleComparisonView::setExperiment(QSqlDatabase db, qint64 experimentId)
{
    Result<NavigationIndex> index = loadNavigationIndex(db, experimentId);
    if (!index)
        return index.error();
    setExperiment(std::move(db), std::move(index).value());
    return Ok {};
}

void SampleComparisonView::setExperiment(QSqlDatabase db, NavigationIndex index)
{
    m_db = std::move(db);
    m_index = std::move(index);
    // Before anything below asks for the current sample: the old position may be past the new index's end.
    m_current = -1;
    m_worstCache.clear();
    m_worstStep = -1;
    m_requested.reset();
    m_matches.reset();
    m_searchEdit->clear();
    m_matchesLabel->clear();
    m_shownModels.clear();
    for (qsizetype model = 0; model < std::min<qsizetype>(m_index.modelIds.size(), DefaultShownModels); ++model)
        m_shownModels.append(model);
    rebuildModelMenu();
    fillWorstChoices();
    rebuildColumns();
    updateVisible();
}

void SampleComparisonView::selectModels(const QList<qint64>& modelIds)
{
    QList<qsizetype> shown;
    for (qsizetype model = 0; model < m_index.modelIds.size(); ++model) {
        if (modelIds.contains(m_index.modelIds.at(model)))
            shown.append(model);
    }
    if (shown == m_shownModels)
        return;
    m_shownModels = shown;
    const QSignalBlocker blocker(m_modelsMenu);
    for (qsizetype i = 0; i < m_modelsMenu->actions().size(); ++i) {
        QAction* action = m_modelsMenu->actions().at(i);
        const QSignalBlocker actionBlocker(action);
        action->setChecked(shown.contains(i));
    }
    rebuildColumns();
    // The filter is judged over the models on screen, so the visited samples may change.
    updateVisible();
}

QList<qint64> SampleComparisonView::selectedModels() const
{
    QList<qint64> ids;
    for (qsizetype model : m_shownModels)
        ids.append(m_index.modelIds.at(model));
    return ids;
}

OutputColumn* SampleComparisonView::outputColumn(qint64 modelId) const
{
    for (OutputColumn* column : m_columns) {
        if (column->modelId() == modelId)
            return column;
    }
    return nullptr;
}

void SampleComparisonView::setFooterFactory(FooterFactory factory)
{
    m_footerFactory = std::move(factory);
}

void SampleComparisonView::setBlinded(bool blinded)
{
    m_blinded->setChecked(blinded);
}

bool SampleComparisonView::isBlinded() const
{
    return m_blinded->isChecked();
}

QList<std::pair<qint64, QString>> SampleComparisonView::columnOrder() const
{
    QList<std::pair<qint64, QString>> order;
    const QList<qint64> shown = selectedModels();
    const qint64 sampleId = currentSampleId();
    if (isBlinded() && sampleId != 0) {
        const Result<QList<BlindedColumn>> blinded
            = blindedColumns(m_db, m_index.experimentId, Reviewer::name(), sampleId);
        if (blinded.ok()) {
            for (const BlindedColumn& column : blinded.value()) {
                if (shown.contains(column.modelId))
                    order.append({column.modelId, column.label});
            }
            return order;
        }
        qWarning("blinded order: %s", qPrintable(blinded.error().toString()));
    }
    // Blinded but without a stored order (no sample yet, or it could not be stored): labels, never names.
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const qsizetype model = m_shownModels.at(i);
        order.append({shown.at(i), isBlinded() ? blindedLabel(i) : m_index.modelNames.at(model)});
    }
    return order;
}

void SampleComparisonView::rebuildColumns()
{
    qDeleteAll(m_columns);
    m_columns.clear();
    for (const auto& [modelId, title] : columnOrder()) {
        auto* column = new OutputColumn(modelId, title, m_splitter);
        column->setScoresHidden(isBlinded());
        m_splitter->addWidget(column);
        m_columns.append(column);
        if (m_footerFactory)
            column->setFooter(m_footerFactory(column));
        QScrollBar* bar = column->answerView()->verticalScrollBar();
        connect(bar, &QScrollBar::valueChanged, this, [this, bar] { syncScroll(bar); });
    }
    // Pixel sizes: the transcript a little wider than the reference and each output.
    const int unit = std::max(width(), 1200) / static_cast<int>(9 + 4 * m_columns.size());
    QList<int> sizes {5 * unit, 4 * unit};
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        sizes.append(4 * unit);
    m_splitter->setSizes(sizes);
    Q_EMIT columnsChanged();
}

void SampleComparisonView::loadCurrent()
{
    const qint64 sampleId = currentSampleId();
    if (isBlinded())
        rebuildColumns(); // each sample has its own shuffled order
    if (sampleId == 0) {
        showLoaded(SampleOutputs {});
        return;
    }
    Result<SampleOutputs> sample = loadSampleOutputs(m_db, m_index.experimentId, sampleId);
    if (!sample) {
        m_title->setText(sample.error().toString());
        return;
    }
    showLoaded(sample.value());
    Q_EMIT sampleShown(sampleId);
}

void SampleComparisonView::showLoaded(const SampleOutputs& sample)
{
    m_sample = sample;
    m_title->setText(sample.sampleId == 0 ? tr("No sample to show.")
                                          : tr("Sample %1 (row %2)").arg(sample.externalId).arg(sample.rowIndex + 1));
    m_transcript->setPlainText(sample.source);
    m_reference->setPlainText(sample.reference.value_or(QString()));
    m_reference->setPlaceholderText(tr("This sample has no reference."));
    for (OutputColumn* column : m_columns) {
        SampleOutput output;
        output.modelId = column->modelId();
        for (const SampleOutput& candidate : sample.outputs) {
            if (candidate.modelId == column->modelId())
                output = candidate;
        }
        column->setOutput(output);
    }
    updateHighlights();
}

void SampleComparisonView::updateHighlights()
{
    const QString reference = m_sample.reference.value_or(QString());
    for (OutputColumn* column : m_columns) {
        const QString answer = column->answerView()->toPlainText();
        QList<analysis::HighlightSpan> spans;
        if (m_overlap->isChecked() && m_sample.reference)
            spans += analysis::overlapSpans(answer, reference);
        if (m_diff->isChecked() && m_sample.reference)
            spans += analysis::diffSpans(answer, reference);
        if (m_numbers->isChecked())
            spans += analysis::numberSpans(answer, m_sample.source);
        column->setHighlights(spans);
    }
}

void SampleComparisonView::syncScroll(QScrollBar* source)
{
    if (m_syncing || !m_syncScroll->isChecked())
        return;
    m_syncing = true;
    const double fraction = source->maximum() > 0 ? static_cast<double>(source->value()) / source->maximum() : 0.0;
    QList<QScrollBar*> bars {m_reference->verticalScrollBar()};
    for (OutputColumn* column : m_columns)
        bars.append(column->answerView()->verticalScrollBar());
    for (QScrollBar* bar : bars) {
        if (bar != source)
            bar->setValue(qRound(fraction * bar->maximum()));
    }
    m_syncing = false;
}

} // namespace caliper
