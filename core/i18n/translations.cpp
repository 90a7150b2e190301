#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace caliper {

namespace {

const QString CatalogueDirectory = QStringLiteral(":/i18n");
const QString CataloguePrefix = QStringLiteral("caliper_");
// Marks the translators install() made, so a later call replaces them instead of stacking a second language.
const QString TranslatorName = QStringLiteral("caliperTranslator");

// Loads one catalogue for `locale` (QTranslator tries "de_DE", then "de") and installs it on success.
bool installCatalogue(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(TranslatorName);
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QString Translations::settingsKey()
{
    return QStringLiteral("language");
}

QStringList Translations::available()
{
    QStringList languages {QStringLiteral("en")};
    const QStringList files = QDir(CatalogueDirectory).entryList({CataloguePrefix + QStringLiteral("*.qm")});
    for (const QString& file : files)
        languages << file.mid(CataloguePrefix.size()).chopped(3);
    return languages;
}

QString Translations::storedLanguage()
{
    return QSettings().value(settingsKey()).toString();
}

void Translations::setStoredLanguage(const QString& language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), language);
}

QLocale Translations::effectiveLocale(const QString& stored, const QLocale& system)
{
    return stored.isEmpty() ? system : QLocale(stored);
}

bool Translations::install(QCoreApplication& app, const QLocale& locale)
{
    const QList<QTranslator*> previous = app.findChildren<QTranslator*>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    // English is the sources' language: no catalogue, and Qt's own texts are English already.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    const bool ours = installCatalogue(app, locale, CataloguePrefix.chopped(1), CatalogueDirectory);
    // Qt's catalogue translates its standard dialogs and buttons ("Cancel", "&Yes"); absent is not an error.
    if (ours)
        installCatalogue(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return ours;
}

bool Translations::installPreferred(QCoreApplication& app)
{
    const QString stored = storedLanguage();
    const QLocale locale = effectiveLocale(stored, QLocale::system());
    if (!stored.isEmpty())
        QLocale::setDefault(locale);
    return install(app, locale);
}

} // namespace caliper
