#pragma once

#include "common/error.h"
#include "review/reviewtypes.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QTextDocument;
class QTextEdit;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace caliper {

/// The human review of one output, shown under its column in the side-by-side viewer: a 1–5 rating (buttons,
/// or the keys 1–5 while the answer or the panel has focus), tags on selected passages of the answer from the
/// clinical error taxonomy, each with an optional note, and a note on the whole output. Every change is stored
/// at once under the reviewer's name; tags are underlined in the answer view the panel is attached to.
///
/// An omission has no passage of its own: with text selected it tags that passage (where the missing content
/// belongs), with nothing selected it tags the whole answer; the tag's note says what is missing.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget* parent = nullptr);

    /// Shows (and from now on edits) `reviewer`'s review of the output; outputId 0 disables the panel.
    /// `db` is a connection of the GUI thread.
    void setContext(QSqlDatabase db, qint64 outputId, const QString& reviewer);
    /// Whether ratings made now were made without model names in view (stored with the rating).
    void setBlinded(bool blinded) { m_blinded = blinded; }

    /// The view that shows this output's answer: "Tag selection" reads its selection, tags are painted on it,
    /// and the keys 1–5 rate while it has focus. The panel does not own it.
    void attachTextView(QPlainTextEdit* answerView);
    void attachTextView(QTextEdit* answerView);

    qint64 outputId() const { return m_outputId; }
    QString reviewer() const { return m_reviewer; }
    const Review& review() const { return m_review; }

public Q_SLOTS:
    /// 1–5 stores the rating; 0 clears it.
    void rate(int rating);
    /// Tags the attached view's selection (see the class comment for omissions).
    void tagSelection(TagCategory category);
    void removeSelectedTag();

Q_SIGNALS:
    /// The review was stored (rating, note or tags changed): views showing ratings may refresh.
    void reviewChanged(qint64 outputId);
    /// The user chose another reviewer name (stored in the settings); this panel already switched to it.
    void reviewerChanged(const QString& reviewer);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* makeRatingRow();
    QMenu* makeTagMenu();
    void reload();
    void showReview();
    void paintTags();
    void storeNote();
    void tagNoteEdited(QTreeWidgetItem* item, int column);
    void selectTagSpan(QTreeWidgetItem* item);
    bool handleRatingKey(QKeyEvent* event);
    void report(const Error& error);
    void stored();
    void chooseReviewer();
    QWidget* textView() const;
    QTextDocument* document() const;
    QString answerText() const;

    QSqlDatabase m_db;
    qint64 m_outputId = 0;
    QString m_reviewer;
    bool m_blinded = false;
    Review m_review;
    bool m_showing = false;
    QPointer<QPlainTextEdit> m_plainView;
    QPointer<QTextEdit> m_richView;

    QButtonGroup* m_ratingGroup = nullptr;
    QToolButton* m_tagButton = nullptr;
    QToolButton* m_removeTag = nullptr;
    QTreeWidget* m_tags = nullptr;
    QLineEdit* m_note = nullptr;
    QToolButton* m_reviewerButton = nullptr;
    QLabel* m_message = nullptr;
};

/// The underline colour of a tag category in answer views and the tag list.
QColor tagCategoryColor(TagCategory category);

} // namespace caliper
