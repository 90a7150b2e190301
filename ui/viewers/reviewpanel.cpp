#include "viewers/reviewpanel.h"

#include "dialogs/inlinemessage.h"
#include "dialogs/reviewerdialog.h"
#include "review/reviewer.h"
#include "review/reviewstore.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace caliper {

namespace {

// Marks the extra selections this panel paints, so the view's other extra selections are left alone.
constexpr int TagSelectionProperty = QTextFormat::UserProperty + 0x7261;

enum TagColumn { CategoryColumn, PassageColumn, NoteColumn };
enum TagRole { TagIdRole = Qt::UserRole, StartRole, LengthRole };

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(10, 10);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0, 0, 10, 10), 2, 2);
    return QIcon(pixmap);
}

QTextEdit::ExtraSelection underline(QTextDocument* document, const ReviewTag& tag)
{
    const int end = std::max(0, document->characterCount() - 1);
    QTextCursor cursor(document);
    cursor.setPosition(std::min(end, static_cast<int>(tag.start)));
    cursor.setPosition(std::min(end, static_cast<int>(tag.start + tag.length)), QTextCursor::KeepAnchor);
    QTextCharFormat format;
    // Omissions often cover the whole answer: a quieter dashed line keeps the other tags readable.
    format.setUnderlineStyle(
        tag.category == TagCategory::Omission ? QTextCharFormat::DashUnderline : QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(tagCategoryColor(tag.category));
    if (tag.category != TagCategory::Omission) {
        // A translucent tint of the same hue finds the passage at a glance on light and dark bases alike.
        QColor tint = tagCategoryColor(tag.category);
        tint.setAlpha(56);
        format.setBackground(tint);
    }
    format.setProperty(TagSelectionProperty, tag.id);
    return {cursor, format};
}

} // namespace

QColor tagCategoryColor(TagCategory category)
{
    // Mid-lightness hues: visible on white and on dark bases alike.
    switch (category) {
    case TagCategory::Omission:
        return QColor(0x00, 0x96, 0x88);
    case TagCategory::Hallucination:
        return QColor(0xe5, 0x39, 0x35);
    case TagCategory::WrongNumber:
        return QColor(0xfb, 0x8c, 0x00);
    case TagCategory::WrongSpeaker:
        return QColor(0x9c, 0x4d, 0xcc);
    case TagCategory::Negation:
        break;
    }
    return QColor(0x1e, 0x88, 0xe5);
}

ReviewPanel::ReviewPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewPanel"));
    m_tags = new QTreeWidget(this);
    m_tags->setObjectName(QStringLiteral("reviewTags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setHeaderLabels({tr("Tag"), tr("Passage"), tr("Note")});
    m_tags->setRootIsDecorated(false);
    m_tags->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tags->setMaximumHeight(fontMetrics().height() * 6);
    m_tags->header()->setStretchLastSection(true);
    m_tags->installEventFilter(this);
    connect(m_tags, &QTreeWidget::itemClicked, this, &ReviewPanel::selectTagSpan);
    connect(m_tags, &QTreeWidget::itemChanged, this, &ReviewPanel::tagNoteEdited);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setAccessibleName(tr("Review note"));
    m_note->setPlaceholderText(tr("Note on this output…"));
    m_note->setClearButtonEnabled(true);
    connect(m_note, &QLineEdit::editingFinished, this, &ReviewPanel::storeNote);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(makeRatingRow());
    layout->addWidget(m_tags);
    layout->addWidget(m_note);
    layout->addWidget(m_message);
    setEnabled(false);
}

QWidget* ReviewPanel::makeRatingRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(new QLabel(tr("Rating:"), row));
    m_ratingGroup = new QButtonGroup(this);
    m_ratingGroup->setExclusive(false); // clicking the chosen rating again clears it
    for (int rating = ReviewStore::MinRating; rating <= ReviewStore::MaxRating; ++rating) {
        auto* button = new QToolButton(row);
        button->setObjectName(QStringLiteral("rateButton%1").arg(rating));
        button->setText(QString::number(rating));
        button->setCheckable(true);
        button->setToolTip(tr("Rate this output %1 of 5 (key %1; click again to clear)").arg(rating));
        // The chosen rating must stand out in every style and palette, more than a sunken button does.
        button->setStyleSheet(QStringLiteral(
            "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }"));
        m_ratingGroup->addButton(button, rating);
        layout->addWidget(button);
    }
    connect(m_ratingGroup, &QButtonGroup::idClicked, this,
        [this](int id) { rate(m_ratingGroup->button(id)->isChecked() ? id : 0); });
    layout->addSpacing(8);
    m_tagButton = new QToolButton(row);
    m_tagButton->setObjectName(QStringLiteral("tagSelectionButton"));
    m_tagButton->setText(tr("Tag selection"));
    m_tagButton->setToolTip(tr("Tag the passage selected in the answer with an error category"));
    m_tagButton->setPopupMode(QToolButton::InstantPopup);
    m_tagButton->setMenu(makeTagMenu());
    layout->addWidget(m_tagButton);
    m_removeTag = new QToolButton(row);
    m_removeTag->setObjectName(QStringLiteral("removeTagButton"));
    m_removeTag->setText(tr("Remove tag"));
    m_removeTag->setToolTip(tr("Remove the tag selected in the list (Delete)"));
    connect(m_removeTag, &QToolButton::clicked, this, &ReviewPanel::removeSelectedTag);
    layout->addWidget(m_removeTag);
    layout->addStretch(1);
    m_reviewerButton = new QToolButton(row);
    m_reviewerButton->setObjectName(QStringLiteral("reviewerButton"));
    m_reviewerButton->setAutoRaise(true);
    m_reviewerButton->setToolTip(tr("Change the name your reviews are stored under"));
    connect(m_reviewerButton, &QToolButton::clicked, this, &ReviewPanel::chooseReviewer);
    layout->addWidget(m_reviewerButton);
    return row;
}

