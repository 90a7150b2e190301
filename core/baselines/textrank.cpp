#include "baselines/textrank.h"
#include "baselines/speakertag.h"

#include "common/pythonstring.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace caliper::baselines {

namespace {

/// The id of `key`, giving it the next free one the first time (QHash::emplace would overwrite).
int internedId(QHash<QString, int>& ids, const QString& key)
{
    auto found = ids.find(key);
    if (found == ids.end())
        found = ids.insert(key, static_cast<int>(ids.size()));
    return found.value();
}

/// A sentence as the graph sees it: distinct word ids, sorted, and the number of words.
struct Bag
{
    QList<int> ids;
    qsizetype words = 0;
};

QList<Bag> bagsOf(const QStringList& sentences)
{
    QHash<QString, int> idOf;
    QList<Bag> bags;
    bags.reserve(sentences.size());
    for (const QString& sentence : sentences) {
        Bag bag;
        const QStringList words = textRankWords(sentence);
        bag.words = words.size();
        for (const QString& word : words)
            bag.ids.append(internedId(idOf, word));
        std::sort(bag.ids.begin(), bag.ids.end());
        bag.ids.erase(std::unique(bag.ids.begin(), bag.ids.end()), bag.ids.end());
        bags.append(std::move(bag));
    }
    return bags;
}

qsizetype commonCount(const QList<int>& a, const QList<int>& b)
{
    qsizetype count = 0;
    auto left = a.cbegin();
    auto right = b.cbegin();
    while (left != a.cend() && right != b.cend()) {
        if (*left < *right) {
            ++left;
        } else if (*right < *left) {
            ++right;
        } else {
            ++count;
            ++left;
            ++right;
        }
    }
    return count;
}

double similarity(const Bag& a, const Bag& b)
{
    const qsizetype common = commonCount(a.ids, b.ids);
    const double denominator = std::log(static_cast<double>(a.words)) + std::log(static_cast<double>(b.words));
    return common == 0 || denominator <= 0 ? 0.0 : static_cast<double>(common) / denominator;
}

/// The similarity graph in compressed rows: the neighbours of sentence i are from[begin[i] .. begin[i + 1]),
/// each with its weight already divided by that neighbour's total weight, as PageRank uses it.
struct Graph
{
    std::vector<std::size_t> begin;
    std::vector<std::size_t> from;
    std::vector<double> share;
};

/// Weighted edges (i, j, w) for i < j. Each sentence's words are marked in a table once, so its overlap with
/// every later sentence costs one lookup per word of that sentence: a 10,000-word transcript stays fast.
struct Edge
{
    std::size_t i = 0;
    std::size_t j = 0;
    double weight = 0;
};

std::vector<Edge> weightedEdges(const QList<Bag>& bags)
{
    int vocabulary = 0;
    std::vector<double> logWords;
    for (const Bag& bag : bags) {
        for (const int id : bag.ids)
            vocabulary = std::max(vocabulary, id + 1);
        logWords.push_back(std::log(static_cast<double>(bag.words)));
    }
    std::vector<unsigned char> marked(static_cast<std::size_t>(vocabulary), 0);
    std::vector<Edge> edges;
    for (std::size_t i = 0; i < logWords.size(); ++i) {
        const QList<int>& ids = bags.at(static_cast<qsizetype>(i)).ids;
        for (const int id : ids)
            marked[static_cast<std::size_t>(id)] = 1;
        for (std::size_t j = i + 1; j < logWords.size(); ++j) {
            int common = 0;
            for (const int id : bags.at(static_cast<qsizetype>(j)).ids)
                common += marked[static_cast<std::size_t>(id)];
            const double denominator = logWords[i] + logWords[j];
            if (common > 0 && denominator > 0)
                edges.push_back({i, j, common / denominator});
        }
        for (const int id : ids)
            marked[static_cast<std::size_t>(id)] = 0;
    }
    return edges;
}

Graph graphOf(const QList<Bag>& bags)
{
    const std::size_t n = static_cast<std::size_t>(bags.size());
    const std::vector<Edge> edges = weightedEdges(bags);
    std::vector<double> totals(n, 0.0);
    Graph graph;
    graph.begin.assign(n + 1, 0);
    for (const Edge& edge : edges) {
        totals[edge.i] += edge.weight;
        totals[edge.j] += edge.weight;
        ++graph.begin[edge.i + 1];
        ++graph.begin[edge.j + 1];
    }
    for (std::size_t i = 0; i < n; ++i)
        graph.begin[i + 1] += graph.begin[i];
    graph.from.resize(graph.begin[n]);
    graph.share.resize(graph.begin[n]);
    std::vector<std::size_t> fill(graph.begin.begin(), graph.begin.end() - 1);
    for (const Edge& edge : edges) {
        graph.from[fill[edge.i]] = edge.j;
        graph.share[fill[edge.i]++] = edge.weight / totals[edge.j];
        graph.from[fill[edge.j]] = edge.i;
        graph.share[fill[edge.j]++] = edge.weight / totals[edge.i];
    }
    return graph;
}

} // namespace

QStringList textRankWords(const QString& sentence)
{
    const QString lowered = pythonstring::lower(withoutSpeakerTag(sentence).toString());
    QString kept;
    kept.reserve(lowered.size());
    for (const QChar c : lowered) {
        if (!c.isPunct() && !c.isSymbol())
            kept.append(c);
    }
    return pythonstring::split(kept);
}

double sentenceSimilarity(const QString& a, const QString& b)
{
    const QList<Bag> bags = bagsOf({a, b});
    return similarity(bags.at(0), bags.at(1));
}

QList<double> textRankScores(const QStringList& sentences, const TextRankOptions& options)
{
    const Graph graph = graphOf(bagsOf(sentences));
    const std::size_t n = graph.begin.size() - 1;
    std::vector<double> scores(n, 1.0);
    std::vector<double> next(n);
    for (int iteration = 0; iteration < options.maxIterations; ++iteration) {
        double largestChange = 0;
        for (std::size_t i = 0; i < n; ++i) {
            double incoming = 0;
            for (std::size_t e = graph.begin[i]; e < graph.begin[i + 1]; ++e)
                incoming += graph.share[e] * scores[graph.from[e]];
            next[i] = (1 - options.damping) + options.damping * incoming;
            largestChange = std::max(largestChange, std::abs(next[i] - scores[i]));
        }
        std::swap(scores, next);
        if (largestChange < options.tolerance)
            break;
    }
    return QList<double>(scores.begin(), scores.end());
}

QList<qsizetype> topRanked(const QList<double>& scores, int count)
{
    QList<qsizetype> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    // Scores that differ only by rounding (sentences in symmetric positions) count as equal, so the earlier
    // sentence wins as documented rather than whichever summed its terms in a luckier order.
    const auto key = [&](qsizetype i) { return std::llround(scores.at(i) * 1e9); };
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return key(a) > key(b); });
    order.resize(std::clamp<qsizetype>(count, 0, order.size()));
    std::sort(order.begin(), order.end());
    return order;
}

} // namespace caliper::baselines
