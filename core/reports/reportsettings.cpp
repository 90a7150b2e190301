#include "reports/reportsettings.h"

#include "endpoints/endpointstore.h"

#include "experiments/publicsettings.h"

namespace caliper {

namespace {

ReportModelSettings modelSettings(const ExperimentModel& model)
{
    const Endpoint& endpoint = model.endpoint;
    ReportModelSettings settings;
    settings.name = model.name;
    settings.model = endpoint.model;
    settings.baseUrl = endpoint.baseUrl.isEmpty() ? QString() : publicUrl(endpoint.baseUrl);
    settings.keySource = keySourceName(endpoint.keySource);
    // A keychain entry's name says nothing useful to a reader; a variable name tells them what to set.
    if (endpoint.keySource == KeySource::Environment)
        settings.keyEnvironmentVariable = endpoint.keyName;
    settings.parameters = endpoint.parameters;
    settings.quantization = endpoint.quantization;
    settings.priceInPerMTok = endpoint.priceInPerMTok;
    settings.priceOutPerMTok = endpoint.priceOutPerMTok;
    return settings;
}

} // namespace

ReportSettings reportSettings(const ExperimentInfo& experiment, const QList<ExperimentModel>& models)
{
    ReportSettings settings;
    settings.experimentName = experiment.name;
    settings.createdAt = experiment.createdAt;
    settings.datasetName = experiment.datasetName;
    settings.datasetHash = experiment.datasetHash;
    settings.sampleCount = experiment.sampleCount;
    settings.systemPrompt = experiment.definition.systemPrompt;
    settings.generation = experiment.definition.generation;
    settings.metrics = experiment.definition.metrics;
    settings.judge = publicJudgeSettings(experiment.definition.judge.settings);
    for (const ExperimentModel& model : models)
        settings.models.append(modelSettings(model));
    return settings;
}

} // namespace caliper
