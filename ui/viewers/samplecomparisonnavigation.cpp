// SampleComparisonView's navigation: which samples it visits (filter, search, samples a chart selected), moving
// between them, and "worst first" for a model and metric.
#include "metrics/registry.h"
#include "viewers/samplecomparisonview.h"
#include "workspace/connection.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QThread>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace caliper {

namespace {

QString withShortcut(const QString& text, const QKeySequence& shortcut)
{
    return QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

// The intersection of two ascending position lists.
QList<qsizetype> intersect(const QList<qsizetype>& a, const QList<qsizetype>& b)
{
    QList<qsizetype> both;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
    return both;
}

} // namespace

QToolBar* SampleComparisonView::makeNavigationBar()
{
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("navigationBar"));
    m_previous = bar->addAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("Previous"));
    m_previous->setObjectName(QStringLiteral("previousSample"));
    m_previous->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)});
    m_previous->setToolTip(withShortcut(tr("Previous sample"), m_previous->shortcut()));
    m_next = bar->addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("Next"));
    m_next->setObjectName(QStringLiteral("nextSample"));
    m_next->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_BracketRight)});
    m_next->setToolTip(withShortcut(tr("Next sample"), m_next->shortcut()));
    // The shortcuts work wherever the focus is inside the viewer, not only on its toolbar.
    for (QAction* action : {m_previous, m_next}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_previous, &QAction::triggered, this, &SampleComparisonView::previousSample);
    connect(m_next, &QAction::triggered, this, &SampleComparisonView::nextSample);
    m_positionLabel = new QLabel(bar);
    m_positionLabel->setObjectName(QStringLiteral("samplePosition"));
    m_positionLabel->setMinimumWidth(
        m_positionLabel->fontMetrics().horizontalAdvance(QStringLiteral("000000 / 000000")));
    m_positionLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_positionLabel);
    bar->addSeparator();

    m_filterBox = new QComboBox(bar);
    m_filterBox->setObjectName(QStringLiteral("sampleFilter"));
    m_filterBox->setToolTip(tr("Visit only the samples where the models shown have this status or flag"));
    m_filterBox->addItem(tr("All samples"), static_cast<int>(SampleFilter::All));
    m_filterBox->addItem(tr("Done by all"), static_cast<int>(SampleFilter::Done));
    m_filterBox->addItem(tr("Failed"), static_cast<int>(SampleFilter::Failed));
    m_filterBox->addItem(tr("Flagged"), static_cast<int>(SampleFilter::Flagged));
    m_filterBox->addItem(tr("Empty answer"), static_cast<int>(SampleFilter::EmptyAnswer));
    m_filterBox->addItem(tr("Reasoning never closed"), static_cast<int>(SampleFilter::UnclosedReasoning));
    connect(m_filterBox, &QComboBox::currentIndexChanged, this,
        [this] { setFilter(static_cast<SampleFilter>(m_filterBox->currentData().toInt())); });
    bar->addWidget(m_filterBox);

    m_searchEdit = new QLineEdit(bar);
    m_searchEdit->setObjectName(QStringLiteral("outputSearch"));
    m_searchEdit->setAccessibleName(tr("Search outputs"));
    m_searchEdit->setPlaceholderText(tr("Search outputs…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMaximumWidth(220);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { search(m_searchEdit->text()); });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            search(QString());
    });
    bar->addWidget(m_searchEdit);
    m_matchesLabel = new QLabel(bar);
    m_matchesLabel->setObjectName(QStringLiteral("searchMatches"));
    bar->addWidget(m_matchesLabel);
    bar->addSeparator();

    m_worstModel = new QComboBox(bar);
    m_worstModel->setObjectName(QStringLiteral("worstModel"));
    m_worstMetric = new QComboBox(bar);
    m_worstMetric->setObjectName(QStringLiteral("worstMetric"));
    QAction* worst = new QAction(tr("Worst first"), bar);
    worst->setObjectName(QStringLiteral("jumpToWorst"));
    worst->setToolTip(tr("Go to the sample where this model scores worst on this metric; again for the next worst"));
    connect(worst, &QAction::triggered, this, &SampleComparisonView::jumpToWorst);
    bar->addWidget(m_worstModel);
    bar->addWidget(m_worstMetric);
    bar->addAction(worst);
    return bar;
}

