// The translation catalogues: complete, current with the sources, consistent with the code's runtime contexts,
// and compiled into the program so that Translations::install() makes Caliper speak them.
#include "i18n/translations.h"
#include "testsupport.h"
#include "tscatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using caliper::Translations;
using caliper::test::TsMessage;

namespace {

const int MaxListed = 25; // entries named in one failure message

QString listed(const QStringList& items)
{
    QStringList shown = items.mid(0, MaxListed);
    if (items.size() > MaxListed)
        shown << QStringLiteral("… and %1 more").arg(items.size() - MaxListed);
    return shown.join(QLatin1Char('\n'));
}

QStringList catalogues()
{
    return QDir(QStringLiteral(CALIPER_TRANSLATIONS_DIR)).entryList({QStringLiteral("caliper_*.ts")});
}

// %1…%99 and %n, each once, sorted: a translation must keep every placeholder of its source.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

// A single '&' marks a keyboard accelerator ("&&" is a literal ampersand).
bool hasAccelerator(const QString& text)
{
    return QString(text).remove(QStringLiteral("&&")).contains(QLatin1Char('&'));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    QList<TsMessage> m_extracted; ///< what lupdate finds in the sources now
    QString m_lupdateOutput;

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void catalogueIsFinished_data();
    void catalogueIsFinished();
    void catalogueMatchesSources_data();
    void catalogueMatchesSources();
    void translationsKeepPlaceholders_data();
    void translationsKeepPlaceholders();
    void contextsAreThoseTheCodeUses();
    void compiledCatalogueTranslatesEveryMessage();
    void qtCatalogueIsInstalledWithOurs();
    void englishAndUnknownLanguagesUseTheSources_data();
    void englishAndUnknownLanguagesUseTheSources();
    void installReplacesTheEarlierLanguage();
    void effectiveLocale_data();
    void effectiveLocale();
    void storedLanguageDecidesAtStart();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CaliperTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_translations"));
    QSettings().clear();
    QVERIFY(m_scratch.isValid());
    QVERIFY2(!catalogues().isEmpty(), CALIPER_TRANSLATIONS_DIR);

    // lupdate over the same source list and options as the translations_update target, into a fresh catalogue.
    const QString fresh = m_scratch.filePath(QStringLiteral("extracted.ts"));
    QStringList arguments = QString::fromUtf8(CALIPER_LUPDATE_OPTIONS).split(QLatin1Char(' '));
    arguments << QStringLiteral("@" CALIPER_TRANSLATION_SOURCES) << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.start(QStringLiteral(CALIPER_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    m_lupdateOutput = QString::fromUtf8(lupdate.readAllStandardError() + lupdate.readAllStandardOutput());
    QVERIFY2(lupdate.exitCode() == 0, qPrintable(m_lupdateOutput));
    QString error;
    m_extracted = caliper::test::readTsFile(fresh, &error);
    QVERIFY2(!m_extracted.isEmpty(), qPrintable(error));
}

void TestTranslations::cleanup()
{
    Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
    QSettings().clear();
}

void TestTranslations::catalogueIsFinished_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : catalogues())
        QTest::addRow("%s", qPrintable(file)) << file;
}

// Unfinished entries show English in a German window; vanished and obsolete ones are dead weight that hides
// whether the catalogue is current.
void TestTranslations::catalogueIsFinished()
{
    QFETCH(QString, file);
    QString error;
    const QList<TsMessage> messages
        = caliper::test::readTsFile(QDir(QStringLiteral(CALIPER_TRANSLATIONS_DIR)).filePath(file), &error);
    QVERIFY2(!messages.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const TsMessage& message : messages) {
        const bool empty = message.translations.isEmpty() || message.translations.contains(QString());
        if (!message.type.isEmpty() || empty)
            problems << QStringLiteral("[%1] %2: %3")
                            .arg(message.type.isEmpty() ? QStringLiteral("empty") : message.type, message.context,
                                message.source);
        else if (message.numerus && message.translations.size() != 2) // German: singular and plural
            problems << QStringLiteral("[plural forms] %1: %2").arg(message.context, message.source);
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 entries of %2 need work (run the translations_update target, then translate):\n%3")
                .arg(problems.size())
                .arg(file, listed(problems))));
}

