#include "judge/judgesample.h"

#include "endpoints/chatclient.h"

namespace caliper {

namespace {

void recordAttempt(JudgeOutcome& outcome, const ChatResult& result)
{
    ++outcome.attempts;
    outcome.promptTokens += result.usage.promptTokens.value_or(0);
    outcome.completionTokens += result.usage.completionTokens.value_or(0);
    if (!result.model.isEmpty())
        outcome.judgeModel = result.model;
    outcome.rawReply = result.content;
    outcome.logprobs = result.logprobs;
}

} // namespace

QCoro::Task<JudgeOutcome> judgeSample(ChatClient& client, Endpoint endpoint, JudgeCriterion criterion,
    JudgeRequest request, int parseRetries, CancelToken cancel)
{
    JudgeOutcome outcome;
    outcome.criterionId = criterion.id;
    outcome.method = criterion.method;
    outcome.judgeEndpoint = endpoint.name;
    outcome.judgeModel = endpoint.model;
    outcome.promptSha256 = request.promptSha256;
    for (int attempt = 0; attempt <= parseRetries; ++attempt) {
        const ChatResult result = co_await client.complete(endpoint, request.chat, cancel);
        recordAttempt(outcome, result);
        if (!result.ok()) {
            outcome.failure = result.failure->error;
            co_return outcome;
        }
        Result<JudgeScore> score = scoreJudgeResult(criterion, result);
        if (score) {
            outcome.score = std::move(score).value();
            outcome.failure.reset();
            co_return outcome;
        }
        outcome.failure = score.error();
        if (cancel && cancel->isCancelled())
            break;
    }
    co_return outcome;
}

} // namespace caliper
