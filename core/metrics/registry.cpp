#include "metrics/registry.h"

#include "metrics/bleu.h"
#include "metrics/meteor.h"
#include "metrics/rouge.h"
#include "metrics/tokencount.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace caliper {

namespace {

// Labels are translated when shown, not when the registry is built, so a language chosen later applies.
std::function<QString()> translated(const char* text)
{
    return [text] { return QCoreApplication::translate("caliper::metrics", text); };
}

ScoreDefinition definition(
    const char* key, const char* label, double maximum, ScoreDirection direction, bool detail = false)
{
    return {QString::fromLatin1(key), translated(label), 0, maximum, direction, detail};
}

struct RougeType
{
    const char* key;
    const char* label;
    const char* precisionLabel;
    const char* recallLabel;
    rouge::Score rouge::Scores::*member;
};

const RougeType RougeTypes[] = {
    {"rouge1", QT_TRANSLATE_NOOP("caliper::metrics", "ROUGE-1"),
        QT_TRANSLATE_NOOP("caliper::metrics", "ROUGE-1 precision"),
        QT_TRANSLATE_NOOP("caliper::metrics", "ROUGE-1 recall"), &rouge::Scores::rouge1},
    {"rouge2", QT_TRANSLATE_NOOP("caliper::metrics", "ROUGE-2"),
        QT_TRANSLATE_NOOP("caliper::metrics", "ROUGE-2 precision"),
        QT_TRANSLATE_NOOP("caliper::metrics", "ROUGE-2 recall"), &rouge::Scores::rouge2},
    {"rougeL", QT_TRANSLATE_NOOP("caliper::metrics", "ROUGE-L"),
        QT_TRANSLATE_NOOP("caliper::metrics", "ROUGE-L precision"),
        QT_TRANSLATE_NOOP("caliper::metrics", "ROUGE-L recall"), &rouge::Scores::rougeL},
    {"rougeLsum", QT_TRANSLATE_NOOP("caliper::metrics", "ROUGE-Lsum"),
        QT_TRANSLATE_NOOP("caliper::metrics", "ROUGE-Lsum precision"),
        QT_TRANSLATE_NOOP("caliper::metrics", "ROUGE-Lsum recall"), &rouge::Scores::rougeLsum},
};

Metric rougeMetric()
{
    Metric metric;
    metric.key = QStringLiteral("rouge");
    metric.label = translated(QT_TRANSLATE_NOOP("caliper::metrics", "ROUGE"));
    metric.description = translated(QT_TRANSLATE_NOOP(
        "caliper::metrics", "Word and word-pair overlap and longest common subsequence (rouge-score 0.1.2)"));
    metric.needs = MetricField::Prediction | MetricField::Reference;
    for (const RougeType& type : RougeTypes) {
        const QByteArray key(type.key);
        metric.scores.append(definition(type.key, type.label, 1, ScoreDirection::HigherIsBetter));
        metric.scores.append({QString::fromLatin1(key + "_precision"), translated(type.precisionLabel), 0, 1,
            ScoreDirection::HigherIsBetter, true});
        metric.scores.append({QString::fromLatin1(key + "_recall"), translated(type.recallLabel), 0, 1,
            ScoreDirection::HigherIsBetter, true});
    }
    metric.compute = [](const MetricInput& input, const MetricOptions& options) {
        const rouge::Scores scores = rouge::score(input.reference, input.prediction, options.rougeStemmer);
        ScoreMap map;
        for (const RougeType& type : RougeTypes) {
            const rouge::Score& score = scores.*type.member;
            const QString key = QString::fromLatin1(type.key);
            map.insert(key, score.fmeasure);
            map.insert(key + QStringLiteral("_precision"), score.precision);
            map.insert(key + QStringLiteral("_recall"), score.recall);
        }
        return map;
    };
    return metric;
}

Metric bleuMetric()
{
    Metric metric;
    metric.key = QStringLiteral("bleu");
    metric.label = translated(QT_TRANSLATE_NOOP("caliper::metrics", "BLEU"));
    metric.description = translated(QT_TRANSLATE_NOOP("caliper::metrics",
        "N-gram precision with a brevity penalty: sacrebleu's sentence BLEU (0–100) and "
        "Lumigator's (Hugging Face evaluate, 0–1)"));
    metric.needs = MetricField::Prediction | MetricField::Reference;
    metric.scores = {
        definition(
            "sacrebleu", QT_TRANSLATE_NOOP("caliper::metrics", "sacreBLEU"), 100, ScoreDirection::HigherIsBetter),
        definition(
            "bleu", QT_TRANSLATE_NOOP("caliper::metrics", "BLEU (Lumigator)"), 1, ScoreDirection::HigherIsBetter),
    };
    metric.compute = [](const MetricInput& input, const MetricOptions&) {
        const bleu::SentenceBleus both = bleu::sentenceBleus(input.prediction, input.reference);
        return ScoreMap {{QStringLiteral("sacrebleu"), both.sacre.score}, {QStringLiteral("bleu"), both.lumigator}};
    };
    return metric;
}

QString meteorLabel()
{
    return meteor::displayName(meteor::wordNetAvailable());
}

Metric meteorMetric()
{
    Metric metric;
    metric.key = QStringLiteral("meteor");
    metric.label = meteorLabel;
    metric.description = translated(QT_TRANSLATE_NOOP("caliper::metrics",
        "Unigram alignment by exact words, Porter stems and WordNet synonyms, with a "
        "fragmentation penalty (NLTK 3.8)"));
    metric.needs = MetricField::Prediction | MetricField::Reference;
    metric.scores = {{QStringLiteral("meteor"), meteorLabel, 0, 1, ScoreDirection::HigherIsBetter, false}};
    metric.compute = [](const MetricInput& input, const MetricOptions&) {
        return ScoreMap {{QStringLiteral("meteor"), meteor::score(input.reference, input.prediction).score}};
    };
    return metric;
}

Metric tokensMetric()
{
    Metric metric;
    metric.key = QStringLiteral("tokens");
    metric.label = translated(QT_TRANSLATE_NOOP("caliper::metrics", "Tokens"));
    metric.description = translated(QT_TRANSLATE_NOOP("caliper::metrics",
        "Length of the answer and of the reasoning: cl100k_base tokens, words, and "
        "Lumigator's estimate (words / 0.75)"));
    metric.needs = MetricField::Prediction;
    const double unbounded = ScoreDefinition::Unbounded;
    metric.scores = {
        definition("answer_tokens", QT_TRANSLATE_NOOP("caliper::metrics", "Answer tokens"), unbounded,
            ScoreDirection::Neutral),
        definition("reasoning_tokens", QT_TRANSLATE_NOOP("caliper::metrics", "Reasoning tokens"), unbounded,
            ScoreDirection::Neutral),
        definition("answer_words", QT_TRANSLATE_NOOP("caliper::metrics", "Answer words"), unbounded,
            ScoreDirection::Neutral, true),
        definition("lumigator_tokens", QT_TRANSLATE_NOOP("caliper::metrics", "Answer tokens (Lumigator estimate)"),
            unbounded, ScoreDirection::Neutral, true),
    };
    metric.compute = [](const MetricInput& input, const MetricOptions&) {
        return ScoreMap {
            {QStringLiteral("answer_tokens"), static_cast<double>(cl100kTokenCount(input.prediction))},
            {QStringLiteral("reasoning_tokens"), static_cast<double>(cl100kTokenCount(input.reasoning))},
            {QStringLiteral("answer_words"), static_cast<double>(wordCount(input.prediction))},
            {QStringLiteral("lumigator_tokens"), lumigatorTokenEstimate(input.prediction)},
        };
    };
    return metric;
}

} // namespace

