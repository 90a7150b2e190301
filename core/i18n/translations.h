#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace caliper {

/// Which language Caliper speaks, and the loading of its catalogues. Caliper follows the system locale unless the
/// user chose a language in Settings ▸ Language; that choice is stored in QSettings and takes effect at the next
/// start, because widgets translate their texts when they are built. The catalogues (translations/caliper_*.ts)
/// are compiled into the program under ":/i18n"; Qt's own (qtbase_*.qm) come from Qt's translations folder.
class Translations
{
public:
    /// The QSettings key of the override: a language name such as "de", or empty (or absent) for the system's.
    static QString settingsKey();

    /// The languages Caliper can speak: "en" (the language of the sources) and one per compiled-in catalogue.
    static QStringList available();

    /// The stored override, or an empty string when Caliper follows the system.
    static QString storedLanguage();
    /// Stores an override; an empty `language` means "follow the system".
    static void setStoredLanguage(const QString& language);

    /// The locale to speak: the override when one is set, else `system`.
    static QLocale effectiveLocale(const QString& stored, const QLocale& system);

    /// Installs Caliper's and Qt's catalogues for `locale` on `app` (the translators become its children),
    /// replacing those an earlier call installed.
    /// Returns true when Caliper has a catalogue for the locale; false for English and unknown languages, which
    /// are then spoken in the sources' English.
    static bool install(QCoreApplication& app, const QLocale& locale);

    /// install() for the stored override or the system locale; also makes that locale the default for
    /// number and date formatting when the user overrode it.
    static bool installPreferred(QCoreApplication& app);
};

} // namespace caliper
