#include "analysis/comparisontable.h"
#include "charts/boxplotchart.h"
#include "charts/errorbaritem.h"
#include "charts/metricbarchart.h"
#include "charts/resultschartsview.h"
#include "charts/tokenchart.h"
#include "charts/tradeoffchart.h"
#include "dialogs/filedialog.h"
#include "stats/boxplot.h"
#include "stats/descriptive.h"

#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace caliper;

namespace {

const double NaN = std::nan("");
const QString Rouge1 = QStringLiteral("rouge1");
const QString RougeL = QStringLiteral("rougeL");

ModelSampleValues model(qint64 id, const char* name, std::optional<double> parameters, double cost,
    QList<double> rouge1, QList<double> rougeL, QList<double> reasoning, QList<double> answer)
{
    ModelSampleValues values;
    values.modelId = id;
    values.name = QString::fromUtf8(name);
    values.parameters = parameters;
    values.totalCost = cost;
    for (double value : answer)
        (std::isfinite(value) ? values.done : values.failed) += 1;
    values.values.insert(Rouge1, rouge1);
    values.values.insert(RougeL, rougeL);
    values.values.insert(QLatin1String(valuekeys::ReasoningTokens), reasoning);
    values.values.insert(QLatin1String(valuekeys::AnswerTokens), answer);
    values.values.insert(QLatin1String(valuekeys::Latency), QList<double>(6, 2.0 + static_cast<double>(id)));
    return values;
}

/// Three models over six samples: a small one with an outlier and a failure, a large better one, and a second
/// "Small" (same name, unknown size) that is costlier and worse than the first.
ExperimentScores handMadeScores()
{
    ExperimentScores scores;
    scores.experimentId = 7;
    scores.sampleIds = {101, 102, 103, 104, 105, 106};
    scores.keys = {Rouge1, RougeL, QLatin1String(valuekeys::ReasoningTokens), QLatin1String(valuekeys::AnswerTokens),
        QLatin1String(valuekeys::Latency)};
    scores.models = {
        model(11, "Small", 1.5e9, 0.01, {0.30, 0.32, 0.28, 0.31, 0.90, NaN}, {0.20, 0.22, 0.18, 0.21, 0.5, NaN},
            {0, 0, 0, 0, 0, NaN}, {100, 110, 90, 100, 100, NaN}),
        model(12, "Large", 70e9, 1.20, {0.45, 0.47, 0.43, 0.46, 0.44, 0.45}, {0.35, 0.36, 0.34, 0.35, 0.33, 0.37},
            {800, 900, 700, 800, 850, 750}, {150, 160, 140, 150, 155, 145}),
        model(13, "Small", std::nullopt, 0.05, {0.25, 0.26, 0.24, 0.25, 0.27, 0.23},
            {0.15, 0.16, 0.14, 0.15, 0.17, 0.13}, {0, 0, 0, 0, 0, 0}, {80, 85, 75, 80, 82, 78}),
    };
    return scores;
}

double displayedMean(const ExperimentScores& scores, qsizetype model, const QString& key)
{
    QList<double> values;
    for (double value : scores.models.at(model).values.value(key)) {
        if (std::isfinite(value))
            values.append(value);
    }
    return stats::mean(values) * 100;
}

/// Where a value of `series` is drawn, in the view's viewport coordinates (what QTest clicks at).
QPoint viewportPoint(QChartView* view, const QPointF& value, QAbstractSeries* series)
{
    const QPointF inChart = view->chart()->mapToPosition(value, series);
    return view->mapFromScene(view->chart()->mapToScene(inChart));
}

struct Request
{
    qint64 modelId = 0;
    QList<qint64> sampleIds;
    QString key;
};

Request takeRequest(QSignalSpy& spy)
{
    if (spy.size() != 1)
        return {};
    const QList<QVariant> arguments = spy.takeFirst();
    return {arguments.at(0).toLongLong(), arguments.at(1).value<QList<qint64>>(), arguments.at(2).toString()};
}

} // namespace

