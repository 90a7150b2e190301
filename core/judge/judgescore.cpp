#include "judge/judgescore.h"

#include <QCoreApplication>

#include <cmath>

namespace caliper {

namespace {

/// The integer a token spells, ignoring surrounding whitespace (" 7" → 7); unset for "7.", "x", "" or huge numbers.
std::optional<int> tokenInteger(const QString& token)
{
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 9)
        return std::nullopt;
    for (const QChar c : trimmed) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return trimmed.toInt();
}

QString joinedTokens(const QList<TokenLogprob>& logprobs)
{
    QString joined;
    for (const TokenLogprob& token : logprobs)
        joined += token.token;
    return joined;
}

/// The index of the token that covers [offset, offset + length) of the content, the tokens starting at `start`.
std::optional<qsizetype> tokenCovering(
    const QList<TokenLogprob>& logprobs, qsizetype start, qsizetype offset, qsizetype length)
{
    for (qsizetype i = 0; i < logprobs.size(); ++i) {
        const qsizetype end = start + logprobs.at(i).token.size();
        if (offset >= start && offset < end)
            return offset + length <= end ? std::optional<qsizetype>(i) : std::nullopt;
        start = end;
    }
    return std::nullopt;
}

/// When the tokens do not spell the content (bytes split inside a character), DeepEval's rule: the first token
/// that is the score.
std::optional<qsizetype> tokenMatching(const QList<TokenLogprob>& logprobs, const QString& scoreText)
{
    for (qsizetype i = 0; i < logprobs.size(); ++i) {
        if (logprobs.at(i).token.trimmed() == scoreText)
            return i;
    }
    return std::nullopt;
}

/// The entry of the logprobs that carries the score. The tokens normally spell the content; they may cover only
/// its end when the server moved a think block elsewhere.
std::optional<qsizetype> scoreTokenIndex(
    const QList<TokenLogprob>& logprobs, const QString& content, const ParsedJudgement& parsed)
{
    const QString joined = joinedTokens(logprobs);
    if (content.endsWith(joined))
        return tokenCovering(logprobs, content.size() - joined.size(), parsed.scoreOffset, parsed.scoreLength);
    return tokenMatching(logprobs, parsed.scoreText(content));
}

QString trText(const char* text)
{
    return QCoreApplication::translate("caliper::JudgeScore", text);
}

} // namespace

std::optional<WeightedScore> weightedScore(const QList<TokenLogprob>& logprobs, const QString& content,
    const ParsedJudgement& parsed, int minScore, int maxScore)
{
    if (logprobs.isEmpty() || parsed.scoreOffset < 0)
        return std::nullopt;
    const std::optional<qsizetype> index = scoreTokenIndex(logprobs, content, parsed);
    if (!index || logprobs.at(*index).token.trimmed() != parsed.scoreText(content))
        return std::nullopt;
    WeightedScore weighted;
    weighted.tokenIndex = *index;
    const double threshold = std::log(0.01);
    double sumP = 0;
    double sumValueP = 0;
    for (const auto& [token, logprob] : logprobs.at(*index).top) {
        ScoreAlternative alternative {token, logprob, tokenInteger(token), false};
        alternative.counted = alternative.value && *alternative.value >= minScore && *alternative.value <= maxScore
            && logprob >= threshold;
        if (alternative.counted) {
            const double p = std::exp(logprob);
            sumP += p;
            sumValueP += *alternative.value * p;
        }
        weighted.alternatives << alternative;
    }
    if (sumP <= 0)
        return std::nullopt;
    weighted.score = sumValueP / sumP;
    return weighted;
}

double normaliseScore(double score, int minScore, int maxScore)
{
    return (score - minScore) / static_cast<double>(maxScore - minScore);
}

Result<JudgeScore> scoreJudgeResult(const JudgeCriterion& criterion, const ChatResult& result)
{
    if (!result.ok())
        return result.failure->error;
    const QString dimension = criterion.id.section(QLatin1Char('/'), -1);
    Result<ParsedJudgement> parsed
        = parseJudgeReply(result.content, criterion.minScore, criterion.maxScore, {criterion.name, dimension});
    if (!parsed)
        return Error {trText("%1 (judge %2)").arg(parsed.error().message, result.model), criterion.id,
            parsed.error().line, parsed.error().column};
    JudgeScore score;
    score.parsed = *parsed;
    score.weighting
        = weightedScore(result.logprobs, result.content, score.parsed, criterion.minScore, criterion.maxScore);
    score.weighted = score.weighting.has_value();
    score.score = score.weighted ? score.weighting->score : score.parsed.score;
    score.normalised = normaliseScore(score.score, criterion.minScore, criterion.maxScore);
    return score;
}

JudgeSummary summariseJudgeScores(const QList<JudgeScore>& scores, int failed, int minScore, int maxScore)
{
    JudgeSummary summary;
    summary.failed = failed;
    summary.scored = static_cast<int>(scores.size());
    if (scores.isEmpty())
        return summary;
    double sum = 0;
    for (const JudgeScore& score : scores)
        sum += score.score;
    summary.mean = sum / static_cast<double>(scores.size());
    summary.normalised = normaliseScore(summary.mean, minScore, maxScore);
    if (scores.size() < 2)
        return summary;
    double squares = 0;
    for (const JudgeScore& score : scores)
        squares += std::pow(score.normalised - summary.normalised, 2);
    summary.standardDeviation = std::sqrt(squares / static_cast<double>(scores.size() - 1));
    return summary;
}

} // namespace caliper
