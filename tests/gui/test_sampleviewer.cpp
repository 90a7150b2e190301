// The side-by-side viewer over a hand-made experiment (ExperimentStore::create + recordOutcome, no network): its
// reads in core (one sample, the navigation index, values, search), and the widget driven by objectName.
#include "analysis/highlightspans.h"
#include "experiments/experimentstore.h"
#include "experiments/sampleoutputs.h"
#include "modelfixtures.h"
#include "viewers/highlightformats.h"
#include "viewers/outputcolumn.h"
#include "viewers/samplecomparisonview.h"
#include "viewers/textviewer.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QThread>
#include <QToolButton>

#include <cmath>

using namespace caliper;
using analysis::SpanKind;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

/// The experiment: 5 samples, 3 models. Alpha invents a dose on s0 and never closes its reasoning on s2; Beta
/// fails on s1 and s3; Gamma has no output for s3 yet and an empty answer on s4.
struct ViewerFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    qint64 experimentId = 0;
    QList<qint64> sampleIds;
    QList<qint64> modelIds;

    static QList<test::FixtureSample> samples()
    {
        return {
            {s("s0"), s("[doctor] Keep taking Lasix 40 mg once a day.\n[patient] Okay."),
                s("Continue Lasix 40 mg daily.")},
            {s("s1"), s("[doctor] How is the cough?\n[patient] Better."), s("The cough is better.")},
            {s("s2"), s("[doctor] Any dizziness?"), s("No dizziness.")},
            {s("s3"), s("[doctor] Sleep?"), s("Sleep is fine.")},
            {s("s4"), s("[doctor] Diet?"), s("Diet unchanged.")},
        };
    }

    // What each model answered per sample; empty optional: failed; "-": no output yet.
    static std::optional<QString> content(int model, int sample)
    {
        static const char* const Alpha[] = {"<think>Check the dose.</think>Continue Lasix 80 mg daily.",
            "The cough is worse.", "<think>Still thinking", "Sleep is poor.", "Diet unchanged."};
        static const char* const Beta[] = {"Continue Lasix 40 mg daily.", nullptr, "No dizziness.", nullptr, "Diet."};
        static const char* const Gamma[] = {"Lasix daily.", "Cough better.", "No dizziness today.", "-", ""};
        const char* const* answers = model == 0 ? Alpha : model == 1 ? Beta : Gamma;
        if (!answers[sample])
            return std::nullopt;
        return s(answers[sample]);
    }

    bool create()
    {
        auto opened = Workspace::open(dir.filePath(s("ws")));
        if (!opened)
            return false;
        workspace = std::move(opened).value();
        const qint64 datasetId = test::insertDataset(workspace->database(), s("Visits"), samples());
        ExperimentDefinition definition;
        definition.name = s("Viewer test");
        definition.dataset.name = s("Visits");
        for (const char* name : {"Alpha", "Beta", "Gamma"}) {
            ModelSpec spec;
            spec.name = s(name);
            spec.endpoint.name = s(name);
            spec.endpoint.baseUrl = QUrl(s("http://127.0.0.1:9/v1"));
            spec.endpoint.model = s(name).toLower();
            definition.models.append(spec);
        }
        definition.metrics = {s("rouge")};
        ExperimentStore store(workspace->database());
        Result<qint64> id = store.create(definition, datasetId);
        if (!id)
            return false;
        experimentId = id.value();
        const Result<QList<ExperimentModel>> models = store.models(experimentId);
        if (!models)
            return false;
        for (const ExperimentModel& model : *models)
            modelIds.append(model.id);
        QSqlQuery query(workspace->database());
        query.exec(s("SELECT id FROM samples ORDER BY row_index"));
        while (query.next())
            sampleIds.append(query.value(0).toLongLong());
        return recordOutputs(store) && addJudgeScores();
    }

    bool recordOutputs(ExperimentStore& store) const
    {
        for (int sample = 0; sample < sampleIds.size(); ++sample) {
            for (int model = 0; model < modelIds.size(); ++model) {
                const std::optional<QString> answer = content(model, sample);
                if (answer == s("-"))
                    continue;
                WorkOutcome outcome;
                outcome.item.modelId = modelIds.at(model);
                outcome.item.sampleId = sampleIds.at(sample);
                outcome.item.request.messages = {{s("user"), s("transcript")}};
                if (answer) {
                    outcome.result.content = *answer;
                } else {
                    ChatFailure failure;
                    failure.kind = FailureKind::Http;
                    failure.httpStatus = 500;
                    failure.error.message = s("server error");
                    outcome.result = ChatResult::failed(failure);
                }
                if (!store.recordOutcome(outcome).ok())
                    return false;
            }
        }
        return true;
    }

    // Judge scores for Alpha, so "worst first" has a known order: s3 (0.1), s1 (0.3), s4 (0.5), s0 (0.9).
    bool addJudgeScores() const
    {
        const double values[] = {0.9, 0.3, -1, 0.1, 0.5};
        QSqlQuery query(workspace->database());
        query.prepare(s("INSERT INTO scores(output_id, key, value) SELECT id, 'geval_coherence', ? FROM outputs "
                        "WHERE model_id = ? AND sample_id = ?"));
        for (int sample = 0; sample < sampleIds.size(); ++sample) {
            if (values[sample] < 0)
                continue;
            query.bindValue(0, values[sample]);
            query.bindValue(1, modelIds.at(0));
            query.bindValue(2, sampleIds.at(sample));
            if (!query.exec())
                return false;
        }
        return true;
    }
};

