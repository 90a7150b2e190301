#include "metrics/bleu.h"

#include "common/pythonstring.h"

#include <QHash>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <vector>

namespace caliper::bleu {
namespace {

constexpr int maxOrder = 4;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
bool isPeriodOrComma(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char(',');
}

// The characters sacrebleu's first 13a rule surrounds with spaces: [\{-\~\[-\` -\&\(-\+\:-\@\/].
bool isSplitSymbol(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'{' && u <= u'~') || (u >= u'[' && u <= u'`') || (u >= u' ' && u <= u'&') || (u >= u'(' && u <= u'+')
        || (u >= u':' && u <= u'@') || u == u'/';
}

// One pass of re.sub() for a two-character pattern: leftmost, non-overlapping matches, scanning on after
// each replacement, exactly as Python does.
template <typename Matches, typename Replace>
QString substitutePairs(const QString& line, Matches matches, Replace replace)
{
    QString out;
    out.reserve(line.size() + line.size() / 2);
    qsizetype i = 0;
    while (i < line.size()) {
        if (i + 1 < line.size() && matches(line.at(i), line.at(i + 1))) {
            replace(out, line.at(i), line.at(i + 1));
            i += 2;
        } else {
            out.append(line.at(i++));
        }
    }
    return out;
}

// sacrebleu's TokenizerRegexp: its four substitutions, then whitespace normalisation.
QStringList regexpTokenize(const QString& input)
{
    QString line;
    line.reserve(input.size() * 2);
    for (QChar c : input) {
        if (isSplitSymbol(c))
            line.append(QLatin1Char(' ') + c + QLatin1Char(' '));
        else
            line.append(c);
    }
    // Period and comma unless preceded by a digit: "\1 \2 ".
    line = substitutePairs(
        line, [](QChar a, QChar b) { return !isAsciiDigit(a) && isPeriodOrComma(b); },
        [](QString& out, QChar a, QChar b) { out.append(a + QLatin1Char(' ') + b + QLatin1Char(' ')); });
    // Period and comma unless followed by a digit: " \1 \2".
    line = substitutePairs(
        line, [](QChar a, QChar b) { return isPeriodOrComma(a) && !isAsciiDigit(b); },
        [](QString& out, QChar a, QChar b) { out.append(QLatin1Char(' ') + a + QLatin1Char(' ') + b); });
    // Dash after a digit: "\1 \2 ".
    line = substitutePairs(
        line, [](QChar a, QChar b) { return isAsciiDigit(a) && b == QLatin1Char('-'); },
        [](QString& out, QChar a, QChar b) { out.append(a + QLatin1Char(' ') + b + QLatin1Char(' ')); });
    return pythonstring::split(line);
}

// Tokenizer13a.__call__: the language-independent replacements, then the regexp rules. sacrebleu applies
// it to text.rstrip(); Hugging Face evaluate's copy of the tokenizer sees the raw text.
QStringList tokens13a(QString line)
{
    line.replace(QStringLiteral("<skipped>"), QString());
    line.replace(QStringLiteral("-\n"), QString());
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (line.contains(QLatin1Char('&'))) {
        line.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        line.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        line.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
        line.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    }
    return regexpTokenize(QLatin1Char(' ') + line + QLatin1Char(' '));
}

QStringList sacreTokens(const QString& text)
{
    return tokens13a(pythonstring::rstrip(text));
}

// The sufficient statistics every BLEU variant here shares for one segment with one reference: hypothesis
// n-grams per order and their matches clipped by the reference counts.
struct SegmentStats
{
    std::array<qint64, maxOrder> matches {};
    std::array<qint64, maxOrder> totals {};
    qint64 hypothesisLength = 0;
    qint64 referenceLength = 0;