/// The Charts tab of the results page: what each chart shows for a hand-made ExperimentScores, what clicking its
/// elements asks for, hover texts, exports and palettes.
class TestResultsCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void barsShowTheTableMeansPerModel();
    void barsGetErrorBarsFromTheComparison();
    void boxPlotsUseTheCoreQuartiles();
    void tradeoffDrawsTheParetoFrontier();
    void tokensStackReasoningOnAnswer();
    void clickingABarRequestsItsSamples();
    void clickingABoxOrOutlierRequestsItsSamples();
    void clickingAPointRequestsThatModelsSamples();
    void clickingATokenBarRequestsDoneSamples();
    void hoverShowsValues();
    void exportsPngAndSvg_data();
    void exportsPngAndSvg();
    void exportButtonsWriteTheChosenFile();
    void followsThePalette();
    void controlsFollowTheChartType();

private:
    ResultsChartsView* m_view = nullptr;
    ExperimentScores m_scores;
};

void TestResultsCharts::init()
{
    m_scores = handMadeScores();
    m_view = new ResultsChartsView;
    m_view->resize(1000, 640);
    m_view->setScores(m_scores);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestResultsCharts::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestResultsCharts::barsShowTheTableMeansPerModel()
{
    QBarSeries* series = m_view->barChart()->series();
    QCOMPARE(series->count(), 3);
    QCOMPARE(m_view->barChart()->groupKeys(), (QStringList {Rouge1, RougeL}));
    // Category labels must be unique: the second "Small" is told apart.
    QCOMPARE(series->barSets().at(0)->label(), QStringLiteral("Small"));
    QCOMPARE(series->barSets().at(1)->label(), QStringLiteral("Large"));
    QCOMPARE(series->barSets().at(2)->label(), QStringLiteral("Small (2)"));
    for (qsizetype m = 0; m < 3; ++m) {
        QCOMPARE(series->barSets().at(m)->count(), 2);
        QCOMPARE(series->barSets().at(m)->at(0), displayedMean(m_scores, m, Rouge1));
        QCOMPARE(series->barSets().at(m)->at(1), displayedMean(m_scores, m, RougeL));
    }
    // Means arrive before the intervals: no error bars yet.
    QVERIFY(m_view->barChart()->errorBars()->bars().isEmpty());
    m_view->setPercent(false);
    QCOMPARE(series->barSets().at(1)->at(0), displayedMean(m_scores, 1, Rouge1) / 100);
}

void TestResultsCharts::barsGetErrorBarsFromTheComparison()
{
    const QList<ComparisonColumn> columns
        = comparisonColumns(QSet<QString>(m_scores.keys.cbegin(), m_scores.keys.cend()));
    ComparisonOptions options;
    options.bootstrap.resamples = 200;
    options.comparison.resamples = 200;
    // A table showing only ROUGE-L: its intervals, and the ROUGE-1 bars keep their means.
    qsizetype rougeLColumn = 0;
    while (columns.at(rougeLColumn).key != RougeL)
        ++rougeLColumn;
    m_view->setComparison({columns.at(rougeLColumn)}, comparisonTable(m_scores, {columns.at(rougeLColumn)}, options));
    QCOMPARE(m_view->barChart()->errorBars()->bars().size(), 3);
    QCOMPARE(m_view->barChart()->series()->barSets().at(0)->at(0), displayedMean(m_scores, 0, Rouge1));

    const QList<ComparisonRow> rows = comparisonTable(m_scores, columns, options);
    m_view->setComparison(columns, rows);
    const QList<ErrorBarItem::Bar> bars = m_view->barChart()->errorBars()->bars();
    QCOMPARE(bars.size(), 6); // 3 models × 2 scores
    qsizetype rouge1Column = -1;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == Rouge1)
            rouge1Column = i;
    }
    QVERIFY(rouge1Column >= 0);
    // Model-major: the Large model's ROUGE-1 bar is the third.
    const stats::ConfidenceInterval interval = rows.at(1).cells.at(rouge1Column).interval;
    QCOMPARE(bars.at(2).low, interval.low * 100);
    QCOMPARE(bars.at(2).high, interval.high * 100);
    QCOMPARE(bars.at(2).x, m_view->barChart()->barPosition(1, 0).x());
    QVERIFY(bars.at(2).low <= displayedMean(m_scores, 1, Rouge1));
    QVERIFY(bars.at(2).high >= displayedMean(m_scores, 1, Rouge1));
}

