// Dataset import throughput and memory on synthetic CSVs of growing size (multi-line quoted dialogues, like
// ACI-Bench's CSVs). Prints MB/s, rows/s and peak RSS for each size, so the figures show whether time scales
// linearly and memory stays bounded. Usage: bench_import [SIZE_MB…] (default: 100 1000).
#include "dataset/datasetimporter.h"
#include "dataset/tablereader.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <array>

using namespace caliper;

namespace {

constexpr std::array words = {"pain", "knee", "blood", "pressure", "doctor", "okay", "medication", "since", "weeks",
    "left", "right", "swelling", "history", "sleep", "exercise", "daily", "follow", "return", "refill", "allergy",
    "cough", "fever", "breathing", "diet", "sugar", "numb", "ankle", "x-ray", "scan", "results", "better", "worse"};

// A deterministic pseudo-random word stream (a linear congruential generator): cheap, and every run alike.
class WordStream
{
public:
    const char* next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return words[static_cast<size_t>(m_state >> 59)];
    }

private:
    quint64 m_state = 42;
};

QByteArray line(WordStream& stream, const char* speaker, int count)
{
    QByteArray text(speaker);
    for (int i = 0; i < count; ++i)
        text += ' ' + QByteArray(stream.next());
    return text + " .";
}

// One row: an id, a ~40-line dialogue with a quoted word (doubled quotes), and a multi-line note.
QByteArray row(WordStream& stream, qint64 index)
{
    QByteArray dialogue;
    for (int turn = 0; turn < 40; ++turn)
        dialogue += line(stream, turn % 2 ? "[patient]" : "[doctor]", 8 + turn % 7) + '\n';
    dialogue += "[doctor] you said \"\"" + QByteArray(stream.next()) + "\"\" , right ?";
    QByteArray note = "ASSESSMENT AND PLAN\n\n" + line(stream, "1.", 30) + '\n' + line(stream, "2.", 20);
    return "E" + QByteArray::number(index) + ",\"" + dialogue + "\",\"" + note + "\"\n";
}

qint64 writeCsv(const QString& path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    WordStream stream;
    file.write("encounter_id,dialogue,note\n");
    qint64 rows = 0;
    QByteArray chunk;
    while (file.size() + chunk.size() < bytes) {
        chunk += row(stream, ++rows);
        if (chunk.size() > (1 << 22)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return rows;
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// CPU seconds (user + system) used so far: on a shared machine wall time also measures the neighbours.
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds
        = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double parseOnly(const QString& path)
{
    const double start = cpuSeconds();
    auto reader = TableReader::open(path);
    TableRow row;
    while (reader && reader.value()->next(row).value()) { }
    return cpuSeconds() - start;
}

void run(qint64 megabytes, QTextStream& out)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("synthetic.csv"));
    const qint64 rows = writeCsv(csv, megabytes << 20);
    const double mb = static_cast<double>(QFile(csv).size()) / (1 << 20);
    const double parseSeconds = parseOnly(csv);
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("workspace")));
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    Result<DatasetInfo> dataset = workspace
        ? importDataset(workspace.value()->database(), ImportOptions {csv, {}, TableFormat::Auto, {}})
        : Result<DatasetInfo>(workspace.error());
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const double cpu = cpuSeconds() - cpuStart;
    if (!dataset) {
        out << "import failed: " << dataset.error().toString() << Qt::endl;
        return;
    }
    const double dbMb = static_cast<double>(QFile(workspace.value()->databaseFile()).size()) / (1 << 20);
    out << QStringLiteral("%1 MB, %2 rows: parse only %3 MB/s (CPU); import %4 s wall, %5 s CPU = %6 MB/s, "
                          "%7 rows/s (wall), %8 MB/s (CPU); workspace %9 MB; peak RSS so far %10 MB")
               .arg(mb, 0, 'f', 0)
               .arg(rows)
               .arg(mb / parseSeconds, 0, 'f', 1)
               .arg(seconds, 0, 'f', 1)
               .arg(cpu, 0, 'f', 1)
               .arg(mb / seconds, 0, 'f', 1)
               .arg(static_cast<double>(dataset->sampleCount) / seconds, 0, 'f', 0)
               .arg(mb / cpu, 0, 'f', 1)
               .arg(dbMb, 0, 'f', 0)
               .arg(peakRssMb(), 0, 'f', 1)
        << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QList<qint64> sizes;
    for (const QString& argument : QCoreApplication::arguments().mid(1))
        sizes.append(argument.toLongLong());
    if (sizes.isEmpty())
        sizes = {100, 1000};
    out << "peak RSS at start " << peakRssMb() << " MB" << Qt::endl;
    for (const qint64 size : sizes)
        run(size, out);
    return 0;
}
