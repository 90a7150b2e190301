// Renders the side-by-side viewer with review panels for packaging/screenshots/review.png: `caliper demo` (the
// bundled sample run through the Lead-3 and TextRank baselines) into a fresh workspace, then one sample with a
// rating, a tagged passage and notes under each output. Run under Xvfb (or the offscreen platform):
//   caliper_review_screenshot OUT.png [ROW]
#include "cli/democommand.h"
#include "experiments/experimentstore.h"
#include "review/reviewtypes.h"
#include "viewers/outputcolumn.h"
#include "viewers/reviewpanel.h"
#include "viewers/reviewpanels.h"
#include "viewers/samplecomparisonview.h"
#include "viewers/textviewer.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeWidget>

using namespace caliper;

namespace {

struct Tag
{
    QString passage; ///< empty: nothing selected (an omission then covers the whole answer)
    TagCategory category;
    QString note;
};

// Reviews one column the way a user would: select a passage, tag it, note it, rate.
void review(OutputColumn* column, int rating, const QList<Tag>& tags, const QString& note)
{
    auto* panel = qobject_cast<ReviewPanel*>(column->footer());
    TextViewer* answer = column->answerView();
    auto* list = panel->findChild<QTreeWidget*>(QStringLiteral("reviewTags"));
    for (const Tag& tag : tags) {
        const int start = tag.passage.isEmpty() ? 0 : static_cast<int>(answer->toPlainText().indexOf(tag.passage));
        if (start < 0)
            continue;
        QTextCursor cursor(answer->document());
        cursor.setPosition(start);
        cursor.setPosition(start + static_cast<int>(tag.passage.size()), QTextCursor::KeepAnchor);
        answer->setTextCursor(cursor);
        panel->tagSelection(tag.category);
        if (list->currentItem())
            list->currentItem()->setText(2, tag.note);
    }
    auto* noteEdit = panel->findChild<QLineEdit*>(QStringLiteral("reviewNote"));
    noteEdit->setText(note);
    Q_EMIT noteEdit->editingFinished();
    panel->rate(rating);
    answer->moveCursor(QTextCursor::Start);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        err << "usage: caliper_review_screenshot OUT.png [ROW]\n";
        return 2;
    }
    QTemporaryDir dir;
    QString log;
    QTextStream demoOut(&log);
    cli::Io io {demoOut, err};
    if (cli::runDemo({QStringLiteral("demo"), QStringLiteral("--workspace"), dir.path()}, io) != 0) {
        err << log;
        return 1;
    }
    auto workspace = Workspace::open(dir.path());
    const auto experiments = workspace ? ExperimentStore(workspace.value()->database()).list()
                                       : Result<QList<ExperimentInfo>>(workspace.error());
    if (!experiments || experiments->isEmpty()) {
        err << "the demo made no experiment\n";
        return 1;
    }
    QSqlDatabase db = workspace.value()->database();
    SampleComparisonView view;
    view.resize(1400, 900);
    installReviewPanels(&view, db, [] { return QStringLiteral("Dr. A. Example"); });
    view.show();
    if (Status opened = view.setExperiment(db, experiments->first().id); !opened) {
        err << opened.error().toString() << '\n';
        return 1;
    }
    view.showSample(view.navigationIndex().sampleIds.value(arguments.value(2, QStringLiteral("2")).toInt()));
    const QList<OutputColumn*> columns = view.outputColumns();
    if (columns.size() >= 2) {
        review(columns.at(0), 2,
            {{QString(), TagCategory::Omission, QStringLiteral("no assessment or plan at all")},
                {QStringLiteral("i hurt it playing pickup basketball"), TagCategory::WrongSpeaker,
                    QStringLiteral("the patient's words, copied as-is")}},
            QStringLiteral("Copies the opening of the visit."));
        review(columns.at(1), 3,
            {{QStringLiteral("small effusion"), TagCategory::Hallucination, QStringLiteral("not in the reference")},
                {QStringLiteral("if the knee locks"), TagCategory::Negation, QStringLiteral("check the condition")}},
            QStringLiteral("Exam findings, but no plan."));
    }
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    if (!view.grab().save(arguments.at(1))) {
        err << "cannot write " << arguments.at(1) << '\n';
        return 1;
    }
    return 0;
}
