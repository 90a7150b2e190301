// `caliper score` on the reference study's shape: 40 ACI-Bench test3 conversations × 16 models, every metric
// except the LLM judge (ROUGE-1/2/L/Lsum, sacreBLEU, Lumigator BLEU, METEOR, token counts). The issue asks for
// under one second in total; the figure is printed, not asserted, because timings depend on the machine.
//
// The 16 "models" are the five published test3 prediction files (full notes, longer than the study's A&P
// summaries, so this errs on the slow side), repeated; every other model wraps its notes in a <think> block so
// the reasoning split is exercised too. References are the test3 full notes.
//
// Usage: bench_score [--repeat N]   (N timed repetitions after the first, cold one; default 3)

#include "cli/cli.h"
#include "dataset/tablereader.h"
#include "metrics/meteor.h"
#include "metrics/reasoning.h"
#include "metrics/registry.h"
#include "stats/bootstrap.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace caliper;

namespace {

// Wall and process CPU time of one step, in milliseconds. On a busy machine the wall time mostly measures the
// other processes; CPU time divided by the cores in use is what an idle machine would show.
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

template <typename Step> Timing measure(Step step)
{
    const std::clock_t cpuStart = std::clock();
    QElapsedTimer timer;
    timer.start();
    step();
    return {static_cast<double>(timer.nsecsElapsed()) / 1e6,
        static_cast<double>(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC};
}

QList<QHash<QString, QString>> readRows(const QString& path)
{
    QList<QHash<QString, QString>> rows;
    auto reader = TableReader::open(path);
    if (!reader.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.error().toString()));
        return rows;
    }
    TableRow row;
    while (reader.value()->next(row).value()) {
        QHash<QString, QString> values;
        for (qsizetype i = 0; i < row.values.size(); ++i)
            values.insert(reader.value()->columns().at(i), row.values.at(i));
        rows.append(values);
    }
    return rows;
}

// Writes one JSON Lines input per model; returns their paths.
QStringList writeModelInputs(const QString& directory)
{
    const QString aci = test::sharedPath(QStringLiteral("data/aci-bench/"));
    QHash<QString, QString> references;
    for (const auto& row : readRows(aci + QStringLiteral("clef_taskC_test3.csv")))
        references.insert(row.value(QStringLiteral("encounter_id")), row.value(QStringLiteral("note")));
    const QStringList files = {QStringLiteral("BART_large_clef_taskC_test3_full.csv"),
        QStringLiteral("BioBART_clef_taskC_test3_full.csv"), QStringLiteral("LED_clef_taskC_test3_full.csv"),
        QStringLiteral("bart-large-xsum-samsum_clef_taskC_test3_division_combined.csv"),
        QStringLiteral("test3_GPT-4.csv")};
    QStringList inputs;
    for (int model = 0; model < 16; ++model) {
        QByteArray lines;
        for (const auto& row : readRows(aci + QStringLiteral("predictions/") + files.at(model % files.size()))) {
            const QString id = row.value(QStringLiteral("encounter_id"));
            QString prediction = row.value(QStringLiteral("note"));
            if (model % 2 == 1)
                prediction = QStringLiteral("<think>") + references.value(id).left(2000) + QStringLiteral("</think>")
                    + prediction;
            const QJsonObject object {{QStringLiteral("id"), id}, {QStringLiteral("prediction"), prediction},
                {QStringLiteral("reference"), references.value(id)}};
            lines += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        }
        const QString path = QDir(directory).filePath(QStringLiteral("model%1.jsonl").arg(model));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(lines) != lines.size())
            return {};
        inputs.append(path);
    }
    return inputs;
}

// Scores every model with `caliper score`, as a user would. False on failure.
bool scoreAll(const QStringList& inputs, const QString& directory)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    cli::Io io {outStream, errStream};
    for (const QString& input : inputs) {
        const QString output = QDir(directory).filePath(QFileInfo(input).completeBaseName() + QStringLiteral(".json"));
        if (cli::run({QStringLiteral("caliper"), QStringLiteral("score"), QStringLiteral("--input"), input,
                         QStringLiteral("--output"), output},
                io)
            != 0) {
            errStream.flush();
            std::fprintf(stderr, "%s\n", qPrintable(err));
            return false;
        }
    }
    return true;
}

// Milliseconds each metric takes for all samples on one thread, and the summaries of all their scores, to show
// where the time goes.
void printBreakdown(const QStringList& inputs)
{
    QList<MetricInput> samples;
    for (const QString& input : inputs) {
        for (const auto& row : readRows(input)) {
            const ReasoningSplit split = splitReasoning(row.value(QStringLiteral("prediction")));
            samples.append({split.answer, split.reasoning, row.value(QStringLiteral("reference")), QString()});
        }
    }
    QList<ScoreMap> scores(samples.size());
    for (const Metric& metric : MetricRegistry::builtIn().metrics()) {
        const Timing timing = measure([&] {
            for (qsizetype i = 0; i < samples.size(); ++i)
                scores[i].insert(metric.compute(samples.at(i), {}));
        });
        std::printf(
            "  %-8s %8.1f ms wall %8.1f ms CPU (one thread)\n", qPrintable(metric.key), timing.wall, timing.cpu);
    }
    const Timing timing = measure([&] {
        for (const QString& key : scores.first().keys()) {
            QList<double> values;
            for (const ScoreMap& sample : scores)
                values.append(sample.value(key));
            stats::summarize(values);
        }
    });
    std::printf("  %-8s %8.1f ms wall %8.1f ms CPU (bootstrap intervals of %lld scores)\n", "summary", timing.wall,
        timing.cpu, static_cast<long long>(scores.first().size()));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype flag = app.arguments().indexOf(QStringLiteral("--repeat"));
    const int repeat = flag > 0 ? std::max(1, app.arguments().value(flag + 1).toInt()) : 3;
    QTemporaryDir directory;
    const QStringList inputs = writeModelInputs(directory.path());
    if (inputs.size() != 16)
        return 1;
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    std::printf("bench_score: 16 models x 40 samples (ACI-Bench test3 full notes), all metrics but the judge\n");
    std::printf("threads: %d, WordNet synonyms: %s\n", threads, meteor::wordNetAvailable() ? "yes" : "no");
    bool ok = true;
    Timing best;
    for (int run = 0; run <= repeat && ok; ++run) {
        const Timing timing = measure([&] { ok = scoreAll(inputs, directory.path()); });
        std::printf("%s %8.1f ms wall %8.1f ms CPU\n",
            run == 0 ? "first run (loads WordNet, token ranks):" : "repeat:                                ",
            timing.wall, timing.cpu);
        if (run == 0 || timing.wall < best.wall)
            best = timing;
    }
    if (!ok)
        return 1;
    std::printf("best: %.1f ms wall (%.0f samples/s), %.1f ms CPU = %.1f ms on %d idle cores; target < 1000 ms\n",
        best.wall, 640 / best.wall * 1000, best.cpu, best.cpu / threads, threads);
    std::printf("breakdown:\n");
    printBreakdown(inputs);
    return 0;
}
