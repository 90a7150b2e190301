#pragma once

#include "endpoints/endpoint.h"

#include <QList>
#include <QStringList>

namespace caliper {

/// A known kind of server: what to fill in when the user adds an endpoint of that kind.
struct EndpointPreset
{
    QString id; ///< stable, stored with the endpoint ("deepseek", "vllm", …)
    const char* label; ///< for the UI, marked with QT_TRANSLATE_NOOP("caliper::EndpointPreset", …)
    QUrl baseUrl;
    QStringList models; ///< suggestions; "Test connection" lists what the server really has
    QString keyEnvironmentVariable; ///< empty for local servers that need no key
    bool reasoningContentField = false; ///< the server splits reasoning into reasoning_content
    int concurrency = 4;
};

/// DeepSeek API, OpenAI, Mistral, vLLM, llamafile, Ollama, LM Studio — in the order the UI offers them.
const QList<EndpointPreset>& endpointPresets();
/// The preset with this id, or nullptr.
const EndpointPreset* findPreset(const QString& id);
/// A new endpoint filled in from a preset and its first (or the given) model.
Endpoint endpointFromPreset(const EndpointPreset& preset, const QString& model = {});

} // namespace caliper
