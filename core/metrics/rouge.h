#pragma once

#include <QString>
#include <QStringList>

namespace caliper::rouge {

/// Precision, recall and F1 of one ROUGE type, as fractions in [0, 1].
struct Score
{
    double precision = 0, recall = 0, fmeasure = 0;
};

struct Scores
{
    Score rouge1, rouge2, rougeL, rougeLsum;
};

/// Google rouge-score 0.1.2: `RougeScorer(['rouge1', 'rouge2', 'rougeL', 'rougeLsum'], use_stemmer)
/// .score(target=reference, prediction=prediction)`, value for value, so that numbers match papers and
/// Lumigator. ROUGE-N counts clipped n-gram overlaps; ROUGE-L uses the longest common subsequence; ROUGE-Lsum
/// splits both texts on '\n' and takes, per reference line, the union of its LCS with every prediction line.
/// Thread-safe: scratch memory is per thread, so callers may score pairs in parallel.
Scores score(const QString& reference, const QString& prediction, bool useStemmer = false);

/// rouge-score's tokenizer: lowercase (as Python does, so 'İ' gives "i" and a separator), every run of
/// characters outside [a-z0-9] separates tokens, and with the stemmer tokens longer than three characters go
/// through porterStem().
QStringList tokenize(const QString& text, bool useStemmer = false);

} // namespace caliper::rouge
