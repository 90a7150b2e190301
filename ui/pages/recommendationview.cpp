#include "pages/recommendationview.h"

#include "analysis/experimentrecommendation.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QtConcurrent>

namespace caliper {

RecommendationView::RecommendationView(QWidget* parent)
    : QWidget(parent)
{
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("recommendationMetric"));
    m_tolerance = new QComboBox(this);
    m_tolerance->setObjectName(QStringLiteral("recommendationTolerance"));
    m_tolerance->addItem(tr("not significantly worse than the best"),
        QVariant::fromValue(static_cast<int>(analysis::ToleranceMode::NotSignificantlyWorse)));
    m_tolerance->addItem(
        tr("within points of the best:"), QVariant::fromValue(static_cast<int>(analysis::ToleranceMode::WithinPoints)));
    m_points = new QDoubleSpinBox(this);
    m_points->setObjectName(QStringLiteral("recommendationPoints"));
    m_points->setAccessibleName(tr("Tolerance in points"));
    m_points->setRange(0, 100);
    m_points->setDecimals(1);
    m_points->setSingleStep(0.5);
    m_points->setValue(1.0);
    m_smallest = new QComboBox(this);
    m_smallest->setObjectName(QStringLiteral("recommendationSmallest"));
    m_smallest->addItem(tr("model size"), static_cast<int>(analysis::SizeMeasure::Parameters));
    m_smallest->addItem(tr("cost"), static_cast<int>(analysis::SizeMeasure::Cost));
    m_smallest->addItem(tr("latency"), static_cast<int>(analysis::SizeMeasure::Latency));

    auto* tolerance = new QHBoxLayout;
    tolerance->addWidget(m_tolerance, 1);
    tolerance->addWidget(m_points);
    m_model = new QLabel(this);
    m_model->setObjectName(QStringLiteral("recommendedModel"));
    QFont bold = m_model->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_model->setFont(bold);
    m_model->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const auto wrapped = [this](const char* name) {
        auto* label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_reason = wrapped("recommendationReason");
    m_beaten = wrapped("recommendationBeaten");
    m_excluded = wrapped("recommendationExcluded");

    auto* form = new QFormLayout(this);
    form->addRow(tr("Quality metric:"), m_metric);
    form->addRow(tr("Good enough when:"), tolerance);
    form->addRow(tr("Smallest by:"), m_smallest);
    form->addRow(tr("Recommended:"), m_model);
    form->addRow(QString(), m_reason);
    form->addRow(tr("Chosen over:"), m_beaten);
    form->addRow(tr("Left out:"), m_excluded);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &RecommendationView::recompute);
    connect(m_tolerance, &QComboBox::currentIndexChanged, this, [this] {
        m_points->setEnabled(m_tolerance->currentIndex() == 1);
        recompute();
    });
    connect(m_points, &QDoubleSpinBox::valueChanged, this, &RecommendationView::recompute);
    connect(m_smallest, &QComboBox::currentIndexChanged, this, &RecommendationView::recompute);
    connect(&m_watcher, &QFutureWatcher<Result<analysis::Recommendation>>::finished, this, [this] {
        if (m_futureGeneration != m_generation)
            return;
        m_shownGeneration = m_generation;
        show(m_watcher.result());
    });
    m_points->setEnabled(false);
}

void RecommendationView::setScores(const ExperimentScores& scores, const QList<ComparisonColumn>& columns)
{
    const bool sameExperiment = scores.experimentId == m_scores.experimentId;
    const QString previousMetric = m_metric->currentData().toString();
    m_scores = scores;
    m_metrics = recommendationMetrics(columns);
    const QSignalBlocker blockMetric(m_metric);
    const QSignalBlocker blockSmallest(m_smallest);
    m_metric->clear();
    for (const ComparisonColumn& column : std::as_const(m_metrics))
        m_metric->addItem(column.label, column.key);
    const std::optional<DefaultRecommendation> defaults = defaultRecommendation(scores, columns);
    const int previous = m_metric->findData(previousMetric);
    if (sameExperiment && previous >= 0) {
        m_metric->setCurrentIndex(previous);
    } else if (defaults) {
        m_metric->setCurrentIndex(m_metric->findData(defaults->metric.key));
        m_smallest->setCurrentIndex(m_smallest->findData(static_cast<int>(defaults->options.smallest)));
    }
    recompute();
}

QString RecommendationView::recommendedModel() const
{
    return m_recommended;
}

analysis::RecommendationOptions RecommendationView::options() const
{
    analysis::RecommendationOptions options;
    options.tolerance = static_cast<analysis::ToleranceMode>(m_tolerance->currentData().toInt());
    options.points = m_points->value();
    options.smallest = static_cast<analysis::SizeMeasure>(m_smallest->currentData().toInt());
    return options;
}

void RecommendationView::recompute()
{
    ++m_generation;
    const int index = m_metric->currentIndex();
    m_recommended.clear();
    m_beaten->clear();
    m_excluded->clear();
    if (index < 0 || index >= m_metrics.size() || m_scores.models.isEmpty()) {
        m_model->setText(tr("No quality metric to decide on"));
        m_reason->clear();
        m_shownGeneration = m_generation;
        Q_EMIT updated();
        return;
    }
    m_model->setText(tr("Computing…"));
    m_reason->clear();
    // Copies: the task may outlive this view (its result is then dropped with the watcher).
    m_watcher.setFuture(QtConcurrent::run([scores = m_scores, metric = m_metrics.at(index), options = options()] {
        return recommendOn(scores, metric, options);
    }));
    m_futureGeneration = m_generation;
}

QString RecommendationView::verdictList(const QList<analysis::ModelVerdict>& verdicts) const
{
    QStringList lines;
    for (const analysis::ModelVerdict& verdict : verdicts)
        lines.append(tr("%1: %2").arg(verdict.name, verdict.reason));
    return lines.isEmpty() ? tr("none") : lines.join(QLatin1Char('\n'));
}

void RecommendationView::show(const Result<analysis::Recommendation>& result)
{
    if (!result.ok()) {
        m_model->setText(tr("No recommendation"));
        m_reason->setText(result.error().message);
        Q_EMIT updated();
        return;
    }
    const analysis::Recommendation& recommendation = result.value();
    if (recommendation.recommended) {
        m_recommended = m_scores.models.at(*recommendation.recommended).name;
        m_model->setText(m_recommended);
    } else {
        m_model->setText(tr("None qualifies"));
    }
    m_reason->setText(recommendation.reason);
    m_beaten->setText(verdictList(recommendation.beaten));
    m_excluded->setText(verdictList(recommendation.excluded));
    Q_EMIT updated();
}

} // namespace caliper
