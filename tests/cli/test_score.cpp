#include "cli/cli.h"
#include "clicapture.h"
#include "dataset/tablereader.h"
#include "metrics/registry.h"
#include "metrics/rouge.h"
#include "stats/descriptive.h"

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace caliper;
using test::Captured;

namespace {

test::Captured runScore(const QStringList& arguments)
{
    return test::runCli(QStringList {QStringLiteral("score")} + arguments);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(test::readFile(path)).object();
}

// Rows of a table file as column → value maps, read the way `caliper score` reads them.
QList<QHash<QString, QString>> readRows(const QString& path)
{
    QList<QHash<QString, QString>> rows;
    auto reader = TableReader::open(path);
    if (!reader.ok())
        return rows;
    TableRow row;
    while (reader.value()->next(row).value()) {
        QHash<QString, QString> values;
        for (qsizetype i = 0; i < row.values.size(); ++i)
            values.insert(reader.value()->columns().at(i), row.values.at(i));
        rows.append(values);
    }
    return rows;
}

// A JSON Lines file pairing each published prediction with its reference note by encounter_id.
QString pairWithReferences(const QString& predictions, const QString& references, const QString& directory)
{
    QHash<QString, QString> referenceById;
    for (const auto& row : readRows(references))
        referenceById.insert(row.value(QStringLiteral("encounter_id")), row.value(QStringLiteral("note")));
    QByteArray lines;
    for (const auto& row : readRows(predictions)) {
        const QString id = row.value(QStringLiteral("encounter_id"));
        const QJsonObject object {{QStringLiteral("id"), id},
            {QStringLiteral("prediction"), row.value(QStringLiteral("note"))},
            {QStringLiteral("reference"), referenceById.value(id)}};
        lines += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    const QString path = QDir(directory).filePath(QFileInfo(predictions).completeBaseName() + QStringLiteral(".jsonl"));
    return writeFile(path, lines) ? path : QString();
}

QStringList column(const QJsonArray& samples, const QString& key)
{
    QStringList values;
    for (const QJsonValue& sample : samples)
        values.append(sample[QStringLiteral("scores")][key].toVariant().toString());
    return values;
}

const QByteArray SmallCsv
    = "id,prediction,reference\n"
      "a,\"The patient reports chest pain.\nPlan: ECG.\",\"Patient has chest pain.\nPlan: ECG and troponin.\"\n"
      "b,Follow up in two weeks.,Return for follow-up in 2 weeks.\n"
      "c,,Start lisinopril 10 mg daily.\n";

const QByteArray SmallJson
    = R"({"data":[)"
      R"({"id":"a","prediction":"The patient reports chest pain.\nPlan: ECG.","reference":"Patient has chest pain.\nPlan: ECG and troponin."},)"
      R"({"id":"b","prediction":"Follow up in two weeks.","reference":"Return for follow-up in 2 weeks."},)"
      R"({"id":"c","prediction":"","reference":"Start lisinopril 10 mg daily."}]})";

const QByteArray SmallJsonLines
    = R"({"id":"a","prediction":"The patient reports chest pain.\nPlan: ECG.","reference":"Patient has chest pain.\nPlan: ECG and troponin."})"
      "\n"
      R"({"id":"b","prediction":"Follow up in two weeks.","reference":"Return for follow-up in 2 weeks."})"
      "\n"
      R"({"id":"c","prediction":"","reference":"Start lisinopril 10 mg daily."})"
      "\n";

} // namespace

class TestScore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every published ACI-Bench prediction file scores; the means are printed for comparison with the paper.
    void scoresPublishedAciBenchPredictions_data()
    {
        QTest::addColumn<QString>("predictions");
        QTest::addColumn<QString>("references");
        const QString test3 = test::sharedPath(QStringLiteral("data/aci-bench/clef_taskC_test3.csv"));
        for (const char* file : {"BART_large_clef_taskC_test3_full.csv", "BioBART_clef_taskC_test3_full.csv",
                 "LED_clef_taskC_test3_full.csv", "bart-large-xsum-samsum_clef_taskC_test3_division_combined.csv",
                 "test3_GPT-4.csv"}) {
            QTest::addRow("%s", file) << test::sharedPath(
                QStringLiteral("data/aci-bench/predictions/") + QString::fromLatin1(file))
                                      << test3;
        }
        QTest::addRow("test1_GPT-4.csv") << test::sharedPath(
            QStringLiteral("data/aci-bench/predictions/test1_GPT-4.csv"))
                                         << test::sharedPath(
                                                QStringLiteral("data/aci-bench/clinicalnlp_taskB_test1.csv"));
    }
    void scoresPublishedAciBenchPredictions()
    {
        QFETCH(QString, predictions);
        QFETCH(QString, references);
        QTemporaryDir dir;
        const QString input = pairWithReferences(predictions, references, dir.path());
        QVERIFY(!input.isEmpty());
        const QString output = dir.filePath(QStringLiteral("scores.json"));
        const Captured result
            = runScore(QStringList {QStringLiteral("--input"), input, QStringLiteral("--output"), output});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        const QJsonObject json = readJson(output);
        const QJsonArray samples = json[QStringLiteral("samples")].toArray();
        QCOMPARE(samples.size(), 40);
        const QList<QHash<QString, QString>> rows = readRows(input);
        const QStringList keys = scoreKeys(*MetricRegistry::builtIn().select(MetricRegistry::builtIn().keys()));
        for (qsizetype i = 0; i < samples.size(); ++i) {
            QCOMPARE(samples.at(i)[QStringLiteral("id")].toString(), rows.at(i).value(QStringLiteral("id")));
            const QJsonObject scores = samples.at(i)[QStringLiteral("scores")].toObject();
            QCOMPARE(scores.size(), keys.size());
            for (const QString& key : keys) {
                const ScoreDefinition* definition = MetricRegistry::builtIn().score(key);
                const double value = scores[key].toDouble(-1);
                QVERIFY2(value >= definition->minimum && value <= definition->maximum, qPrintable(key));
            }
        }
        // The CLI's numbers are the metric's own, sample by sample.
        const rouge::Scores first = rouge::score(
            rows.first().value(QStringLiteral("reference")), rows.first().value(QStringLiteral("prediction")));
        QCOMPARE(samples.first()[QStringLiteral("scores")][QStringLiteral("rouge1")].toDouble(), first.rouge1.fmeasure);
        QCOMPARE(samples.first()[QStringLiteral("scores")][QStringLiteral("rougeLsum_recall")].toDouble(),
            first.rougeLsum.recall);

        const QJsonObject summary = json[QStringLiteral("summary")].toObject();
        QCOMPARE(summary.size(), keys.size());
        QString line;
        for (const QString& key : keys) {
            const QJsonObject entry = summary[key].toObject();
            QList<double> values;
            for (const QString& value : column(samples, key))
                values.append(value.toDouble());
            QCOMPARE(entry[QStringLiteral("n")].toInt(), 40);
            const double mean = entry[QStringLiteral("mean")].toDouble();
            QVERIFY(std::abs(mean - stats::mean(values)) <= 1e-12 * std::max(1.0, std::abs(mean)));
            QVERIFY(entry[QStringLiteral("ci_low")].toDouble() <= mean
                && mean <= entry[QStringLiteral("ci_high")].toDouble());
            if (!key.contains(QLatin1Char('_')) || key.endsWith(QLatin1String("_tokens")))
                line += QStringLiteral(" %1=%2").arg(key).arg(
                    mean, 0, 'f', key.contains(QStringLiteral("token")) ? 1 : 4);
        }
        qInfo("%s:%s", qPrintable(QFileInfo(predictions).completeBaseName()), qPrintable(line));
    }

