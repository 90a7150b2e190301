#pragma once

#include "common/error.h"
#include "experiments/experimentstore.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <utility>

namespace caliper {

/// Which judge produced a report's (or the Results page's) G-Eval numbers and how far it agreed with itself (issue 5):
/// read from the stored judgements, not from the settings, so a report states what actually answered.
struct ReportJudge
{
    JudgeProvenance provenance;
    QList<std::pair<QString, QMap<QString, JudgeSpread>>> spread; ///< per model (in order), when judged with repeats

    bool isEmpty() const { return provenance.done == 0 && provenance.failed == 0; }
};

/// Reads which judge produced an experiment's G-Eval numbers and, when there are judgements, each model's repeat
/// spread. Reads every judgement of the experiment: call it off the GUI thread for large experiments.
Result<ReportJudge> readReportJudge(const ExperimentStore& store, qint64 experimentId);

/// The judge lines a report shows, as (label, value) pairs: endpoint, model, method, templates, judgements and,
/// per model and criterion, the repeat spread. Empty without judgements.
QList<std::pair<QString, QString>> reportJudgeLines(const ReportJudge& judge);

/// The same for the JSON report.
QJsonObject reportJudgeJson(const ReportJudge& judge);

} // namespace caliper
