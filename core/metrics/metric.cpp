#include "metrics/metric.h"

namespace caliper {

const ScoreDefinition* Metric::score(const QString& scoreKey) const
{
    for (const ScoreDefinition& definition : scores) {
        if (definition.key == scoreKey)
            return &definition;
    }
    return nullptr;
}

} // namespace caliper
