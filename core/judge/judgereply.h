#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

namespace caliper {

/// What a judge's reply says, and where in the reply the score is written (to find its token in the logprobs).
struct ParsedJudgement
{
    double score = 0; ///< as written: usually an integer, sometimes "7.5"
    QString reason; ///< the JSON "reason", or the prose after a "Reason:" label; may be empty
    qsizetype scoreOffset = -1; ///< index in the reply of the score's first character (its digits, not quotes)
    qsizetype scoreLength = 0; ///< characters of the number as written ("10" → 2)

    QString scoreText(const QString& reply) const { return reply.mid(scoreOffset, scoreLength); }
    bool isInteger() const;
};

/// Reads the score (and reason) from a judge's reply, however messy a local model made it: a think block first,
/// code fences, prose before or after, single quotes, unquoted keys, trailing commas, the score as a string
/// ("7", "7/10"), "Score: 7/10", "- Coherence: 4" (the paper's form, with `labels` naming the criterion), or a bare
/// leading number. The score must lie in [minScore, maxScore]; otherwise, and when no score is found, the error
/// says why (the caller retries, then keeps the raw reply).
Result<ParsedJudgement> parseJudgeReply(
    const QString& reply, int minScore, int maxScore, const QStringList& labels = {});

} // namespace caliper
