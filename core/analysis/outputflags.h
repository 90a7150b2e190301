#pragma once

#include "metrics/reasoning.h"

#include <QFlags>
#include <QString>

namespace caliper::analysis {

/// What the viewer and the filters flag about an output, from the evaluation core's reasoning split.
enum class OutputFlag {
    EmptyAnswer = 0x1, ///< nothing left to score (also set when the reasoning never closed)
    UnclosedReasoning = 0x2, ///< `<think>` opened and never closed
};
Q_DECLARE_FLAGS(OutputFlags, OutputFlag)

OutputFlags outputFlags(const ReasoningSplit& split);

/// A short translated label for the most specific flag set ("Reasoning never closed", "Empty answer"); empty
/// when no flag is set.
QString describeFlags(OutputFlags flags);

} // namespace caliper::analysis

Q_DECLARE_OPERATORS_FOR_FLAGS(caliper::analysis::OutputFlags)
