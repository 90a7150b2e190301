#include "dialogs/reviewerdialog.h"
#include "mainwindow.h"
#include "review/blindorder.h"
#include "review/reviewer.h"
#include "review/reviewstore.h"
#include "reviewfixture.h"
#include "viewers/outputcolumn.h"
#include "viewers/reviewpanel.h"
#include "viewers/reviewpanels.h"
#include "viewers/samplecomparisonview.h"
#include "viewers/textviewer.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace caliper;

namespace {

// A panel under a read-only answer view, as the side-by-side viewer lays them out.
struct PanelHarness
{
    QWidget window;
    QPlainTextEdit* view = nullptr;
    ReviewPanel* panel = nullptr;

    PanelHarness(const QString& answer)
    {
        view = new QPlainTextEdit(&window);
        view->setReadOnly(true);
        view->setPlainText(answer);
        panel = new ReviewPanel(&window);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(view);
        layout->addWidget(panel);
        panel->attachTextView(view);
        window.resize(520, 360);
        window.show();
    }

    QToolButton* rateButton(int rating) const
    {
        return panel->findChild<QToolButton*>(QStringLiteral("rateButton%1").arg(rating));
    }
    QAction* tagAction(TagCategory category) const
    {
        return panel->findChild<QAction*>(QStringLiteral("tagAction_") + tagCategoryKey(category));
    }
    QTreeWidget* tags() const { return panel->findChild<QTreeWidget*>(QStringLiteral("reviewTags")); }
    void select(int start, int length)
    {
        QTextCursor cursor(view->document());
        cursor.setPosition(start);
        cursor.setPosition(start + length, QTextCursor::KeepAnchor);
        view->setTextCursor(cursor);
    }
};

std::optional<int> storedRating(const test::ReviewFixture& fixture, qint64 output)
{
    return ReviewStore(fixture.db()).review(output, QStringLiteral("ana"))->rating;
}

} // namespace

class TestReviewGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CaliperTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_reviewgui"));
        QStandardPaths::setTestModeEnabled(true);
        Reviewer::setName({});
    }

    void reviewerIsChosenInTheDialog()
    {
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("small")}, 1));
        PanelHarness harness(test::ReviewFixture::answerOf(0, 0));
        harness.panel->setContext(fixture.db(), fixture.output(0, 0), Reviewer::name());
        QSignalSpy changed(harness.panel, &ReviewPanel::reviewerChanged);
        auto* button = harness.panel->findChild<QToolButton*>(QStringLiteral("reviewerButton"));
        QCOMPARE(button->text(), QStringLiteral("Reviewer: %1").arg(Reviewer::defaultName()));
        QTest::mouseClick(button, Qt::LeftButton);
        ReviewerDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = harness.panel->findChild<ReviewerDialog*>(QStringLiteral("reviewerDialog"))));
        QVERIFY(dialog->nameEdit()->text().isEmpty()); // the login name is the placeholder
        dialog->nameEdit()->setText(QStringLiteral("Dr. Ana"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("reviewerOk")), Qt::LeftButton);
        QCOMPARE(Reviewer::name(), QStringLiteral("Dr. Ana"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(harness.panel->reviewer(), QStringLiteral("Dr. Ana"));
        QTest::mouseClick(harness.rateButton(3), Qt::LeftButton);
        QCOMPARE(ReviewStore(fixture.db()).review(fixture.output(0, 0), QStringLiteral("Dr. Ana"))->rating,
            std::optional<int>(3));
        Reviewer::setName({});
    }

    void reviewerIsChosenFromTheSettingsMenu()
    {
        MainWindow window;
        auto* action = window.findChild<QAction*>(QStringLiteral("actionReviewerName"));
        QVERIFY(action);
        action->trigger();
        ReviewerDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ReviewerDialog*>(QStringLiteral("reviewerDialog"))));
        dialog->nameEdit()->setText(QStringLiteral("Dr. Ben"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("reviewerOk")), Qt::LeftButton);
        QCOMPARE(Reviewer::name(), QStringLiteral("Dr. Ben"));
        Reviewer::setName({});
    }

    void ratingByClickAndKeyboardIsStored()
    {
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("small")}, 1));
        const qint64 output = fixture.output(0, 0);
        PanelHarness harness(test::ReviewFixture::answerOf(0, 0));
        QVERIFY(!harness.panel->isEnabled()); // no output yet
        harness.panel->setContext(fixture.db(), output, QStringLiteral("ana"));
        QVERIFY(harness.panel->isEnabled());
        QSignalSpy changed(harness.panel, &ReviewPanel::reviewChanged);

        QTest::mouseClick(harness.rateButton(4), Qt::LeftButton);
        QCOMPARE(storedRating(fixture, output), std::optional<int>(4));
        QVERIFY(harness.rateButton(4)->isChecked());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), output);

        // The keys 1–5 rate while the answer has focus.
        harness.view->setFocus();
        QTest::keyClick(harness.view, Qt::Key_2);
        QCOMPARE(storedRating(fixture, output), std::optional<int>(2));
        QVERIFY(harness.rateButton(2)->isChecked());
        QVERIFY(!harness.rateButton(4)->isChecked());
        QTest::keyClick(harness.view, Qt::Key_7); // not a rating: ignored
        QCOMPARE(storedRating(fixture, output), std::optional<int>(2));
        QTest::keyClick(harness.view, Qt::Key_5, Qt::ControlModifier); // a shortcut, not a rating
        QCOMPARE(storedRating(fixture, output), std::optional<int>(2));
        QTest::keyClick(harness.panel, Qt::Key_5);
        QCOMPARE(storedRating(fixture, output), std::optional<int>(5));

        // Clicking the chosen rating again clears it.
        QTest::mouseClick(harness.rateButton(5), Qt::LeftButton);
        QCOMPARE(storedRating(fixture, output), std::nullopt);
        QVERIFY(!harness.rateButton(5)->isChecked());
    }

    void taggingASelectionStoresItsOffsetsAndPaintsIt()
    {
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("small")}, 1));
        const qint64 output = fixture.output(0, 0);
        const QString answer = test::ReviewFixture::answerOf(0, 0);
        PanelHarness harness(answer);
        // Someone else's extra selection on the same view (e.g. a search hit) survives the tags.
        QTextEdit::ExtraSelection other {QTextCursor(harness.view->document()), QTextCharFormat()};
        harness.view->setExtraSelections({other});
        harness.panel->setContext(fixture.db(), output, QStringLiteral("ana"));

        const int start = static_cast<int>(answer.indexOf(QStringLiteral("10 mg")));
        harness.select(start, 5);
        harness.tagAction(TagCategory::WrongNumber)->trigger();
        const Review review = *ReviewStore(fixture.db()).review(output, QStringLiteral("ana"));
        QCOMPARE(review.tags.size(), 1);
        QCOMPARE(review.tags.at(0).start, start);
        QCOMPARE(review.tags.at(0).length, 5);
        QCOMPARE(review.tags.at(0).category, TagCategory::WrongNumber);

        const QList<QTextEdit::ExtraSelection> painted = harness.view->extraSelections();
        QCOMPARE(painted.size(), 2);
        QCOMPARE(painted.at(1).cursor.selectionStart(), start);
        QCOMPARE(painted.at(1).cursor.selectedText(), QStringLiteral("10 mg"));
        QCOMPARE(painted.at(1).format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(painted.at(1).format.underlineColor(), tagCategoryColor(TagCategory::WrongNumber));

        // The tag's note is edited in the list.
        QTreeWidget* tags = harness.tags();
        QCOMPARE(tags->topLevelItemCount(), 1);
        QCOMPARE(tags->topLevelItem(0)->text(1), QStringLiteral("10 mg"));
        tags->topLevelItem(0)->setText(2, QStringLiteral("was 20 mg"));
        QCOMPARE(ReviewStore(fixture.db()).review(output, QStringLiteral("ana"))->tags.at(0).note,
            QStringLiteral("was 20 mg"));

        // Clicking a tag selects its passage in the answer.
        harness.select(0, 0);
        const QRect row = tags->visualItemRect(tags->topLevelItem(0));
        QTest::mouseClick(tags->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(harness.view->textCursor().selectedText(), QStringLiteral("10 mg"));

        // Delete in the list removes the tag and its underline.
        tags->setFocus();
        QTest::keyClick(tags, Qt::Key_Delete);
        QVERIFY(ReviewStore(fixture.db()).review(output, QStringLiteral("ana"))->tags.isEmpty());
        QCOMPARE(harness.view->extraSelections().size(), 1);
    }

    void omissionWithoutSelectionTagsTheWholeAnswer()
    {
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("small")}, 1));
        const qint64 output = fixture.output(0, 0);
        const QString answer = test::ReviewFixture::answerOf(0, 0);
        PanelHarness harness(answer);
        harness.panel->setContext(fixture.db(), output, QStringLiteral("ana"));
        auto* message = harness.panel->findChild<QLabel*>(QStringLiteral("reviewMessage"));

        harness.select(3, 0);
        harness.tagAction(TagCategory::Hallucination)->trigger(); // nothing selected: refused
        QVERIFY(message->isVisible());
        QCOMPARE(ReviewStore(fixture.db()).review(output, QStringLiteral("ana"))->id, 0);

        harness.tagAction(TagCategory::Omission)->trigger();
        QVERIFY(!message->isVisible());
        const Review review = *ReviewStore(fixture.db()).review(output, QStringLiteral("ana"));
        QCOMPARE(review.tags.size(), 1);
        QCOMPARE(review.tags.at(0).start, 0);
        QCOMPARE(review.tags.at(0).length, answer.size());
        QCOMPARE(harness.tags()->topLevelItem(0)->text(1), QStringLiteral("(whole answer)"));
    }

    void noteIsStoredWhenEditingFinishes()
    {
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("small")}, 2));
        PanelHarness harness(test::ReviewFixture::answerOf(0, 0));
        harness.panel->setContext(fixture.db(), fixture.output(0, 0), QStringLiteral("ana"));
        auto* note = harness.panel->findChild<QLineEdit*>(QStringLiteral("reviewNote"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("misses the allergy"));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(ReviewStore(fixture.db()).review(fixture.output(0, 0), QStringLiteral("ana"))->note,
            QStringLiteral("misses the allergy"));
        // A note still being typed when the viewer moves on is stored with the output it was typed under.
        QTest::keyClicks(note, QStringLiteral("!"));
        harness.panel->setContext(fixture.db(), fixture.output(0, 1), QStringLiteral("ana"));
        QCOMPARE(ReviewStore(fixture.db()).review(fixture.output(0, 0), QStringLiteral("ana"))->note,
            QStringLiteral("misses the allergy!"));
        QVERIFY(note->text().isEmpty());
    }

    // The viewer's Blinded toggle: columns in the reviewer's stored order for each sample, labelled, no names, no
    // scores; the order is the same when the sample is shown again.
    void blindedViewerShowsTheStoredOrderWithoutNamesOrScores()
    {
        test::ReviewFixture fixture;
        QVERIFY(fixture.create(
            {QStringLiteral("secret-small"), QStringLiteral("secret-large"), QStringLiteral("secret-mid")}, 4));
        Reviewer::setName(QStringLiteral("bea"));
        SampleComparisonView view;
        QVERIFY(view.setExperiment(fixture.db(), fixture.experimentId).ok());
        view.resize(1200, 700);
        view.show();
        auto* toggle = view.findChild<QAction*>(QStringLiteral("blindedReview"));
        QVERIFY(toggle);
        toggle->trigger();
        QVERIFY(view.isBlinded());
        QSet<QList<qint64>> orders;
        for (int pass = 0; pass < 2; ++pass) {
            for (qint64 sample : std::as_const(fixture.sampleIds)) {
                QVERIFY(view.showSample(sample));
                QList<qint64> shown;
                for (OutputColumn* column : view.outputColumns()) {
                    shown.append(column->modelId());
                    for (QLabel* label : column->findChildren<QLabel*>())
                        QVERIFY2(!label->text().contains(QStringLiteral("secret")), qPrintable(label->text()));
                    for (QLabel* badge : column->badges())
                        QVERIFY(!badge->isVisibleTo(&view));
                }
                const auto stored
                    = blindedModelOrder(fixture.db(), fixture.experimentId, QStringLiteral("bea"), sample);
                QVERIFY(stored.ok());
                QCOMPARE(shown, *stored);
                orders.insert(shown);
            }
        }
        QVERIFY(orders.size() > 1); // shuffled per sample, not one order for all
        toggle->trigger();
        QVERIFY(view.showSample(fixture.sampleIds.at(0)));
        QCOMPARE(view.outputColumns().first()->findChild<QLabel*>(QStringLiteral("modelName"))->text(),
            QStringLiteral("secret-small"));
        Reviewer::setName({});
    }

    // The Results page installs the panels again for every workspace it is given; only the latest installation
    // may follow the viewer.
    void installingAgainReplacesTheEarlierHook()
    {
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("small"), QStringLiteral("large")}, 3));
        SampleComparisonView view;
        int firstCalls = 0;
        int secondCalls = 0;
        installReviewPanels(&view, fixture.db(), [&] {
            ++firstCalls;
            return QStringLiteral("first");
        });
        installReviewPanels(&view, fixture.db(), [&] {
            ++secondCalls;
            return QStringLiteral("second");
        });
        QVERIFY(view.setExperiment(fixture.db(), fixture.experimentId).ok());
        QVERIFY(view.showSample(fixture.sampleIds.at(1)));
        QVERIFY(secondCalls > 0);
        QCOMPARE(firstCalls, 0);
        QCOMPARE(view.findChildren<QObject*>(QStringLiteral("reviewPanelsHook")).size(), 1);

        // Removed (the page lost its workspace): nothing follows the viewer, and new columns get no panel.
        removeReviewPanels(&view);
        QVERIFY(view.findChildren<QObject*>(QStringLiteral("reviewPanelsHook")).isEmpty());
        const int callsBefore = secondCalls;
        QVERIFY(view.showSample(fixture.sampleIds.at(2)));
        QCOMPARE(secondCalls, callsBefore);
        QVERIFY(view.setExperiment(fixture.db(), fixture.experimentId).ok());
        for (OutputColumn* column : view.outputColumns())
            QVERIFY(!column->footer());
    }

    void panelsFollowTheViewerAndBlindedModeHidesNames()
    {
        test::ReviewFixture fixture;
        QVERIFY(fixture.create({QStringLiteral("secret-small"), QStringLiteral("secret-large")}, 3));
        SampleComparisonView view;
        bool blinded = true;
        installReviewPanels(
            &view, fixture.db(), [] { return QStringLiteral("ana"); }, [&blinded] { return blinded; });
        QVERIFY(view.setExperiment(fixture.db(), fixture.experimentId).ok());
        view.resize(1200, 700);
        view.show();
        QVERIFY(view.showSample(fixture.sampleIds.at(1)));
        QCOMPARE(view.outputColumns().size(), 2);
        for (OutputColumn* column : view.outputColumns()) {
            auto* panel = qobject_cast<ReviewPanel*>(column->footer());
            QVERIFY(panel);
            QCOMPARE(panel->outputId(), column->output().outputId);
            QCOMPARE(panel->outputId(), fixture.outputIds.value({column->modelId(), fixture.sampleIds.at(1)}));
            // The panel itself never names the model.
            for (QLabel* label : panel->findChildren<QLabel*>())
                QVERIFY2(!label->text().contains(QStringLiteral("secret")), qPrintable(label->text()));
        }
        // A rating through the second column's answer view lands on that column's output, marked blinded.
        OutputColumn* second = view.outputColumns().at(1);
        second->answerView()->setFocus();
        QTest::keyClick(second->answerView(), Qt::Key_3);
        const Review review = *ReviewStore(fixture.db()).review(second->output().outputId, QStringLiteral("ana"));
        QCOMPARE(review.rating, std::optional<int>(3));
        QVERIFY(review.blinded);

        view.nextSample();
        QCOMPARE(qobject_cast<ReviewPanel*>(second->footer())->outputId(),
            fixture.outputIds.value({second->modelId(), fixture.sampleIds.at(2)}));

        // The blinded labels for this sample name no model, and the mapping back is stored.
        const auto columns
            = blindedColumns(fixture.db(), fixture.experimentId, QStringLiteral("ana"), fixture.sampleIds.at(2));
        QVERIFY(columns.ok());
        QCOMPARE(columns->size(), 2);
        for (const BlindedColumn& column : *columns) {
            QVERIFY(column.label.startsWith(QStringLiteral("Output ")));
            QVERIFY(!column.label.contains(QStringLiteral("secret")));
        }
        QCOMPARE(*blindedModelOrder(fixture.db(), fixture.experimentId, QStringLiteral("ana"), fixture.sampleIds.at(2)),
            QList<qint64>({columns->at(0).modelId, columns->at(1).modelId}));
    }
};

QTEST_MAIN(TestReviewGui)
#include "test_reviewgui.moc"