void TestResultsCharts::boxPlotsUseTheCoreQuartiles()
{
    m_view->setChartType(ResultsChartsView::ChartType::BoxPlots);
    m_view->setMetric(Rouge1);
    QBoxPlotSeries* series = m_view->boxPlotChart()->series();
    QCOMPARE(series->count(), 3);
    QCOMPARE(m_view->boxPlotChart()->boxModels(), (QList<qsizetype> {0, 1, 2}));
    for (qsizetype m = 0; m < 3; ++m) {
        QList<double> values;
        for (double value : m_scores.models.at(m).values.value(Rouge1)) {
            if (std::isfinite(value))
                values.append(value);
        }
        const stats::BoxPlot box = stats::BoxPlot::of(values);
        const QBoxSet* set = series->boxSets().at(m);
        QCOMPARE(set->at(QBoxSet::LowerExtreme), box.lowerWhisker * 100);
        QCOMPARE(set->at(QBoxSet::LowerQuartile), box.q1 * 100);
        QCOMPARE(set->at(QBoxSet::Median), box.median * 100);
        QCOMPARE(set->at(QBoxSet::UpperQuartile), box.q3 * 100);
        QCOMPARE(set->at(QBoxSet::UpperExtreme), box.upperWhisker * 100);
    }
    QCOMPARE(series->boxSets().at(2)->label(), QStringLiteral("Small (2)"));
    // The small model's 0.90 is far outside its box.
    QCOMPARE(m_view->boxPlotChart()->outliers()->points(), (QList<QPointF> {{0, 90}}));
}

void TestResultsCharts::tradeoffDrawsTheParetoFrontier()
{
    m_view->setChartType(ResultsChartsView::ChartType::Tradeoff);
    m_view->setMetric(Rouge1);
    m_view->setTradeoffAxis(TradeoffAxis::Cost);
    TradeoffChart* chart = m_view->tradeoffChart();
    QCOMPARE(chart->modelSeries().size(), 3);
    QCOMPARE(chart->modelSeries().at(1)->points(), (QList<QPointF> {{1.20, displayedMean(m_scores, 1, Rouge1)}}));
    // The second "Small" costs more than the first and scores less: it is not on the frontier.
    QCOMPARE(chart->frontier()->points(),
        (QList<QPointF> {{0.01, displayedMean(m_scores, 0, Rouge1)}, {1.20, displayedMean(m_scores, 1, Rouge1)}}));
    QVERIFY(chart->note().isEmpty());

    m_view->setTradeoffAxis(TradeoffAxis::ModelSize);
    // Sizes span orders of magnitude: one x axis shows, a logarithmic one.
    QList<QAbstractAxis*> shownX;
    for (QAbstractAxis* axis : chart->chart()->axes(Qt::Horizontal)) {
        if (axis->isVisible())
            shownX.append(axis);
    }
    QCOMPARE(shownX.size(), 1);
    QCOMPARE(shownX.first()->type(), QAbstractAxis::AxisTypeLogValue);
    QCOMPARE(chart->pointModels(), (QList<qsizetype> {0, 1}));
    QCOMPARE(chart->modelSeries().at(0)->points().at(0).x(), 1.5);
    QCOMPARE(chart->modelSeries().at(1)->points().at(0).x(), 70.0);
    QVERIFY(chart->note().contains(QStringLiteral("Small (2)")));
    QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("chartNote"))->text().contains(QStringLiteral("Small (2)")));

    m_view->setTradeoffAxis(TradeoffAxis::Latency);
    QCOMPARE(chart->modelSeries().at(2)->points().at(0).x(), 15.0);
}

void TestResultsCharts::tokensStackReasoningOnAnswer()
{
    m_view->setChartType(ResultsChartsView::ChartType::Tokens);
    TokenChart* chart = m_view->tokenChart();
    QCOMPARE(chart->categories(),
        (QStringList {QStringLiteral("Small"), QStringLiteral("Large"), QStringLiteral("Small (2)")}));
    QCOMPARE(chart->reasoning()->at(1), 800.0);
    QCOMPARE(chart->answer()->at(1), 150.0);
    QCOMPARE(chart->reasoning()->at(0), 0.0);
    QCOMPARE(chart->answer()->at(0), 100.0);
    QCOMPARE(chart->answer()->at(2), 80.0);
}