void SampleComparisonView::fillWorstChoices()
{
    m_worstModel->clear();
    for (qsizetype model = 0; model < m_index.modelIds.size(); ++model)
        m_worstModel->addItem(m_index.modelNames.at(model), m_index.modelIds.at(model));
    m_worstMetric->clear();
    for (const QString& key : m_index.scoreKeys) {
        const ScoreDefinition* definition = MetricRegistry::builtIn().score(key);
        if (definition && definition->detail)
            continue;
        m_worstMetric->addItem(definition ? definition->displayName() : key, key);
    }
    const int rougeL = m_worstMetric->findData(QStringLiteral("rougeL"));
    if (rougeL >= 0)
        m_worstMetric->setCurrentIndex(rougeL);
}

qint64 SampleComparisonView::currentSampleId() const
{
    return m_current >= 0 ? m_index.sampleIds.at(m_current) : 0;
}

qsizetype SampleComparisonView::position() const
{
    const auto it = std::lower_bound(m_visible.begin(), m_visible.end(), m_current);
    return it != m_visible.end() && *it == m_current ? it - m_visible.begin() : -1;
}

void SampleComparisonView::setFilter(SampleFilter filter)
{
    m_filter = filter;
    const int index = m_filterBox->findData(static_cast<int>(filter));
    if (index != m_filterBox->currentIndex()) {
        const QSignalBlocker blocker(m_filterBox);
        m_filterBox->setCurrentIndex(index);
    }
    updateVisible();
}

void SampleComparisonView::updateVisible()
{
    m_visible = filterSamples(m_index, m_shownModels, m_filter);
    if (m_requested)
        m_visible = intersect(m_visible, *m_requested);
    if (m_matches)
        m_visible = intersect(m_visible, *m_matches);
    if (position() < 0) {
        // Stay near where the reader was: the next visited sample, else the first one.
        const auto next = std::lower_bound(m_visible.begin(), m_visible.end(), m_current);
        m_current = next != m_visible.end() ? *next : (m_visible.isEmpty() ? -1 : m_visible.first());
    }
    goTo(m_current);
}

void SampleComparisonView::goTo(qsizetype sample)
{
    m_current = sample;
    loadCurrent();
    updatePosition();
}

void SampleComparisonView::updatePosition()
{
    const qsizetype at = position();
    m_positionLabel->setText(
        at >= 0 ? tr("%1 / %2").arg(at + 1).arg(m_visible.size()) : tr("– / %1").arg(m_visible.size()));
    m_positionLabel->setToolTip(at >= 0 ? QString() : tr("This sample is not among the samples the filter keeps."));
    const auto after = std::upper_bound(m_visible.begin(), m_visible.end(), m_current);
    m_next->setEnabled(after != m_visible.end());
    m_previous->setEnabled(!m_visible.isEmpty() && m_visible.first() < m_current);
}

bool SampleComparisonView::showSample(qint64 sampleId)
{
    const qsizetype sample = m_index.indexOfSample(sampleId);
    if (sample < 0)
        return false;
    goTo(sample);
    return true;
}

void SampleComparisonView::showSamples(const QList<qint64>& sampleIds)
{
    if (sampleIds.isEmpty()) {
        m_requested.reset();
    } else {
        const QSet<qint64> wanted(sampleIds.begin(), sampleIds.end());
        QList<qsizetype> positions;
        for (qsizetype i = 0; i < m_index.sampleIds.size(); ++i) {
            if (wanted.contains(m_index.sampleIds.at(i)))
                positions.append(i);
        }
        m_requested = positions;
    }
    m_current = -1;
    updateVisible();
}

