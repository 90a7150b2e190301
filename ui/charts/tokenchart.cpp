#include "charts/tokenchart.h"

#include "charts/chartdata.h"
#include "reports/svgchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace caliper {

namespace {

/// The mean of a token column per model; 0 where a model has none (a stacked bar cannot show "unknown").
QList<qreal> columnMeans(
    const QList<ComparisonColumn>& columns, const QList<ComparisonRow>& rows, const char* key, qsizetype models)
{
    qsizetype column = -1;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == QLatin1String(key))
            column = i;
    }
    QList<qreal> means;
    for (qsizetype model = 0; model < models; ++model) {
        const double value = column >= 0 && model < rows.size() && column < rows.at(model).cells.size()
            ? rows.at(model).cells.at(column).value
            : std::nan("");
        means.append(std::isfinite(value) ? value : 0);
    }
    return means;
}

} // namespace

TokenChart::TokenChart(QWidget* parent)
    : ChartView(parent)
    , m_series(new QStackedBarSeries)
    , m_reasoning(new QBarSet(tr("Reasoning tokens")))
    , m_answer(new QBarSet(tr("Answer tokens")))
    , m_models(new QBarCategoryAxis)
    , m_tokens(new QValueAxis)
{
    m_series->append(m_reasoning);
    m_series->append(m_answer);
    chart()->addSeries(m_series);
    chart()->addAxis(m_models, Qt::AlignBottom);
    chart()->addAxis(m_tokens, Qt::AlignLeft);
    m_series->attachAxis(m_models);
    m_series->attachAxis(m_tokens);
    m_tokens->setTitleText(tr("Average tokens per sample"));
    chart()->setTitle(tr("Reasoning and answer tokens per model"));
    m_tokens->setLabelFormat(QStringLiteral("%d"));
    connect(m_series, &QStackedBarSeries::clicked, this, &TokenChart::onClicked);
    connect(m_series, &QStackedBarSeries::hovered, this, &TokenChart::onHovered);
    applyPalette();
}

void TokenChart::setData(
    const ExperimentScores& scores, const QList<ComparisonColumn>& columns, const QList<ComparisonRow>& rows)
{
    m_scores = scores;
    const qsizetype models = scores.models.size();
    const QList<qreal> reasoning = columnMeans(columns, rows, valuekeys::ReasoningTokens, models);
    const QList<qreal> answer = columnMeans(columns, rows, valuekeys::AnswerTokens, models);
    m_reasoning->remove(0, m_reasoning->count());
    m_answer->remove(0, m_answer->count());
    m_models->clear();
    m_models->append(modelLabels(scores));
    m_reasoning->append(reasoning);
    m_answer->append(answer);
    double highest = 0;
    for (qsizetype model = 0; model < models; ++model)
        highest = std::max(highest, reasoning.at(model) + answer.at(model));
    const ChartAxis axis = niceAxis(highest);
    m_tokens->setRange(0, axis.top);
    m_tokens->setTickCount(static_cast<int>(std::lround(axis.top / axis.step)) + 1);
}

QStringList TokenChart::categories() const
{
    return m_models->categories();
}

void TokenChart::onClicked(int model, QBarSet*)
{
    if (model < 0 || model >= m_scores.models.size())
        return;
    const QString key = QLatin1String(valuekeys::AnswerTokens);
    Q_EMIT samplesRequested(m_scores.models.at(model).modelId, samplesWithValue(m_scores, model, key), key);
}

void TokenChart::onHovered(bool entered, int model, QBarSet*)
{
    if (!entered || model < 0 || model >= m_scores.models.size()) {
        showHover({});
        return;
    }
    showHover(
        tr("%1\n%2 reasoning + %3 answer tokens on average")
            .arg(m_models->at(model), formatChartValue(m_reasoning->at(model)), formatChartValue(m_answer->at(model))));
}

void TokenChart::applyPalette()
{
    ChartView::applyPalette();
    // The two layers are not models: the reports' stacked chart takes the first two colours as well.
    m_reasoning->setColor(seriesColor(0));
    m_answer->setColor(seriesColor(1));
    for (QBarSet* set : {m_reasoning, m_answer})
        set->setBorderColor(palette().color(QPalette::Base));
}

} // namespace caliper
