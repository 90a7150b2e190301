#pragma once

#include <QString>

namespace caliper {

/// Who is reviewing: every rating and tag is stored under this name, so several people can review the same
/// outputs and their ratings stay apart. Kept in QSettings; defaults to the user's login name.
class Reviewer
{
public:
    /// The QSettings key of the chosen name.
    static QString settingsKey() { return QStringLiteral("review/reviewer"); }
    /// The login name from the environment (USER, USERNAME or LOGNAME); "reviewer" when none is set.
    static QString defaultName();
    /// The stored name, or defaultName() when none is stored.
    static QString name();
    /// Stores `name` trimmed; an empty name goes back to defaultName().
    static void setName(const QString& name);
};

} // namespace caliper