void TestTranslations::catalogueMatchesSources_data()
{
    catalogueIsFinished_data();
}

// New strings in the sources that the catalogue lacks, and catalogue entries the sources no longer have.
void TestTranslations::catalogueMatchesSources()
{
    QFETCH(QString, file);
    QString error;
    const QList<TsMessage> messages
        = caliper::test::readTsFile(QDir(QStringLiteral(CALIPER_TRANSLATIONS_DIR)).filePath(file), &error);
    QSet<QString> catalogue;
    for (const TsMessage& message : messages)
        catalogue.insert(message.key());
    QSet<QString> sources;
    QStringList missing;
    for (const TsMessage& message : std::as_const(m_extracted)) {
        sources.insert(message.key());
        if (!catalogue.contains(message.key()))
            missing << QStringLiteral("%1: %2").arg(message.context, message.source);
    }
    QStringList stale;
    for (const TsMessage& message : messages) {
        if (!sources.contains(message.key()))
            stale << QStringLiteral("%1: %2").arg(message.context, message.source);
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("%1 strings of the sources are not in %2 (run the translations_update target):\n%3")
                       .arg(missing.size())
                       .arg(file, listed(missing))));
    QVERIFY2(stale.isEmpty(),
        qPrintable(QStringLiteral("%1 entries of %2 are no longer in the sources (run translations_update):\n%3")
                       .arg(stale.size())
                       .arg(file, listed(stale))));
}

void TestTranslations::translationsKeepPlaceholders_data()
{
    catalogueIsFinished_data();
}

void TestTranslations::translationsKeepPlaceholders()
{
    QFETCH(QString, file);
    QString error;
    const QList<TsMessage> messages
        = caliper::test::readTsFile(QDir(QStringLiteral(CALIPER_TRANSLATIONS_DIR)).filePath(file), &error);
    QStringList problems;
    for (const TsMessage& message : messages) {
        for (const QString& translation : message.translations) {
            if (translation.isEmpty())
                continue; // catalogueIsFinished reports those
            if (placeholders(translation) != placeholders(message.source))
                problems
                    << QStringLiteral("[placeholders] %1: %2 → %3").arg(message.context, message.source, translation);
            if (hasAccelerator(translation) != hasAccelerator(message.source))
                problems
                    << QStringLiteral("[accelerator] %1: %2 → %3").arg(message.context, message.source, translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
}

// lupdate files a tr() outside a Q_OBJECT class under the enclosing class or namespace and warns. A file-local
// helper `tr()` that calls QCoreApplication::translate("ctx", …) only gets its translations when "ctx" is that
// same name; otherwise the entry is translated in the catalogue but never shown.
void TestTranslations::contextsAreThoseTheCodeUses()
{
    QFile list(QStringLiteral(CALIPER_TRANSLATION_SOURCES));
    QVERIFY(list.open(QIODevice::ReadOnly));
    static const QRegularExpression literal(QStringLiteral(
        "(?:translate|QT_TRANSLATE_NOOP|QT_TRANSLATE_N_NOOP|Q_DECLARE_TR_FUNCTIONS)\\(\\s*\"?([\\w:]+)"));
    QSet<QString> used;
    for (const QByteArray& line : list.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith("-I"))
            continue;
        const QString text = QString::fromUtf8(caliper::test::readFile(QString::fromUtf8(line)));
        for (auto it = literal.globalMatch(text); it.hasNext();)
            used.insert(it.next().captured(1));
    }
    static const QRegularExpression warning(
        QStringLiteral("^(\\S+:\\d+): Class '([^']+)' lacks Q_OBJECT macro$"), QRegularExpression::MultilineOption);
    QStringList unused;
    for (auto it = warning.globalMatch(m_lupdateOutput); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!used.contains(match.captured(2)))
            unused << QStringLiteral("%1: tr() filed under '%2', a context the code never translates in")
                          .arg(match.captured(1), match.captured(2));
    }
    QVERIFY2(unused.isEmpty(), qPrintable(listed(unused)));
}

void TestTranslations::compiledCatalogueTranslatesEveryMessage()
{
    QVERIFY(Translations::available().contains(QStringLiteral("de")));
    QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
    QString error;
    const QList<TsMessage> messages
        = caliper::test::readTsFile(QStringLiteral(CALIPER_TRANSLATIONS_DIR "/caliper_de.ts"), &error);
    QStringList wrong;
    for (const TsMessage& message : messages) {
        if (!message.type.isEmpty())
            continue;
        const QByteArray context = message.context.toUtf8(), source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const char* disambiguation = comment.isEmpty() ? nullptr : comment.constData();
        for (int form = 0; form < message.translations.size(); ++form) {
            const int n = message.numerus ? (form == 0 ? 1 : 2) : -1;
            const QString shown
                = QCoreApplication::translate(context.constData(), source.constData(), disambiguation, n);
            QString expected = message.translations.at(form);
            if (message.numerus)
                expected.replace(QStringLiteral("%n"), QString::number(n));
            if (shown != expected)
                wrong << QStringLiteral("%1: %2 → %3 (expected %4)")
                             .arg(message.context, message.source, shown, expected);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(listed(wrong)));
}

// Qt's standard buttons and dialogs speak the same language as Caliper's own texts.
void TestTranslations::qtCatalogueIsInstalledWithOurs()
{
    const QString qtCatalogue = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    QVERIFY2(
        QFileInfo::exists(qtCatalogue), qPrintable(qtCatalogue + QStringLiteral(" (Debian: qt6-translations-l10n)")));
    QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Austria)));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TestTranslations::englishAndUnknownLanguagesUseTheSources_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addRow("English (US)") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::addRow("English (UK)") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::addRow("C") << QLocale::c();
    QTest::addRow("Swahili, no catalogue") << QLocale(QLocale::Swahili);
}

