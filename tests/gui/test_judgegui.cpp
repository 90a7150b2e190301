// The judge's GUI (issue 5), driven through its widgets over a temporary workspace: the criteria library creates,
// edits, duplicates and removes the user's criteria (built-ins stay read-only), the criterion editor validates
// inline, and the experiment dialog's judge section writes the exact "judge" block into the stored experiment.
#include "dialogs/confirmation.h"
#include "dialogs/criterialibrarydialog.h"
#include "dialogs/criteriondialog.h"
#include "dialogs/experimentdialog.h"
#include "dialogs/judgesettingsgroup.h"
#include "endpoints/endpointstore.h"
#include "experiments/experimentstore.h"
#include "judge/builtincriteria.h"
#include "judge/criteriastore.h"
#include "mainwindow.h"
#include "modelfixtures.h"
#include "widgettesting.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace caliper;

namespace {

using test::child;

void retype(QWidget* edit, const QString& text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

/// Types text with line breaks, which QTest::keyClicks cannot.
void typeLines(QWidget* edit, const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines.at(i));
    }
}

void click(QWidget* parent, const char* button)
{
    QTest::mouseClick(child<QPushButton>(parent, button), Qt::LeftButton);
}

/// Chooses a combo box entry by keyboard, as a user would (emits activated()).
void choose(QComboBox* combo, int index)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

JudgeCriterion storedCriterion()
{
    JudgeCriterion criterion = CriterionDialog::blankCriterion(JudgeMethod::Lumigator);
    criterion.id = QStringLiteral("custom/tone");
    criterion.name = QStringLiteral("Tone");
    criterion.criteria = QStringLiteral("The note is neutral and professional.");
    criterion.steps = QStringList {QStringLiteral("Read the note."), QStringLiteral("Rate its tone.")};
    return criterion;
}

CriterionDialog* openedEditor(QWidget* library)
{
    const auto editors = library->findChildren<CriterionDialog*>();
    return editors.isEmpty() ? nullptr : editors.constLast();
}

} // namespace

