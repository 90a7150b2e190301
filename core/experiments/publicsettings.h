#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace caliper {

// What of an experiment may leave the workspace: reports and exported experiment definitions both pass their
// URLs and judge settings through these, so a file shared with colleagues never carries a secret.

/// The URL as it may appear in a shared report: no user name or password, no query (servers that take a key as
/// ?key=… exist) and no fragment.
QString publicUrl(const QUrl& url);

/// Judge settings without secrets: every URL through publicUrl(), and every member whose name suggests a key,
/// token, password or secret removed (api_key_env, the name of a variable, stays), in nested objects too.
QJsonObject publicJudgeSettings(const QJsonObject& settings);

} // namespace caliper
