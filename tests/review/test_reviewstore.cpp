#include "review/blindorder.h"
#include "review/reviewer.h"
#include "review/reviewstore.h"
#include "reviewfixture.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace caliper;

namespace {

QString errorText(const Status& status)
{
    return status.ok() ? QString() : status.error().toString();
}

} // namespace

class TestReviewStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CaliperTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_reviewstore"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void ratingNoteAndTagsRoundTrip()
    {
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("small"), QStringLiteral("large")}, 2));
        ReviewStore store(fixture.db());
        const qint64 output = fixture.output(0, 1);
        QCOMPARE(store.review(output, QStringLiteral("ana"))->id, 0);

        QVERIFY2(store.setRating(output, QStringLiteral("ana"), 4, true).ok(), "rating");
        QVERIFY(store.setNote(output, QStringLiteral("ana"), QStringLiteral("misses the allergy")).ok());
        const Result<qint64> dose = store.addTag(
            output, QStringLiteral("ana"), {0, 17, 5, TagCategory::WrongNumber, QStringLiteral("was 20 mg")});
        QVERIFY2(dose.ok(), qPrintable(dose.ok() ? QString() : dose.error().toString()));
        QVERIFY(store.addTag(output, QStringLiteral("ana"), {0, 0, 5, TagCategory::Negation, {}}).ok());
        // Another reviewer's review of the same output is separate.
        QVERIFY(store.setRating(output, QStringLiteral("ben"), 2).ok());

        // Read back through a second connection, as the GUI and a report would.
        auto connection = fixture.workspace->openConnection();
        QVERIFY(connection.ok());
        const Result<Review> review = ReviewStore(connection.value()->database()).review(output, QStringLiteral("ana"));
        QVERIFY(review.ok());
        QVERIFY(review->id > 0);
        QCOMPARE(review->rating, std::optional<int>(4));
        QVERIFY(review->blinded);
        QCOMPARE(review->note, QStringLiteral("misses the allergy"));
        QCOMPARE(review->tags.size(), 2);
        QCOMPARE(review->tags.at(0).category, TagCategory::Negation); // by start
        QCOMPARE(review->tags.at(1).start, 17);
        QCOMPARE(review->tags.at(1).length, 5);
        QCOMPARE(review->tags.at(1).note, QStringLiteral("was 20 mg"));
        QCOMPARE(review->tags.at(1).id, *dose);
        QCOMPARE(test::ReviewFixture::answerOf(0, 1).mid(17, 5), QStringLiteral("10 mg"));
        QCOMPARE(store.review(output, QStringLiteral("ben"))->rating, std::optional<int>(2));

        QVERIFY(store.setTagNote(*dose, QStringLiteral("should be 20 mg")).ok());
        QVERIFY(store.removeTag(review->tags.at(0).id).ok());
        QCOMPARE(store.review(output, QStringLiteral("ana"))->tags.size(), 1);
        QCOMPARE(store.review(output, QStringLiteral("ana"))->tags.at(0).note, QStringLiteral("should be 20 mg"));
        QVERIFY(!store.removeTag(review->tags.at(0).id).ok());
    }

    void emptiedReviewIsRemoved()
    {
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("m")}, 1));
        ReviewStore store(fixture.db());
        const qint64 output = fixture.output(0, 0);
        QVERIFY(store.setRating(output, QStringLiteral("ana"), 3).ok());
        QVERIFY(store.setRating(output, QStringLiteral("ana"), std::nullopt).ok());
        QCOMPARE(store.review(output, QStringLiteral("ana"))->id, 0);
        QCOMPARE(store.summaries(fixture.experimentId)->at(0).reviewed, 0);
    }

    void ratingOutsideOneToFiveIsRefused_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addRow("0") << 0;
        QTest::addRow("6") << 6;
        QTest::addRow("-1") << -1;
    }
    void ratingOutsideOneToFiveIsRefused()
    {
        QFETCH(int, rating);
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("m")}, 1));
        ReviewStore store(fixture.db());
        const Status status = store.setRating(fixture.output(0, 0), QStringLiteral("ana"), rating);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QStringLiteral("between 1 and 5")), qPrintable(errorText(status)));
        QCOMPARE(store.review(fixture.output(0, 0), QStringLiteral("ana"))->id, 0);
    }

    void ratingNeedsAnOutputAndAReviewer()
    {
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("m")}, 1));
        ReviewStore store(fixture.db());
        QVERIFY(!store.setRating(fixture.output(0, 0) + 1000, QStringLiteral("ana"), 3).ok());
        QVERIFY(!store.setRating(fixture.output(0, 0), QStringLiteral(" "), 3).ok());
    }

    void tagSpanMustLieInsideTheAnswer_data()
    {
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<bool>("accepted");
        const qsizetype size = test::ReviewFixture::answerOf(0, 0).size();
        QTest::addRow("whole answer") << qsizetype(0) << size << true;
        QTest::addRow("last character") << size - 1 << qsizetype(1) << true;
        QTest::addRow("one past the end") << size - 1 << qsizetype(2) << false;
        QTest::addRow("starts at the end") << size << qsizetype(1) << false;
        QTest::addRow("negative start") << qsizetype(-1) << qsizetype(3) << false;
        QTest::addRow("empty") << qsizetype(2) << qsizetype(0) << false;
    }
    void tagSpanMustLieInsideTheAnswer()
    {
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, length);
        QFETCH(bool, accepted);
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("m")}, 1));
        ReviewStore store(fixture.db());
        const Result<qint64> tag
            = store.addTag(fixture.output(0, 0), QStringLiteral("ana"), {0, start, length, TagCategory::Omission, {}});
        QCOMPARE(tag.ok(), accepted);
        if (!accepted) {
            QVERIFY2(tag.error().message.contains(
                         QString::number(test::ReviewFixture::answerOf(0, 0).size()) + QStringLiteral(" characters")),
                qPrintable(tag.error().message));
            QCOMPARE(store.review(fixture.output(0, 0), QStringLiteral("ana"))->id, 0);
        }
    }

    void wholeAnswerOmission()
    {
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("m")}, 1));
        ReviewStore store(fixture.db());
        const QString answer = test::ReviewFixture::answerOf(0, 0);
        const ReviewTag tag = wholeAnswerTag(TagCategory::Omission, answer.size(), QStringLiteral("no allergy"));
        QVERIFY(store.addTag(fixture.output(0, 0), QStringLiteral("ana"), tag).ok());
        const Review review = *store.review(fixture.output(0, 0), QStringLiteral("ana"));
        QCOMPARE(review.tags.at(0).length, answer.size());
        QCOMPARE(tagsSummary(review.tags), QStringLiteral("omission@0+%1 (no allergy)").arg(answer.size()));
    }

    void deletingAnOutputRemovesItsReviews()
    {
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("m")}, 2));
        ReviewStore store(fixture.db());
        const qint64 output = fixture.output(0, 0);
        QVERIFY(store.setRating(output, QStringLiteral("ana"), 5).ok());
        QVERIFY(store.addTag(output, QStringLiteral("ana"), {0, 0, 4, TagCategory::Hallucination, {}}).ok());
        QVERIFY(store.setRating(fixture.output(0, 1), QStringLiteral("ana"), 1).ok());
        QSqlQuery query(fixture.db());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM outputs WHERE id = %1").arg(output)));
        QVERIFY(
            query.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM reviews), (SELECT COUNT(*) FROM review_tags)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), 0);
    }

    void summaryPerModel()
    {
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("small"), QStringLiteral("large"), QStringLiteral("unrated")}, 3));
        ReviewStore store(fixture.db());
        QVERIFY(store.setRating(fixture.output(0, 0), QStringLiteral("ana"), 2).ok());
        QVERIFY(store.setRating(fixture.output(0, 1), QStringLiteral("ana"), 3).ok());
        QVERIFY(store.setRating(fixture.output(0, 1), QStringLiteral("ben"), 5).ok());
        QVERIFY(store.setRating(fixture.output(1, 2), QStringLiteral("ana"), 4).ok());
        QVERIFY(store.addTag(fixture.output(0, 2), QStringLiteral("ana"), {0, 0, 5, TagCategory::Omission, {}}).ok());
        QVERIFY(store.addTag(fixture.output(0, 1), QStringLiteral("ana"), {0, 1, 5, TagCategory::Omission, {}}).ok());
        QVERIFY(store.addTag(fixture.output(0, 1), QStringLiteral("ben"), {0, 1, 5, TagCategory::Negation, {}}).ok());

        const Result<QList<ModelReviewSummary>> all = store.summaries(fixture.experimentId);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).model, QStringLiteral("small"));
        QCOMPARE(all->at(0).rated, 3);
        QCOMPARE(all->at(0).meanRating, 10.0 / 3);
        QCOMPARE(all->at(0).reviewed, 4); // ana ×3 (one tag-only), ben ×1
        QCOMPARE(all->at(0).tagCounts.value(TagCategory::Omission), 2);
        QCOMPARE(all->at(0).tagCounts.value(TagCategory::Negation), 1);
        QCOMPARE(all->at(1).meanRating, 4.0);
        QVERIFY(all->at(1).tagCounts.isEmpty());
        QCOMPARE(all->at(2).rated, 0);
        QVERIFY(std::isnan(all->at(2).meanRating));

        const Result<QList<ModelReviewSummary>> ana = store.summaries(fixture.experimentId, QStringLiteral("ana"));
        QCOMPARE(ana->at(0).meanRating, 2.5);
        QCOMPARE(ana->at(0).tagCounts.value(TagCategory::Negation), 0);

        const Result<QHash<qint64, QList<Review>>> byOutput = store.reviewsByOutput(fixture.experimentId);
        QVERIFY(byOutput.ok());
        const QList<Review> reviews = byOutput->value(fixture.output(0, 1));
        QCOMPARE(reviews.size(), 2);
        QCOMPARE(reviews.at(0).reviewer, QStringLiteral("ana"));
        QCOMPARE(reviews.at(0).tags.size(), 1);
        QCOMPARE(reviews.at(1).reviewer, QStringLiteral("ben"));
        QCOMPARE(reviews.at(1).tags.at(0).category, TagCategory::Negation);
        QCOMPARE(byOutput->size(), 4);
    }

    void blindedOrderIsStableAcrossReopen()
    {
        test::ReviewFixture fixture;
        const QStringList models
            = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")};
        QVERIFY(fixture.create(models, 12));
        QList<QList<qint64>> first;
        for (qint64 sample : std::as_const(fixture.sampleIds)) {
            const Result<QList<qint64>> order
                = blindedModelOrder(fixture.db(), fixture.experimentId, QStringLiteral("ana"), sample);
            QVERIFY(order.ok());
            QList<qint64> sorted = *order;
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, fixture.modelIds); // a permutation of every model
            first.append(*order);
        }
        // Different per sample: twelve samples of five models all in one order would be a broken shuffle.
        QVERIFY(std::any_of(first.cbegin(), first.cend(), [&](const QList<qint64>& o) { return o != first.at(0); }));
        QVERIFY(
            std::any_of(first.cbegin(), first.cend(), [&](const QList<qint64>& o) { return o != fixture.modelIds; }));

        // The stored order wins even when the shuffle would now say otherwise (here: rows rewritten by hand).
        const QString dir = fixture.dir.path();
        fixture.workspace.reset();
        auto reopened = Workspace::open(dir);
        QVERIFY(reopened.ok());
        QSqlDatabase db = reopened.value()->database();
        for (qsizetype s = 0; s < fixture.sampleIds.size(); ++s)
            QCOMPARE(*blindedModelOrder(db, fixture.experimentId, QStringLiteral("ana"), fixture.sampleIds.at(s)),
                first.at(s));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE blind_orders SET position = 4 - position WHERE sample_id = %1")
                               .arg(fixture.sampleIds.at(0))));
        QList<qint64> reversed = first.at(0);
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(
            *blindedModelOrder(db, fixture.experimentId, QStringLiteral("ana"), fixture.sampleIds.at(0)), reversed);
    }

    void blindedOrderDependsOnTheReviewer()
    {
        QList<qint64> ids;
        for (qint64 i = 1; i <= 8; ++i)
            ids.append(i);
        QCOMPARE(
            shuffledModelOrder(ids, 1, QStringLiteral("ana"), 7), shuffledModelOrder(ids, 1, QStringLiteral("ana"), 7));
        QVERIFY(shuffledModelOrder(ids, 1, QStringLiteral("ana"), 7)
            != shuffledModelOrder(ids, 1, QStringLiteral("ben"), 7));
    }

    void modelAddedLaterComesLast()
    {
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, 1));
        const qint64 sample = fixture.sampleIds.at(0);
        const QList<qint64> before
            = *blindedModelOrder(fixture.db(), fixture.experimentId, QStringLiteral("ana"), sample);
        QSqlQuery query(fixture.db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO experiment_models(experiment_id, position, name, endpoint) "
                                          "VALUES (%1, 3, 'd', '{}')")
                               .arg(fixture.experimentId)));
        const qint64 added = query.lastInsertId().toLongLong();
        const QList<qint64> after
            = *blindedModelOrder(fixture.db(), fixture.experimentId, QStringLiteral("ana"), sample);
        QCOMPARE(after, before + QList<qint64> {added});
    }

    void blindedLabels()
    {
        QCOMPARE(blindedLabel(0), QStringLiteral("Output A"));
        QCOMPARE(blindedLabel(2), QStringLiteral("Output C"));
        QCOMPARE(blindedLabel(25), QStringLiteral("Output Z"));
        QCOMPARE(blindedLabel(26), QStringLiteral("Output AA"));
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("secret-model"), QStringLiteral("other")}, 1));
        const auto columns
            = blindedColumns(fixture.db(), fixture.experimentId, QStringLiteral("ana"), fixture.sampleIds.at(0));
        QVERIFY(columns.ok());
        QCOMPARE(columns->size(), 2);
        QCOMPARE(columns->at(1).label, QStringLiteral("Output B"));
        for (const BlindedColumn& column : *columns)
            QVERIFY(!column.label.contains(QStringLiteral("model")) && !column.label.contains(QStringLiteral("other")));
    }

    void reviewerNameDefaultsToTheLoginName()
    {
        Reviewer::setName({});
        QVERIFY(!Reviewer::name().isEmpty());
        QCOMPARE(Reviewer::name(), Reviewer::defaultName());
        Reviewer::setName(QStringLiteral("  Dr. Ana  "));
        QCOMPARE(Reviewer::name(), QStringLiteral("Dr. Ana"));
        Reviewer::setName(QString());
        QCOMPARE(Reviewer::name(), Reviewer::defaultName());
    }
};

QTEST_GUILESS_MAIN(TestReviewStore)
#include "test_reviewstore.moc"
