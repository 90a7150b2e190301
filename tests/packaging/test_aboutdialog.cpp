// Help ▸ About Caliper names the version, the Qt versions, every piece of bundled data with its licence and the
// libraries of this build; the language menu stores the user's choice for the next start; icons drawn in the
// palette's colours stay visible in a dark palette and crisp at a scale factor of 2.
#include "dialogs/aboutdialog.h"
#include "glyphicons.h"
#include "i18n/translations.h"
#include "settings/languagemenu.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QWidget>

using caliper::AboutDialog;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headerNamesVersionAndQt();
    void bundledDataWithLicences_data();
    void bundledDataWithLicences();
    void librariesOfThisBuild();
    void iconIsCompiledIn();
    void playIconFollowsThePalette();
    void languageMenuStoresTheChoice();
};

void TestAboutDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CaliperTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_aboutdialog"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALIPER_VERSION_STRING));
    QSettings().clear();
}

void TestAboutDialog::headerNamesVersionAndQt()
{
    AboutDialog dialog;
    const auto* version = dialog.findChild<QLabel*>(QStringLiteral("aboutVersion"));
    QVERIFY(version);
    QVERIFY2(version->text().contains(QStringLiteral("Caliper " CALIPER_VERSION_STRING)), qPrintable(version->text()));
    QVERIFY(version->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(version->text().contains(QStringLiteral(QT_VERSION_STR)));
}

void TestAboutDialog::bundledDataWithLicences_data()
{
    // What resources/*/README.md say each piece is and under which licence it came.
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("licence");
    QTest::addRow("cl100k ranks") << QStringLiteral("cl100k_base token ranks") << QStringLiteral("MIT");
    QTest::addRow("G-Eval prompts") << QStringLiteral("G-Eval prompts") << QStringLiteral("MIT");
    QTest::addRow("Lumigator prompts") << QStringLiteral("Lumigator prompts") << QStringLiteral("Apache-2.0");
    QTest::addRow("sample dataset") << QStringLiteral("Sample dataset") << QStringLiteral("Caliper's licence");
}

void TestAboutDialog::bundledDataWithLicences()
{
    QFETCH(QString, name);
    QFETCH(QString, licence);
    const QList<AboutDialog::Credit> data = AboutDialog::bundledData();
    const auto credit
        = std::find_if(data.cbegin(), data.cend(), [&](const AboutDialog::Credit& c) { return c.name == name; });
    QVERIFY2(credit != data.cend(), qPrintable(name));
    QCOMPARE(credit->licence, licence);
    QVERIFY(credit->url.startsWith(QLatin1String("https://")));

    AboutDialog dialog;
    const auto* page = dialog.findChild<QTextBrowser*>(QStringLiteral("bundledData"));
    QVERIFY(page);
    QVERIFY(page->toPlainText().contains(name));
    QVERIFY(page->toPlainText().contains(licence));
}

void TestAboutDialog::librariesOfThisBuild()
{
    QStringList names;
    for (const AboutDialog::Credit& library : AboutDialog::libraries()) {
        names << library.name;
        QVERIFY2(!library.version.isEmpty(), qPrintable(library.name));
    }
    QCOMPARE(names.mid(0, 2), (QStringList {QStringLiteral("Qt"), QStringLiteral("QCoro")}));
    QCOMPARE(names.contains(QStringLiteral("QtKeychain")), bool(CALIPER_TEST_HAVE_KEYCHAIN));
    QCOMPARE(names.contains(QStringLiteral("KSyntaxHighlighting")), bool(CALIPER_TEST_HAVE_KSYNTAXHIGHLIGHTING));

    AboutDialog dialog;
    const auto* page = dialog.findChild<QTextBrowser*>(QStringLiteral("libraries"));
    QVERIFY(page);
    for (const QString& name : std::as_const(names))
        QVERIFY2(page->toPlainText().contains(name), qPrintable(name));
}

void TestAboutDialog::iconIsCompiledIn()
{
    const QIcon icon(QStringLiteral(":/icons/io.github.caliper.Caliper.svg"));
    const QImage image = icon.pixmap(64, 64).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    // Drawn, not blank: the corner is transparent (rounded tile) and the centre is not.
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QVERIFY(qAlpha(image.pixel(32, 32)) > 0);
}

void TestAboutDialog::playIconFollowsThePalette()
{
    const QPalette original = QGuiApplication::palette();
    for (const QColor& text : {QColor(230, 230, 230), QColor(20, 20, 20)}) {
        QPalette palette = original;
        palette.setColor(QPalette::ButtonText, text);
        QGuiApplication::setPalette(palette);
        // Asked at 32 logical pixels on a 2× screen: drawn at 64 device pixels, not scaled up.
        const QPixmap pixmap = caliper::playIcon().pixmap(QSize(32, 32), 2.0);
        QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(32, 32));
        const QImage image = pixmap.toImage();
        QCOMPARE(image.size(), QSize(64, 64));
        QCOMPARE(qAlpha(image.pixel(1, 1)), 0);
        const QColor centre = image.pixelColor(28, 32);
        QCOMPARE(centre.alpha(), 255);
        QCOMPARE(centre.rgb(), text.rgb());
    }
    QGuiApplication::setPalette(original);
}

void TestAboutDialog::languageMenuStoresTheChoice()
{
    QWidget window; // owns the menu and the restart note it shows
    auto* menu = new caliper::LanguageMenu(&window);
    QSignalSpy chosen(menu, &caliper::LanguageMenu::languageChosen);
    auto* german = menu->findChild<QAction*>(QStringLiteral("actionLanguage_de"));
    auto* system = menu->findChild<QAction*>(QStringLiteral("actionLanguageSystem"));
    QVERIFY(german && system);
    QCOMPARE(german->text(), QStringLiteral("Deutsch"));
    QVERIFY(system->isChecked());

    german->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("de"));
    QCOMPARE(caliper::Translations::storedLanguage(), QStringLiteral("de"));
    QVERIFY(german->isChecked());
    QTRY_VERIFY(window.findChild<QWidget*>(QStringLiteral("languageRestartNote")));
    system->trigger();
    QVERIFY(caliper::Translations::storedLanguage().isEmpty());
    QVERIFY(!QSettings().contains(caliper::Translations::settingsKey()));
}

QTEST_MAIN(TestAboutDialog)
#include "test_aboutdialog.moc"
