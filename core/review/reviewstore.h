#pragma once

#include "common/error.h"
#include "review/reviewtypes.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace caliper {

/// Human reviews in the workspace (tables reviews and review_tags, migration 4): one review per output and
/// reviewer holding a 1–5 rating, a note and tagged spans of the answer. Every change is stored at once (the
/// review panel has no Save button). Works on the connection it is given.
class ReviewStore
{
public:
    static constexpr int MinRating = 1;
    static constexpr int MaxRating = 5;

    explicit ReviewStore(QSqlDatabase db);

    /// The reviewer's review of the output with its tags; a Review with id 0 when there is none yet.
    Result<Review> review(qint64 outputId, const QString& reviewer) const;

    /// Sets (or, with nullopt, clears) the rating; an Error outside MinRating–MaxRating. `blinded` records whether
    /// the reviewer saw model names when rating.
    Status setRating(qint64 outputId, const QString& reviewer, std::optional<int> rating, bool blinded = false);
    Status setNote(qint64 outputId, const QString& reviewer, const QString& note);

    /// Stores a tag on the output's answer and returns its id. The span must lie inside the answer (an Error
    /// names the answer's length otherwise). An omission is about what the answer lacks, so it has no span of
    /// its own: tag it on the passage where the missing content belongs, or on the whole answer
    /// (wholeAnswerTag()), and say what is missing in the note.
    Result<qint64> addTag(qint64 outputId, const QString& reviewer, const ReviewTag& tag);
    Status setTagNote(qint64 tagId, const QString& note);
    Status removeTag(qint64 tagId);

    /// Per model of the experiment, in model order, over every reviewer (or only `reviewer` when given).
    Result<QList<ModelReviewSummary>> summaries(qint64 experimentId, const QString& reviewer = {}) const;
    /// Every review of the experiment's outputs with its tags, by output id: what the per-sample exports add.
    Result<QHash<qint64, QList<Review>>> reviewsByOutput(qint64 experimentId) const;

private:
    Result<qint64> ensureReview(qint64 outputId, const QString& reviewer, bool blinded);
    Result<qsizetype> answerLength(qint64 outputId) const;
    Status pruneIfEmpty(qint64 reviewId);

    QSqlDatabase m_db;
};

/// A tag covering the whole of an answer `answerLength` long (for omissions noted against the answer as a whole).
ReviewTag wholeAnswerTag(TagCategory category, qsizetype answerLength, const QString& note = {});

/// The tags as one short text for a table cell: "hallucination@12+8 (dose from another visit); omission@0+120".
QString tagsSummary(const QList<ReviewTag>& tags);

} // namespace caliper
