#include "metrics/rouge.h"

#include "metrics/porterstemmer.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

// Performance design: each text is scanned once into integer token ids that are dense for the pair being
// scored, so that n-gram counting, LCS tables and the Lsum hit counting all work on small ints. All scratch
// memory lives in one per-thread object and is reused from pair to pair, so scoring allocates almost nothing
// once warm and pairs can be scored on several threads at once.

namespace caliper::rouge {
namespace {

using TokenSpan = std::span<const int>;

/// Tokens [begin, end) of one non-empty line, for ROUGE-Lsum.
struct Line
{
    std::size_t begin = 0;
    std::size_t end = 0;
    std::uint64_t signature = 0; ///< one bit per (id mod 64): lines with no common bit share no token
};

struct TokenizedText
{
    std::vector<int> tokens;
    std::vector<Line> lines;
};

/// Per-thread memory reused across calls.
struct Scratch
{
    std::unordered_map<std::string, int> ids; ///< token -> dense id, cleared per pair
    std::unordered_map<std::string, std::string> stems; ///< token -> Porter stem, kept across pairs
    std::string token;
    std::vector<std::uint64_t> referenceKeys, predictionKeys;
    std::vector<std::uint64_t> masks, rows;
    std::vector<int> referenceCounts, predictionCounts;
    std::vector<char> inUnion;
};

Scratch& scratch()
{
    thread_local Scratch instance;
    return instance;
}

/// The stem cache only grows with the vocabulary, but a stream of unusual tokens must not grow it forever.
constexpr std::size_t maxCachedStems = 200000;

const std::string& stemmed(Scratch& memory, const std::string& token)
{
    auto found = memory.stems.find(token);
    if (found != memory.stems.end())
        return found->second;
    if (memory.stems.size() >= maxCachedStems)
        memory.stems.clear();
    return memory.stems.emplace(token, porterStemAscii(token)).first->second;
}

/// Calls onToken(std::string&) for each token and onNewline() at each '\n', reproducing rouge-score's
/// `re.sub(r"[^a-z0-9]+", " ", text.lower()).split()`. Only ASCII letters and digits survive, so the only
/// non-ASCII characters that matter are the two whose Python lowercase is ASCII: 'İ' (U+0130, lowercases to
/// "i" plus a combining dot, which then separates) and the Kelvin sign (U+212A, lowercases to "k").
template <typename TokenFn, typename NewlineFn>
void scanTokens(const QString& text, std::string& token, TokenFn&& onToken, NewlineFn&& onNewline)
{
    token.clear();
    const auto flush = [&] {
        if (!token.empty()) {
            onToken(token);
            token.clear();
        }
    };
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            token.push_back(static_cast<char>(c));
        } else if (c >= u'A' && c <= u'Z') {
            token.push_back(static_cast<char>(c - u'A' + u'a'));
        } else if (c == u'\u212A') {
            token.push_back('k');
        } else if (c == u'\u0130') {
            token.push_back('i');
            flush();
        } else {
            flush();
            if (c == u'\n')
                onNewline();
        }
    }
    flush();
}

/// Tokenizes into ids shared by both texts of a pair. Lines are rouge-score's `text.split("\n")` minus empty
/// ones; lines without tokens are left out too, since they add nothing to any ROUGE-Lsum count.
TokenizedText tokenizeToIds(const QString& text, bool useStemmer, Scratch& memory)
{
    TokenizedText result;
    result.tokens.reserve(static_cast<std::size_t>(text.size() / 5));
    std::size_t lineBegin = 0;
    std::uint64_t signature = 0;
    const auto endLine = [&] {
        if (result.tokens.size() > lineBegin)
            result.lines.push_back({lineBegin, result.tokens.size(), signature});
        lineBegin = result.tokens.size();
        signature = 0;
    };
    const auto addToken = [&](const std::string& token) {
        const std::string& key = useStemmer && token.size() > 3 ? stemmed(memory, token) : token;
        const int id = memory.ids.try_emplace(key, static_cast<int>(memory.ids.size())).first->second;
        result.tokens.push_back(id);
        signature |= std::uint64_t {1} << (id % 64);
    };
    scanTokens(text, memory.token, addToken, endLine);
    endLine();
    return result;
}

double fmeasure(double precision, double recall)
{
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
}

Score makeScore(double precision, double recall)
{
    return {precision, recall, fmeasure(precision, recall)};
}

void collectNgrams(TokenSpan tokens, std::size_t n, std::uint64_t vocabulary, std::vector<std::uint64_t>& keys)
{
    keys.clear();
    for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
        std::uint64_t key = 0;
        for (std::size_t k = 0; k < n; ++k)
            key = key * vocabulary + static_cast<std::uint64_t>(tokens[i + k]);
        keys.push_back(key);
    }
    std::sort(keys.begin(), keys.end());
}