    SegmentStats& operator+=(const SegmentStats& other)
    {
        for (size_t n = 0; n < maxOrder; ++n) {
            matches[n] += other.matches[n];
            totals[n] += other.totals[n];
        }
        hypothesisLength += other.hypothesisLength;
        referenceLength += other.referenceLength;
        return *this;
    }
};

// Token ids shared by hypothesis and reference: equal tokens, equal ids.
std::array<std::vector<quint32>, 2> internTokens(const QStringList& hypothesis, const QStringList& reference)
{
    QHash<QString, quint32> vocabulary;
    vocabulary.reserve(hypothesis.size() + reference.size());
    auto intern = [&vocabulary](const QStringList& tokens) {
        std::vector<quint32> ids;
        ids.reserve(static_cast<size_t>(tokens.size()));
        for (const QString& token : tokens) {
            auto found = vocabulary.constFind(token);
            if (found == vocabulary.cend())
                found = vocabulary.insert(token, static_cast<quint32>(vocabulary.size()));
            ids.push_back(*found);
        }
        return ids;
    };
    return {intern(hypothesis), intern(reference)};
}

// Replaces the id of the n-gram starting at each position by the id of the (n+1)-gram starting there
// (a pair of ids, numbered densely in sorted order), dropping the last position. Returns how many ids there are.
size_t extendNgrams(
    std::array<std::vector<quint32>, 2>& grams, const std::array<std::vector<quint32>, 2>& tokens, size_t order)
{
    struct Entry
    {
        quint64 key;
        quint32* slot;
    };
    std::vector<Entry> entries;
    for (size_t side = 0; side < 2; ++side) {
        const size_t count = tokens[side].size() >= order ? tokens[side].size() - order : 0;
        for (size_t i = 0; i < count; ++i)
            entries.push_back({quint64(grams[side][i]) << 32 | tokens[side][i + order], &grams[side][i]});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
    quint32 next = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
        if (i > 0 && entries[i].key != entries[i - 1].key)
            ++next;
        *entries[i].slot = next;
    }
    for (size_t side = 0; side < 2; ++side)
        grams[side].resize(tokens[side].size() >= order ? tokens[side].size() - order : 0);
    return entries.empty() ? 0 : size_t(next) + 1;
}

// Hypothesis n-grams of each order and their matches, clipped by the reference counts (Counter & Counter).
SegmentStats segmentStats(const QStringList& hypothesis, const QStringList& reference)
{
    const std::array<std::vector<quint32>, 2> tokens = internTokens(hypothesis, reference);
    std::array<std::vector<quint32>, 2> grams = tokens;
    size_t distinct = static_cast<size_t>(hypothesis.size() + reference.size());
    SegmentStats stats;
    for (size_t order = 1; order <= maxOrder; ++order) {
        if (order > 1)
            distinct = extendNgrams(grams, tokens, order - 1);
        std::vector<qint64> hypothesisCounts(distinct);
        std::vector<qint64> referenceCounts(distinct);
        for (quint32 id : grams[0])
            ++hypothesisCounts[id];
        for (quint32 id : grams[1])
            ++referenceCounts[id];
        for (quint32 id : grams[0]) {
            // Each distinct n-gram contributes once: count it at its first occurrence, then clear it.
            stats.matches[order - 1] += std::min(hypothesisCounts[id], referenceCounts[id]);
            referenceCounts[id] = 0;
        }
        stats.totals[order - 1] = static_cast<qint64>(grams[0].size());
    }
    stats.hypothesisLength = hypothesis.size();
    stats.referenceLength = reference.size();
    return stats;
}

// sacrebleu's my_log: log(0) is a large negative number instead of an error.
double sacreLog(double x)
{
    return x == 0.0 ? -9999999999.0 : std::log(x);
}

// sacrebleu's BLEU.compute_bleu with smooth_method "exp", in its exact order of floating-point operations.
BleuStats sacreScore(const SegmentStats& stats, bool effectiveOrder)
{
    BleuStats result;
    result.counts = stats.matches;
    result.totals = stats.totals;
    result.hypothesisLength = stats.hypothesisLength;
    result.referenceLength = stats.referenceLength;
    const auto sys = static_cast<double>(stats.hypothesisLength);
    const auto ref = static_cast<double>(stats.referenceLength);
    if (stats.hypothesisLength < stats.referenceLength)
        result.brevityPenalty = stats.hypothesisLength > 0 ? std::exp(1.0 - ref / sys) : 0.0;
    else
        result.brevityPenalty = 1.0;
    if (std::all_of(stats.matches.begin(), stats.matches.end(), [](qint64 m) { return m == 0; }))
        return result;
    double smoothMteval = 1.0;
    size_t order = maxOrder;
    for (size_t n = 0; n < maxOrder; ++n) {
        if (stats.totals[n] == 0)
            break;
        if (effectiveOrder)
            order = n + 1;
        const auto total = static_cast<double>(stats.totals[n]);
        if (stats.matches[n] == 0) {
            smoothMteval *= 2;
            result.precisions[n] = 100.0 / (smoothMteval * total);
        } else {
            result.precisions[n] = 100.0 * static_cast<double>(stats.matches[n]) / total;
        }
    }
    double logSum = 0.0;
    for (size_t n = 0; n < order; ++n)
        logSum += sacreLog(result.precisions[n]);
    result.score = result.brevityPenalty * std::exp(logSum / static_cast<double>(order));
    return result;
}

// math.fsum: the exactly rounded sum (Shewchuk's partials, then round-half-even on the top partials). NLTK
// sums its weighted log precisions with it, and a plain running sum can differ in the last bit.
double exactSum(const std::vector<double>& values)
{
    std::vector<double> partials;
    for (double x : values) {
        size_t kept = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y))
                std::swap(x, y);
            const double high = x + y;
            const double low = y - (high - x);
            if (low != 0.0)
                partials[kept++] = low;
            x = high;
        }
        partials.resize(kept);
        partials.push_back(x);
    }
    if (partials.empty())
        return 0.0;
    size_t n = partials.size();
    double high = partials[--n];
    double low = 0.0;
    while (n > 0) {
        const double x = high;
        const double y = partials[--n];
        high = x + y;
        low = y - (high - x);
        if (low != 0.0)
            break;
    }
    // Half-way cases: the rest of the partials decide which way to round.
    if (n > 0 && ((low < 0 && partials[n - 1] < 0) || (low > 0 && partials[n - 1] > 0))) {
        const double y = low * 2;
        const double x = high + y;
        if (y == x - high)
            high = x;
    }
    return high;
}