void TestResultsCharts::clickingABarRequestsItsSamples()
{
    QSignalSpy spy(m_view, &ResultsChartsView::samplesRequested);
    MetricBarChart* chart = m_view->barChart();
    const QPointF top = chart->barPosition(0, 1); // the first model's ROUGE-L bar
    QTest::mouseClick(
        chart->viewport(), Qt::LeftButton, {}, viewportPoint(chart, QPointF(top.x(), top.y() / 2), chart->series()));
    const Request request = takeRequest(spy);
    QCOMPARE(request.modelId, 11);
    QCOMPARE(request.sampleIds, (QList<qint64> {101, 102, 103, 104, 105})); // not the failed sample
    QCOMPARE(request.key, RougeL);
}

void TestResultsCharts::clickingABoxOrOutlierRequestsItsSamples()
{
    m_view->setChartType(ResultsChartsView::ChartType::BoxPlots);
    m_view->setMetric(Rouge1);
    BoxPlotChart* chart = m_view->boxPlotChart();
    QSignalSpy spy(m_view, &ResultsChartsView::samplesRequested);
    const QBoxSet* large = chart->series()->boxSets().at(1);
    const qreal inBox = (large->at(QBoxSet::LowerQuartile) + large->at(QBoxSet::Median)) / 2;
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, viewportPoint(chart, QPointF(1, inBox), chart->series()));
    Request request = takeRequest(spy);
    QCOMPARE(request.modelId, 12);
    QCOMPARE(request.sampleIds, m_scores.sampleIds);
    QCOMPARE(request.key, Rouge1);

    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, viewportPoint(chart, QPointF(0, 90), chart->outliers()));
    request = takeRequest(spy);
    QCOMPARE(request.modelId, 11);
    QCOMPARE(request.sampleIds, QList<qint64> {105});
}

void TestResultsCharts::clickingAPointRequestsThatModelsSamples()
{
    m_view->setChartType(ResultsChartsView::ChartType::Tradeoff);
    m_view->setMetric(RougeL);
    m_view->setTradeoffAxis(TradeoffAxis::Cost);
    TradeoffChart* chart = m_view->tradeoffChart();
    QSignalSpy spy(m_view, &ResultsChartsView::samplesRequested);
    QScatterSeries* series = chart->modelSeries().at(2);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, viewportPoint(chart, series->at(0), series));
    const Request request = takeRequest(spy);
    QCOMPARE(request.modelId, 13);
    QCOMPARE(request.sampleIds, m_scores.sampleIds);
    QCOMPARE(request.key, RougeL);
}

void TestResultsCharts::clickingATokenBarRequestsDoneSamples()
{
    m_view->setChartType(ResultsChartsView::ChartType::Tokens);
    TokenChart* chart = m_view->tokenChart();
    QSignalSpy spy(m_view, &ResultsChartsView::samplesRequested);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, viewportPoint(chart, QPointF(0, 50), chart->series()));
    const Request request = takeRequest(spy);
    QCOMPARE(request.modelId, 11);
    QCOMPARE(request.sampleIds, (QList<qint64> {101, 102, 103, 104, 105}));
    QCOMPARE(request.key, QLatin1String(valuekeys::AnswerTokens));
}

void TestResultsCharts::hoverShowsValues()
{
    MetricBarChart* bars = m_view->barChart();
    QBarSet* large = bars->series()->barSets().at(1);
    Q_EMIT bars->series()->hovered(true, 0, large);
    QVERIFY(bars->hoverText().contains(QStringLiteral("Large")));
    QVERIFY(bars->hoverText().contains(QStringLiteral("ROUGE-1: 45.0")));
    Q_EMIT bars->series()->hovered(false, 0, large);
    QVERIFY(bars->hoverText().isEmpty());

    m_view->setChartType(ResultsChartsView::ChartType::BoxPlots);
    m_view->setMetric(Rouge1);
    BoxPlotChart* boxes = m_view->boxPlotChart();
    Q_EMIT boxes->series()->hovered(true, boxes->series()->boxSets().at(0));
    QVERIFY(boxes->hoverText().contains(QStringLiteral("median 31.0")));
    QVERIFY(boxes->hoverText().contains(QStringLiteral("5 sample")));
}

