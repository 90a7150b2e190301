#pragma once

#include "endpoints/canceller.h"
#include "endpoints/endpoint.h"
#include "judge/judgeprompt.h"
#include "judge/judgescore.h"

#include <qcoro/qcorotask.h>

#include <optional>

namespace caliper {

class ChatClient;

/// One judgement as it is stored: the score or why there is none, and everything needed to audit it.
struct JudgeOutcome
{
    QString criterionId;
    JudgeMethod method = JudgeMethod::Lumigator;
    QString judgeEndpoint; ///< the endpoint's name
    QString judgeModel; ///< the model the server says answered (the endpoint's model when it says nothing)
    QString promptSha256;
    std::optional<JudgeScore> score; ///< unset when the judgement failed
    std::optional<Error> failure; ///< why it failed: the request, or the last reply's parse error
    QString rawReply; ///< the reply scored, or the last one that could not be
    QList<TokenLogprob> logprobs; ///< of the raw reply
    int attempts = 0; ///< requests sent (1 + retries used)
    qint64 promptTokens = 0; ///< summed over the attempts, for the run's cost
    qint64 completionTokens = 0;

    bool ok() const { return score.has_value(); }
};

/// Sends one judge request and scores the reply; a reply without a usable score is asked again, up to
/// `parseRetries` more times, before the judgement is marked failed with the raw reply kept. Request failures are
/// not retried here (the chat client already retried them). Never throws; `client` must outlive the task.
QCoro::Task<JudgeOutcome> judgeSample(ChatClient& client, Endpoint endpoint, JudgeCriterion criterion,
    JudgeRequest request, int parseRetries, CancelToken cancel = {});

} // namespace caliper
