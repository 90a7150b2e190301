#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace caliper {

class SampleComparisonView;

/// Puts a ReviewPanel under every output column of `view`, attached to the column's answer view, and keeps each
/// panel on the output its column shows as the view moves between samples. Call it before
/// view->setExperiment(). `reviewer` is asked for the name each time a sample is shown and when the name is changed
/// in a panel (pass Reviewer::name to follow the settings); `blinded` is recorded with the ratings.
void installReviewPanels(
    SampleComparisonView* view, QSqlDatabase db, std::function<QString()> reviewer,
    std::function<bool()> blinded = [] { return false; });

/// Undoes installReviewPanels() for columns made from now on, and lets go of its database handle (a workspace
/// that closes must not find its connection still in use).
void removeReviewPanels(SampleComparisonView* view);

} // namespace caliper