void TestResultsCharts::exportsPngAndSvg_data()
{
    QTest::addColumn<ResultsChartsView::ChartType>("type");
    QTest::addRow("bars") << ResultsChartsView::ChartType::Bars;
    QTest::addRow("box plots") << ResultsChartsView::ChartType::BoxPlots;
    QTest::addRow("trade-off") << ResultsChartsView::ChartType::Tradeoff;
    QTest::addRow("tokens") << ResultsChartsView::ChartType::Tokens;
}

void TestResultsCharts::exportsPngAndSvg()
{
    QFETCH(ResultsChartsView::ChartType, type);
    m_view->setChartType(type);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(m_view->exportChart(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_view->currentChart()->size() * 2);

    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(m_view->exportChart(svg));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QXmlStreamReader xml(bytes);
    int texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            ++texts;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(texts > 0);
    // Every chart names the models (legend or categories), and the trade-off labels its points.
    QVERIFY(bytes.contains("Large"));
    QVERIFY(bytes.contains("Small (2)"));
}

void TestResultsCharts::exportButtonsWriteTheChosenFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bars.svg"));
    FileDialog::setNextAnswer(path);
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("exportSvg")), Qt::LeftButton);
    QVERIFY(QFile::exists(path));
    QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("chartNote"))->text().contains(QStringLiteral("bars.svg")));

    const QString png = dir.filePath(QStringLiteral("bars.png"));
    FileDialog::setNextAnswer(png);
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("exportPng")), Qt::LeftButton);
    QVERIFY(!QImage(png).isNull());

    FileDialog::setNextAnswer(dir.filePath(QStringLiteral("missing/folder/x.png")));
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("exportPng")), Qt::LeftButton);
    QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("chartNote"))->text().startsWith(QStringLiteral("Could not")));
}

void TestResultsCharts::followsThePalette()
{
    QPalette dark = m_view->palette();
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    m_view->setPalette(dark);
    for (ChartView* chart :
        {static_cast<ChartView*>(m_view->barChart()), static_cast<ChartView*>(m_view->boxPlotChart()),
            static_cast<ChartView*>(m_view->tradeoffChart()), static_cast<ChartView*>(m_view->tokenChart())}) {
        QCOMPARE(chart->chart()->backgroundBrush().color(), QColor(30, 30, 30));
        const QList<QAbstractAxis*> axes = chart->chart()->axes();
        for (const QAbstractAxis* axis : axes)
            QCOMPARE(axis->labelsBrush().color(), QColor(230, 230, 230));
    }
    // Models keep the reports' colours whatever the palette.
    QCOMPARE(m_view->barChart()->series()->barSets().at(1)->color(), ChartView::seriesColor(1));
}

void TestResultsCharts::controlsFollowTheChartType()
{
    auto* type = m_view->findChild<QComboBox*>(QStringLiteral("chartType"));
    auto* metric = m_view->findChild<QComboBox*>(QStringLiteral("chartMetric"));
    auto* axis = m_view->findChild<QComboBox*>(QStringLiteral("tradeoffAxis"));
    QCOMPARE(metric->count(), 2);
    QVERIFY(!metric->isVisible());
    type->setCurrentIndex(static_cast<int>(ResultsChartsView::ChartType::Tradeoff));
    QCOMPARE(m_view->currentChart(), m_view->tradeoffChart());
    QVERIFY(metric->isVisible());
    QVERIFY(axis->isVisible());
    metric->setCurrentIndex(1);
    QCOMPARE(m_view->tradeoffChart()->frontier()->points().last().y(), displayedMean(m_scores, 1, RougeL));
    // Reloading the same experiment keeps the chosen score.
    m_view->setScores(m_scores);
    QCOMPARE(m_view->metric(), RougeL);
}

QTEST_MAIN(TestResultsCharts)
#include "test_resultscharts.moc"
