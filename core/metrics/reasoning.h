#pragma once

#include <QString>

namespace caliper {

/// An output separated into the model's reasoning and its answer. Metrics score the answer only; an
/// unclosed think block is flagged because it leaves nothing to score (in the study a 2-bit model that never
/// closed its `<think>` scored 12 ROUGE-1 for that reason, not for its summaries).
struct ReasoningSplit
{
    QString reasoning; ///< without the tags, trimmed
    QString answer; ///< trimmed when reasoning was split off; the content unchanged otherwise
    bool hasReasoning = false; ///< a think block (even an empty one) or a reasoning_content field was present
    bool unclosed = false; ///< `<think>` was opened but never closed: the answer is empty
};

/// Splits `<think>…</think>`: everything before the first `</think>` is reasoning (the opening tag may be
/// missing, as with R1 distills whose chat template opens it); a `<think>` without any `</think>` makes
/// everything reasoning and the answer empty. A non-blank reasoningContent (the API's separate
/// reasoning_content field) is the reasoning and content is the answer, after stripping any think block
/// from it too.
ReasoningSplit splitReasoning(const QString& content, const QString& reasoningContent = {});

/// cl100k_base token counts of each part of a split output.
struct TokenCounts
{
    qint64 reasoning = 0;
    qint64 answer = 0;
};

TokenCounts cl100kTokenCounts(const ReasoningSplit& split);

} // namespace caliper