/// The format of the character at `position` of `document`.
QTextCharFormat formatAt(QTextDocument* document, qsizetype position)
{
    QTextCursor cursor(document);
    cursor.setPosition(static_cast<int>(position + 1));
    return cursor.charFormat();
}

qsizetype offsetOf(QPlainTextEdit* view, const char* word)
{
    return view->toPlainText().indexOf(s(word));
}

} // namespace

class TestSampleViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.create()); }

    void init()
    {
        m_view = std::make_unique<SampleComparisonView>();
        m_view->resize(1400, 800);
        m_view->show();
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        QVERIFY(m_view->setExperiment(m_fixture.workspace->database(), m_fixture.experimentId).ok());
    }
    void cleanup() { m_view.reset(); }

    void loadsOneSample()
    {
        Result<SampleOutputs> sample
            = loadSampleOutputs(m_fixture.workspace->database(), m_fixture.experimentId, m_fixture.sampleIds.at(0));
        QVERIFY(sample.ok());
        QCOMPARE(sample->externalId, s("s0"));
        QCOMPARE(sample->reference, std::optional<QString>(s("Continue Lasix 40 mg daily.")));
        QCOMPARE(sample->outputs.size(), 3);
        const SampleOutput& alpha = sample->outputs.at(0);
        QCOMPARE(alpha.modelName, s("Alpha"));
        QVERIFY(alpha.present && alpha.done);
        QCOMPARE(alpha.answer, s("Continue Lasix 80 mg daily."));
        QCOMPARE(alpha.reasoning, s("Check the dose."));
        QVERIFY(alpha.scores.contains(s("rougeL")));
        QCOMPARE(alpha.scores.value(s("geval_coherence")), 0.9);
        QCOMPARE(sample->outputs.at(1).scores.value(s("rougeL")), 1.0);

        sample = loadSampleOutputs(m_fixture.workspace->database(), m_fixture.experimentId, m_fixture.sampleIds.at(3));
        QVERIFY(sample.ok());
        QVERIFY(sample->outputs.at(1).present && !sample->outputs.at(1).done);
        QCOMPARE(sample->outputs.at(1).error, s("server error"));
        QVERIFY(!sample->outputs.at(2).present);
        QVERIFY(!loadSampleOutputs(m_fixture.workspace->database(), m_fixture.experimentId, 999999).ok());
    }

    void navigationIndexHoldsStates()
    {
        Result<NavigationIndex> index = loadNavigationIndex(m_fixture.workspace->database(), m_fixture.experimentId);
        QVERIFY(index.ok());
        QCOMPARE(index->sampleIds, m_fixture.sampleIds);
        QCOMPARE(index->modelNames, (QStringList {s("Alpha"), s("Beta"), s("Gamma")}));
        QVERIFY(index->has(0, 2, SampleState::UnclosedReasoning) && index->has(0, 2, SampleState::EmptyAnswer));
        QVERIFY(index->has(1, 1, SampleState::Failed));
        QVERIFY(index->has(2, 4, SampleState::EmptyAnswer) && !index->has(2, 4, SampleState::UnclosedReasoning));
        QCOMPARE(index->states.at(2).at(3), quint8(0));
        QVERIFY(index->scoreKeys.contains(s("geval_coherence")) && index->scoreKeys.contains(s("rougeL")));

        const QList<qsizetype> all {0, 1, 2};
        QCOMPARE(filterSamples(*index, all, SampleFilter::Failed), (QList<qsizetype> {1, 3}));
        QCOMPARE(filterSamples(*index, {0, 2}, SampleFilter::Failed), QList<qsizetype> {});
        QCOMPARE(filterSamples(*index, all, SampleFilter::Done), (QList<qsizetype> {0, 2, 4}));
        QCOMPARE(filterSamples(*index, all, SampleFilter::Flagged), (QList<qsizetype> {2, 4}));
        QCOMPARE(filterSamples(*index, all, SampleFilter::UnclosedReasoning), QList<qsizetype> {2});
        QCOMPARE(filterSamples(*index, all, SampleFilter::All).size(), 5);

        Result<QList<double>> values
            = loadSampleValues(m_fixture.workspace->database(), *index, m_fixture.modelIds.at(0), s("geval_coherence"));
        QVERIFY(values.ok());
        QCOMPARE(values->size(), 5);
        QCOMPARE(values->at(3), 0.1);
        QVERIFY(std::isnan(values->at(2)));

        QSqlDatabase db = m_fixture.workspace->database();
        QCOMPARE(searchOutputs(db, *index, m_fixture.modelIds, s("lasix 80")).value(), QList<qsizetype> {0});
        QCOMPARE(searchOutputs(db, *index, m_fixture.modelIds, s("dose")).value(), QList<qsizetype> {0});
        QCOMPARE(searchOutputs(db, *index, {m_fixture.modelIds.at(1)}, s("lasix 80")).value(), QList<qsizetype> {});
        QCOMPARE(searchOutputs(db, *index, m_fixture.modelIds, s("%")).value(), QList<qsizetype> {});
    }

    void showsTheTexts()
    {
        QCOMPARE(m_view->currentSampleId(), m_fixture.sampleIds.at(0));
        QCOMPARE(m_view->transcriptView()->toPlainText(), ViewerFixture::samples().at(0).source);
        QCOMPARE(m_view->referenceView()->toPlainText(), s("Continue Lasix 40 mg daily."));
        QCOMPARE(m_view->outputColumns().size(), 3);
        OutputColumn* alpha = m_view->outputColumn(m_fixture.modelIds.at(0));
        QVERIFY(alpha);
        QCOMPARE(alpha->findChild<QLabel*>(s("modelName"))->text(), s("Alpha"));
        QCOMPARE(alpha->answerView()->toPlainText(), s("Continue Lasix 80 mg daily."));
        QCOMPARE(alpha->reasoningView()->toPlainText(), s("Check the dose."));
        QVERIFY(!alpha->reasoningView()->isVisible()); // collapsed by default
        alpha->findChild<QToolButton*>(s("reasoningToggle"))->click();
        QVERIFY(alpha->reasoningView()->isVisible());
        QVERIFY(alpha->findChild<QLabel*>(s("badge_rougeL")));
        QCOMPARE(alpha->findChild<QLabel*>(s("badge_geval_coherence"))->text(), s("G-coherence 90.0"));
        QCOMPARE(alpha->findChild<QLabel*>(s("badge_geval_coherence"))->toolTip(), s("G-Eval coherence 90.0"));
        QCOMPARE(alpha->findChild<QLabel*>(s("badge_rougeL"))->text().section(u' ', 0, 0), s("R-L"));
        QVERIFY(alpha->findChild<QLabel*>(s("badge_rouge1_precision")) == nullptr);
        QVERIFY(!alpha->warningLabel()->isVisible());

        QVERIFY(m_view->showSample(m_fixture.sampleIds.at(2)));
        QVERIFY(alpha->warningLabel()->isVisible());
        QVERIFY(alpha->warningLabel()->text().contains(s("Reasoning never closed")));
        QVERIFY(m_view->showSample(m_fixture.sampleIds.at(1)));
        OutputColumn* beta = m_view->outputColumn(m_fixture.modelIds.at(1));
        QVERIFY(beta->warningLabel()->text().contains(s("server error")));
        QVERIFY(beta->answerView()->toPlainText().isEmpty());
    }

    // In a column narrower than the row of badges they wrap onto more lines, each whole and inside the column.
    void badgesWrapInANarrowColumn()
    {
        OutputColumn column(1, s("Narrow"));
        SampleOutput output;
        output.present = true;
        output.done = true;
        output.answer = s("Continue Lasix 80 mg daily.");
        output.scores = {{s("rouge1"), 0.4}, {s("rouge2"), 0.2}, {s("rougeL"), 0.3}, {s("bleu"), 0.1},
            {s("meteor"), 0.25}, {s("geval_coherence"), 0.9}};
        column.setOutput(output);
        column.resize(170, 500);
        column.show();
        QVERIFY(QTest::qWaitForWindowExposed(&column));
        const QList<QLabel*> badges = column.badges();
        QCOMPARE(badges.size(), 6);
        QWidget* row = badges.first()->parentWidget();
        QSet<int> lines;
        for (QLabel* badge : badges) {
            QVERIFY2(badge->isVisible(), qPrintable(badge->text()));
            QVERIFY2(row->rect().contains(badge->geometry()), qPrintable(badge->text()));
            QCOMPARE(badge->size(), badge->sizeHint()); // whole, not squeezed
            lines.insert(badge->y());
        }
        QVERIFY(lines.size() >= 2);
        // The answer starts below the last line of badges.
        const QRect lastBadge = badges.last()->geometry().translated(row->pos());
        QVERIFY(column.answerView()->y() >= lastBadge.bottom());
    }

    void choosesModels()
    {
        QSignalSpy columns(m_view.get(), &SampleComparisonView::columnsChanged);
        QAction* gamma = m_view->findChild<QAction*>(QStringLiteral("showModel_%1").arg(m_fixture.modelIds.at(2)));
        QVERIFY(gamma && gamma->isChecked());
        gamma->trigger();
        QCOMPARE(columns.size(), 1);
        QCOMPARE(m_view->selectedModels(), (QList<qint64> {m_fixture.modelIds.at(0), m_fixture.modelIds.at(1)}));
        QCOMPARE(m_view->outputColumns().size(), 2);
        QVERIFY(!m_view->outputColumn(m_fixture.modelIds.at(2)));
        m_view->selectModels({m_fixture.modelIds.at(2), m_fixture.modelIds.at(0)});
        QCOMPARE(m_view->outputColumns().at(0)->modelId(), m_fixture.modelIds.at(0)); // experiment order
        QVERIFY(gamma->isChecked());
        QCOMPARE(m_view->outputColumn(m_fixture.modelIds.at(2))->answerView()->toPlainText(), s("Lasix daily."));
    }

    void highlightsMatchAHandMadeCase()
    {
        OutputColumn* alpha = m_view->outputColumn(m_fixture.modelIds.at(0));
        QTextDocument* document = alpha->answerView()->document();
        const QPalette palette = alpha->palette();
        const qsizetype dose = offsetOf(alpha->answerView(), "80 mg");
        const qsizetype cont = offsetOf(alpha->answerView(), "Continue");
        const qsizetype daily = offsetOf(alpha->answerView(), "daily");

        m_view->findChild<QAction*>(s("highlightNumbers"))->trigger();
        const QTextCharFormat invented = highlightFormat(SpanKind::CueMissing, palette);
        for (qsizetype i = dose; i < dose + 5; ++i)
            QCOMPARE(formatAt(document, i).foreground(), invented.foreground());
        QCOMPARE(formatAt(document, dose).underlineStyle(), QTextCharFormat::WaveUnderline);
        QVERIFY(formatAt(document, dose).toolTip().contains(s("not in the transcript")));
        QVERIFY(!formatAt(document, cont).hasProperty(QTextFormat::ForegroundBrush));
        // Beta's dose is in the transcript.
        OutputColumn* beta = m_view->outputColumn(m_fixture.modelIds.at(1));
        QCOMPARE(formatAt(beta->answerView()->document(), offsetOf(beta->answerView(), "40 mg")).foreground(),
            highlightFormat(SpanKind::CueFound, palette).foreground());
        m_view->findChild<QAction*>(s("highlightNumbers"))->trigger();
        QVERIFY(!formatAt(document, dose).hasProperty(QTextFormat::ForegroundBrush));

        m_view->findChild<QAction*>(s("highlightDiff"))->trigger();
        const QTextCharFormat added = highlightFormat(SpanKind::Added, palette);
        QCOMPARE(formatAt(document, dose).background(), added.background()); // "80" replaced "40"
        QCOMPARE(formatAt(document, dose).underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(formatAt(document, dose).toolTip(), s("Missing from the output here: 40"));
        QVERIFY(!formatAt(document, dose + 3).hasProperty(QTextFormat::BackgroundBrush)); // "mg" is common
        QVERIFY(!formatAt(document, cont).hasProperty(QTextFormat::BackgroundBrush));

        QAction* overlap = m_view->findChild<QAction*>(s("highlightOverlap"));
        overlap->trigger(); // replaces the diff: they are exclusive
        QVERIFY(!m_view->findChild<QAction*>(s("highlightDiff"))->isChecked());
        QCOMPARE(formatAt(document, cont).background(), highlightFormat(SpanKind::InReference, palette).background());
        QCOMPARE(formatAt(document, daily).background(), highlightFormat(SpanKind::InReference, palette).background());
        QCOMPARE(
            formatAt(document, dose).background(), highlightFormat(SpanKind::NotInReference, palette).background());
        QCOMPARE(formatAt(document, dose).underlineStyle(), QTextCharFormat::NoUnderline);
        QVERIFY(!formatAt(document, dose + 2).hasProperty(QTextFormat::BackgroundBrush)); // the space

        // Highlights follow navigation.
        m_view->nextSample();
        QCOMPARE(formatAt(document, offsetOf(alpha->answerView(), "worse")).background(),
            highlightFormat(SpanKind::NotInReference, palette).background());
        overlap->trigger();
        QVERIFY(!formatAt(document, offsetOf(alpha->answerView(), "worse")).hasProperty(QTextFormat::BackgroundBrush));
    }

    void darkPaletteGetsDarkTints()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        for (SpanKind kind : {SpanKind::InReference, SpanKind::NotInReference, SpanKind::Added}) {
            QVERIFY(highlightFormat(kind, dark).background().color().lightness() < 100);
            QVERIFY(highlightFormat(kind, light).background().color().lightness() > 180);
        }
        QVERIFY(highlightFormat(SpanKind::CueMissing, dark).foreground().color().lightness() > 128);
        QVERIFY(highlightFormat(SpanKind::CueMissing, light).foreground().color().lightness() < 128);
    }

    void nextAndPrevious()
    {
        auto* position = m_view->findChild<QLabel*>(s("samplePosition"));
        QAction* next = m_view->findChild<QAction*>(s("nextSample"));
        QAction* previous = m_view->findChild<QAction*>(s("previousSample"));
        QCOMPARE(position->text(), s("1 / 5"));
        QVERIFY(!previous->isEnabled());
        QSignalSpy shown(m_view.get(), &SampleComparisonView::sampleShown);
        next->trigger();
        QCOMPARE(m_view->currentSampleId(), m_fixture.sampleIds.at(1));
        QCOMPARE(position->text(), s("2 / 5"));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(0).toLongLong(), m_fixture.sampleIds.at(1));
        previous->trigger();
        QCOMPARE(m_view->currentSampleId(), m_fixture.sampleIds.at(0));
        m_view->referenceView()->setFocus();
        QTest::keyClick(m_view->referenceView(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_view->currentSampleId(), m_fixture.sampleIds.at(1));
        QTest::keyClick(m_view->referenceView(), Qt::Key_BracketLeft, Qt::ControlModifier);
        QCOMPARE(m_view->currentSampleId(), m_fixture.sampleIds.at(0));
        QVERIFY(next->toolTip().contains(s("Alt+Right")));
        m_view->showSample(m_fixture.sampleIds.at(4));
        QVERIFY(!next->isEnabled());
        QCOMPARE(position->text(), s("5 / 5"));
        QVERIFY(!m_view->showSample(987654));
    }

    void jumpsToTheWorst()
    {
        auto* model = m_view->findChild<QComboBox*>(s("worstModel"));
        auto* metric = m_view->findChild<QComboBox*>(s("worstMetric"));
        model->setCurrentIndex(model->findText(s("Alpha")));
        metric->setCurrentIndex(metric->findData(s("geval_coherence")));
        QVERIFY(metric->currentIndex() >= 0);
        QAction* worst = m_view->findChild<QAction*>(s("jumpToWorst"));
        const QList<int> expected {3, 1, 4, 0, 3};
        for (int sample : expected) {
            worst->trigger();
            QCOMPARE(m_view->currentSampleId(), m_fixture.sampleIds.at(sample));
        }
        // Lower ROUGE-L is worse too: Beta's exact copy of the reference on s0 is never its worst.
        model->setCurrentIndex(model->findText(s("Beta")));
        metric->setCurrentIndex(metric->findData(s("rougeL")));
        worst->trigger();
        QVERIFY(m_view->currentSampleId() != m_fixture.sampleIds.at(0));
    }

    void filtersFailed()
    {
        auto* filter = m_view->findChild<QComboBox*>(s("sampleFilter"));
        filter->setCurrentIndex(filter->findText(s("Failed")));
        QCOMPARE(m_view->visibleCount(), 2);
        QCOMPARE(m_view->currentSampleId(), m_fixture.sampleIds.at(1));
        QCOMPARE(m_view->findChild<QLabel*>(s("samplePosition"))->text(), s("1 / 2"));
        m_view->nextSample();
        QCOMPARE(m_view->currentSampleId(), m_fixture.sampleIds.at(3));
        QVERIFY(!m_view->findChild<QAction*>(s("nextSample"))->isEnabled());
        // Without Beta on screen no sample failed.
        m_view->selectModels({m_fixture.modelIds.at(0), m_fixture.modelIds.at(2)});
        QCOMPARE(m_view->visibleCount(), 0);
        QCOMPARE(m_view->currentSampleId(), 0);
        QCOMPARE(m_view->findChild<QLabel*>(s("sampleTitle"))->text(), s("No sample to show."));
        filter->setCurrentIndex(filter->findText(s("Flagged")));
        QCOMPARE(m_view->visibleCount(), 2);
        QCOMPARE(m_view->currentSampleId(), m_fixture.sampleIds.at(2));
    }

    void searchesOutputs()
    {
        QSignalSpy finished(m_view.get(), &SampleComparisonView::searchFinished);
        auto* edit = m_view->findChild<QLineEdit*>(s("outputSearch"));
        QTest::keyClicks(edit, s("worse"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(finished.wait());
        QCOMPARE(finished.at(0).at(0).toInt(), 1);
        QCOMPARE(m_view->currentSampleId(), m_fixture.sampleIds.at(1));
        QCOMPARE(m_view->findChild<QLabel*>(s("searchMatches"))->text(), s("1 match(es)"));
        QCOMPARE(m_view->visibleCount(), 1);
        edit->clear();
        QCOMPARE(m_view->visibleCount(), 5);
        QCOMPARE(m_view->currentSampleId(), m_fixture.sampleIds.at(1));
    }

    void navigatesChartSelections()
    {
        m_view->showSamples({m_fixture.sampleIds.at(4), m_fixture.sampleIds.at(2)});
        QCOMPARE(m_view->visibleCount(), 2);
        QCOMPARE(m_view->currentSampleId(), m_fixture.sampleIds.at(2));
        m_view->nextSample();
        QCOMPARE(m_view->currentSampleId(), m_fixture.sampleIds.at(4));
        m_view->showSamples({});
        QCOMPARE(m_view->visibleCount(), 5);
    }

    void footerHookAndSyncedScrolling()
    {
        m_view->setFooterFactory([](OutputColumn* column) {
            auto* footer = new QLabel(QStringLiteral("review %1").arg(column->modelId()));
            footer->setObjectName(QStringLiteral("testFooter"));
            return footer;
        });
        m_view->selectModels({m_fixture.modelIds.at(0), m_fixture.modelIds.at(1)});
        for (OutputColumn* column : m_view->outputColumns())
            QVERIFY(column->findChild<QLabel*>(s("testFooter")));

        QString longText;
        for (int line = 0; line < 200; ++line)
            longText += QStringLiteral("line %1\n").arg(line);
        for (OutputColumn* column : m_view->outputColumns())
            column->answerView()->setPlainText(longText);
        m_view->referenceView()->setPlainText(longText + longText);
        QScrollBar* reference = m_view->referenceView()->verticalScrollBar();
        QScrollBar* answer = m_view->outputColumns().at(1)->answerView()->verticalScrollBar();
        QVERIFY(answer->maximum() > 0 && reference->maximum() > answer->maximum());
        answer->setValue(answer->maximum() / 2);
        QVERIFY(qAbs(reference->value() - reference->maximum() / 2) <= 2);
        m_view->findChild<QAction*>(s("syncScroll"))->trigger();
        answer->setValue(0);
        QVERIFY(reference->value() > 0);
    }

    // 100,000 samples × 10 models: the viewer reads an index without text, then one sample at a time.
    void scalesToALargeExperiment()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.filePath(s("large")));
        QVERIFY(workspace.ok());
        QSqlDatabase db = workspace.value()->database();
        const qint64 datasetId = test::insertGeneratedDataset(db, s("large"), 100'000);
        const qint64 experimentId = largeExperiment(db, datasetId);
        QVERIFY(experimentId > 0);

        QElapsedTimer timer;
        timer.start();
        SampleComparisonView view;
        QVERIFY(view.setExperiment(db, experimentId).ok());
        const qint64 open = timer.restart();
        QCOMPARE(view.visibleCount(), 100'000);
        QCOMPARE(view.navigationIndex().states.size(), 10);
        for (int i = 0; i < 50; ++i)
            view.nextSample();
        const qint64 fifty = timer.restart();
        QCOMPARE(view.position(), 50);
        view.setFilter(SampleFilter::Failed);
        const qint64 filter = timer.restart();
        QCOMPARE(view.visibleCount(), 10'000);
        view.jumpToWorst();
        const qint64 worst = timer.restart();
        QCOMPARE(view.currentSampleId(), view.navigationIndex().sampleIds.at(0)); // rougeL 0 on sample 0
        QSignalSpy finished(&view, &SampleComparisonView::searchFinished);
        view.setFilter(SampleFilter::All);
        view.search(s("answer 4242 "));
        QVERIFY(finished.wait(60'000));
        const qint64 search = timer.restart();
        QCOMPARE(finished.at(0).at(0).toInt(), 1);
        qInfo("100,000 samples x 10 models: open %lld ms, 50 x next %lld ms, filter %lld ms, worst first %lld ms, "
              "search %lld ms",
            open, fifty, filter, worst, search);
        // Moving between samples must feel instant. Opening (the navigation index) is not bounded here: it
        // took 17 s in a debug build on a loaded machine and still needs work (see the issue note).
        QVERIFY(fifty < 5'000);
    }

private:
    // Ten models that answered every sample ("answer <row> " and 120 more characters); model 1 failed on every
    // tenth sample; ROUGE-L for model 0 rises with the row.
    static qint64 largeExperiment(QSqlDatabase db, qint64 datasetId)
    {
        ExperimentDefinition definition;
        definition.name = s("Large");
        definition.dataset.name = s("large");
        for (int i = 0; i < 10; ++i) {
            ModelSpec spec;
            spec.name = QStringLiteral("m%1").arg(i);
            spec.endpoint.name = spec.name;
            spec.endpoint.baseUrl = QUrl(s("http://127.0.0.1:9/v1"));
            spec.endpoint.model = spec.name;
            definition.models.append(spec);
        }
        definition.metrics = {s("rouge")};
        const Result<qint64> id = ExperimentStore(db).create(definition, datasetId);
        if (!id)
            return 0;
        QSqlQuery query(db);
        db.transaction();
        const bool filled
            = query.exec(QStringLiteral(
                  "INSERT INTO outputs(model_id, sample_id, status, answer, answer_tokens) "
                  "SELECT m.id, s.id, CASE WHEN m.position = 1 AND s.row_index % 10 = 0 THEN 'failed' "
                  "ELSE 'done' END, 'answer ' || s.row_index || ' ' || printf('%.120c', 'x'), 30 "
                  "FROM samples s JOIN experiment_models m ON m.experiment_id = %1 WHERE s.dataset_id = %2")
                             .arg(id.value())
                             .arg(datasetId))
            && query.exec(QStringLiteral("INSERT INTO scores(output_id, key, value) SELECT o.id, 'rougeL', "
                                         "s.row_index / 100000.0 FROM outputs o JOIN samples s ON s.id = o.sample_id "
                                         "JOIN experiment_models m ON m.id = o.model_id WHERE m.position = 0"));
        db.commit();
        return filled ? id.value() : 0;
    }

    ViewerFixture m_fixture;
    std::unique_ptr<SampleComparisonView> m_view;
};

QTEST_MAIN(TestSampleViewer)
#include "test_sampleviewer.moc"
