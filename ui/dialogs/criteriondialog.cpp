#include "dialogs/criteriondialog.h"

#include "dialogs/inlinemessage.h"
#include "judge/builtincriteria.h"
#include "judge/criteriastore.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace caliper {

namespace {

constexpr int HighestScore = 100;

/// The scale each method's built-ins use, which a new criterion starts from.
std::pair<int, int> defaultScale(JudgeMethod method)
{
    return method == JudgeMethod::Lumigator ? std::pair {0, 10} : std::pair {1, 5};
}

QStringList stepLines(const QString& text)
{
    QStringList steps;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            steps << line.trimmed();
    }
    return steps;
}

} // namespace

CriterionDialog::CriterionDialog(Workspace* workspace, const JudgeCriterion& criterion, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
    , m_originalId(mode == Mode::Edit ? criterion.id : QString())
{
    setObjectName(QStringLiteral("criterionDialog"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("criterionError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("criterionSave"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("criterionCancel"));
    m_duplicateButton = m_buttons->addButton(tr("&Duplicate"), QDialogButtonBox::ActionRole);
    m_duplicateButton->setObjectName(QStringLiteral("criterionDuplicate"));
    m_duplicateButton->setToolTip(tr("Make an editable copy of this built-in criterion"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CriterionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CriterionDialog::reject);
    connect(m_duplicateButton, &QPushButton::clicked, this, &CriterionDialog::duplicate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildForm(), 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    setCriterion(criterion);
    setMode(mode);
    resize(640, 620);
}

JudgeCriterion CriterionDialog::blankCriterion(JudgeMethod method)
{
    JudgeCriterion criterion;
    criterion.method = method;
    std::tie(criterion.minScore, criterion.maxScore) = defaultScale(method);
    criterion.templateText = defaultJudgeTemplate(method);
    return criterion;
}

QWidget* CriterionDialog::buildForm()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("criterionName"));
    m_nameEdit->setPlaceholderText(tr("e.g. Completeness of the plan"));
    connect(m_nameEdit, &QLineEdit::textEdited, this, &CriterionDialog::nameEdited);
    form->addRow(tr("&Name:"), m_nameEdit);
    m_idEdit = new QLineEdit(page);
    m_idEdit->setObjectName(QStringLiteral("criterionId"));
    m_idEdit->setToolTip(tr("The key results and provenance refer to; derived from the name until you edit it"));
    connect(m_idEdit, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    form->addRow(tr("&Id:"), m_idEdit);
    m_methodCombo = new QComboBox(page);
    m_methodCombo->setObjectName(QStringLiteral("criterionMethod"));
    m_methodCombo->addItem(
        tr("Lumigator (DeepEval G-Eval, JSON score weighted by logprobs)"), judgeMethodName(JudgeMethod::Lumigator));
    m_methodCombo->addItem(
        tr("Paper (G-Eval SummEval prompt, score from the reply)"), judgeMethodName(JudgeMethod::Paper));
    connect(m_methodCombo, &QComboBox::activated, this, &CriterionDialog::methodChanged);
    form->addRow(tr("&Method:"), m_methodCombo);
    m_criteriaEdit = new QPlainTextEdit(page);
    m_criteriaEdit->setObjectName(QStringLiteral("criterionText"));
    m_criteriaEdit->setTabChangesFocus(true);
    m_criteriaEdit->setPlaceholderText(tr("What is judged, in words"));
    form->addRow(tr("&Criteria:"), m_criteriaEdit);
    m_stepsEdit = new QPlainTextEdit(page);
    m_stepsEdit->setObjectName(QStringLiteral("criterionSteps"));
    m_stepsEdit->setTabChangesFocus(true);
    m_stepsEdit->setPlaceholderText(tr("One evaluation step per line, unnumbered"));
    form->addRow(tr("Evaluation &steps:"), m_stepsEdit);
    form->addRow(tr("Score &range:"), buildFieldsRow());
    addJudgeRows(form);
    return page;
}

/// Which texts the judge sees, whether a copied template is kept, and where a built-in's wording comes from.
void CriterionDialog::addJudgeRows(QFormLayout* form)
{
    QWidget* page = form->parentWidget();
    m_sourceBox = new QCheckBox(tr("S&ource"), page);
    m_sourceBox->setObjectName(QStringLiteral("criterionSource"));
    m_answerBox = new QCheckBox(tr("&Answer"), page);
    m_answerBox->setObjectName(QStringLiteral("criterionAnswer"));
    m_referenceBox = new QCheckBox(tr("R&eference"), page);
    m_referenceBox->setObjectName(QStringLiteral("criterionReference"));
    auto* fields = new QHBoxLayout;
    for (QCheckBox* box : {m_sourceBox, m_answerBox, m_referenceBox})
        fields->addWidget(box);
    fields->addStretch(1);
    form->addRow(tr("The judge sees:"), fields);
    m_keepTemplate = new QCheckBox(tr("&Keep the prompt template of the copied criterion"), page);
    m_keepTemplate->setObjectName(QStringLiteral("criterionKeepTemplate"));
    m_keepTemplate->setToolTip(tr("Its wording is part of the template: edits to the criteria text and steps above "
                                  "are not sent while it is kept"));
    form->addRow(m_keepTemplate);
    m_originLabel = new QLabel(page);
    m_originLabel->setObjectName(QStringLiteral("criterionOrigin"));
    m_originLabel->setWordWrap(true);
    m_originLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_originLabel);
}

QWidget* CriterionDialog::buildFieldsRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_minSpin = new QSpinBox(row);
    m_minSpin->setObjectName(QStringLiteral("criterionMin"));
    m_minSpin->setAccessibleName(tr("Lowest score"));
    m_maxSpin = new QSpinBox(row);
    m_maxSpin->setObjectName(QStringLiteral("criterionMax"));
    m_maxSpin->setAccessibleName(tr("Highest score"));
    for (QSpinBox* spin : {m_minSpin, m_maxSpin})
        spin->setRange(0, HighestScore);
    layout->addWidget(m_minSpin);
    layout->addWidget(new QLabel(tr("to"), row));
    layout->addWidget(m_maxSpin);
    layout->addStretch(1);
    return row;
}

void CriterionDialog::setCriterion(const JudgeCriterion& criterion)
{
    m_templateText = criterion.templateText;
    m_source = criterion.source;
    m_nameEdit->setText(criterion.name);
    m_idEdit->setText(criterion.id);
    m_methodCombo->setCurrentIndex(m_methodCombo->findData(judgeMethodName(criterion.method)));
    m_criteriaEdit->setPlainText(criterion.criteria);
    m_stepsEdit->setPlainText(criterion.steps.join(QLatin1Char('\n')));
    m_minSpin->setValue(criterion.minScore);
    m_maxSpin->setValue(criterion.maxScore);
    m_sourceBox->setChecked(criterion.fields.source);
    m_answerBox->setChecked(criterion.fields.answer);
    m_referenceBox->setChecked(criterion.fields.reference);
    // A copied built-in's template carries its own wording (the SummEval prompts); a user's criterion normally
    // uses the method's default template, which is filled from the fields above.
    const bool ownTemplate = criterion.templateText != defaultJudgeTemplate(criterion.method);
    m_keepTemplate->setChecked(ownTemplate);
    m_keepTemplate->setVisible(ownTemplate);
    m_originLabel->setText(criterion.source.isEmpty() ? QString() : tr("Source: %1").arg(criterion.source));
    m_originLabel->setVisible(!criterion.source.isEmpty());
}

void CriterionDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool editable = mode != Mode::View;
    setWindowTitle(mode == Mode::View ? tr("Built-in judge criterion")
            : mode == Mode::Edit      ? tr("Edit judge criterion")
                                      : tr("New judge criterion"));
    for (QLineEdit* edit : {m_nameEdit, m_idEdit})
        edit->setReadOnly(!editable);
    for (QPlainTextEdit* edit : {m_criteriaEdit, m_stepsEdit})
        edit->setReadOnly(!editable);
    for (QWidget* widget : std::initializer_list<QWidget*> {
             m_methodCombo, m_minSpin, m_maxSpin, m_sourceBox, m_answerBox, m_referenceBox, m_keepTemplate})
        widget->setEnabled(editable);
    m_buttons->button(QDialogButtonBox::Save)->setVisible(editable);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(editable ? tr("Cancel") : tr("Close"));
    m_duplicateButton->setVisible(!editable);
}

void CriterionDialog::nameEdited(const QString& name)
{
    if (m_mode == Mode::New && !m_idEdited)
        m_idEdit->setText(CriteriaStore(m_workspace->database()).freeId(name));
}

void CriterionDialog::methodChanged()
{
    const JudgeMethod method = *judgeMethodFromName(m_methodCombo->currentData().toString());
    const JudgeMethod other = method == JudgeMethod::Lumigator ? JudgeMethod::Paper : JudgeMethod::Lumigator;
    // Follow the method's usual scale unless the user chose another one.
    if (std::pair {m_minSpin->value(), m_maxSpin->value()} == defaultScale(other)) {
        m_minSpin->setValue(defaultScale(method).first);
        m_maxSpin->setValue(defaultScale(method).second);
    }
    // A kept template was written for the method the copy came with.
    m_keepTemplate->setChecked(false);
    m_keepTemplate->hide();
}

JudgeCriterion CriterionDialog::criterion() const
{
    JudgeCriterion criterion;
    criterion.id = m_idEdit->text().trimmed();
    criterion.name = m_nameEdit->text().trimmed();
    criterion.criteria = m_criteriaEdit->toPlainText().trimmed();
    criterion.steps = stepLines(m_stepsEdit->toPlainText());
    criterion.minScore = m_minSpin->value();
    criterion.maxScore = m_maxSpin->value();
    criterion.fields = JudgeFields {m_sourceBox->isChecked(), m_answerBox->isChecked(), m_referenceBox->isChecked()};
    criterion.method = *judgeMethodFromName(m_methodCombo->currentData().toString());
    criterion.templateText = m_keepTemplate->isChecked() ? m_templateText : defaultJudgeTemplate(criterion.method);
    criterion.source = m_source;
    return criterion;
}

QString CriterionDialog::validate() const
{
    const JudgeCriterion c = criterion();
    if (c.name.isEmpty())
        return tr("Give the criterion a name.");
    if (c.id.isEmpty())
        return tr("Give the criterion an id.");
    if (CriteriaStore(m_workspace->database()).isTaken(c.id, m_originalId))
        return tr("A built-in or another criterion already uses the id \"%1\" (or its last part): choose another id.")
            .arg(c.id);
    // A kept template carries its own steps (the paper's fluency prompt has none); the default ones need some.
    if (c.steps.isEmpty() && !m_keepTemplate->isChecked())
        return tr("Write at least one evaluation step (one per line).");
    if (c.minScore >= c.maxScore)
        return tr("The lowest score must be below the highest.");
    if (!c.fields.source && !c.fields.answer && !c.fields.reference)
        return tr("Check at least one of source, answer and reference for the judge to see.");
    return {};
}

QString CriterionDialog::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

void CriterionDialog::accept()
{
    if (m_mode == Mode::View)
        return;
    if (const QString problem = validate(); !problem.isEmpty()) {
        showInlineMessage(m_errorLabel, problem, MessageKind::Error);
        return;
    }
    const JudgeCriterion c = criterion();
    CriteriaStore store(m_workspace->database());
    const Status stored = m_mode == Mode::Edit ? store.update(m_originalId, c) : store.add(c);
    if (!stored) {
        showInlineMessage(m_errorLabel, stored.error().message, MessageKind::Error);
        return;
    }
    Q_EMIT saved(c.id);
    QDialog::accept();
}

void CriterionDialog::duplicate()
{
    JudgeCriterion copy = criterion();
    copy.name = tr("%1 (copy)").arg(copy.name);
    copy.id = CriteriaStore(m_workspace->database()).freeId(copy.name);
    m_idEdited = false;
    m_originalId.clear();
    setCriterion(copy);
    setMode(Mode::New);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

} // namespace caliper
