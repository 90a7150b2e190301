#include "review/reviewtypes.h"

#include <QCoreApplication>

namespace caliper {

QList<TagCategory> allTagCategories()
{
    return {TagCategory::Omission, TagCategory::Hallucination, TagCategory::WrongNumber, TagCategory::WrongSpeaker,
        TagCategory::Negation};
}

QString tagCategoryKey(TagCategory category)
{
    switch (category) {
    case TagCategory::Omission:
        return QStringLiteral("omission");
    case TagCategory::Hallucination:
        return QStringLiteral("hallucination");
    case TagCategory::WrongNumber:
        return QStringLiteral("wrong_number");
    case TagCategory::WrongSpeaker:
        return QStringLiteral("wrong_speaker");
    case TagCategory::Negation:
        break;
    }
    return QStringLiteral("negation");
}

std::optional<TagCategory> tagCategoryFromKey(const QString& key)
{
    for (TagCategory category : allTagCategories()) {
        if (tagCategoryKey(category) == key)
            return category;
    }
    return std::nullopt;
}

QString tagCategoryLabel(TagCategory category)
{
    switch (category) {
    case TagCategory::Omission:
        return QCoreApplication::translate("caliper", "Omission");
    case TagCategory::Hallucination:
        return QCoreApplication::translate("caliper", "Hallucination");
    case TagCategory::WrongNumber:
        return QCoreApplication::translate("caliper", "Wrong number/dose");
    case TagCategory::WrongSpeaker:
        return QCoreApplication::translate("caliper", "Wrong speaker attribution");
    case TagCategory::Negation:
        break;
    }
    return QCoreApplication::translate("caliper", "Negation error");
}

} // namespace caliper
