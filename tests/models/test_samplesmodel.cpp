#include "dataset/samplesmodel.h"
#include "modelfixtures.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace caliper;
using caliper::test::FixtureSample;

namespace {

QList<FixtureSample> clinicSamples()
{
    return {
        {QStringLiteral("v1"),
            QStringLiteral("[doctor] how is the blood pressure ?\n[patient] better since lisinopril ."),
            QStringLiteral("ASSESSMENT\nHypertension, controlled.\nPLAN\n- continue lisinopril")},
        {QStringLiteral("v2"), QStringLiteral("[doctor] any chest pain ?\n[patient] no , just a cough ."),
            QStringLiteral("ASSESSMENT\nAcute bronchitis.\nPLAN\n- fluids and rest")},
        {QStringLiteral("v3"), QStringLiteral("[nurse] blood sugar was 180 .\n[doctor] we will adjust metformin ."),
            std::nullopt},
        {QStringLiteral("v4"), QStringLiteral("[doctor] the hypertension is new ?\n[patient] yes , 100% new ."),
            QStringLiteral("ASSESSMENT\nNew hypertension.\nPLAN\n- start amlodipine")},
    };
}

} // namespace

class TestSamplesModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_clinic = 0;
    qint64 m_other = 0;

    QStringList ids(const SamplesModel& model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, SamplesModel::IdColumn).data().toString();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto workspace = Workspace::open(m_dir.path());
        QVERIFY(workspace.ok());
        m_workspace = std::move(workspace).value();
        m_clinic = test::insertDataset(m_workspace->database(), QStringLiteral("clinic"), clinicSamples());
        QVERIFY(m_clinic > 0);
        // A second dataset sharing words: searches must stay within the dataset shown.
        m_other = test::insertDataset(m_workspace->database(), QStringLiteral("other"),
            {{QStringLiteral("o1"), QStringLiteral("lisinopril and blood pressure"),
                QStringLiteral("PLAN: lisinopril")}});
        QVERIFY(m_other > 0);
    }

    void showsRowsAndColumns()
    {
        SamplesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_workspace->database());
        QVERIFY(model.setDataset(m_clinic).ok());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(SamplesModel::ColumnCount));
        QCOMPARE(ids(model),
            (QStringList {QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3"), QStringLiteral("v4")}));
        QCOMPARE(model.index(0, SamplesModel::SourceWordsColumn).data().toLongLong(), 12);
        QCOMPARE(model.index(0, SamplesModel::ReferenceWordsColumn).data().toLongLong(), 7);
        QCOMPARE(model.index(0, SamplesModel::PreviewColumn).data().toString(),
            QStringLiteral("[doctor] how is the blood pressure ? [patient] better since lisinopril ."));
        QCOMPARE(model.index(2, 0).data(SamplesModel::HasReferenceRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(SamplesModel::HasReferenceRole).toBool(), true);
        QCOMPARE(model.headerData(SamplesModel::PreviewColumn, Qt::Horizontal).toString(), QStringLiteral("Preview"));
    }

    void readsTheWholeSample()
    {
        SamplesModel model;
        model.setDatabase(m_workspace->database());
        QVERIFY(model.setDataset(m_clinic).ok());
        auto sample = model.sample(2);
        QVERIFY(sample.ok());
        QCOMPARE(sample->externalId, QStringLiteral("v3"));
        QCOMPARE(sample->source, clinicSamples().at(2).source);
        QVERIFY(sample->reference.isNull());
        QCOMPARE(sample->rowIndex, 2);
        QVERIFY(!model.sample(4).ok());
    }

    void searches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("mode");
        const int fts = int(SamplesModel::SearchMode::FullText);
        const int substring = int(SamplesModel::SearchMode::Substring);
        QTest::addRow("word in source") << QStringLiteral("lisinopril") << QStringList {QStringLiteral("v1")} << fts;
        QTest::addRow("word in reference only")
            << QStringLiteral("amlodipine") << QStringList {QStringLiteral("v4")} << fts;
        QTest::addRow("two words, any order")
            << QStringLiteral("pressure blood") << QStringList {QStringLiteral("v1")} << fts;
        QTest::addRow("phrase") << QStringLiteral("\"blood sugar\"") << QStringList {QStringLiteral("v3")} << fts;
        QTest::addRow("prefix") << QStringLiteral("hyperten*")
                                << QStringList {QStringLiteral("v1"), QStringLiteral("v4")} << fts;
        QTest::addRow("speaker tag is not FTS syntax")
            << QStringLiteral("[nurse]") << QStringList {QStringLiteral("v3")} << substring;
        QTest::addRow("percent sign is literal")
            << QStringLiteral("100%") << QStringList {QStringLiteral("v4")} << substring;
        QTest::addRow("no match") << QStringLiteral("warfarin") << QStringList {} << fts;
        QTest::addRow("empty shows all") << QStringLiteral("  ")
                                         << QStringList {QStringLiteral("v1"), QStringLiteral("v2"),
                                                QStringLiteral("v3"), QStringLiteral("v4")}
                                         << int(SamplesModel::SearchMode::None);
    }
    void searches()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(int, mode);
        SamplesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_workspace->database());
        QVERIFY(model.setDataset(m_clinic).ok());
        QVERIFY(model.setSearchText(text).ok());
        QCOMPARE(ids(model), expected);
        QCOMPARE(int(model.searchMode()), mode);
        // The search stays when the dataset changes.
        QVERIFY(model.setDataset(m_other).ok());
        QCOMPARE(model.searchText(), text.trimmed());
    }

    // 100,000 rows: showing the dataset reads only ids; cells are read a page at a time, and only the pages asked for.
    void readsLazilyAtOneHundredThousandRows()
    {
        const qint64 big = test::insertGeneratedDataset(m_workspace->database(), QStringLiteral("big"), 100000);
        QVERIFY(big > 0);

        SamplesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_workspace->database());
        QVERIFY(model.setDataset(big).ok());
        QCOMPARE(model.rowCount(), 100000);
        const int afterReset = model.pagesRead(); // the tester may look at the first row
        QVERIFY(afterReset <= 1);

        QCOMPARE(model.index(99999, SamplesModel::IdColumn).data().toString(), QStringLiteral("s99999"));
        QCOMPARE(model.index(99999, SamplesModel::PreviewColumn).data().toString(),
            QStringLiteral("[doctor] visit 99999 words here"));
        QCOMPARE(model.pagesRead(), afterReset + 1);
        QCOMPARE(model.index(99999 - SamplesModel::PageSize + 1, 0).data().toString(),
            QStringLiteral("s%1").arg(99999 - SamplesModel::PageSize + 1));
        QCOMPARE(model.pagesRead(), afterReset + 1); // same page

        // Walking far keeps a bounded cache.
        for (int row = 0; row < 100000; row += SamplesModel::PageSize)
            QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("s%1").arg(row));
        QVERIFY(model.cachedPageCount() <= SamplesModel::MaxCachedPages);
        QCOMPARE(model.index(12345, 0).data().toString(), QStringLiteral("s12345"));

        QVERIFY(model.setSearchText(QStringLiteral("77777")).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("s77777"));
    }
};

QTEST_GUILESS_MAIN(TestSamplesModel)
#include "test_samplesmodel.moc"
