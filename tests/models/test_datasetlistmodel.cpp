#include "dataset/datasetlistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace caliper;

namespace {

DatasetInfo dataset(qint64 id, const QString& name, qint64 samples, const QString& reference)
{
    DatasetInfo info;
    info.id = id;
    info.name = name;
    info.sourcePath = name + QStringLiteral(".json");
    info.format = QStringLiteral("json");
    info.contentHash = QStringLiteral("ab12");
    info.mapping.inputColumn = QStringLiteral("src");
    info.mapping.referenceColumn = reference;
    info.sampleCount = samples;
    info.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::utc());
    return info;
}

} // namespace

class TestDatasetListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsDatasets()
    {
        DatasetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDatasets({dataset(7, QStringLiteral("test3"), 40, QStringLiteral("tgt")),
            dataset(9, QStringLiteral("unlabelled"), 12, QString())});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DatasetListModel::ColumnCount));
        QCOMPARE(model.index(0, DatasetListModel::NameColumn).data().toString(), QStringLiteral("test3"));
        QCOMPARE(model.index(1, DatasetListModel::SamplesColumn).data().toLongLong(), 12);
        QCOMPARE(model.index(1, 0).data(DatasetListModel::DatasetIdRole).toLongLong(), 9);
        QCOMPARE(model.index(0, 0).data(DatasetListModel::HasReferenceRole).toBool(), true);
        QCOMPARE(model.index(1, 0).data(DatasetListModel::HasReferenceRole).toBool(), false);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("ab12")));
        QCOMPARE(model.rowOf(9), 1);
        QCOMPARE(model.rowOf(8), -1);
        QCOMPARE(
            model.headerData(DatasetListModel::SamplesColumn, Qt::Horizontal).toString(), QStringLiteral("Samples"));

        model.setDatasets({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatasetListModel)
#include "test_datasetlistmodel.moc"