// nltk.translate.bleu_score.corpus_bleu from summed statistics; NLTK's denominators are max(1, total).
double nltkScore(const SegmentStats& stats, const std::array<qint64, maxOrder>& denominators, NltkSmoothing smoothing)
{
    if (stats.matches[0] == 0)
        return 0.0;
    std::vector<double> terms;
    for (size_t n = 0; n < maxOrder; ++n) {
        const auto denominator = static_cast<double>(denominators[n]);
        double precision = static_cast<double>(stats.matches[n]) / denominator;
        if (stats.matches[n] == 0)
            precision = smoothing == NltkSmoothing::Method1 ? 0.1 / denominator : DBL_MIN;
        terms.push_back(0.25 * std::log(precision));
    }
    double brevityPenalty = 1.0;
    if (stats.hypothesisLength <= stats.referenceLength) {
        brevityPenalty = stats.hypothesisLength == 0
            ? 0.0
            : std::exp(1.0 - static_cast<double>(stats.referenceLength) / static_cast<double>(stats.hypothesisLength));
    }
    return brevityPenalty * std::exp(exactSum(terms));
}

void addNltkDenominators(std::array<qint64, maxOrder>& denominators, const SegmentStats& stats)
{
    for (size_t n = 0; n < maxOrder; ++n)
        denominators[n] += std::max<qint64>(1, stats.totals[n]);
}

// nmt_bleu.compute_bleu for a corpus of one (Lumigator's BLEU): its clipped matches and possible matches are
// the statistics sacrebleu collects, combined without smoothing.
double lumigatorScore(const SegmentStats& stats)
{
    if (stats.hypothesisLength == 0 || stats.referenceLength == 0)
        return 0.0;
    double logSum = 0.0;
    for (size_t n = 0; n < maxOrder; ++n) {
        if (stats.totals[n] == 0 || stats.matches[n] == 0)
            return 0.0; // a zero precision makes the geometric mean 0
        logSum += (1.0 / maxOrder)
            * std::log(static_cast<double>(stats.matches[n]) / static_cast<double>(stats.totals[n]));
    }
    const double ratio = static_cast<double>(stats.hypothesisLength) / static_cast<double>(stats.referenceLength);
    const double brevityPenalty = ratio > 1.0 ? 1.0 : std::exp(1.0 - 1.0 / ratio);
    return std::exp(logSum) * brevityPenalty;
}

} // namespace

QString tokenize13a(const QString& text)
{
    return sacreTokens(text).join(QLatin1Char(' '));
}

BleuStats sacreSentenceBleu(const QString& hypothesis, const QString& reference)
{
    return sacreScore(segmentStats(sacreTokens(hypothesis), sacreTokens(reference)), true);
}

BleuStats sacreCorpusBleu(const QStringList& hypotheses, const QStringList& references)
{
    SegmentStats total;
    const qsizetype pairs = std::min(hypotheses.size(), references.size());
    for (qsizetype i = 0; i < pairs; ++i)
        total += segmentStats(sacreTokens(hypotheses.at(i)), sacreTokens(references.at(i)));
    return sacreScore(total, false);
}

double lumigatorBleu(const QString& prediction, const QString& reference)
{
    return lumigatorScore(segmentStats(tokens13a(prediction), tokens13a(reference)));
}

SentenceBleus sentenceBleus(const QString& hypothesis, const QString& reference)
{
    const QString hypothesisStripped = pythonstring::rstrip(hypothesis);
    const QString referenceStripped = pythonstring::rstrip(reference);
    const SegmentStats sacreStats = segmentStats(tokens13a(hypothesisStripped), tokens13a(referenceStripped));
    // Trailing whitespace is the only difference between the two tokenisations, so without any the counts
    // are shared (the usual case: it halves the cost of scoring BLEU both ways).
    const bool unstripped
        = hypothesisStripped.size() == hypothesis.size() && referenceStripped.size() == reference.size();
    const SegmentStats lumigatorStats
        = unstripped ? sacreStats : segmentStats(tokens13a(hypothesis), tokens13a(reference));
    return {sacreScore(sacreStats, true), lumigatorScore(lumigatorStats)};
}

double nltkSentenceBleu(
    const QStringList& referenceTokens, const QStringList& hypothesisTokens, NltkSmoothing smoothing)
{
    return nltkCorpusBleu({referenceTokens}, {hypothesisTokens}, smoothing);
}

double nltkCorpusBleu(
    const QList<QStringList>& referenceTokens, const QList<QStringList>& hypothesisTokens, NltkSmoothing smoothing)
{
    SegmentStats total;
    std::array<qint64, maxOrder> denominators {};
    const qsizetype pairs = std::min(referenceTokens.size(), hypothesisTokens.size());
    for (qsizetype i = 0; i < pairs; ++i) {
        const SegmentStats stats = segmentStats(hypothesisTokens.at(i), referenceTokens.at(i));
        total += stats;
        addNltkDenominators(denominators, stats);
    }
    return nltkScore(total, denominators, smoothing);
}

} // namespace caliper::bleu
