#pragma once

#include "common/error.h"

#include <QSqlDatabase>
#include <QStringList>

namespace caliper::migrations {

/// The schema version a fully migrated workspace has. Each later feature (experiments, runs, outputs,
/// scores, judgements, reviews) adds one migration; a migration is never edited once released.
int latestVersion();

/// The schema version stored in the database (PRAGMA user_version); 0 for a new file.
int currentVersion(const QSqlDatabase& db);

/// Applies the migrations after currentVersion() up to and including `target`, each in its own
/// transaction, so a failure leaves the database at the last complete version.
Status migrate(QSqlDatabase& db, int target = -1);

} // namespace caliper::migrations
