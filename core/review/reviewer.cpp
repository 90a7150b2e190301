#include "review/reviewer.h"

#include <QSettings>

namespace caliper {

QString Reviewer::defaultName()
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    // Not translated: it is stored with the reviews, and must not change with the interface language.
    return QStringLiteral("reviewer");
}

QString Reviewer::name()
{
    const QString stored = QSettings().value(settingsKey()).toString().trimmed();
    return stored.isEmpty() ? defaultName() : stored;
}

void Reviewer::setName(const QString& name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), name.trimmed());
}

} // namespace caliper
