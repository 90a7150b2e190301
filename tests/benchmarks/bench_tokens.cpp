// cl100k_base token counts for 10,000 texts of ACI-Bench length (the transcripts and notes of every ACI-Bench
// JSON split in ../shared, cycled), plus the one-off cost of loading the ranks. The figures are printed, not
// asserted, because timings depend on the machine; CPU time is shown beside wall time for busy machines.
//
// Usage: bench_tokens [--texts N]   (default 10000)

#include "metrics/tokencount.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <ctime>

using namespace caliper;

namespace {

struct Timing
{
    double wall = 0; ///< ms
    double cpu = 0; ///< ms of process CPU time
};

template <typename Step> Timing measure(Step step)
{
    const std::clock_t cpuStart = std::clock();
    QElapsedTimer timer;
    timer.start();
    step();
    return {double(timer.nsecsElapsed()) / 1e6, double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC};
}

QStringList aciBenchTexts()
{
    QStringList texts;
    const QDir dir(test::sharedPath(QStringLiteral("data/aci-bench")));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QJsonArray rows = QJsonDocument::fromJson(test::readFile(dir.filePath(name)))
                                    .object()
                                    .value(QLatin1String("data"))
                                    .toArray();
        for (const QJsonValue& row : rows) {
            texts.append(row.toObject().value(QLatin1String("src")).toString());
            texts.append(row.toObject().value(QLatin1String("tgt")).toString());
        }
    }
    return texts;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype flag = args.indexOf(QStringLiteral("--texts"));
    const qsizetype count = flag >= 0 && flag + 1 < args.size() ? args.at(flag + 1).toLongLong() : 10000;

    const QStringList pool = aciBenchTexts();
    if (pool.isEmpty()) {
        std::fprintf(stderr, "no ACI-Bench texts found below %s\n", qPrintable(test::sharedPath({})));
        return 1;
    }
    QStringList texts;
    qint64 characters = 0;
    for (qsizetype i = 0; i < count; ++i) {
        texts.append(pool.at(i % pool.size()));
        characters += texts.constLast().size();
    }

    qint64 vocabulary = 0;
    const Timing load = measure([&] { vocabulary = cl100kVocabularySize(); });
    qint64 tokens = 0;
    const Timing counting = measure([&] {
        for (const QString& text : texts)
            tokens += cl100kTokenCount(text);
    });

    std::printf("ranks: %lld tokens loaded in %.1f ms wall, %.1f ms CPU\n", static_cast<long long>(vocabulary),
        load.wall, load.cpu);
    std::printf("%lld texts (%lld distinct, %.1f M characters, %lld tokens) on one thread: %.0f ms wall, %.0f ms CPU\n",
        static_cast<long long>(count), static_cast<long long>(pool.size()), double(characters) / 1e6,
        static_cast<long long>(tokens), counting.wall, counting.cpu);
    std::printf("  %.0f texts/s, %.2f M tokens/s (by CPU time)\n", double(count) / (counting.cpu / 1000.0),
        double(tokens) / 1e6 / (counting.cpu / 1000.0));
    return 0;
}
