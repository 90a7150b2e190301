#pragma once

#include "reports/reportdata.h"

#include <QJsonObject>
#include <QUrl>

namespace caliper {

/// The settings section of a report, from the stored experiment. Nothing secret survives: see publicUrl() and
/// publicJudgeSettings().
ReportSettings reportSettings(const ExperimentInfo& experiment, const QList<ExperimentModel>& models);

/// The URL as it may appear in a shared report: no user name or password, no query (servers that take a key as
/// ?key=… exist) and no fragment.
QString publicUrl(const QUrl& url);

/// Judge settings without secrets: every URL through publicUrl(), and every member whose name suggests a key,
/// token, password or secret removed (api_key_env, the name of a variable, stays), in nested objects too.
QJsonObject publicJudgeSettings(const QJsonObject& settings);

} // namespace caliper
