#include "review/reviewstore.h"

#include "workspace/connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <limits>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::ReviewStore", text);
}

Error queryError(const QString& what, const QSqlQuery& query, const QSqlDatabase& db)
{
    return sqlError(what, query.lastError(), db.databaseName());
}

/// Prepares `sql`, binds `values` in order and runs it.
bool run(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

const QString Touch = QStringLiteral("updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')");

ReviewTag readTag(const QSqlQuery& query, int first)
{
    ReviewTag tag;
    tag.id = query.value(first).toLongLong();
    tag.start = query.value(first + 1).toLongLong();
    tag.length = query.value(first + 2).toLongLong();
    tag.category = tagCategoryFromKey(query.value(first + 3).toString()).value_or(TagCategory::Hallucination);
    tag.note = query.value(first + 4).toString();
    return tag;
}

// Columns: id, output_id, reviewer, rating, note, blinded, updated_at.
Review readReview(const QSqlQuery& query)
{
    Review review;
    review.id = query.value(0).toLongLong();
    review.outputId = query.value(1).toLongLong();
    review.reviewer = query.value(2).toString();
    if (!query.value(3).isNull())
        review.rating = query.value(3).toInt();
    review.note = query.value(4).toString();
    review.blinded = query.value(5).toBool();
    review.updatedAt = query.value(6).toString();
    return review;
}

// The experiment's outputs' reviews, optionally of one reviewer ('' = all), joined for the summary queries.
const QString ExperimentReviews
    = QStringLiteral("reviews r JOIN outputs o ON o.id = r.output_id JOIN experiment_models m ON m.id = o.model_id "
                     "WHERE m.experiment_id = ? AND (? = '' OR r.reviewer = ?)");

} // namespace

ReviewStore::ReviewStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<Review> ReviewStore::review(qint64 outputId, const QString& reviewer) const
{
    QSqlQuery query(m_db);
    if (!run(query,
            QStringLiteral("SELECT id, output_id, reviewer, rating, note, blinded, updated_at FROM reviews "
                           "WHERE output_id = ? AND reviewer = ?"),
            {outputId, reviewer}))
        return queryError(tr("cannot read the review"), query, m_db);
    if (!query.next())
        return Review {0, outputId, reviewer, std::nullopt, {}, false, {}, {}};
    Review review = readReview(query);
    if (!run(query,
            QStringLiteral("SELECT id, start, length, category, note FROM review_tags WHERE review_id = ? "
                           "ORDER BY start, length, id"),
            {review.id}))
        return queryError(tr("cannot read the review's tags"), query, m_db);
    while (query.next())
        review.tags.append(readTag(query, 0));
    return review;
}

Result<qint64> ReviewStore::ensureReview(qint64 outputId, const QString& reviewer, bool blinded)
{
    if (reviewer.trimmed().isEmpty())
        return Error {tr("a review needs the reviewer's name"), m_db.databaseName()};
    QSqlQuery query(m_db);
    if (!run(query,
            QStringLiteral("INSERT OR IGNORE INTO reviews(output_id, reviewer, blinded) "
                           "SELECT id, ?, ? FROM outputs WHERE id = ?"),
            {reviewer, blinded ? 1 : 0, outputId}))
        return queryError(tr("cannot store the review"), query, m_db);
    if (!run(
            query, QStringLiteral("SELECT id FROM reviews WHERE output_id = ? AND reviewer = ?"), {outputId, reviewer}))
        return queryError(tr("cannot store the review"), query, m_db);
    if (!query.next())
        return Error {tr("there is no output with id %1").arg(outputId), m_db.databaseName()};
    return query.value(0).toLongLong();
}

Status ReviewStore::setRating(qint64 outputId, const QString& reviewer, std::optional<int> rating, bool blinded)
{
    if (rating && (*rating < MinRating || *rating > MaxRating))
        return Error {tr("a rating must be between %1 and %2, not %3").arg(MinRating).arg(MaxRating).arg(*rating),
            m_db.databaseName()};
    const Result<qint64> id = ensureReview(outputId, reviewer, blinded);
    if (!id)
        return id.error();
    QSqlQuery query(m_db);
    const QVariant value = rating ? QVariant(*rating) : QVariant(QMetaType(QMetaType::Int));
    if (!run(query, QStringLiteral("UPDATE reviews SET rating = ?, blinded = ?, %1 WHERE id = ?").arg(Touch),
            {value, blinded ? 1 : 0, *id}))
        return queryError(tr("cannot store the rating"), query, m_db);
    return pruneIfEmpty(*id);
}

