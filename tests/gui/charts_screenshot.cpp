// Renders the results charts for packaging/screenshots/: every chart type over a synthetic but plausible
// experiment (six models of the sizes people compare on clinical notes, 60 samples with a per-sample difficulty
// shared by all models, as real scores have). Run under Xvfb or the offscreen platform:
//   caliper_charts_screenshot OUTDIR [dark]
// writes OUTDIR/charts-bars.png, charts-boxplots.png, charts-tradeoff.png and charts-tokens.png.
//   caliper_charts_screenshot --time SAMPLES
// prints how long showing each chart takes for six models over SAMPLES samples.
#include "analysis/comparisontable.h"
#include "charts/resultschartsview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStyleFactory>
#include <QTextStream>

#include <algorithm>
#include <random>

using namespace caliper;

namespace {

struct Profile
{
    const char* name;
    double billions; ///< 0: unknown
    double quality; ///< shifts every score
    double reasoningTokens;
    double answerTokens;
    double latency;
    double costPerSample;
};

// Quality, tokens and latency in the ranges a study of A&P notes reports; costs from public API prices.
const Profile Profiles[] = {
    {"Qwen2.5-1.5B", 1.5, -0.07, 0, 160, 1.1, 0},
    {"Llama-3.1-8B", 8, -0.03, 0, 210, 2.4, 0},
    {"Qwen2.5-14B", 14, 0.0, 0, 190, 3.9, 0},
    {"DeepSeek-R1-Distill-32B", 32, 0.015, 720, 230, 14.0, 0},
    {"Llama-3.3-70B", 70, 0.02, 0, 240, 9.5, 0},
    {"DeepSeek-R1 (API)", 671, 0.03, 1150, 220, 31.0, 0.0042},
};

ModelSampleValues synthesize(qint64 id, const Profile& profile, const QList<double>& difficulty, std::mt19937& random)
{
    std::normal_distribution<double> noise(0, 1);
    ModelSampleValues model;
    model.modelId = id;
    model.name = QString::fromUtf8(profile.name);
    if (profile.billions > 0)
        model.parameters = profile.billions * 1e9;
    const auto clamp = [](double value) { return std::clamp(value, 0.0, 1.0); };
    for (double hard : difficulty) {
        const double level = profile.quality - hard;
        model.values[QStringLiteral("rouge1")].append(clamp(0.42 + level + 0.05 * noise(random)));
        model.values[QStringLiteral("rouge2")].append(clamp(0.16 + 0.7 * level + 0.04 * noise(random)));
        model.values[QStringLiteral("rougeL")].append(clamp(0.25 + 0.8 * level + 0.04 * noise(random)));
        model.values[QStringLiteral("meteor")].append(clamp(0.33 + level + 0.05 * noise(random)));
        model.values[QStringLiteral("geval_coherence")].append(clamp(0.78 + 1.5 * level + 0.08 * noise(random)));
        model.values[QLatin1String(valuekeys::ReasoningTokens)].append(
            std::max(0.0, profile.reasoningTokens * (1 + 0.25 * noise(random))));
        model.values[QLatin1String(valuekeys::AnswerTokens)].append(profile.answerTokens * (1 + 0.2 * noise(random)));
        model.values[QLatin1String(valuekeys::Latency)].append(profile.latency * (1 + 0.15 * noise(random)));
        model.values[QLatin1String(valuekeys::Cost)].append(profile.costPerSample);
        model.totalCost += profile.costPerSample;
        ++model.done;
    }
    return model;
}

ExperimentScores syntheticExperiment(int samples = 60)
{
    std::mt19937 random(20261203);
    std::normal_distribution<double> spread(0, 0.06);
    ExperimentScores scores;
    scores.experimentId = 1;
    QList<double> difficulty;
    for (int i = 0; i < samples; ++i) {
        scores.sampleIds.append(1000 + i);
        difficulty.append(spread(random));
    }
    scores.keys = {QStringLiteral("rouge1"), QStringLiteral("rouge2"), QStringLiteral("rougeL"),
        QStringLiteral("meteor"), QStringLiteral("geval_coherence"), QLatin1String(valuekeys::ReasoningTokens),
        QLatin1String(valuekeys::AnswerTokens), QLatin1String(valuekeys::Latency), QLatin1String(valuekeys::Cost)};
    qint64 id = 1;
    for (const Profile& profile : Profiles)
        scores.models.append(synthesize(id++, profile, difficulty, random));
    return scores;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    return dark;
}

int timeCharts(int samples)
{
    const ExperimentScores scores = syntheticExperiment(samples);
    ResultsChartsView view;
    view.resize(1100, 620);
    view.show();
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    view.setScores(scores);
    QCoreApplication::processEvents();
    out << "setScores with bars: " << timer.restart() << " ms\n";
    for (auto type : {ResultsChartsView::ChartType::BoxPlots, ResultsChartsView::ChartType::Tradeoff,
             ResultsChartsView::ChartType::Tokens}) {
        view.setChartType(type);
        QCoreApplication::processEvents();
        out << "chart " << static_cast<int>(type) << ": " << timer.restart() << " ms\n";
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        QTextStream(stderr) << "usage: caliper_charts_screenshot OUTDIR [dark]\n";
        return 2;
    }
    if (arguments.at(1) == QLatin1String("--time"))
        return timeCharts(arguments.value(2).toInt());
    if (arguments.value(2) == QLatin1String("dark"))
        app.setPalette(darkPalette());
    const ExperimentScores scores = syntheticExperiment();
    ResultsChartsView view;
    view.resize(1100, 620);
    view.setScores(scores);
    const QList<ComparisonColumn> columns = comparisonColumns(QSet<QString>(scores.keys.cbegin(), scores.keys.cend()));
    view.setComparison(columns, comparisonTable(scores, columns));
    view.show();
    const QDir out(arguments.at(1));
    const QList<std::pair<ResultsChartsView::ChartType, const char*>> shots = {
        {ResultsChartsView::ChartType::Bars, "charts-bars.png"},
        {ResultsChartsView::ChartType::BoxPlots, "charts-boxplots.png"},
        {ResultsChartsView::ChartType::Tradeoff, "charts-tradeoff.png"},
        {ResultsChartsView::ChartType::Tokens, "charts-tokens.png"},
    };
    for (const auto& [type, name] : shots) {
        view.setChartType(type);
        if (type == ResultsChartsView::ChartType::Tradeoff)
            view.setTradeoffAxis(TradeoffAxis::ModelSize);
        QCoreApplication::processEvents();
        if (!view.grab().save(out.filePath(QString::fromLatin1(name)))) {
            QTextStream(stderr) << "cannot write " << out.filePath(QString::fromLatin1(name)) << '\n';
            return 1;
        }
    }
    return 0;
}
