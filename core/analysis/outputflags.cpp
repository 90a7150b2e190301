#include "analysis/outputflags.h"

#include <QCoreApplication>

namespace caliper::analysis {

OutputFlags outputFlags(const ReasoningSplit& split)
{
    OutputFlags flags;
    if (split.answer.trimmed().isEmpty())
        flags |= OutputFlag::EmptyAnswer;
    if (split.unclosed)
        flags |= OutputFlag::UnclosedReasoning;
    return flags;
}

QString describeFlags(OutputFlags flags)
{
    if (flags.testFlag(OutputFlag::UnclosedReasoning))
        return QCoreApplication::translate("caliper::analysis", "Reasoning never closed: no answer");
    if (flags.testFlag(OutputFlag::EmptyAnswer))
        return QCoreApplication::translate("caliper::analysis", "Empty answer");
    return {};
}

} // namespace caliper::analysis
