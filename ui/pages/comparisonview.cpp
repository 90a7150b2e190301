#include "pages/comparisonview.h"

#include "pages/recommendationview.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace caliper {

namespace {

const auto HiddenColumnsKey = "results/hiddenColumns";
const auto PercentKey = "results/percent";

QStringList hiddenColumns()
{
    return QSettings().value(QLatin1String(HiddenColumnsKey)).toStringList();
}

} // namespace

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent)
{
    m_model.setPercent(QSettings().value(QLatin1String(PercentKey), true).toBool());
    m_proxy.setSourceModel(&m_model);
    m_proxy.setSortRole(ResultsModel::SortRole);
    m_reference = new QLabel(this);
    m_reference->setObjectName(QStringLiteral("referenceLength"));
    m_columnsButton = new QToolButton(this);
    m_columnsButton->setObjectName(QStringLiteral("columnsButton"));
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsMenu = new QMenu(m_columnsButton);
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    m_columnsButton->setMenu(m_columnsMenu);
    auto* top = new QHBoxLayout;
    top->addWidget(m_reference, 1);
    top->addWidget(m_columnsButton);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setAccessibleName(tr("Comparison table"));
    m_table->setModel(&m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("comparisonLegend"));
    m_legend->setWordWrap(true);
    m_judge = new QLabel(this);
    m_judge->setObjectName(QStringLiteral("judgeLine"));
    m_judge->setWordWrap(true);
    m_judge->setTextFormat(Qt::PlainText); // model and endpoint names are data, never markup
    m_judge->hide();

    auto* recommendationBox = new QGroupBox(tr("Recommendation"), this);
    m_recommendation = new RecommendationView(recommendationBox);
    m_recommendation->setObjectName(QStringLiteral("recommendationView"));
    (new QVBoxLayout(recommendationBox))->addWidget(m_recommendation);

    auto* tableArea = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(top);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_legend);
    tableLayout->addWidget(m_judge);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("comparisonSplitter"));
    splitter->addWidget(tableArea);
    splitter->addWidget(recommendationBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        rebuildColumnsMenu();
        applyHiddenColumns();
    });
    updateLegend();
}

void ComparisonView::setScores(const ExperimentScores& scores, const QList<ComparisonColumn>& columns)
{
    m_model.setTable(columns, comparisonMeans(scores, columns));
    m_referenceWords = scores.referenceAverageWords;
    // Another experiment (or new numbers) may have another judge: the line returns with setJudge().
    m_judge->hide();
    updateLegend();
    m_recommendation->setScores(scores, columns);
}

void ComparisonView::setStatistics(const QList<ComparisonRow>& rows)
{
    m_model.setStatistics(rows);
    updateLegend();
}

void ComparisonView::setJudge(const ReportJudge& judge)
{
    QHash<QString, QMap<QString, JudgeSpread>> spread;
    bool repeated = false;
    for (const auto& [model, byKey] : judge.spread) {
        spread.insert(model, byKey);
        repeated = repeated || !byKey.isEmpty();
    }
    m_model.setJudgeSpread(spread);
    m_judge->setVisible(!judge.isEmpty());
    if (judge.isEmpty())
        return;
    const JudgeProvenance& p = judge.provenance;
    const QString separator = QStringLiteral(", ");
    QString text = tr("G-Eval columns judged by %1 at %2 (%3 method): %4 judgements, %5 failed.")
                       .arg(p.models.join(separator), p.endpoints.join(separator), p.methods.join(separator))
                       .arg(QLocale().toString(p.done), QLocale().toString(p.failed));
    if (repeated)
        text += QLatin1Char(' ')
            + tr("Each output was judged more than once: hover a G-Eval value for the judge's own spread; smaller "
                 "differences between models are within the judge's noise.");
    m_judge->setText(text);
    QStringList details;
    for (const auto& [label, value] : reportJudgeLines(judge))
        details.append(label + QStringLiteral(": ") + value);
    m_judge->setToolTip(details.join(QLatin1Char('\n')));
}

void ComparisonView::setPercent(bool percent)
{
    if (percent == m_model.percent())
        return;
    m_model.setPercent(percent);
    QSettings().setValue(QLatin1String(PercentKey), percent);
    updateLegend();
    Q_EMIT percentChanged(percent);
}

void ComparisonView::setColumnVisible(const QString& key, bool visible)
{
    QStringList hidden = hiddenColumns();
    hidden.removeAll(key);
    if (!visible)
        hidden.append(key);
    QSettings().setValue(QLatin1String(HiddenColumnsKey), hidden);
    applyHiddenColumns();
    for (QAction* action : m_columnsMenu->actions()) {
        if (action->data().toString() == key)
            action->setChecked(visible);
    }
}

void ComparisonView::rebuildColumnsMenu()
{
    m_columnsMenu->clear();
    const QStringList hidden = hiddenColumns();
    for (int section = ResultsModel::FirstValueColumn; section < m_model.columnCount(); ++section) {
        const QString key = m_model.headerData(section, Qt::Horizontal, ResultsModel::ColumnKeyRole).toString();
        QAction* action = m_columnsMenu->addAction(m_model.headerData(section, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column_") + key);
        action->setData(key);
        action->setCheckable(true);
        action->setChecked(!hidden.contains(key));
        connect(action, &QAction::toggled, this, [this, key](bool on) { setColumnVisible(key, on); });
    }
    m_columnsMenu->addSeparator();
    QAction* percent = m_columnsMenu->addAction(tr("Scores ×100"));
    percent->setObjectName(QStringLiteral("actionPercent"));
    percent->setCheckable(true);
    percent->setChecked(m_model.percent());
    connect(percent, &QAction::toggled, this, &ComparisonView::setPercent);
}

void ComparisonView::applyHiddenColumns()
{
    const QStringList hidden = hiddenColumns();
    for (int section = 0; section < m_model.columnCount(); ++section) {
        const QString key = m_model.headerData(section, Qt::Horizontal, ResultsModel::ColumnKeyRole).toString();
        m_table->setColumnHidden(section, hidden.contains(key));
    }
}

void ComparisonView::updateLegend()
{
    m_reference->setText(std::isnan(m_referenceWords) || m_model.rowCount() == 0
            ? QString()
            : tr("Reference notes: %1 words on average").arg(QLocale().toString(m_referenceWords, 'f', 1)));
    const ComparisonOptions defaults;
    QString legend = tr("Means over each model's finished samples. Best value per column in bold; † not "
                        "significantly worse than the best (paired approximate randomization test, Holm-corrected, "
                        "α = %1). Hover a value for its 95% confidence interval (bootstrap; above %L2 samples, the "
                        "normal approximation, as for the test).")
                         .arg(defaults.comparison.alpha)
                         .arg(defaults.bootstrap.normalAbove);
    if (m_model.percent())
        legend += QLatin1Char(' ') + tr("Scores from 0 to 1 are shown ×100.");
    if (m_model.statisticsPending())
        legend += QLatin1Char(' ') + tr("Computing confidence intervals and significance…");
    m_legend->setText(legend);
}

} // namespace caliper
