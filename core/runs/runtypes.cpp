#include "runs/runtypes.h"

#include <QCoreApplication>

namespace caliper {

QString runStateName(RunState state)
{
    switch (state) {
    case RunState::Queued:
        return QCoreApplication::translate("caliper::RunState", "Queued");
    case RunState::Running:
        return QCoreApplication::translate("caliper::RunState", "Running");
    case RunState::Paused:
        return QCoreApplication::translate("caliper::RunState", "Paused");
    case RunState::Finished:
        return QCoreApplication::translate("caliper::RunState", "Finished");
    case RunState::Cancelled:
        return QCoreApplication::translate("caliper::RunState", "Cancelled");
    case RunState::Failed:
        return QCoreApplication::translate("caliper::RunState", "Failed");
    }
    return {};
}

} // namespace caliper