class TestJudgeGui : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_datasetId = 0;

    CriteriaStore store() const { return CriteriaStore(m_workspace->database()); }

    qint64 addDataset()
    {
        QSqlDatabase db = m_workspace->database();
        const qint64 id = test::insertDataset(db, QStringLiteral("visits"),
            {{QStringLiteral("v1"), QStringLiteral("[doctor] Any fever? [patient] No."), QStringLiteral("No fever.")}});
        // The fixture's placeholder hash is not a sha256; experiments record the dataset's real one.
        QSqlQuery hash(db);
        hash.prepare(QStringLiteral("UPDATE datasets SET content_hash = ? WHERE id = ?"));
        hash.addBindValue(QString::fromLatin1(QCryptographicHash::hash("visits", QCryptographicHash::Sha256).toHex()));
        hash.addBindValue(id);
        return hash.exec() ? id : 0;
    }

    Endpoint judgeEndpoint() const
    {
        Endpoint endpoint;
        endpoint.name = QStringLiteral("judge box");
        endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
        endpoint.model = QStringLiteral("qwen2.5-32b-instruct");
        endpoint.keySource = KeySource::Environment;
        endpoint.keyName = QStringLiteral("JUDGE_KEY");
        endpoint.concurrency = 2;
        endpoint.priceInPerMTok = 0.5;
        return endpoint;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CaliperTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_judgegui"));
    }

    void init()
    {
        auto workspace = Workspace::open(m_dir.filePath(QString::number(++m_workspaces)));
        QVERIFY(workspace);
        m_workspace = std::move(workspace).value();
        m_datasetId = addDataset();
        QVERIFY(m_datasetId > 0);
    }

    void cleanup() { m_workspace.reset(); }

    void newCriterionIsStored()
    {
        CriteriaLibraryDialog library(m_workspace.get());
        library.show();
        const int builtIns = child<QTreeWidget>(&library, "criteriaList")->topLevelItemCount();
        QCOMPARE(builtIns, builtInJudgeCriteria().size());
        click(&library, "criteriaNew");
        CriterionDialog* editor = openedEditor(&library);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        QCOMPARE(editor->mode(), CriterionDialog::Mode::New);
        QTest::keyClicks(child<QLineEdit>(editor, "criterionName"), QStringLiteral("Plan completeness"));
        QCOMPARE(child<QLineEdit>(editor, "criterionId")->text(), QStringLiteral("custom/plan-completeness"));
        QTest::keyClicks(child<QPlainTextEdit>(editor, "criterionText"), QStringLiteral("Every problem has a plan."));
        auto* steps = child<QPlainTextEdit>(editor, "criterionSteps");
        typeLines(steps, QStringLiteral("List the problems.\n\nCheck each has a plan.")); // blank lines are no steps
        choose(child<QComboBox>(editor, "criterionMethod"), 1); // paper: its 1–5 scale follows
        QCOMPARE(child<QSpinBox>(editor, "criterionMin")->value(), 1);
        QCOMPARE(child<QSpinBox>(editor, "criterionMax")->value(), 5);
        QTest::mouseClick(child<QCheckBox>(editor, "criterionSource"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(editor, "criterionReference"), Qt::LeftButton);
        QSignalSpy saved(editor, &CriterionDialog::saved);
        click(editor, "criterionSave");
        QCOMPARE(saved.size(), 1);

        JudgeCriterion expected;
        expected.id = QStringLiteral("custom/plan-completeness");
        expected.name = QStringLiteral("Plan completeness");
        expected.criteria = QStringLiteral("Every problem has a plan.");
        expected.steps = QStringList {QStringLiteral("List the problems."), QStringLiteral("Check each has a plan.")};
        expected.minScore = 1;
        expected.maxScore = 5;
        expected.fields = JudgeFields {false, true, true};
        expected.method = JudgeMethod::Paper;
        expected.templateText = defaultJudgeTemplate(JudgeMethod::Paper);
        auto stored = store().get(expected.id);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
        QCOMPARE(stored.value(), expected);
        QCOMPARE(child<QTreeWidget>(&library, "criteriaList")->topLevelItemCount(), builtIns + 1);
        QCOMPARE(child<QTreeWidget>(&library, "criteriaList")->currentItem()->text(0), expected.name);
    }

    void editorValidatesInline_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("steps");
        QTest::addColumn<int>("max");
        QTest::addColumn<bool>("noFields");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("no name") << ""
                                 << "custom/x"
                                 << "Rate it." << 10 << false << "name";
        QTest::addRow("no id") << "X"
                               << ""
                               << "Rate it." << 10 << false << "id";
        QTest::addRow("id taken") << "X"
                                  << "custom/tone"
                                  << "Rate it." << 10 << false << "custom/tone";
        QTest::addRow("built-in id") << "X"
                                     << "coherence"
                                     << "Rate it." << 10 << false << "coherence";
        QTest::addRow("no steps") << "X"
                                  << "custom/x"
                                  << "  \n " << 10 << false << "step";
        QTest::addRow("empty range") << "X"
                                     << "custom/x"
                                     << "Rate it." << 0 << false << "lowest";
        QTest::addRow("sees nothing") << "X"
                                      << "custom/x"
                                      << "Rate it." << 10 << true << "source";
    }

    void editorValidatesInline()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        QFETCH(QString, steps);
        QFETCH(int, max);
        QFETCH(bool, noFields);
        QFETCH(QString, mentions);
        QVERIFY(store().add(storedCriterion()));
        CriterionDialog editor(
            m_workspace.get(), CriterionDialog::blankCriterion(JudgeMethod::Lumigator), CriterionDialog::Mode::New);
        editor.show();
        QTest::keyClicks(child<QLineEdit>(&editor, "criterionName"), name);
        retype(child<QLineEdit>(&editor, "criterionId"), id);
        typeLines(child<QPlainTextEdit>(&editor, "criterionSteps"), steps);
        child<QSpinBox>(&editor, "criterionMax")->setValue(max);
        if (noFields) {
            for (const char* box : {"criterionSource", "criterionAnswer", "criterionReference"})
                child<QCheckBox>(&editor, box)->setChecked(false);
        }
        QSignalSpy saved(&editor, &CriterionDialog::saved);
        click(&editor, "criterionSave");
        QCOMPARE(saved.size(), 0);
        QVERIFY(editor.isVisible());
        QVERIFY2(editor.errorText().contains(mentions), qPrintable(editor.errorText()));
        QCOMPARE(store().list()->size(), 1);
    }

    void builtInsAreReadOnlyButCanBeDuplicated_data()
    {
        QTest::addColumn<QString>("builtIn");
        QTest::addColumn<QString>("copyId");
        QTest::addColumn<bool>("ownTemplate");
        QTest::addRow("lumigator") << "lumigator/coherence"
                                   << "custom/coherence-copy" << false;
        QTest::addRow("paper") << "paper/fluency"
                               << "custom/fluency-copy" << true;
    }

    void builtInsAreReadOnlyButCanBeDuplicated()
    {
        QFETCH(QString, builtIn);
        QFETCH(QString, copyId);
        QFETCH(bool, ownTemplate);
        CriteriaLibraryDialog library(m_workspace.get());
        library.show();
        QVERIFY(library.selectCriterion(builtIn));
        QVERIFY(!child<QPushButton>(&library, "criteriaRemove")->isEnabled());
        click(&library, "criteriaEdit");
        CriterionDialog* viewer = openedEditor(&library);
        QVERIFY(viewer);
        QCOMPARE(viewer->mode(), CriterionDialog::Mode::View);
        QVERIFY(child<QLineEdit>(viewer, "criterionName")->isReadOnly());
        QVERIFY(!child<QSpinBox>(viewer, "criterionMax")->isEnabled());
        QVERIFY(!child<QPushButton>(viewer, "criterionSave")->isVisible());
        QVERIFY(child<QLabel>(viewer, "criterionOrigin")->text().contains(QStringLiteral("MIT"))
            || child<QLabel>(viewer, "criterionOrigin")->text().contains(QStringLiteral("Apache")));

        click(viewer, "criterionDuplicate");
        QCOMPARE(viewer->mode(), CriterionDialog::Mode::New);
        QVERIFY(!child<QLineEdit>(viewer, "criterionName")->isReadOnly());
        QCOMPARE(child<QLineEdit>(viewer, "criterionId")->text(), copyId);
        QCOMPARE(child<QCheckBox>(viewer, "criterionKeepTemplate")->isVisibleTo(viewer), ownTemplate);
        const QPointer<CriterionDialog> guard(viewer); // deletes itself once saved
        click(viewer, "criterionSave");
        QVERIFY2(!guard || guard->errorText().isEmpty(), qPrintable(guard ? guard->errorText() : QString()));
        auto copy = store().get(copyId);
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().toString()));
        JudgeCriterion original;
        for (const JudgeCriterion& criterion : builtInJudgeCriteria()) {
            if (criterion.id == builtIn)
                original = criterion;
        }
        // Everything but the name and id is the built-in's, its wording (template) included.
        original.id = copyId;
        original.name += QStringLiteral(" (copy)");
        QCOMPARE(copy.value(), original);
    }

    void editAndRemoveOwnCriteria()
    {
        QVERIFY(store().add(storedCriterion()));
        CriteriaLibraryDialog library(m_workspace.get());
        library.show();
        QVERIFY(library.selectCriterion(QStringLiteral("custom/tone")));
        QCOMPARE(child<QPushButton>(&library, "criteriaEdit")->text(), QStringLiteral("&Edit…"));
        click(&library, "criteriaEdit");
        CriterionDialog* editor = openedEditor(&library);
        QVERIFY(editor);
        QCOMPARE(editor->mode(), CriterionDialog::Mode::Edit);
        retype(child<QLineEdit>(editor, "criterionName"), QStringLiteral("Register"));
        QCOMPARE(child<QLineEdit>(editor, "criterionId")->text(), QStringLiteral("custom/tone")); // ids stay put
        child<QSpinBox>(editor, "criterionMax")->setValue(7);
        click(editor, "criterionSave");
        JudgeCriterion expected = storedCriterion();
        expected.name = QStringLiteral("Register");
        expected.maxScore = 7;
        QCOMPARE(store().get(QStringLiteral("custom/tone")).value(), expected);

        QVERIFY(library.selectCriterion(QStringLiteral("custom/tone")));
        Confirmation::setNextAnswer(false);
        click(&library, "criteriaRemove");
        QCOMPARE(store().list()->size(), 1);
        Confirmation::setNextAnswer(true);
        click(&library, "criteriaRemove");
        QCOMPARE(store().list()->size(), 0);
        QVERIFY(!library.selectCriterion(QStringLiteral("custom/tone")));
    }

    void experimentDialogWritesTheJudgeBlock()
    {
        QVERIFY(EndpointStore(m_workspace->database()).add(judgeEndpoint()));
        QVERIFY(store().add(storedCriterion()));
        ExperimentDialog dialog(m_workspace.get());
        dialog.show();
        retype(child<QLineEdit>(&dialog, "experimentName"), QStringLiteral("judged"));
        QVERIFY(dialog.setModelChecked(QStringLiteral("Lead-3"), true));
        auto* group = child<JudgeSettingsGroup>(&dialog, "judgeGroup");
        QVERIFY(!group->isChecked()); // off until asked for
        group->setChecked(true);
        QCOMPARE(child<QComboBox>(&dialog, "judgeEndpoint")->currentText(), QStringLiteral("judge box"));
        choose(child<QComboBox>(&dialog, "judgeMethod"), 1);
        QVERIFY(group->setCriterionChecked(QStringLiteral("fluency"), false));
        QVERIFY(group->setCriterionChecked(QStringLiteral("custom/tone"), true));
        child<QSpinBox>(&dialog, "judgeRepeats")->setValue(3);
        QTest::mouseClick(child<QCheckBox>(&dialog, "judgeTemperatureSet"), Qt::LeftButton);
        child<QDoubleSpinBox>(&dialog, "judgeTemperature")->setValue(0.7);
        QSignalSpy created(&dialog, &ExperimentDialog::created);
        click(&dialog, "experimentOk");
        QVERIFY2(created.size() == 1, qPrintable(dialog.errorText()));

        auto stored = ExperimentStore(m_workspace->database()).byName(QStringLiteral("judged"));
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
        QVERIFY(stored->definition.metrics.contains(QStringLiteral("geval")));
        const QJsonObject expected {
            {QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:8080/v1")},
            {QStringLiteral("model"), QStringLiteral("qwen2.5-32b-instruct")},
            {QStringLiteral("api_key_env"), QStringLiteral("JUDGE_KEY")},
            {QStringLiteral("concurrency"), 2},
            {QStringLiteral("requests_per_minute"), 0},
            {QStringLiteral("max_retries"), 5},
            {QStringLiteral("connect_timeout_s"), 10},
            {QStringLiteral("first_byte_timeout_s"), 120},
            {QStringLiteral("timeout_s"), 600},
            {QStringLiteral("price_in_per_mtok"), 0.5},
            {QStringLiteral("price_out_per_mtok"), 0},
            {QStringLiteral("criteria"),
                QJsonArray {QStringLiteral("coherence"), QStringLiteral("consistency"), QStringLiteral("relevance"),
                    criterionToJson(storedCriterion())}},
            {QStringLiteral("method"), QStringLiteral("paper")},
            {QStringLiteral("repeats"), 3},
            {QStringLiteral("temperature"), 0.7},
        };
        QCOMPARE(stored->definition.judge.settings, expected);
    }

    void experimentDialogExplainsAMissingJudge_data()
    {
        QTest::addColumn<bool>("withEndpoint");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("no endpoint") << false << "endpoint";
        QTest::addRow("no criterion") << true << "criterion";
    }

    void experimentDialogExplainsAMissingJudge()
    {
        QFETCH(bool, withEndpoint);
        QFETCH(QString, mentions);
        if (withEndpoint)
            QVERIFY(EndpointStore(m_workspace->database()).add(judgeEndpoint()));
        ExperimentDialog dialog(m_workspace.get());
        dialog.show();
        QVERIFY(dialog.setModelChecked(QStringLiteral("TextRank"), true));
        auto* group = child<JudgeSettingsGroup>(&dialog, "judgeGroup");
        group->setChecked(true);
        if (withEndpoint) {
            for (const char* id : {"coherence", "consistency", "fluency", "relevance"})
                QVERIFY(group->setCriterionChecked(QString::fromLatin1(id), false));
        }
        QSignalSpy created(&dialog, &ExperimentDialog::created);
        click(&dialog, "experimentOk");
        QCOMPARE(created.size(), 0);
        QVERIFY2(dialog.errorText().contains(mentions), qPrintable(dialog.errorText()));
        QCOMPARE(ExperimentStore(m_workspace->database()).list()->size(), 0);
        // Without the judge the same experiment is fine, and has no judge block.
        group->setChecked(false);
        click(&dialog, "experimentOk");
        QCOMPARE(created.size(), 1);
        auto stored = ExperimentStore(m_workspace->database()).list();
        QVERIFY(stored && stored->size() == 1);
        QVERIFY(stored->constFirst().definition.judge.isEmpty());
        QVERIFY(!stored->constFirst().definition.metrics.contains(QStringLiteral("geval")));
    }

    void mainWindowOpensTheLibrary()
    {
        MainWindow window;
        window.setWorkspace(std::move(m_workspace));
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("actionJudgeCriteria"));
        QVERIFY(action);
        action->trigger();
        auto* library = window.findChild<CriteriaLibraryDialog*>();
        QVERIFY(library);
        QTRY_VERIFY(library->isVisible());
        library->close();
    }
};

QTEST_MAIN(TestJudgeGui)
#include "test_judgegui.moc"
