#include "dialogs/criterialibrarydialog.h"

#include "dialogs/confirmation.h"
#include "dialogs/inlinemessage.h"
#include "judge/builtincriteria.h"
#include "judge/criteriastore.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace caliper {

namespace {

enum Column { NameColumn, MethodColumn, ScaleColumn, KindColumn, ColumnCount };

QPushButton* addButton(QVBoxLayout* layout, const QString& text, const char* name)
{
    auto* button = new QPushButton(text, layout->parentWidget());
    button->setObjectName(QString::fromLatin1(name));
    layout->addWidget(button);
    return button;
}

} // namespace

CriteriaLibraryDialog::CriteriaLibraryDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("criteriaLibrary"));
    setWindowTitle(tr("Judge criteria"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("criteriaList"));
    m_list->setAccessibleName(tr("Judge criteria"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Name"), tr("Method"), tr("Scale"), tr("Kind")});
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CriteriaLibraryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { editSelected(); });
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("criteriaError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto* side = new QVBoxLayout;
    connect(addButton(side, tr("&New…"), "criteriaNew"), &QPushButton::clicked, this, [this] { newCriterion(); });
    m_editButton = addButton(side, tr("&Edit…"), "criteriaEdit");
    connect(m_editButton, &QPushButton::clicked, this, [this] { editSelected(); });
    m_duplicateButton = addButton(side, tr("&Duplicate…"), "criteriaDuplicate");
    connect(m_duplicateButton, &QPushButton::clicked, this, [this] { duplicateSelected(); });
    m_removeButton = addButton(side, tr("&Remove"), "criteriaRemove");
    connect(m_removeButton, &QPushButton::clicked, this, &CriteriaLibraryDialog::removeSelected);
    side->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addLayout(side);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &CriteriaLibraryDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Criteria the LLM judge can rate. Built-in criteria are read-only: duplicate "
                                    "one to adapt it."),
        this));
    layout->addLayout(columns, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    reload();
    resize(720, 460);
}

void CriteriaLibraryDialog::reload()
{
    const QString selected = selectedEntry() ? selectedEntry()->criterion.id : QString();
    m_entries.clear();
    for (const JudgeCriterion& criterion : builtInJudgeCriteria())
        m_entries.append({criterion, true});
    auto stored = CriteriaStore(m_workspace->database()).list();
    showInlineMessage(m_errorLabel, stored ? QString() : stored.error().toString(), MessageKind::Error);
    for (const JudgeCriterion& criterion : stored ? stored.value() : QList<JudgeCriterion>())
        m_entries.append({criterion, false});
    m_list->clear();
    for (const Entry& entry : std::as_const(m_entries)) {
        const JudgeCriterion& c = entry.criterion;
        auto* item = new QTreeWidgetItem(m_list,
            {c.name, c.method == JudgeMethod::Lumigator ? tr("Lumigator") : tr("Paper"),
                tr("%1–%2").arg(c.minScore).arg(c.maxScore), entry.builtIn ? tr("Built-in") : tr("Custom")});
        item->setToolTip(NameColumn, c.id);
    }
    for (int column = MethodColumn; column < ColumnCount; ++column)
        m_list->resizeColumnToContents(column);
    if (!selectCriterion(selected))
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

bool CriteriaLibraryDialog::selectCriterion(const QString& id)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).criterion.id == id) {
            m_list->setCurrentItem(m_list->topLevelItem(row));
            return true;
        }
    }
    return false;
}

const CriteriaLibraryDialog::Entry* CriteriaLibraryDialog::selectedEntry() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void CriteriaLibraryDialog::updateButtons()
{
    const Entry* entry = selectedEntry();
    m_editButton->setEnabled(entry);
    m_editButton->setText(entry && entry->builtIn ? tr("&View…") : tr("&Edit…"));
    m_duplicateButton->setEnabled(entry);
    m_removeButton->setEnabled(entry && !entry->builtIn);
}

CriterionDialog* CriteriaLibraryDialog::openEditor(const JudgeCriterion& criterion, CriterionDialog::Mode mode)
{
    auto* dialog = new CriterionDialog(m_workspace, criterion, mode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CriterionDialog::saved, this, [this](const QString& id) {
        reload();
        selectCriterion(id);
    });
    dialog->open();
    return dialog;
}

CriterionDialog* CriteriaLibraryDialog::newCriterion()
{
    return openEditor(CriterionDialog::blankCriterion(JudgeMethod::Lumigator), CriterionDialog::Mode::New);
}

CriterionDialog* CriteriaLibraryDialog::editSelected()
{
    const Entry* entry = selectedEntry();
    if (!entry)
        return nullptr;
    return openEditor(entry->criterion, entry->builtIn ? CriterionDialog::Mode::View : CriterionDialog::Mode::Edit);
}

CriterionDialog* CriteriaLibraryDialog::duplicateSelected()
{
    CriterionDialog* dialog = editSelected();
    if (dialog)
        dialog->duplicate();
    return dialog;
}

void CriteriaLibraryDialog::removeSelected()
{
    const Entry* entry = selectedEntry();
    if (!entry || entry->builtIn)
        return;
    const JudgeCriterion criterion = entry->criterion;
    if (!Confirmation::ask(this, tr("Remove criterion"),
            tr("Remove the judge criterion \"%1\"? Experiments that used it keep their own copy.").arg(criterion.name),
            tr("Remove")))
        return;
    if (Status removed = CriteriaStore(m_workspace->database()).remove(criterion.id); !removed)
        showInlineMessage(m_errorLabel, removed.error().toString(), MessageKind::Error);
    reload();
}

} // namespace caliper
