#include "viewers/reviewpanels.h"

#include "viewers/outputcolumn.h"
#include "viewers/reviewpanel.h"
#include "viewers/samplecomparisonview.h"
#include "viewers/textviewer.h"

namespace caliper {

void installReviewPanels(
    SampleComparisonView* view, QSqlDatabase db, std::function<QString()> reviewer, std::function<bool()> blinded)
{
    auto follow = [view, db, reviewer = std::move(reviewer), blinded = std::move(blinded)] {
        const QString name = reviewer();
        for (OutputColumn* column : view->outputColumns()) {
            if (auto* panel = qobject_cast<ReviewPanel*>(column->footer())) {
                panel->setBlinded(blinded());
                panel->setContext(db, column->output().outputId, name);
            }
        }
    };
    // Installing again (the page got another workspace) replaces the earlier hook instead of adding to it: the
    // old one would keep following the viewer with a database that may be closed. Its connections go with it.
    removeReviewPanels(view);
    auto* hook = new QObject(view);
    hook->setObjectName(QStringLiteral("reviewPanelsHook"));
    // A reviewer chosen in one panel applies to every column.
    view->setFooterFactory([hook, follow](OutputColumn* column) -> QWidget* {
        auto* panel = new ReviewPanel(column);
        panel->attachTextView(column->answerView());
        QObject::connect(panel, &ReviewPanel::reviewerChanged, hook, follow);
        return panel;
    });
    QObject::connect(view, &SampleComparisonView::sampleShown, hook, follow);
    QObject::connect(view, &SampleComparisonView::columnsChanged, hook, follow);
}

void removeReviewPanels(SampleComparisonView* view)
{
    delete view->findChild<QObject*>(QStringLiteral("reviewPanelsHook"), Qt::FindDirectChildrenOnly);
    view->setFooterFactory({});
}

} // namespace caliper
