// Prints how long the built-in baselines take on a long transcript: ACI-Bench dialogues joined until they
// reach 10,000 words (the run queue calls them on the GUI's worker threads, once per sample).
#include "baselines/baselines.h"

#include "common/pythonstring.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace caliper;

namespace {

QString longTranscript(qint64 words)
{
    QFile file(test::sharedPath(QStringLiteral("data/aci-bench/clef_taskC_test3_assessment_and_plan.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("data")).toArray();
    QString transcript;
    for (const QJsonValue& row : rows) {
        transcript += row.toObject().value(QLatin1String("src")).toString() + u'\n';
        if (pythonstring::countWords(transcript) >= words)
            break;
    }
    return transcript;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0; ///< process CPU time: the figure that matters on a busy machine
};

/// Median wall-clock and CPU milliseconds of `runs` calls.
template <typename F> Timing median(int runs, F&& call)
{
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t started = std::clock();
        call();
        cpu.append(1000.0 * static_cast<double>(std::clock() - started) / CLOCKS_PER_SEC);
        wall.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall.at(wall.size() / 2), cpu.at(cpu.size() / 2)};
}

void print(QTextStream& out, const char* what, Timing timing)
{
    out << what << ": " << timing.wallMs << " ms wall, " << timing.cpuMs << " ms CPU (median of 7)\n";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString transcript = longTranscript(10000);
    if (transcript.isEmpty()) {
        out << "cannot read the ACI-Bench transcripts under ../shared\n";
        return 1;
    }
    const qsizetype sentences = baselines::splitSentences(transcript).size();
    out << "transcript: " << pythonstring::countWords(transcript) << " words, " << sentences << " sentences\n";
    print(out, "splitSentences", median(7, [&] { baselines::splitSentences(transcript); }));
    print(out, "leadSummary", median(7, [&] { baselines::leadSummary(transcript); }));
    print(out, "textRankSummary", median(7, [&] { baselines::textRankSummary(transcript); }));
    return 0;
}
