#include "endpoints/presets.h"

#include "endpoints/modelname.h"

#include <QCoreApplication>

namespace caliper {

const QList<EndpointPreset>& endpointPresets()
{
    // Local servers get a low default concurrency: one GPU or CPU serves every request.
    static const QList<EndpointPreset> presets = {
        {QStringLiteral("deepseek"), QT_TRANSLATE_NOOP("caliper::EndpointPreset", "DeepSeek API"),
            QUrl(QStringLiteral("https://api.deepseek.com")),
            {QStringLiteral("deepseek-reasoner"), QStringLiteral("deepseek-chat")}, QStringLiteral("DEEPSEEK_API_KEY"),
            true, 8},
        {QStringLiteral("openai"), QT_TRANSLATE_NOOP("caliper::EndpointPreset", "OpenAI"),
            QUrl(QStringLiteral("https://api.openai.com/v1")),
            {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")}, QStringLiteral("OPENAI_API_KEY"), false, 8},
        {QStringLiteral("mistral"), QT_TRANSLATE_NOOP("caliper::EndpointPreset", "Mistral"),
            QUrl(QStringLiteral("https://api.mistral.ai/v1")),
            {QStringLiteral("mistral-small-latest"), QStringLiteral("mistral-large-latest")},
            QStringLiteral("MISTRAL_API_KEY"), false, 4},
        {QStringLiteral("vllm"), QT_TRANSLATE_NOOP("caliper::EndpointPreset", "vLLM"),
            QUrl(QStringLiteral("http://localhost:8000/v1")), {}, {}, true, 16},
        {QStringLiteral("llamafile"), QT_TRANSLATE_NOOP("caliper::EndpointPreset", "llamafile"),
            QUrl(QStringLiteral("http://localhost:8080/v1")), {}, {}, false, 1},
        {QStringLiteral("ollama"), QT_TRANSLATE_NOOP("caliper::EndpointPreset", "Ollama"),
            QUrl(QStringLiteral("http://localhost:11434/v1")), {}, {}, false, 1},
        {QStringLiteral("lmstudio"), QT_TRANSLATE_NOOP("caliper::EndpointPreset", "LM Studio"),
            QUrl(QStringLiteral("http://localhost:1234/v1")), {}, {}, false, 1},
    };
    return presets;
}

const EndpointPreset* findPreset(const QString& id)
{
    for (const EndpointPreset& preset : endpointPresets()) {
        if (preset.id == id)
            return &preset;
    }
    return nullptr;
}

Endpoint endpointFromPreset(const EndpointPreset& preset, const QString& model)
{
    Endpoint endpoint;
    endpoint.preset = preset.id;
    endpoint.baseUrl = preset.baseUrl;
    endpoint.model = model.isEmpty() ? preset.models.value(0) : model;
    endpoint.name = endpoint.model.isEmpty() ? QCoreApplication::translate("caliper::EndpointPreset", preset.label)
                                             : endpoint.model;
    endpoint.concurrency = preset.concurrency;
    if (!preset.keyEnvironmentVariable.isEmpty()) {
        endpoint.keySource = KeySource::Environment;
        endpoint.keyName = preset.keyEnvironmentVariable;
    }
    const ModelNameInfo info = parseModelName(endpoint.model);
    endpoint.parameters = info.parameters;
    endpoint.quantization = info.quantization;
    return endpoint;
}

} // namespace caliper