/// Σ over distinct n-grams of min(count in reference, count in prediction), on sorted key lists.
std::int64_t clippedOverlap(const std::vector<std::uint64_t>& reference, const std::vector<std::uint64_t>& prediction)
{
    std::int64_t overlap = 0;
    auto r = reference.begin();
    auto p = prediction.begin();
    while (r != reference.end() && p != prediction.end()) {
        if (*r < *p) {
            ++r;
        } else if (*p < *r) {
            ++p;
        } else {
            ++overlap;
            ++r;
            ++p;
        }
    }
    return overlap;
}

Score rougeN(const TokenizedText& reference, const TokenizedText& prediction, std::size_t n, Scratch& memory)
{
    const auto vocabulary = static_cast<std::uint64_t>(memory.ids.size());
    collectNgrams(reference.tokens, n, vocabulary, memory.referenceKeys);
    collectNgrams(prediction.tokens, n, vocabulary, memory.predictionKeys);
    const auto overlap = static_cast<double>(clippedOverlap(memory.referenceKeys, memory.predictionKeys));
    const auto referenceCount = std::max<std::size_t>(memory.referenceKeys.size(), 1);
    const auto predictionCount = std::max<std::size_t>(memory.predictionKeys.size(), 1);
    return makeScore(overlap / static_cast<double>(predictionCount), overlap / static_cast<double>(referenceCount));
}

// LCS tables are computed bit-parallel (Hyyrö's formulation of Allison and Dix's algorithm): a row of the
// table is stored as step bits, bit j being 0 where the row's value steps up at column j + 1. A row then costs
// len/64 word operations instead of len cell updates, and any cell can still be read back for backtracking:
// T(i, j) = j - (number of 1 bits among the first j bits of row i).

constexpr std::uint64_t allOnes = ~std::uint64_t {0};

std::size_t wordsFor(std::size_t bits)
{
    return (bits + 63) / 64;
}

/// Sets (or clears) each column token's bit in the match mask of its id; masks are `stride` words per id.
void setMasks(TokenSpan columns, std::size_t stride, std::vector<std::uint64_t>& masks, bool set)
{
    for (std::size_t j = 0; j < columns.size(); ++j) {
        std::uint64_t& word = masks[static_cast<std::size_t>(columns[j]) * stride + j / 64];
        word = set ? word | (std::uint64_t {1} << (j % 64)) : 0;
    }
}

/// The next table row for a row token whose match mask is `match`:
/// row' = (row + (row & match)) | (row & ~match), the addition carried across words. In place is fine.
void advanceRow(const std::uint64_t* row, const std::uint64_t* match, std::uint64_t* next, std::size_t words)
{
    std::uint64_t carry = 0;
    for (std::size_t w = 0; w < words; ++w) {
        const std::uint64_t matched = row[w] & match[w];
        const std::uint64_t withCarry = row[w] + carry;
        const std::uint64_t sum = withCarry + matched;
        carry = (withCarry < carry || sum < matched) ? 1 : 0;
        next[w] = sum | (row[w] & ~match[w]);
    }
}

/// T(i, j) read from row i's step bits.
std::size_t cellValue(const std::uint64_t* row, std::size_t column)
{
    std::size_t ones = 0;
    for (std::size_t w = 0; w < column / 64; ++w)
        ones += static_cast<std::size_t>(std::popcount(row[w]));
    if (column % 64 != 0)
        ones += static_cast<std::size_t>(std::popcount(row[column / 64] & ((std::uint64_t {1} << (column % 64)) - 1)));
    return column - ones;
}

/// 1 when T(i, column + 1) = T(i, column) + 1 for this row, else 0.
std::size_t stepsUp(const std::uint64_t* row, std::size_t column)
{
    return ((row[column / 64] >> (column % 64)) & 1) == 0 ? 1 : 0;
}

/// ROUGE-L needs only the length, so one row is updated in place.
std::size_t lcsLength(TokenSpan reference, TokenSpan prediction, Scratch& memory)
{
    const std::size_t words = wordsFor(prediction.size());
    memory.masks.assign(memory.ids.size() * words, 0);
    setMasks(prediction, words, memory.masks, true);
    memory.rows.assign(words, allOnes);
    for (const int token : reference) {
        const std::uint64_t* match = memory.masks.data() + static_cast<std::size_t>(token) * words;
        advanceRow(memory.rows.data(), match, memory.rows.data(), words);
    }
    return cellValue(memory.rows.data(), prediction.size());
}

Score rougeL(const TokenizedText& reference, const TokenizedText& prediction, Scratch& memory)
{
    if (reference.tokens.empty() || prediction.tokens.empty())
        return {};
    const auto lcs = static_cast<double>(lcsLength(reference.tokens, prediction.tokens, memory));
    return makeScore(
        lcs / static_cast<double>(prediction.tokens.size()), lcs / static_cast<double>(reference.tokens.size()));
}