void TestTranslations::englishAndUnknownLanguagesUseTheSources()
{
    QFETCH(QLocale, locale);
    QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QLocale::German)));
    QVERIFY(!Translations::install(*QCoreApplication::instance(), locale));
    QCOMPARE(QCoreApplication::translate("caliper::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestTranslations::installReplacesTheEarlierLanguage()
{
    auto* app = QCoreApplication::instance();
    QVERIFY(Translations::install(*app, QLocale(QLocale::German)));
    const auto installed = app->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly).size();
    QVERIFY(installed >= 1);
    QVERIFY(Translations::install(*app, QLocale(QLocale::German, QLocale::Switzerland)));
    QCOMPARE(app->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly).size(), installed);
    QVERIFY(!Translations::install(*app, QLocale(QLocale::English)));
    QCOMPARE(app->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly).size(), 0);
}

void TestTranslations::effectiveLocale_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QLocale::Language>("expected");
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale american(QLocale::English, QLocale::UnitedStates);
    QTest::addRow("follows a German system") << QString() << german << QLocale::German;
    QTest::addRow("follows an English system") << QString() << american << QLocale::English;
    QTest::addRow("English chosen on a German system") << QStringLiteral("en") << german << QLocale::English;
    QTest::addRow("German chosen on an English system") << QStringLiteral("de") << american << QLocale::German;
}

void TestTranslations::effectiveLocale()
{
    QFETCH(QString, stored);
    QFETCH(QLocale, system);
    QFETCH(QLocale::Language, expected);
    QCOMPARE(Translations::effectiveLocale(stored, system).language(), expected);
}

void TestTranslations::storedLanguageDecidesAtStart()
{
    QVERIFY(Translations::storedLanguage().isEmpty());
    Translations::setStoredLanguage(QStringLiteral("de"));
    QCOMPARE(QSettings().value(Translations::settingsKey()).toString(), QStringLiteral("de"));
    QVERIFY(Translations::installPreferred(*QCoreApplication::instance()));
    QCOMPARE(QCoreApplication::translate("caliper::MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(QLocale().language(), QLocale::German); // numbers and dates follow the chosen language

    Translations::setStoredLanguage(QStringLiteral("en"));
    QVERIFY(!Translations::installPreferred(*QCoreApplication::instance()));
    QCOMPARE(QCoreApplication::translate("caliper::MainWindow", "&File"), QStringLiteral("&File"));
    Translations::setStoredLanguage(QString());
    QVERIFY(!QSettings().contains(Translations::settingsKey()));
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
