#pragma once

#include "dialogs/criteriondialog.h"
#include "judge/judgecriterion.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace caliper {

class Workspace;

/// Experiment ▸ Judge criteria…: the built-in criteria (read-only, can be duplicated) and the workspace's own
/// (New / Edit / Duplicate / Remove). Each action opens a CriterionDialog with open() and returns it, so tests
/// and callers can drive it.
class CriteriaLibraryDialog : public QDialog
{
    Q_OBJECT
public:
    /// `workspace` (not owned) must outlive the dialog.
    explicit CriteriaLibraryDialog(Workspace* workspace, QWidget* parent = nullptr);

    /// Re-reads the stored criteria, keeping the selection where it can.
    void reload();
    /// Selects the criterion with this id; false when there is none.
    bool selectCriterion(const QString& id);

    CriterionDialog* newCriterion();
    /// Opens the selected criterion: built-ins read-only, the user's own for editing.
    CriterionDialog* editSelected();
    CriterionDialog* duplicateSelected();
    /// Asks (Confirmation), then removes the selected user criterion.
    void removeSelected();

private:
    struct Entry
    {
        JudgeCriterion criterion;
        bool builtIn = false;
    };

    CriterionDialog* openEditor(const JudgeCriterion& criterion, CriterionDialog::Mode mode);
    const Entry* selectedEntry() const;
    void updateButtons();

    Workspace* m_workspace;
    QList<Entry> m_entries; ///< in the order of the tree's rows
    QTreeWidget* m_list = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace caliper
