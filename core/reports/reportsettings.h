#pragma once

#include "reports/reportdata.h"

#include "experiments/publicsettings.h"

namespace caliper {

/// The settings section of a report, from the stored experiment. Nothing secret survives: see publicUrl() and
/// publicJudgeSettings() (experiments/publicsettings.h).
ReportSettings reportSettings(const ExperimentInfo& experiment, const QList<ExperimentModel>& models);

} // namespace caliper