Status ReviewStore::setNote(qint64 outputId, const QString& reviewer, const QString& note)
{
    const Result<qint64> id = ensureReview(outputId, reviewer, false);
    if (!id)
        return id.error();
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("UPDATE reviews SET note = ?, %1 WHERE id = ?").arg(Touch),
            {note.isNull() ? QStringLiteral("") : note, *id}))
        return queryError(tr("cannot store the note"), query, m_db);
    return pruneIfEmpty(*id);
}

Result<qsizetype> ReviewStore::answerLength(qint64 outputId) const
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT answer FROM outputs WHERE id = ?"), {outputId}))
        return queryError(tr("cannot read the output"), query, m_db);
    if (!query.next())
        return Error {tr("there is no output with id %1").arg(outputId), m_db.databaseName()};
    return query.value(0).toString().size();
}

Result<qint64> ReviewStore::addTag(qint64 outputId, const QString& reviewer, const ReviewTag& tag)
{
    const Result<qsizetype> length = answerLength(outputId);
    if (!length)
        return length.error();
    if (tag.start < 0 || tag.length <= 0 || tag.start > *length - tag.length)
        return Error {tr("the tagged span %1–%2 is not inside the answer, which is %3 characters long")
                          .arg(tag.start)
                          .arg(tag.start + tag.length)
                          .arg(*length),
            m_db.databaseName()};
    const Result<qint64> id = ensureReview(outputId, reviewer, false);
    if (!id)
        return id.error();
    QSqlQuery query(m_db);
    if (!run(query,
            QStringLiteral("INSERT INTO review_tags(review_id, start, length, category, note) VALUES (?, ?, ?, ?, ?)"),
            {*id, qint64(tag.start), qint64(tag.length), tagCategoryKey(tag.category),
                tag.note.isNull() ? QStringLiteral("") : tag.note}))
        return queryError(tr("cannot store the tag"), query, m_db);
    const qint64 tagId = query.lastInsertId().toLongLong();
    run(query, QStringLiteral("UPDATE reviews SET %1 WHERE id = ?").arg(Touch), {*id});
    return tagId;
}

Status ReviewStore::setTagNote(qint64 tagId, const QString& note)
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("UPDATE review_tags SET note = ? WHERE id = ?"),
            {note.isNull() ? QStringLiteral("") : note, tagId}))
        return queryError(tr("cannot store the tag's note"), query, m_db);
    if (query.numRowsAffected() == 0)
        return Error {tr("there is no tag with id %1").arg(tagId), m_db.databaseName()};
    return Ok {};
}

Status ReviewStore::removeTag(qint64 tagId)
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT review_id FROM review_tags WHERE id = ?"), {tagId}))
        return queryError(tr("cannot remove the tag"), query, m_db);
    if (!query.next())
        return Error {tr("there is no tag with id %1").arg(tagId), m_db.databaseName()};
    const qint64 reviewId = query.value(0).toLongLong();
    if (!run(query, QStringLiteral("DELETE FROM review_tags WHERE id = ?"), {tagId}))
        return queryError(tr("cannot remove the tag"), query, m_db);
    return pruneIfEmpty(reviewId);
}

Status ReviewStore::pruneIfEmpty(qint64 reviewId)
{
    // A review with nothing left in it is no review: it must not count as "reviewed" in the summaries.
    QSqlQuery query(m_db);
    if (!run(query,
            QStringLiteral("DELETE FROM reviews WHERE id = ? AND rating IS NULL AND note = '' "
                           "AND NOT EXISTS (SELECT 1 FROM review_tags WHERE review_id = reviews.id)"),
            {reviewId}))
        return queryError(tr("cannot store the review"), query, m_db);
    return Ok {};
}

