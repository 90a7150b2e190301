#include "reportfixture.h"
#include "reports/csvreport.h"
#include "reports/jsonreport.h"
#include "reports/reportdata.h"
#include "review/reviewstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace caliper;

// Reviews reach the per-sample exports: the CSV's reviewer/rating/review_note/review_tags columns and each output's
// "reviews" in the JSON report.
class TestReviewExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.create());
        const Result<QList<OutputRecord>> outputs
            = ExperimentStore(m_fixture.workspace->database()).outputs(m_fixture.experimentId);
        QVERIFY(outputs.ok());
        for (const OutputRecord& output : *outputs) {
            if (output.done && output.answer.size() > 10) {
                m_output = output;
                break;
            }
        }
        QVERIFY(m_output.id != 0);
        ReviewStore store(m_fixture.workspace->database());
        QVERIFY(store.setRating(m_output.id, QStringLiteral("ana"), 4).ok());
        QVERIFY(store.setNote(m_output.id, QStringLiteral("ana"), QStringLiteral("=SUM(A1)")).ok());
        QVERIFY(
            store.addTag(m_output.id, QStringLiteral("ana"), {0, 0, 5, TagCategory::Hallucination, QStringLiteral("x")})
                .ok());
        QVERIFY(store.setRating(m_output.id, QStringLiteral("ben"), 2, true).ok());
        Result<ReportData> data = gatherReportData(m_fixture.workspace->database(), m_fixture.name);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().toString()));
        m_data = std::move(data).value();
    }

    void perSampleCsvHasTheReviews()
    {
        ReportOptions options;
        options.csvTable = CsvTable::PerSample;
        const QByteArray csv = csvReport(m_data, options);
        const QByteArray header = csv.left(csv.indexOf("\r\n"));
        QVERIFY2(header.endsWith(",reviewer,rating,review_note,review_tags"), header.constData());
        const QByteArray row = QByteArrayLiteral(",ana | ben,4 | 2,'=SUM(A1) | ,hallucination@0+5 (x) | \r\n");
        QVERIFY2(csv.contains(row), csv.right(400).constData());
        // Every unreviewed output has four empty review cells.
        QCOMPARE(csv.count(",,,,\r\n") + csv.count(row), qsizetype(csv.count("\r\n") - 1));
    }

    void jsonReportHasTheReviews()
    {
        const QJsonObject report = QJsonDocument::fromJson(jsonReport(m_data)).object();
        int reviewed = 0;
        for (const QJsonValue& sample : report[QLatin1String("samples")].toArray()) {
            for (const QJsonValue& output : sample[QLatin1String("outputs")].toArray()) {
                const QJsonArray reviews = output[QLatin1String("reviews")].toArray();
                QVERIFY(output.toObject().contains(QLatin1String("reviews")));
                if (reviews.isEmpty())
                    continue;
                ++reviewed;
                QCOMPARE(output[QLatin1String("answer")].toString(), m_output.answer);
                QCOMPARE(reviews.size(), 2);
                const QJsonObject ana = reviews.at(0).toObject();
                QCOMPARE(ana[QLatin1String("reviewer")].toString(), QStringLiteral("ana"));
                QCOMPARE(ana[QLatin1String("rating")].toInt(), 4);
                QCOMPARE(ana[QLatin1String("blinded")].toBool(), false);
                const QJsonObject tag = ana[QLatin1String("tags")][0].toObject();
                QCOMPARE(tag[QLatin1String("category")].toString(), QStringLiteral("hallucination"));
                QCOMPARE(tag[QLatin1String("text")].toString(), m_output.answer.left(5));
                QCOMPARE(tag[QLatin1String("note")].toString(), QStringLiteral("x"));
                QCOMPARE(reviews.at(1)[QLatin1String("rating")].toInt(), 2);
                QCOMPARE(reviews.at(1)[QLatin1String("blinded")].toBool(), true);
            }
        }
        QCOMPARE(reviewed, 1);
    }

private:
    test::ReportFixture m_fixture;
    OutputRecord m_output;
    ReportData m_data;
};

QTEST_GUILESS_MAIN(TestReviewExport)
#include "test_reviewexport.moc"
