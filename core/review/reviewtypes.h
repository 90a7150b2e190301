#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace caliper {

/// The small clinical error taxonomy a reviewer tags answers with (issue 6). Stored by key (see
/// tagCategoryKey); the database CHECK constraint lists the same keys.
enum class TagCategory {
    Omission, ///< something the note should say is missing; see ReviewStore::addTag for its span
    Hallucination,
    WrongNumber, ///< a wrong number or dose
    WrongSpeaker, ///< a statement attributed to the wrong speaker
    Negation, ///< a negation error ("denies" read as "reports", …)
};

/// Every category, in the order menus and summaries show them.
QList<TagCategory> allTagCategories();
/// "omission", "hallucination", "wrong_number", "wrong_speaker", "negation".
QString tagCategoryKey(TagCategory category);
std::optional<TagCategory> tagCategoryFromKey(const QString& key);
/// The translated name for menus and lists ("Wrong number/dose").
QString tagCategoryLabel(TagCategory category);

/// A tagged span of an output's answer. Offsets are in UTF-16 code units of the stored answer — the same units
/// as QString indices and QTextCursor positions of a document showing that answer with setPlainText().
struct ReviewTag
{
    qint64 id = 0; ///< 0 until stored
    qsizetype start = 0;
    qsizetype length = 0; ///< > 0
    TagCategory category = TagCategory::Hallucination;
    QString note;
};

/// One reviewer's review of one output (tables reviews and review_tags).
struct Review
{
    qint64 id = 0; ///< 0: this reviewer has not reviewed the output yet
    qint64 outputId = 0;
    QString reviewer;
    std::optional<int> rating; ///< 1–5; unset while the reviewer has only tagged or noted
    QString note;
    bool blinded = false; ///< rated without seeing model names
    QString updatedAt; ///< ISO 8601 UTC
    QList<ReviewTag> tags; ///< by start, then length
};

/// The reviews of one model of an experiment, over every reviewer: what the table, charts and reports show.
struct ModelReviewSummary
{
    qint64 modelId = 0;
    QString model;
    int rated = 0; ///< reviews with a rating
    double meanRating = 0; ///< over those; NaN when none
    int reviewed = 0; ///< reviews of any kind (rating, note or tags)
    QMap<TagCategory, int> tagCounts; ///< categories with no tag are absent
};

} // namespace caliper