    // The GPT-4 file carries its references ("Reference Summaries") and encounter ids: nothing to name.
    void detectsAciBenchColumns()
    {
        QTemporaryDir dir;
        const QString input = test::sharedPath(QStringLiteral("data/aci-bench/predictions/test3_GPT-4.csv"));
        const QString output = dir.filePath(QStringLiteral("scores.json"));
        const Captured result = runScore(QStringList {QStringLiteral("--input"), input, QStringLiteral("--output"),
            output, QStringLiteral("--metrics"), QStringLiteral("rouge")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray samples = readJson(output)[QStringLiteral("samples")].toArray();
        const QList<QHash<QString, QString>> rows = readRows(input);
        QCOMPARE(samples.size(), rows.size());
        QCOMPARE(samples.first()[QStringLiteral("id")].toString(), rows.first().value(QStringLiteral("encounter_id")));
        const rouge::Scores expected = rouge::score(
            rows.last().value(QStringLiteral("Reference Summaries")), rows.last().value(QStringLiteral("note")));
        QCOMPARE(
            samples.last()[QStringLiteral("scores")][QStringLiteral("rougeL")].toDouble(), expected.rougeL.fmeasure);
        QCOMPARE(samples.last()[QStringLiteral("scores")].toObject().size(), 12);
    }

    void readsEveryFormatAlike_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("csv") << QStringLiteral("small.csv") << SmallCsv;
        QTest::addRow("json") << QStringLiteral("small.json") << SmallJson;
        QTest::addRow("jsonl") << QStringLiteral("small.jsonl") << SmallJsonLines;
    }
    void readsEveryFormatAlike()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString input = dir.filePath(fileName);
        QVERIFY(writeFile(input, content));
        const QString output = dir.filePath(QStringLiteral("out.json"));
        const Captured result = runScore(QStringList {QStringLiteral("--input"), input, QStringLiteral("--output"),
            output, QStringLiteral("--metrics"), QStringLiteral("rouge,tokens")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray samples = readJson(output)[QStringLiteral("samples")].toArray();
        QCOMPARE(samples.size(), 3);
        QCOMPARE(samples.at(1)[QStringLiteral("id")].toString(), QStringLiteral("b"));
        const rouge::Scores first = rouge::score(QStringLiteral("Patient has chest pain.\nPlan: ECG and troponin."),
            QStringLiteral("The patient reports chest pain.\nPlan: ECG."));
        QCOMPARE(
            samples.at(0)[QStringLiteral("scores")][QStringLiteral("rougeLsum")].toDouble(), first.rougeLsum.fmeasure);
        QCOMPARE(samples.at(2)[QStringLiteral("scores")][QStringLiteral("rouge1")].toDouble(), 0.0);
        QCOMPARE(samples.at(2)[QStringLiteral("scores")][QStringLiteral("answer_tokens")].toDouble(), 0.0);
    }

    // Metrics see the answer only; reasoning is counted separately.
    void scoresTheAnswerOnly_data()
    {
        QTest::addColumn<QString>("prediction");
        QTest::addColumn<QString>("reasoningContent");
        QTest::addColumn<QString>("scoredAnswer");
        QTest::addColumn<bool>("hasReasoning");
        const QString answer = QStringLiteral("Hypertension, uncontrolled. Increase lisinopril to 20 mg.");
        QTest::addRow("plain") << answer << QString() << answer << false;
        QTest::addRow("think block") << QStringLiteral("<think>The patient said her pressure was high.</think>\n")
                + answer << QString() << answer
                                     << true;
        QTest::addRow("opening tag missing")
            << QStringLiteral("Let me see what the plan was.</think>") + answer << QString() << answer << true;
        QTest::addRow("unclosed") << QStringLiteral("<think>Hypertension, uncontrolled, so") << QString() << QString()
                                  << true;
        QTest::addRow("reasoning_content") << answer << QStringLiteral("She needs a higher dose.") << answer << true;
    }
    void scoresTheAnswerOnly()
    {
        QFETCH(QString, prediction);
        QFETCH(QString, reasoningContent);
        QFETCH(QString, scoredAnswer);
        QFETCH(bool, hasReasoning);
        const QString reference = QStringLiteral("Hypertension: uncontrolled. Increase lisinopril to 20 mg daily.");
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("in.jsonl"));
        const QJsonObject row {{QStringLiteral("prediction"), prediction},
            {QStringLiteral("reasoning_content"), reasoningContent}, {QStringLiteral("reference"), reference}};
        QVERIFY(writeFile(input, QJsonDocument(row).toJson(QJsonDocument::Compact)));
        const QString output = dir.filePath(QStringLiteral("out.json"));
        const Captured result
            = runScore(QStringList {QStringLiteral("--input"), input, QStringLiteral("--output"), output});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject sample = readJson(output)[QStringLiteral("samples")].toArray().first().toObject();
        QCOMPARE(sample[QStringLiteral("id")].toInt(), 1);
        const QJsonObject scores = sample[QStringLiteral("scores")].toObject();
        QCOMPARE(scores[QStringLiteral("rouge1")].toDouble(), rouge::score(reference, scoredAnswer).rouge1.fmeasure);
        QCOMPARE(scores[QStringLiteral("reasoning_tokens")].toDouble() > 0, hasReasoning);
        QCOMPARE(scores[QStringLiteral("answer_tokens")].toDouble() > 0, !scoredAnswer.isEmpty());
    }

    void stemmerAndExplicitColumns()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("in.csv"));
        QVERIFY(writeFile(input,
            "Key,Model Output,Gold,Transcript\n"
            "x1,The patients were running tests,The patient runs the tests,[doctor] hello\n"));
        const QString output = dir.filePath(QStringLiteral("out.json"));
        const Captured result = runScore(QStringList {QStringLiteral("--input"), input, QStringLiteral("--output"),
            output, QStringLiteral("--id-column"), QStringLiteral("key"), QStringLiteral("--prediction-column"),
            QStringLiteral("Model Output"), QStringLiteral("--reference-column"), QStringLiteral("Gold"),
            QStringLiteral("--source-column"), QStringLiteral("Transcript"), QStringLiteral("--metrics"),
            QStringLiteral("rouge"), QStringLiteral("--rouge-stemmer")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject sample = readJson(output)[QStringLiteral("samples")].toArray().first().toObject();
        QCOMPARE(sample[QStringLiteral("id")].toString(), QStringLiteral("x1"));
        const rouge::Scores stemmed = rouge::score(
            QStringLiteral("The patient runs the tests"), QStringLiteral("The patients were running tests"), true);
        QCOMPARE(sample[QStringLiteral("scores")][QStringLiteral("rouge1")].toDouble(), stemmed.rouge1.fmeasure);
        QVERIFY(stemmed.rouge1.fmeasure
            != rouge::score(
                QStringLiteral("The patient runs the tests"), QStringLiteral("The patients were running tests"))
                   .rouge1.fmeasure);
    }

    void outputIsDeterministic()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("small.csv"));
        QVERIFY(writeFile(input, SmallCsv));
        QByteArray previous;
        for (int run = 0; run < 2; ++run) {
            const QString output = dir.filePath(QStringLiteral("out%1.json").arg(run));
            QCOMPARE(
                runScore(QStringList {QStringLiteral("--input"), input, QStringLiteral("--output"), output}).exitCode,
                0);
            const QByteArray bytes = test::readFile(output);
            if (run > 0)
                QCOMPARE(bytes, previous);
            previous = bytes;
        }
    }

    // Each failure names what is wrong, exits non-zero and leaves any earlier output untouched.
    void reportsErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QStringList io {
            QStringLiteral("--input"), QStringLiteral("INPUT"), QStringLiteral("--output"), QStringLiteral("OUTPUT")};
        QTest::addRow("unreadable file") << QStringList {QStringLiteral("--input"), QStringLiteral("DIR/missing.csv"),
            QStringLiteral("--output"), QStringLiteral("OUTPUT")}
                                         << 1 << QStringLiteral("missing.csv");
        QTest::addRow("missing prediction column")
            << io + QStringList {QStringLiteral("--prediction-column"), QStringLiteral("nope")} << 1
            << QStringLiteral("'nope'");
        QTest::addRow("missing reference column")
            << io + QStringList {QStringLiteral("--reference-column"), QStringLiteral("gold")} << 1
            << QStringLiteral("'gold'");
        QTest::addRow("missing id column")
            << io + QStringList {QStringLiteral("--id-column"), QStringLiteral("uid")} << 1 << QStringLiteral("'uid'");
        QTest::addRow("unknown metric") << io
                + QStringList {QStringLiteral("--metrics"), QStringLiteral("rouge,bertscore")}
                                        << 2 << QStringLiteral("bertscore");
        QTest::addRow("no input") << QStringList {QStringLiteral("--output"), QStringLiteral("OUTPUT")} << 2
                                  << QStringLiteral("--input");
        QTest::addRow("unknown option") << io + QStringList {QStringLiteral("--frobnicate")} << 2
                                        << QStringLiteral("frobnicate");
        QTest::addRow("unwritable output") << QStringList {QStringLiteral("--input"), QStringLiteral("INPUT"),
            QStringLiteral("--output"), QStringLiteral("DIR/no/out.json")}
                                           << 1 << QStringLiteral("no/out.json");
    }
    void reportsErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("in.csv"));
        QVERIFY(writeFile(input, SmallCsv));
        const QString output = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(writeFile(output, "earlier"));
        for (QString& argument : arguments) {
            argument.replace(QStringLiteral("INPUT"), input).replace(QStringLiteral("OUTPUT"), output);
            argument.replace(QStringLiteral("DIR"), dir.path());
        }
        const Captured result = runScore(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QCOMPARE(test::readFile(output), QByteArray("earlier"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    }

    void reportsMissingReferencesAndPredictions_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("metrics");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("no reference for rouge") << QByteArray("id,prediction\n1,hello\n") << QStringLiteral("rouge")
                                                << QStringLiteral("--reference-column");
        QTest::addRow("no prediction") << QByteArray("id,text,reference\n1,hello,hi\n") << QStringLiteral("tokens")
                                       << QStringLiteral("--prediction-column");
        QTest::addRow("malformed csv") << QByteArray("id,prediction\n1,\"unterminated\n") << QStringLiteral("tokens")
                                       << QStringLiteral("in.csv");
    }
    void reportsMissingReferencesAndPredictions()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, metrics);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("in.csv"));
        QVERIFY(writeFile(input, content));
        const QString output = dir.filePath(QStringLiteral("out.json"));
        const Captured result = runScore(QStringList {QStringLiteral("--input"), input, QStringLiteral("--output"),
            output, QStringLiteral("--metrics"), metrics});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QVERIFY(!QFile::exists(output));
    }

    void tokensNeedNoReference()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("in.csv"));
        QVERIFY(writeFile(input, "output\nhello world\n"));
        const QString output = dir.filePath(QStringLiteral("out.json"));
        const Captured result = runScore(QStringList {QStringLiteral("--input"), input, QStringLiteral("--output"),
            output, QStringLiteral("--metrics"), QStringLiteral("tokens")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject summary = readJson(output)[QStringLiteral("summary")].toObject();
        QCOMPARE(summary[QStringLiteral("answer_words")][QStringLiteral("mean")].toDouble(), 2.0);
        QCOMPARE(summary[QStringLiteral("answer_words")][QStringLiteral("ci_low")].toDouble(), 2.0);
        QCOMPARE(summary[QStringLiteral("answer_words")][QStringLiteral("n")].toInt(), 1);
    }

    void printsHelp()
    {
        const Captured result = runScore(QStringList {QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("--prediction-column")));
        QVERIFY(result.out.contains(QStringLiteral("--rouge-stemmer")));
    }
};

QTEST_GUILESS_MAIN(TestScore)
#include "test_score.moc"