const MetricRegistry& MetricRegistry::builtIn()
{
    static const MetricRegistry registry({rougeMetric(), bleuMetric(), meteorMetric(), tokensMetric()});
    return registry;
}

MetricRegistry::MetricRegistry(QList<Metric> metrics)
    : m_metrics(std::move(metrics))
{ }

QStringList MetricRegistry::keys() const
{
    QStringList keys;
    for (const Metric& metric : m_metrics)
        keys.append(metric.key);
    return keys;
}

const Metric* MetricRegistry::metric(const QString& key) const
{
    for (const Metric& metric : m_metrics) {
        if (metric.key.compare(key, Qt::CaseInsensitive) == 0)
            return &metric;
    }
    return nullptr;
}

const ScoreDefinition* MetricRegistry::score(const QString& scoreKey) const
{
    for (const Metric& metric : m_metrics) {
        if (const ScoreDefinition* definition = metric.score(scoreKey))
            return definition;
    }
    return nullptr;
}

Result<QList<const Metric*>> MetricRegistry::select(const QStringList& keys) const
{
    QList<const Metric*> selected;
    for (const QString& key : keys) {
        const Metric* found = metric(key.trimmed());
        if (!found) {
            Error error;
            error.message = QCoreApplication::translate("caliper::metrics", "unknown metric '%1' (known: %2)")
                                .arg(key.trimmed(), this->keys().join(QStringLiteral(", ")));
            return error;
        }
        if (!selected.contains(found))
            selected.append(found);
    }
    return selected;
}

QStringList scoreKeys(const QList<const Metric*>& metrics)
{
    QStringList keys;
    for (const Metric* metric : metrics) {
        for (const ScoreDefinition& definition : metric->scores)
            keys.append(definition.key);
    }
    return keys;
}

ScoreMap computeScores(const QList<const Metric*>& metrics, const MetricInput& input, const MetricOptions& options)
{
    ScoreMap scores;
    for (const Metric* metric : metrics)
        scores.insert(metric->compute(input, options));
    return scores;
}

QList<ScoreMap> computeScores(
    const QList<const Metric*>& metrics, const QList<MetricInput>& inputs, const MetricOptions& options)
{
    return QtConcurrent::blockingMapped<QList<ScoreMap>>(
        inputs, [&](const MetricInput& input) { return computeScores(metrics, input, options); });
}

} // namespace caliper