Result<QList<ModelReviewSummary>> ReviewStore::summaries(qint64 experimentId, const QString& reviewer) const
{
    const QString who = reviewer.isNull() ? QStringLiteral("") : reviewer;
    QSqlQuery query(m_db);
    if (!run(query,
            QStringLiteral(
                "SELECT m.id, m.name, COUNT(r.rating), AVG(r.rating), COUNT(r.id) FROM experiment_models m "
                "LEFT JOIN outputs o ON o.model_id = m.id LEFT JOIN reviews r ON r.output_id = o.id "
                "AND (? = '' OR r.reviewer = ?) WHERE m.experiment_id = ? GROUP BY m.id ORDER BY m.position"),
            {who, who, experimentId}))
        return queryError(tr("cannot read the reviews"), query, m_db);
    QList<ModelReviewSummary> summaries;
    while (query.next()) {
        ModelReviewSummary summary;
        summary.modelId = query.value(0).toLongLong();
        summary.model = query.value(1).toString();
        summary.rated = query.value(2).toInt();
        summary.meanRating = summary.rated > 0 ? query.value(3).toDouble() : std::numeric_limits<double>::quiet_NaN();
        summary.reviewed = query.value(4).toInt();
        summaries.append(summary);
    }
    if (!run(query,
            QStringLiteral("SELECT o.model_id, t.category, COUNT(*) FROM review_tags t JOIN %1 AND r.id = t.review_id "
                           "GROUP BY o.model_id, t.category")
                .arg(ExperimentReviews),
            {experimentId, who, who}))
        return queryError(tr("cannot read the review tags"), query, m_db);
    while (query.next()) {
        const qint64 modelId = query.value(0).toLongLong();
        const std::optional<TagCategory> category = tagCategoryFromKey(query.value(1).toString());
        for (ModelReviewSummary& summary : summaries) {
            if (summary.modelId == modelId && category)
                summary.tagCounts.insert(*category, query.value(2).toInt());
        }
    }
    return summaries;
}

Result<QHash<qint64, QList<Review>>> ReviewStore::reviewsByOutput(qint64 experimentId) const
{
    QSqlQuery query(m_db);
    if (!run(query,
            QStringLiteral("SELECT r.id, r.output_id, r.reviewer, r.rating, r.note, r.blinded, r.updated_at FROM %1 "
                           "ORDER BY r.output_id, r.reviewer")
                .arg(ExperimentReviews),
            {experimentId, QStringLiteral(""), QStringLiteral("")}))
        return queryError(tr("cannot read the reviews"), query, m_db);
    QHash<qint64, QList<Review>> byOutput;
    QHash<qint64, std::pair<qint64, qsizetype>> where; // review id -> (output id, index in its list)
    while (query.next()) {
        Review review = readReview(query);
        QList<Review>& list = byOutput[review.outputId];
        where.insert(review.id, {review.outputId, list.size()});
        list.append(std::move(review));
    }
    if (!run(query,
            QStringLiteral("SELECT t.review_id, t.id, t.start, t.length, t.category, t.note FROM review_tags t JOIN %1 "
                           "AND r.id = t.review_id ORDER BY t.review_id, t.start, t.length, t.id")
                .arg(ExperimentReviews),
            {experimentId, QStringLiteral(""), QStringLiteral("")}))
        return queryError(tr("cannot read the review tags"), query, m_db);
    while (query.next()) {
        const auto [outputId, index] = where.value(query.value(0).toLongLong());
        byOutput[outputId][index].tags.append(readTag(query, 1));
    }
    return byOutput;
}

ReviewTag wholeAnswerTag(TagCategory category, qsizetype answerLength, const QString& note)
{
    return ReviewTag {0, 0, answerLength, category, note};
}

QString tagsSummary(const QList<ReviewTag>& tags)
{
    QStringList parts;
    for (const ReviewTag& tag : tags) {
        QString part = tagCategoryKey(tag.category) + QLatin1Char('@') + QString::number(tag.start) + QLatin1Char('+')
            + QString::number(tag.length);
        if (!tag.note.isEmpty())
            part += QStringLiteral(" (") + tag.note + QLatin1Char(')');
        parts.append(part);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace caliper
