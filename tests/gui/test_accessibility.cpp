// Every control a keyboard or screen-reader user can reach in the main window has a name an assistive technology
// can read (its text, its label's buddy text, or an accessible name), on every page and every Results tab, over
// a stored experiment (tests/analysis/experimentfixture.h), and in every dialog the window opens.
#include "dialogs/aboutdialog.h"
#include "dialogs/criterialibrarydialog.h"
#include "dialogs/criteriondialog.h"
#include "dialogs/endpointdialog.h"
#include "dialogs/experimentdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/judgesettingsgroup.h"
#include "dialogs/reportpreviewdialog.h"
#include "dialogs/reviewerdialog.h"
#include "endpoints/keystore.h"
#include "experimentfixture.h"
#include "mainwindow.h"
#include "pages/resultspage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

using namespace caliper;

namespace {

bool isControl(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QComboBox*>(widget)
        || qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget)
        || qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QTextEdit*>(widget)
        || qobject_cast<const QPlainTextEdit*>(widget);
}

// The reachable controls under `root` that assistive technologies would announce without a name.
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!isControl(widget) || !widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (qobject_cast<QLineEdit*>(widget)
            && (qobject_cast<QComboBox*>(widget->parentWidget())
                || qobject_cast<QAbstractSpinBox*>(widget->parentWidget())))
            continue; // the line edit inside a combo or spin box: the box carries the name
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty())
            continue;
        unnamed << QStringLiteral("%1 \"%2\"")
                       .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    test::ExperimentFixture m_fixture;

private Q_SLOTS:
    void everyReachableControlHasAName()
    {
        QVERIFY(m_fixture.create());
        MainWindow window;
        window.setWorkspace(std::move(m_fixture.workspace));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QStringList unnamed;
        for (int row = 0; row < sidebar->count(); ++row) {
            sidebar->setCurrentRow(row);
            ResultsPage* page = window.resultsPage();
            auto* tabs = page->isVisible() ? page->findChild<QTabWidget*>(QStringLiteral("resultsTabs")) : nullptr;
            for (int tab = 0; tab < (tabs ? tabs->count() : 1); ++tab) {
                if (tabs)
                    tabs->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                for (const QString& control : unnamedControls(&window)) {
                    const QString where = sidebar->item(row)->text() + (tabs ? u'/' + tabs->tabText(tab) : QString());
                    const QString line = where + QStringLiteral(": ") + control;
                    if (!unnamed.contains(line))
                        unnamed << line;
                }
            }
        }
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(QStringLiteral("controls without an accessible name:\n") + unnamed.join(QLatin1Char('\n'))));
    }

    void everyDialogControlHasAName()
    {
        test::ExperimentFixture fixture;
        QVERIFY(fixture.create());
        Workspace* workspace = fixture.workspace.get();
        KeyStore keys(QStringLiteral("CaliperTestAccessibility"));
        QNetworkAccessManager network;
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.push_back(std::make_unique<AboutDialog>());
        dialogs.push_back(std::make_unique<CriteriaLibraryDialog>(workspace));
        dialogs.push_back(std::make_unique<CriterionDialog>(
            workspace, CriterionDialog::blankCriterion(JudgeMethod::Lumigator), CriterionDialog::Mode::New));
        dialogs.push_back(std::make_unique<EndpointDialog>(workspace->database(), &keys, &network));
        auto experiment = std::make_unique<ExperimentDialog>(workspace);
        // The judge section's controls only show when it is switched on.
        experiment->judgeSettings()->setChecked(true);
        dialogs.push_back(std::move(experiment));
        dialogs.push_back(std::make_unique<ExportDialog>(workspace));
        dialogs.push_back(std::make_unique<ImportDialog>(workspace));
        dialogs.push_back(std::make_unique<ReportPreviewDialog>());
        dialogs.push_back(std::make_unique<ReviewerDialog>());
        QStringList unnamed;
        for (const std::unique_ptr<QDialog>& dialog : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            for (const QString& control : unnamedControls(dialog.get()))
                unnamed << QString::fromLatin1(dialog->metaObject()->className()) + QStringLiteral(": ") + control;
            dialog->hide();
        }
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(QStringLiteral("controls without an accessible name:\n") + unnamed.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
