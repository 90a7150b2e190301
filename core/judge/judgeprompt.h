#pragma once

#include "endpoints/chattypes.h"
#include "judge/judgecriterion.h"

#include <optional>

namespace caliper {

/// The texts of one sample that a judge may see.
struct JudgeTexts
{
    QString source; ///< the transcript / document given to the model
    QString answer; ///< the model's answer with its reasoning removed (metrics/reasoning.h)
    QString reference; ///< the reference answer; empty when the dataset has none
};

/// What the user set for a judge run; unset values take the method's defaults.
struct JudgeOptions
{
    std::optional<double> temperature; ///< lumigator 0 (DeepEval's default); paper 2 (the paper's script)
    std::optional<int> samples; ///< requests per sample: lumigator 1; paper 20, or 1 with logprobs
    std::optional<bool> logprobs; ///< lumigator true; paper false
    std::optional<int> maxTokens; ///< lumigator unset; paper 5
    int topLogprobs = 20;
};

/// One judgement to send: the chat request, how many times to send it, and the prompt's fingerprint.
struct JudgeRequest
{
    ChatRequest chat;
    int samples = 1; ///< independent requests whose scores are averaged (the paper's n)
    QString promptSha256; ///< promptHash(chat.messages): which exact prompt a stored judgement answered
};

/// Fills the criterion's template with the sample's texts and sets the method's parameters. The lumigator method
/// reproduces what Lumigator sends through DeepEval 2.x's GEval: one user message, temperature 0, logprobs with
/// top_logprobs 20. The paper method sends the filled SummEval prompt as the system message, temperature 2,
/// top_p 1, max_tokens 5, 20 samples. Fails when the criterion needs a text the sample does not have.
Result<JudgeRequest> buildJudgeRequest(
    const JudgeCriterion& criterion, const JudgeTexts& texts, const JudgeOptions& options = {});

/// The prompt text alone (what buildJudgeRequest puts into its one message).
Result<QString> renderJudgePrompt(const JudgeCriterion& criterion, const JudgeTexts& texts);

/// The messages as compact JSON, [{"content":…,"role":…}, …] with keys sorted, UTF-8: the canonical form hashed
/// for provenance (the parameters are stored beside it, not hashed).
QByteArray canonicalMessagesJson(const QList<ChatMessage>& messages);
/// Lower-case hex SHA-256 of canonicalMessagesJson.
QString promptHash(const QList<ChatMessage>& messages);

} // namespace caliper
