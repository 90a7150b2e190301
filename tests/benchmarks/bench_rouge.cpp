// Throughput of rouge::score() (ROUGE-1/2/L/Lsum per pair) on note-length texts, printed as figures rather
// than asserted, because timings depend on the machine. It times 1k, 5k and 10k pairs so that linear growth
// shows as a flat pairs-per-second column.
//
// Usage: bench_rouge [--stemmer] [--threads] [--aci FILE] [--dump FILE] [--counts 1000,5000,10000]
//   --stemmer   score with the Porter stemmer
//   --threads   also score on all cores (QtConcurrent); the default figure is single-threaded
//   --aci FILE  pairs from ACI-Bench notes (a clef_taskC_test3_full.json style file) instead of synthetic text
//   --dump FILE write the pairs as JSON lines {"r":…, "p":…} so another implementation can be timed on them
//   --counts    comma-separated pair counts

#include "metrics/rouge.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdio>
#include <ctime>
#include <random>

using namespace caliper;

namespace {

struct Pair
{
    QString reference;
    QString prediction;
};

/// Deterministic text in the shape of a clinical note: lines of 6–18 words ending in '.', a few headings and
/// numbers, with a skewed word distribution so that common words repeat as they do in real notes. Only raw
/// std::mt19937 output is used (its sequence is fixed by the standard; the distributions are not).
class NoteGenerator
{
public:
    explicit NoteGenerator(std::uint32_t seed)
        : m_random(seed)
    {
        static const char* const syllables[]
            = {"pa", "ti", "ent", "re", "por", "ted", "bl", "ood", "pre", "ss", "ure", "car", "di", "ac", "me", "dic",
                "at", "ion", "hy", "per", "ten", "sive", "ab", "dom", "in", "al", "lo", "wer", "ex", "am"};
        for (int i = 0; i < 3000; ++i) {
            std::string word;
            const std::uint32_t length = 1 + below(3);
            for (std::uint32_t k = 0; k < length; ++k)
                word += syllables[below(std::size(syllables))];
            m_vocabulary.append(QString::fromLatin1(word.data(), static_cast<qsizetype>(word.size())));
        }
    }

    QStringList referenceLines(int words)
    {
        QStringList lines;
        for (int count = 0; count < words;) {
            QStringList line;
            if (below(8) == 0)
                line.append(word().toUpper() + QLatin1Char(':'));
            const std::uint32_t length = 6 + below(13);
            for (std::uint32_t k = 0; k < length; ++k)
                line.append(below(20) == 0
                        ? QString::number(below(200)) + QLatin1Char('/') + QString::number(below(100))
                        : word());
            count += static_cast<int>(line.size());
            lines.append(line.join(QLatin1Char(' ')) + QLatin1Char('.'));
        }
        return lines;
    }

    /// A model's attempt: most lines kept in order with words substituted, dropped or added, some lines
    /// dropped, swapped or invented.
    QString prediction(const QStringList& reference)
    {
        QStringList lines;
        for (const QString& line : reference) {
            if (below(7) == 0)
                continue;
            QStringList words;
            for (const QString& token : line.split(QLatin1Char(' '))) {
                const std::uint32_t roll = below(100);
                if (roll < 65)
                    words.append(token);
                else if (roll < 85)
                    words.append(word());
                else if (roll >= 95)
                    words << token << word();
            }
            lines.append(words.join(QLatin1Char(' ')));
            if (below(10) == 0)
                lines.append(referenceLines(8).join(QLatin1Char(' ')));
        }
        for (qsizetype i = 1; i < lines.size(); i += 5)
            lines.swapItemsAt(i - 1, i);
        return lines.join(QLatin1Char('\n'));
    }

private:
    std::uint32_t below(std::size_t bound) { return static_cast<std::uint32_t>(m_random() % bound); }

    QString word()
    {
        // u³ skews towards the start of the vocabulary: a few words are very common, most are rare.
        const double u = static_cast<double>(m_random()) / 4294967296.0;
        return m_vocabulary[static_cast<qsizetype>(u * u * u * static_cast<double>(m_vocabulary.size()))];
    }

    std::mt19937 m_random;
    QStringList m_vocabulary;
};

QList<Pair> syntheticPairs(int count)
{
    NoteGenerator generator(20240601);
    QList<Pair> pairs;
    pairs.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QStringList reference = generator.referenceLines(400);
        pairs.append({reference.join(QLatin1Char('\n')), generator.prediction(reference)});
    }
    return pairs;
}

