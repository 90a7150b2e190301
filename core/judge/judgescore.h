#pragma once

#include "endpoints/chattypes.h"
#include "judge/judgecriterion.h"
#include "judge/judgereply.h"

#include <optional>

namespace caliper {

/// One of the top_logprobs alternatives at the score token, and whether it entered the weighted mean.
struct ScoreAlternative
{
    QString token; ///< as the server sent it (" 7", "7", "seven")
    double logprob = 0;
    std::optional<int> value; ///< the integer it spells, whitespace aside; unset for anything else
    bool counted = false; ///< an integer within the scale with probability ≥ 1%

    bool operator==(const ScoreAlternative&) const = default;
};

/// The probability-weighted score at the score token: Σ value·p / Σ p over the counted alternatives.
struct WeightedScore
{
    double score = 0;
    qsizetype tokenIndex = -1; ///< which entry of the logprobs carries the score
    QList<ScoreAlternative> alternatives; ///< all of that token's alternatives (provenance: the logprobs used)
};

/// G-Eval's weighting (DeepEval's calculate_weighted_summed_score, with two deliberate differences: alternatives
/// outside [minScore, maxScore] are dropped, and a leading space (" 7", common in BPE vocabularies) does not
/// disqualify a digit token). Finds the token that carries the parsed score's digits by laying the tokens over
/// `content`; takes its alternatives that spell an integer in range with logprob ≥ ln 0.01. Returns nullopt,
/// meaning "use the parsed score", when the score's digits are split over several tokens ("1", "0"), when no
/// token can be matched, or when no alternative counts.
std::optional<WeightedScore> weightedScore(const QList<TokenLogprob>& logprobs, const QString& content,
    const ParsedJudgement& parsed, int minScore, int maxScore);

/// (score − min) / (max − min): 0 at the bottom of the scale, 1 at the top. For Lumigator's 0–10 this is
/// DeepEval's score / 10; for the paper's 1–5 and 1–3 scales it maps both ends onto 0 and 1 so the four
/// dimensions share one 0–1 axis.
double normaliseScore(double score, int minScore, int maxScore);

/// A judged sample: the parsed reply, the weighted score when logprobs allowed one, and the 0–1 value.
struct JudgeScore
{
    ParsedJudgement parsed;
    double score = 0; ///< weighted when `weighted`, else the parsed score
    double normalised = 0;
    bool weighted = false;
    std::optional<WeightedScore> weighting;
};

/// Parses a judge's answer and scores it on the criterion's scale. Fails when the request failed or the reply
/// holds no score in range (the caller retries and keeps the raw reply).
Result<JudgeScore> scoreJudgeResult(const JudgeCriterion& criterion, const ChatResult& result);

/// The n samples (or k repeats) of one judgement taken together.
struct JudgeSummary
{
    int scored = 0;
    int failed = 0;
    double mean = 0; ///< on the criterion's scale; 0 when nothing scored
    double normalised = 0;
    double standardDeviation = 0; ///< sample standard deviation of the normalised scores (0 for fewer than 2)
};

/// The mean of the scored samples (the paper's method without logprobs), with their spread.
JudgeSummary summariseJudgeScores(const QList<JudgeScore>& scores, int failed, int minScore, int maxScore);

} // namespace caliper
