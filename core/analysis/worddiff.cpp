#include "analysis/worddiff.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace caliper::analysis {

namespace {

/// The id of `key`, giving it the next free one the first time (QHash::emplace would overwrite).
int internedId(QHash<QString, int>& ids, const QString& key)
{
    auto found = ids.find(key);
    if (found == ids.end())
        found = ids.insert(key, static_cast<int>(ids.size()));
    return found.value();
}

using Ids = QList<int>;
using Match = std::pair<qsizetype, qsizetype>;

/// Keys as small integers, shared between both texts, so the inner loops compare ints.
std::pair<Ids, Ids> interned(const QList<WordToken>& a, const QList<WordToken>& b)
{
    QHash<QString, int> ids;
    const auto convert = [&](const QList<WordToken>& tokens) {
        Ids result;
        result.reserve(tokens.size());
        for (const WordToken& token : tokens)
            result.append(internedId(ids, token.key));
        return result;
    };
    Ids first = convert(a);
    return {std::move(first), convert(b)};
}

/// row[k] = LCS length of a[a0, a1) and b[b0, b0 + k).
QList<qsizetype> forwardRow(const Ids& a, qsizetype a0, qsizetype a1, const Ids& b, qsizetype b0, qsizetype b1)
{
    QList<qsizetype> previous(b1 - b0 + 1, 0);
    QList<qsizetype> current(previous.size(), 0);
    for (qsizetype i = a0; i < a1; ++i) {
        for (qsizetype j = b0; j < b1; ++j) {
            const qsizetype k = j - b0;
            current[k + 1] = a.at(i) == b.at(j) ? previous.at(k) + 1 : std::max(previous.at(k + 1), current.at(k));
        }
        std::swap(previous, current);
    }
    return previous;
}

/// row[k] = LCS length of a[a0, a1) and b[b0 + k, b1).
QList<qsizetype> backwardRow(const Ids& a, qsizetype a0, qsizetype a1, const Ids& b, qsizetype b0, qsizetype b1)
{
    QList<qsizetype> previous(b1 - b0 + 1, 0);
    QList<qsizetype> current(previous.size(), 0);
    for (qsizetype i = a1 - 1; i >= a0; --i) {
        for (qsizetype j = b1 - 1; j >= b0; --j) {
            const qsizetype k = j - b0;
            current[k] = a.at(i) == b.at(j) ? previous.at(k + 1) + 1 : std::max(previous.at(k), current.at(k + 1));
        }
        std::swap(previous, current);
    }
    return previous;
}

/// Hirschberg's divide and conquer: appends the matched index pairs of an LCS of a[a0, a1) and b[b0, b1).
void align(const Ids& a, qsizetype a0, qsizetype a1, const Ids& b, qsizetype b0, qsizetype b1, QList<Match>& out)
{
    while (a0 < a1 && b0 < b1 && a.at(a0) == b.at(b0))
        out.append({a0++, b0++});
    QList<Match> suffix;
    while (a0 < a1 && b0 < b1 && a.at(a1 - 1) == b.at(b1 - 1))
        suffix.prepend({--a1, --b1});
    if (a1 - a0 == 1) {
        const auto found = std::find(b.begin() + b0, b.begin() + b1, a.at(a0));
        if (found != b.begin() + b1)
            out.append({a0, found - b.begin()});
    } else if (a0 < a1 && b0 < b1) {
        const qsizetype middle = (a0 + a1) / 2;
        const QList<qsizetype> left = forwardRow(a, a0, middle, b, b0, b1);
        const QList<qsizetype> right = backwardRow(a, middle, a1, b, b0, b1);
        qsizetype split = 0;
        for (qsizetype k = 1; k < left.size(); ++k) {
            if (left.at(k) + right.at(k) > left.at(split) + right.at(split))
                split = k;
        }
        align(a, a0, middle, b, b0, b0 + split, out);
        align(a, middle, a1, b, b0 + split, b1, out);
    }
    out.append(suffix);
}

void appendGap(WordDiff& diff, qsizetype& output, qsizetype outputEnd, qsizetype& reference, qsizetype referenceEnd)
{
    for (; reference < referenceEnd; ++reference)
        diff.steps.append({DiffKind::Missing, -1, reference});
    for (; output < outputEnd; ++output)
        diff.steps.append({DiffKind::Added, output, -1});
}

} // namespace

WordDiff diffWords(const QString& output, const QString& reference)
{
    WordDiff diff;
    diff.output = wordTokens(output);
    diff.reference = wordTokens(reference);
    const auto [outputIds, referenceIds] = interned(diff.output, diff.reference);
    QList<Match> matches;
    align(outputIds, 0, outputIds.size(), referenceIds, 0, referenceIds.size(), matches);

    diff.outputKinds = QList<DiffKind>(diff.output.size(), DiffKind::Added);
    diff.referenceKinds = QList<DiffKind>(diff.reference.size(), DiffKind::Missing);
    qsizetype nextOutput = 0;
    qsizetype nextReference = 0;
    for (const auto& [outputIndex, referenceIndex] : matches) {
        appendGap(diff, nextOutput, outputIndex, nextReference, referenceIndex);
        diff.steps.append({DiffKind::Common, outputIndex, referenceIndex});
        diff.outputKinds[outputIndex] = DiffKind::Common;
        diff.referenceKinds[referenceIndex] = DiffKind::Common;
        nextOutput = outputIndex + 1;
        nextReference = referenceIndex + 1;
    }
    appendGap(diff, nextOutput, diff.output.size(), nextReference, diff.reference.size());
    return diff;
}

QList<bool> occursIn(const QList<WordToken>& words, const QList<WordToken>& other)
{
    QSet<QString> keys;
    for (const WordToken& token : other)
        keys.insert(token.key);
    QList<bool> result;
    result.reserve(words.size());
    for (const WordToken& token : words)
        result.append(keys.contains(token.key));
    return result;
}

} // namespace caliper::analysis
