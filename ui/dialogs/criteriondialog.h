#pragma once

#include "judge/judgecriterion.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace caliper {

class Workspace;

/// Edits one of the user's judge criteria (issue 5): name, id, what is judged, the evaluation steps, the score
/// range, the fields the judge sees and the method the criterion is written for. Built-in criteria open read-only;
/// "Duplicate" turns the dialog into an editable copy. Save validates inline and writes to the CriteriaStore.
/// Callers show it with open(), so tests drive it like any other widget.
class CriterionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        New, ///< a criterion not stored yet (a blank one or a copy)
        Edit, ///< the stored criterion with the same id
        View, ///< a built-in: read-only, can be duplicated
    };

    /// `workspace` (not owned) must outlive the dialog.
    CriterionDialog(Workspace* workspace, const JudgeCriterion& criterion, Mode mode, QWidget* parent = nullptr);

    /// A blank criterion for the method, with its default template and scale.
    static JudgeCriterion blankCriterion(JudgeMethod method);

    Mode mode() const { return m_mode; }
    /// The criterion as the fields describe it.
    JudgeCriterion criterion() const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;
    /// Makes the shown criterion an editable, unsaved copy under a new name and id.
    void duplicate();

Q_SIGNALS:
    void saved(const QString& id);

private:
    QWidget* buildForm();
    void addJudgeRows(QFormLayout* form);
    QWidget* buildFieldsRow();
    void setCriterion(const JudgeCriterion& criterion);
    void setMode(Mode mode);
    void nameEdited(const QString& name);
    void methodChanged();
    QString validate() const;

    Workspace* m_workspace;
    Mode m_mode;
    QString m_originalId; ///< the stored id being edited (Edit mode)
    QString m_templateText; ///< kept from the criterion shown; see m_keepTemplate
    QString m_source;
    bool m_idEdited = false; ///< the user typed an id: stop deriving it from the name

    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_idEdit = nullptr;
    QComboBox* m_methodCombo = nullptr;
    QPlainTextEdit* m_criteriaEdit = nullptr;
    QPlainTextEdit* m_stepsEdit = nullptr;
    QSpinBox* m_minSpin = nullptr;
    QSpinBox* m_maxSpin = nullptr;
    QCheckBox* m_sourceBox = nullptr;
    QCheckBox* m_answerBox = nullptr;
    QCheckBox* m_referenceBox = nullptr;
    QCheckBox* m_keepTemplate = nullptr;
    QLabel* m_originLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_duplicateButton = nullptr;
};

} // namespace caliper