/// Marks in `inUnion` the positions in `ref` of one LCS of `ref` and `can`, chosen exactly as rouge-score's
/// _backtrack_norec chooses it (on a tie it moves up, not left): a different LCS can change the Lsum hits.
/// The match masks of `can` must be set, `stride` words per id.
void markLcs(TokenSpan ref, TokenSpan can, std::size_t stride, Scratch& memory, char* inUnion)
{
    const std::size_t words = wordsFor(can.size());
    memory.rows.resize((ref.size() + 1) * words);
    std::uint64_t* rows = memory.rows.data();
    std::fill_n(rows, words, allOnes);
    for (std::size_t i = 1; i <= ref.size(); ++i) {
        const std::uint64_t* match = memory.masks.data() + static_cast<std::size_t>(ref[i - 1]) * stride;
        advanceRow(rows + (i - 1) * words, match, rows + i * words, words);
    }
    // Walk back from T(|ref|, |can|) keeping `here` = T(i, j) and `above` = T(i - 1, j) up to date from the
    // step bits, so only moves up need a prefix count. Once T(i, j) is 0 no match is left to mark.
    const auto row = [&](std::size_t index) { return rows + index * words; };
    std::size_t i = ref.size();
    std::size_t j = can.size();
    std::size_t here = cellValue(row(i), j);
    std::size_t above = cellValue(row(i - 1), j);
    while (here > 0) {
        if (ref[i - 1] == can[j - 1]) {
            inUnion[i - 1] = 1;
            --i;
            --j;
            here = above - stepsUp(row(i), j);
            above = i > 0 ? cellValue(row(i - 1), j) : 0;
        } else if (here - stepsUp(row(i), j - 1) > above) {
            --j;
            here -= stepsUp(row(i), j);
            above -= stepsUp(row(i - 1), j);
        } else {
            --i;
            here = above;
            above = i > 0 ? cellValue(row(i - 1), j) : 0;
        }
    }
}

void countTokens(const std::vector<int>& tokens, std::vector<int>& counts)
{
    for (const int id : tokens)
        ++counts[static_cast<std::size_t>(id)];
}

/// Walks the reference union positions in order (lines in order, positions ascending within a line, as
/// rouge-score does) and counts a hit while both texts still have an unused occurrence of the token.
std::int64_t countHits(const TokenizedText& reference, const TokenizedText& prediction, Scratch& memory)
{
    memory.referenceCounts.assign(memory.ids.size(), 0);
    memory.predictionCounts.assign(memory.ids.size(), 0);
    countTokens(reference.tokens, memory.referenceCounts);
    countTokens(prediction.tokens, memory.predictionCounts);
    std::int64_t hits = 0;
    for (std::size_t i = 0; i < reference.tokens.size(); ++i) {
        const auto id = static_cast<std::size_t>(reference.tokens[i]);
        if (memory.inUnion[i] && memory.predictionCounts[id] > 0 && memory.referenceCounts[id] > 0) {
            ++hits;
            --memory.predictionCounts[id];
            --memory.referenceCounts[id];
        }
    }
    return hits;
}

/// rouge-score's _summary_level_lcs: per reference line, the union of its LCS with every prediction line;
/// each token counted at most as often as it occurs in both texts. Prediction lines form the outer loop so
/// that each line's masks are built once; the union does not depend on the order.
Score rougeLsum(const TokenizedText& reference, const TokenizedText& prediction, Scratch& memory)
{
    if (reference.tokens.empty() || prediction.tokens.empty())
        return {};
    std::size_t stride = 1;
    for (const Line& line : prediction.lines)
        stride = std::max(stride, wordsFor(line.end - line.begin));
    memory.masks.assign(memory.ids.size() * stride, 0);
    memory.inUnion.assign(reference.tokens.size(), 0);
    for (const Line& canLine : prediction.lines) {
        const TokenSpan can(prediction.tokens.data() + canLine.begin, canLine.end - canLine.begin);
        setMasks(can, stride, memory.masks, true);
        for (const Line& refLine : reference.lines) {
            if ((refLine.signature & canLine.signature) == 0)
                continue; // no common token, so an empty LCS
            const TokenSpan ref(reference.tokens.data() + refLine.begin, refLine.end - refLine.begin);
            markLcs(ref, can, stride, memory, memory.inUnion.data() + refLine.begin);
        }
        setMasks(can, stride, memory.masks, false);
    }
    const auto hits = static_cast<double>(countHits(reference, prediction, memory));
    return makeScore(
        hits / static_cast<double>(prediction.tokens.size()), hits / static_cast<double>(reference.tokens.size()));
}

} // namespace

Scores score(const QString& reference, const QString& prediction, bool useStemmer)
{
    Scratch& memory = scratch();
    memory.ids.clear();
    const TokenizedText ref = tokenizeToIds(reference, useStemmer, memory);
    const TokenizedText pred = tokenizeToIds(prediction, useStemmer, memory);
    return {rougeN(ref, pred, 1, memory), rougeN(ref, pred, 2, memory), rougeL(ref, pred, memory),
        rougeLsum(ref, pred, memory)};
}

QStringList tokenize(const QString& text, bool useStemmer)
{
    Scratch& memory = scratch();
    QStringList tokens;
    const auto addToken = [&](const std::string& token) {
        const std::string& value = useStemmer && token.size() > 3 ? stemmed(memory, token) : token;
        tokens.append(QString::fromLatin1(value.data(), static_cast<qsizetype>(value.size())));
    };
    scanTokens(text, memory.token, addToken, [] {});
    return tokens;
}

} // namespace caliper::rouge
