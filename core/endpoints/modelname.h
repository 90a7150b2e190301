#pragma once

#include <QString>

namespace caliper {

/// What a model's name says about its size, to pre-fill an endpoint's model size (the user can edit it).
struct ModelNameInfo
{
    qint64 parameters = 0; ///< 0 when the name does not say
    QString quantization; ///< upper-cased GGUF-style tag ("Q4_K_M", "IQ2_XS", "Q8_0", "F16"); empty when none
};

/// Reads sizes such as "14B", "1.5b", "350M", "8x7B" (mixtures: experts × size, an upper bound) and
/// quantisation tags from names such as "DeepSeek-R1-Distill-Qwen-14B", "llama3.1:8b-instruct-q4_K_M" or
/// "Qwen2.5-1.5B-Instruct-Q4_K_M.gguf". Version numbers ("Llama-3.1", "R1") are not sizes.
ModelNameInfo parseModelName(const QString& name);

} // namespace caliper