QMenu* ReviewPanel::makeTagMenu()
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("tagCategoryMenu"));
    for (TagCategory category : allTagCategories()) {
        QAction* action = menu->addAction(swatch(tagCategoryColor(category)), tagCategoryLabel(category));
        action->setObjectName(QStringLiteral("tagAction_") + tagCategoryKey(category));
        if (category == TagCategory::Omission)
            action->setToolTip(tr("With nothing selected, tags the whole answer; say what is missing in the note"));
        connect(action, &QAction::triggered, this, [this, category] { tagSelection(category); });
    }
    menu->setToolTipsVisible(true);
    return menu;
}

void ReviewPanel::setContext(QSqlDatabase db, qint64 outputId, const QString& reviewer)
{
    // A note being typed belongs to the output it was typed under.
    if (m_outputId != 0 && m_note->isModified())
        storeNote();
    m_db = std::move(db);
    m_outputId = outputId;
    m_reviewer = reviewer;
    m_reviewerButton->setText(tr("Reviewer: %1").arg(reviewer));
    showInlineMessage(m_message, QString(), MessageKind::Information);
    reload();
}

void ReviewPanel::attachTextView(QPlainTextEdit* answerView)
{
    m_plainView = answerView;
    m_richView = nullptr;
    answerView->installEventFilter(this);
    // The viewer replaces the text when it moves to another sample; the tags follow once the context does.
    connect(answerView, &QPlainTextEdit::textChanged, this, &ReviewPanel::paintTags);
    paintTags();
}

void ReviewPanel::attachTextView(QTextEdit* answerView)
{
    m_richView = answerView;
    m_plainView = nullptr;
    answerView->installEventFilter(this);
    connect(answerView, &QTextEdit::textChanged, this, &ReviewPanel::paintTags);
    paintTags();
}

QWidget* ReviewPanel::textView() const
{
    if (m_plainView)
        return m_plainView;
    return m_richView;
}

QTextDocument* ReviewPanel::document() const
{
    if (m_plainView)
        return m_plainView->document();
    return m_richView ? m_richView->document() : nullptr;
}

QString ReviewPanel::answerText() const
{
    if (m_plainView)
        return m_plainView->toPlainText();
    return m_richView ? m_richView->toPlainText() : QString();
}

void ReviewPanel::reload()
{
    setEnabled(m_outputId != 0);
    if (m_outputId == 0) {
        m_review = Review {};
    } else {
        Result<Review> review = ReviewStore(m_db).review(m_outputId, m_reviewer);
        m_review = review ? std::move(review).value() : Review {};
        if (!review)
            report(review.error());
    }
    showReview();
    paintTags();
}

