#pragma once

#include "dataset/datasetlistmodel.h"
#include "experiments/experimentdefinition.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace caliper {

class JudgeSettingsGroup;
class Workspace;

/// Sets up an experiment: a name, a dataset of the workspace, the models to compare (stored endpoints and the
/// built-in offline models), the system prompt (from a template, editable), generation parameters, metrics and the
/// LLM judge (JudgeSettingsGroup; "geval" in the metrics when it is on).
/// OK validates inline, stores it with ExperimentStore::create and emits created(); the caller starts the run.
/// Callers show it with open(), not exec(), so tests can drive it like any other widget.
class ExperimentDialog : public QDialog
{
    Q_OBJECT
public:
    /// `workspace` (not owned) must outlive the dialog.
    explicit ExperimentDialog(Workspace* workspace, QWidget* parent = nullptr);

    void selectDataset(qint64 datasetId);
    qint64 datasetId() const;
    /// Checks or unchecks the model of that name; false when there is none.
    bool setModelChecked(const QString& name, bool checked);
    JudgeSettingsGroup* judgeSettings() const { return m_judge; }
    /// The experiment as the fields describe it.
    ExperimentDefinition definition() const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void created(qint64 experimentId, const QString& name);

private:
    struct Parameter
    {
        QCheckBox* enabled = nullptr;
        QDoubleSpinBox* value = nullptr;
    };

    QWidget* buildSetupColumn();
    QWidget* buildPromptGroup();
    QWidget* buildGenerationGroup();
    QWidget* buildMetricsGroup();
    Parameter addParameter(QFormLayout* form, const QString& label, const char* name, double minimum, double maximum,
        int decimals, double value);
    void loadChoices();
    void datasetChanged();
    void templateChosen(int index);
    GenerationParameters generation() const;
    DatasetSpec datasetSpec() const;
    QString validate() const;

    Workspace* m_workspace;
    DatasetListModel m_datasets;
    QList<ModelSpec> m_candidates; ///< in the order of m_modelList's rows

    QLineEdit* m_nameEdit = nullptr;
    QComboBox* m_datasetCombo = nullptr;
    QListWidget* m_modelList = nullptr;
    QComboBox* m_templateCombo = nullptr;
    QPlainTextEdit* m_promptEdit = nullptr;
    Parameter m_temperature;
    Parameter m_topP;
    Parameter m_maxTokens;
    Parameter m_frequencyPenalty;
    Parameter m_seed;
    QCheckBox* m_stream = nullptr;
    QList<QCheckBox*> m_metricBoxes;
    JudgeSettingsGroup* m_judge = nullptr;
    QLabel* m_referenceNotice = nullptr;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace caliper