/// Every note against the notes of other encounters, cycling until `count` pairs exist.
QList<Pair> aciPairs(const QString& path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList notes;
    for (const QJsonValue& row : QJsonDocument::fromJson(file.readAll())[QLatin1String("data")].toArray())
        notes.append(row[QLatin1String("tgt")].toString());
    QList<Pair> pairs;
    for (qsizetype i = 0; !notes.isEmpty() && pairs.size() < count; ++i)
        pairs.append({notes[i % notes.size()], notes[(i * 7 + 1 + i / notes.size()) % notes.size()]});
    return pairs;
}

void dump(const QList<Pair>& pairs, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    for (const Pair& pair : pairs) {
        const QJsonObject row {{QStringLiteral("r"), pair.reference}, {QStringLiteral("p"), pair.prediction}};
        file.write(QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n');
    }
}

double sumOfF(const rouge::Scores& s)
{
    return s.rouge1.fmeasure + s.rouge2.fmeasure + s.rougeL.fmeasure + s.rougeLsum.fmeasure;
}

struct Timing
{
    double wallSeconds = 0;
    double cpuSeconds = 0; ///< process CPU time: on a busy machine it is steadier than wall time
    double checksum = 0; ///< sum of all F values, to compare with another implementation on the same pairs
};

/// Scores the first `count` pairs. The checksum also keeps the results alive so nothing is optimised away.
Timing run(const QList<Pair>& pairs, qsizetype count, bool stemmer, bool parallel)
{
    const QList<Pair> subset = pairs.mid(0, count);
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    QList<double> sums;
    if (parallel) {
        sums = QtConcurrent::blockingMapped(
            subset, [stemmer](const Pair& p) { return sumOfF(rouge::score(p.reference, p.prediction, stemmer)); });
    } else {
        for (const Pair& p : subset)
            sums.append(sumOfF(rouge::score(p.reference, p.prediction, stemmer)));
    }
    Timing timing;
    timing.cpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    timing.wallSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    for (const double s : sums)
        timing.checksum += s;
    return timing;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool stemmer = args.contains(QLatin1String("--stemmer"));
    const bool threads = args.contains(QLatin1String("--threads"));
    const auto option = [&](const char* name) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < args.size() ? args[at + 1] : QString();
    };
    QList<int> counts {1000, 5000, 10000};
    if (const QString list = option("--counts"); !list.isEmpty()) {
        counts.clear();
        for (const QString& n : list.split(QLatin1Char(',')))
            counts.append(n.toInt());
    }
    const int most = *std::max_element(counts.begin(), counts.end());
    const QString aci = option("--aci");
    const QList<Pair> pairs = aci.isEmpty() ? syntheticPairs(most) : aciPairs(aci, most);
    if (pairs.size() < most) {
        std::fprintf(stderr, "could not build %d pairs\n", most);
        return 1;
    }
    if (const QString path = option("--dump"); !path.isEmpty())
        dump(pairs, path);

    qint64 words = 0;
    for (const Pair& p : pairs)
        words += rouge::tokenize(p.reference).size() + rouge::tokenize(p.prediction).size();
    std::printf("ROUGE-1/2/L/Lsum, %s text, stemmer %s, mean %.0f tokens per text\n",
        aci.isEmpty() ? "synthetic" : "ACI-Bench", stemmer ? "on" : "off",
        static_cast<double>(words) / (2.0 * static_cast<double>(pairs.size())));
    std::printf("%8s %8s %10s %12s %10s %14s %18s\n", "pairs", "threads", "wall s", "pairs/s", "cpu s", "pairs/cpu-s",
        "sum of F");
    for (const bool parallel : {false, true}) {
        if (parallel && !threads)
            continue;
        const int threadCount = parallel ? QThreadPool::globalInstance()->maxThreadCount() : 1;
        for (const int count : counts) {
            const Timing t = run(pairs, count, stemmer, parallel);
            std::printf("%8d %8d %10.3f %12.0f %10.3f %14.0f %18.9f\n", count, threadCount, t.wallSeconds,
                count / t.wallSeconds, t.cpuSeconds, count / t.cpuSeconds, t.checksum);
        }
    }
    return 0;
}