void SampleComparisonView::nextSample()
{
    const auto after = std::upper_bound(m_visible.begin(), m_visible.end(), m_current);
    if (after != m_visible.end())
        goTo(*after);
}

void SampleComparisonView::previousSample()
{
    const auto at = std::lower_bound(m_visible.begin(), m_visible.end(), m_current);
    if (at != m_visible.begin())
        goTo(*(at - 1));
}

QList<qsizetype> SampleComparisonView::worstOrder()
{
    const qint64 modelId = m_worstModel->currentData().toLongLong();
    const QString key = m_worstMetric->currentData().toString();
    const QString cacheKey = QStringLiteral("%1/%2").arg(modelId).arg(key);
    if (auto cached = m_worstCache.constFind(cacheKey); cached != m_worstCache.constEnd())
        return *cached;
    Result<QList<double>> values = loadSampleValues(m_db, m_index, modelId, key);
    QList<qsizetype> order;
    if (!values)
        return order;
    for (qsizetype i = 0; i < values->size(); ++i) {
        if (!std::isnan(values->at(i)))
            order.append(i);
    }
    const ScoreDefinition* definition = MetricRegistry::builtIn().score(key);
    const bool lowerIsBetter = definition && definition->direction == ScoreDirection::LowerIsBetter;
    const QList<double>& v = *values;
    std::stable_sort(order.begin(), order.end(),
        [&](qsizetype a, qsizetype b) { return lowerIsBetter ? v.at(a) > v.at(b) : v.at(a) < v.at(b); });
    m_worstCache.insert(cacheKey, order);
    return order;
}

void SampleComparisonView::jumpToWorst()
{
    const QList<qsizetype> order = worstOrder();
    if (order.isEmpty())
        return;
    // Pressed again right after a jump: the next worst; after the reader moved elsewhere: the worst again.
    const QString key = QStringLiteral("%1/%2")
                            .arg(m_worstModel->currentData().toLongLong())
                            .arg(m_worstMetric->currentData().toString());
    const bool again
        = key == m_worstKey && m_worstStep >= 0 && m_worstStep < order.size() && order.at(m_worstStep) == m_current;
    m_worstKey = key;
    m_worstStep = again && m_worstStep + 1 < order.size() ? m_worstStep + 1 : 0;
    goTo(order.at(m_worstStep));
}

void SampleComparisonView::search(const QString& text)
{
    ++m_searchGeneration;
    if (text.isEmpty()) {
        m_matches.reset();
        m_matchesLabel->clear();
        updateVisible();
        return;
    }
    if (m_searchEdit->text() != text) {
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->setText(text);
    }
    m_matchesLabel->setText(tr("Searching…"));
    startSearch(text);
}

void SampleComparisonView::startSearch(const QString& text)
{
    // A full scan of the outputs' text: on a worker with its own connection, so the window stays responsive.
    const int generation = m_searchGeneration;
    QThread* thread = QThread::create(
        [this, generation, text, file = m_db.databaseName(), index = m_index, models = selectedModels()] {
            Result<QList<qsizetype>> found = QList<qsizetype> {};
            if (auto connection = Connection::open(file); !connection)
                found = connection.error();
            else
                found = searchOutputs(connection.value()->database(), index, models, text);
            QMetaObject::invokeMethod(
                this, [this, generation, found] { finishSearch(generation, found); }, Qt::QueuedConnection);
        });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_searchThreads.removeAll(nullptr);
    m_searchThreads.append(thread);
    thread->start();
}

void SampleComparisonView::finishSearch(int generation, const Result<QList<qsizetype>>& found)
{
    if (generation != m_searchGeneration)
        return; // a newer search (or a cleared one) replaced it
    if (!found) {
        m_matchesLabel->setText(found.error().message);
        return;
    }
    m_matches = found.value();
    const int count = static_cast<int>(found->size());
    m_matchesLabel->setText(tr("%n match(es)", nullptr, count));
    updateVisible();
    Q_EMIT searchFinished(count);
}

} // namespace caliper
