#pragma once

#include "common/error.h"
#include "judge/judgecriterion.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace caliper {

/// The user's own judge criteria (table `judge_criteria`, migration 4), stored as criterionToJson() text and
/// offered in the experiment dialog. Every criterion is validated by criterionFromJson on the way in and out, so
/// what the store hands out can always be sent to a judge. Built-in criteria are never stored here. Judgements are
/// stored under the last part of a criterion's id ("custom/tone" → geval_tone, see judgeScoreKey), so that part
/// must be unique, and the built-in dimensions ("coherence", …) are reserved.
class CriteriaStore
{
    Q_DECLARE_TR_FUNCTIONS(caliper::CriteriaStore)

public:
    explicit CriteriaStore(QSqlDatabase db);

    /// Every stored criterion, ordered by name.
    Result<QList<JudgeCriterion>> list() const;
    Result<JudgeCriterion> get(const QString& id) const;
    /// Stores a new criterion; an id that is taken (by a stored or a built-in criterion) is refused.
    Status add(const JudgeCriterion& criterion);
    /// Replaces the criterion stored under `id`; `criterion.id` may differ (renaming), but not to a taken id.
    Status update(const QString& id, const JudgeCriterion& criterion);
    Status remove(const QString& id);
    /// Reads one criterion in criterionToJson() form and adds it; errors name the field that is wrong.
    Result<JudgeCriterion> addJson(const QByteArray& json);

    /// An id for `name` that nothing uses yet: "custom/" + the name in lower case with dashes
    /// ("Tone of voice" → "custom/tone-of-voice"), with "-2", "-3", … appended when taken.
    QString freeId(const QString& name) const;
    /// Whether a stored or built-in criterion has this id, or one ending in the same last part; the stored
    /// criterion `except` (the one being edited) does not count.
    bool isTaken(const QString& id, const QString& except = {}) const;

private:
    Status write(const QString& sql, const JudgeCriterion& criterion, const QString& oldId);

    QSqlDatabase m_db;
};

/// Whether `id` ends in a built-in dimension ("coherence", "lumigator/coherence", "custom/coherence"): its scores
/// would be mistaken for the built-in criterion's.
bool isBuiltInCriterionId(const QString& id);

} // namespace caliper