void ReviewPanel::showReview()
{
    m_showing = true;
    for (QAbstractButton* button : m_ratingGroup->buttons())
        button->setChecked(m_review.rating == m_ratingGroup->id(button));
    m_note->setText(m_review.note);
    m_note->setModified(false);
    m_tags->clear();
    const QString answer = answerText();
    for (const ReviewTag& tag : std::as_const(m_review.tags)) {
        const bool whole = tag.start == 0 && tag.length == answer.size();
        QString passage = whole ? tr("(whole answer)") : answer.mid(tag.start, tag.length).simplified();
        auto* item = new QTreeWidgetItem(
            m_tags, {tagCategoryLabel(tag.category), fontMetrics().elidedText(passage, Qt::ElideRight, 160), tag.note});
        item->setIcon(CategoryColumn, swatch(tagCategoryColor(tag.category)));
        item->setToolTip(PassageColumn, passage);
        item->setData(CategoryColumn, TagIdRole, tag.id);
        item->setData(CategoryColumn, StartRole, qint64(tag.start));
        item->setData(CategoryColumn, LengthRole, qint64(tag.length));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_tags->resizeColumnToContents(CategoryColumn);
    m_removeTag->setEnabled(!m_review.tags.isEmpty());
    m_showing = false;
}

void ReviewPanel::paintTags()
{
    QTextDocument* document = this->document();
    if (!document)
        return;
    QList<QTextEdit::ExtraSelection> selections
        = m_plainView ? m_plainView->extraSelections() : m_richView->extraSelections();
    selections.removeIf([](const QTextEdit::ExtraSelection& s) { return s.format.hasProperty(TagSelectionProperty); });
    for (const ReviewTag& tag : std::as_const(m_review.tags))
        selections.append(underline(document, tag));
    if (m_plainView)
        m_plainView->setExtraSelections(selections);
    else
        m_richView->setExtraSelections(selections);
}

void ReviewPanel::rate(int rating)
{
    if (m_outputId == 0)
        return;
    const Status status = ReviewStore(m_db).setRating(
        m_outputId, m_reviewer, rating == 0 ? std::nullopt : std::optional<int>(rating), m_blinded);
    if (!status) {
        report(status.error());
        reload(); // the buttons show what is stored, not what was refused
        return;
    }
    stored();
}

void ReviewPanel::storeNote()
{
    if (m_outputId == 0 || m_note->text() == m_review.note)
        return;
    const Status status = ReviewStore(m_db).setNote(m_outputId, m_reviewer, m_note->text());
    if (!status) {
        report(status.error());
        return;
    }
    m_note->setModified(false);
    m_review.note = m_note->text();
    Q_EMIT reviewChanged(m_outputId);
}

void ReviewPanel::tagSelection(TagCategory category)
{
    if (m_outputId == 0 || !textView())
        return;
    const QTextCursor cursor = m_plainView ? m_plainView->textCursor() : m_richView->textCursor();
    ReviewTag tag {0, cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart(), category, {}};
    if (tag.length == 0 && category == TagCategory::Omission)
        tag = wholeAnswerTag(category, answerText().size());
    if (tag.length == 0) {
        report(Error {tr("Select the passage to tag in the answer first."), {}});
        return;
    }
    const Result<qint64> id = ReviewStore(m_db).addTag(m_outputId, m_reviewer, tag);
    if (!id) {
        report(id.error());
        return;
    }
    stored();
    // The new tag is selected, ready for its note (F2 or a double click).
    for (int i = 0; i < m_tags->topLevelItemCount(); ++i) {
        if (m_tags->topLevelItem(i)->data(CategoryColumn, TagIdRole).toLongLong() == *id)
            m_tags->setCurrentItem(m_tags->topLevelItem(i), NoteColumn);
    }
}

void ReviewPanel::removeSelectedTag()
{
    QTreeWidgetItem* item = m_tags->currentItem();
    if (!item)
        return;
    const Status status = ReviewStore(m_db).removeTag(item->data(CategoryColumn, TagIdRole).toLongLong());
    if (!status) {
        report(status.error());
        return;
    }
    stored();
}

void ReviewPanel::tagNoteEdited(QTreeWidgetItem* item, int column)
{
    if (m_showing || column != NoteColumn)
        return;
    const qint64 id = item->data(CategoryColumn, TagIdRole).toLongLong();
    const Status status = ReviewStore(m_db).setTagNote(id, item->text(NoteColumn));
    if (!status) {
        report(status.error());
        return;
    }
    for (ReviewTag& tag : m_review.tags) {
        if (tag.id == id)
            tag.note = item->text(NoteColumn);
    }
    Q_EMIT reviewChanged(m_outputId);
}

void ReviewPanel::selectTagSpan(QTreeWidgetItem* item)
{
    QTextDocument* document = this->document();
    if (!item || !document)
        return;
    const ReviewTag tag {0, item->data(CategoryColumn, StartRole).toLongLong(),
        item->data(CategoryColumn, LengthRole).toLongLong(), TagCategory::Omission, {}};
    const QTextCursor cursor = underline(document, tag).cursor;
    if (m_plainView) {
        m_plainView->setTextCursor(cursor);
        m_plainView->ensureCursorVisible();
    } else {
        m_richView->setTextCursor(cursor);
        m_richView->ensureCursorVisible();
    }
}

bool ReviewPanel::handleRatingKey(QKeyEvent* event)
{
    if (!isEnabled() || (event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    const int key = event->key();
    if (key < Qt::Key_0 + ReviewStore::MinRating || key > Qt::Key_0 + ReviewStore::MaxRating)
        return false;
    rate(key - Qt::Key_0);
    return true;
}

bool ReviewPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_tags && key->key() == Qt::Key_Delete) {
            removeSelectedTag();
            return true;
        }
        // Digits rate only in read-only views: in an editable one they are text.
        const bool readOnly = m_plainView ? m_plainView->isReadOnly() : (m_richView && m_richView->isReadOnly());
        if (watched == textView() && readOnly && handleRatingKey(key))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewPanel::keyPressEvent(QKeyEvent* event)
{
    if (!handleRatingKey(event))
        QWidget::keyPressEvent(event);
}

void ReviewPanel::report(const Error& error)
{
    showInlineMessage(m_message, error.message, MessageKind::Error);
}

void ReviewPanel::stored()
{
    showInlineMessage(m_message, QString(), MessageKind::Information);
    reload();
    Q_EMIT reviewChanged(m_outputId);
}

void ReviewPanel::chooseReviewer()
{
    auto* dialog = new ReviewerDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        const QString name = Reviewer::name();
        if (name == m_reviewer)
            return;
        setContext(m_db, m_outputId, name);
        Q_EMIT reviewerChanged(name);
    });
    dialog->open();
}

} // namespace caliper
