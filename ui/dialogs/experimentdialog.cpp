#include "dialogs/experimentdialog.h"

#include "dataset/datasetstore.h"
#include "dialogs/inlinemessage.h"
#include "dialogs/judgesettingsgroup.h"
#include "endpoints/endpointstore.h"
#include "experiments/experimentstore.h"
#include "experiments/prompttemplates.h"
#include "metrics/registry.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace caliper {

namespace {
// Defaults of the reference study: deterministic decoding, nucleus 0.9, room for a full note.
constexpr double DefaultTopP = 0.9;
constexpr double DefaultMaxTokens = 1024;
constexpr auto MetricKeyProperty = "metricKey";
const QString JudgeMetric = QStringLiteral("geval");
} // namespace

ExperimentDialog::ExperimentDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("experimentDialog"));
    setWindowTitle(tr("New experiment"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("experimentError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and &run"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("experimentOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("experimentCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExperimentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExperimentDialog::reject);

    auto* right = new QVBoxLayout;
    right->addWidget(buildPromptGroup(), 1);
    right->addWidget(buildGenerationGroup());
    right->addWidget(buildMetricsGroup());
    auto* columns = new QHBoxLayout;
    columns->addWidget(buildSetupColumn(), 2);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    loadChoices();
    resize(980, 760);
}

QWidget* ExperimentDialog::buildSetupColumn()
{
    auto* column = new QWidget(this);
    auto* form = new QFormLayout(column);
    form->setContentsMargins(0, 0, 0, 0);
    m_nameEdit = new QLineEdit(column);
    m_nameEdit->setObjectName(QStringLiteral("experimentName"));
    m_nameEdit->setAccessibleName(tr("Experiment name"));
    m_nameEdit->setText(
        tr("Experiment %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    form->addRow(tr("&Name:"), m_nameEdit);
    m_datasetCombo = new QComboBox(column);
    m_datasetCombo->setObjectName(QStringLiteral("experimentDataset"));
    m_datasetCombo->setAccessibleName(tr("Dataset"));
    m_datasetCombo->setModel(&m_datasets);
    m_datasetCombo->setModelColumn(DatasetListModel::NameColumn);
    connect(m_datasetCombo, &QComboBox::currentIndexChanged, this, &ExperimentDialog::datasetChanged);
    form->addRow(tr("&Dataset:"), m_datasetCombo);
    m_referenceNotice
        = new QLabel(tr("This dataset has no reference column: reference-based metrics are unavailable."), column);
    m_referenceNotice->setObjectName(QStringLiteral("experimentNoReference"));
    m_referenceNotice->setWordWrap(true);
    m_referenceNotice->hide();
    form->addRow(m_referenceNotice);
    m_modelList = new QListWidget(column);
    m_modelList->setObjectName(QStringLiteral("experimentModels"));
    m_modelList->setAccessibleName(tr("Models to compare"));
    auto* modelsLabel = new QLabel(tr("&Models to compare:"), column);
    modelsLabel->setBuddy(m_modelList);
    form->addRow(modelsLabel);
    form->addRow(m_modelList);
    m_judge = new JudgeSettingsGroup(m_workspace, column);
    form->addRow(m_judge);
    return column;
}

QWidget* ExperimentDialog::buildPromptGroup()
{
    auto* group = new QGroupBox(tr("System prompt"), this);
    auto* layout = new QVBoxLayout(group);
    m_templateCombo = new QComboBox(group);
    m_templateCombo->setObjectName(QStringLiteral("experimentTemplate"));
    m_templateCombo->setAccessibleName(tr("Prompt template"));
    for (const PromptTemplate& prompt : builtinPromptTemplates())
        m_templateCombo->addItem(prompt.name, prompt.id);
    m_templateCombo->addItem(tr("None (no system message)"), QString());
    connect(m_templateCombo, &QComboBox::activated, this, &ExperimentDialog::templateChosen);
    m_promptEdit = new QPlainTextEdit(group);
    m_promptEdit->setObjectName(QStringLiteral("experimentPrompt"));
    m_promptEdit->setAccessibleName(tr("System prompt"));
    m_promptEdit->setTabChangesFocus(true);
    m_promptEdit->setPlainText(defaultPromptTemplate().text);
    m_templateCombo->setCurrentIndex(m_templateCombo->findData(defaultPromptTemplate().id));
    layout->addWidget(m_templateCombo);
    layout->addWidget(m_promptEdit, 1);
    return group;
}

ExperimentDialog::Parameter ExperimentDialog::addParameter(QFormLayout* form, const QString& label, const char* name,
    double minimum, double maximum, int decimals, double value)
{
    Parameter parameter;
    parameter.enabled = new QCheckBox(label, form->parentWidget());
    parameter.enabled->setObjectName(QString::fromLatin1(name) + QStringLiteral("Set"));
    parameter.enabled->setToolTip(tr("Unchecked: the server's default is used"));
    parameter.enabled->setChecked(true);
    parameter.value = new QDoubleSpinBox(form->parentWidget());
    parameter.value->setObjectName(QString::fromLatin1(name));
    parameter.value->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    parameter.value->setRange(minimum, maximum);
    parameter.value->setDecimals(decimals);
    parameter.value->setValue(value);
    connect(parameter.enabled, &QCheckBox::toggled, parameter.value, &QWidget::setEnabled);
    form->addRow(parameter.enabled, parameter.value);
    return parameter;
}

QWidget* ExperimentDialog::buildGenerationGroup()
{
    auto* group = new QGroupBox(tr("Generation"), this);
    auto* form = new QFormLayout(group);
    m_temperature = addParameter(form, tr("&Temperature"), "temperature", 0, 2, 2, 0);
    m_topP = addParameter(form, tr("Top &p"), "topP", 0, 1, 2, DefaultTopP);
    m_maxTokens = addParameter(form, tr("Ma&x tokens"), "maxTokens", 1, 1'000'000, 0, DefaultMaxTokens);
    m_frequencyPenalty = addParameter(form, tr("&Frequency penalty"), "frequencyPenalty", -2, 2, 2, 0);
    m_seed = addParameter(form, tr("S&eed"), "seed", 0, 2'147'483'647, 0, 0);
    m_stream = new QCheckBox(tr("&Stream answers (measures time to first token)"), group);
    m_stream->setObjectName(QStringLiteral("stream"));
    m_stream->setChecked(true);
    form->addRow(m_stream);
    return group;
}

QWidget* ExperimentDialog::buildMetricsGroup()
{
    auto* group = new QGroupBox(tr("Metrics"), this);
    auto* layout = new QHBoxLayout(group);
    for (const Metric& metric : MetricRegistry::builtIn().metrics()) {
        auto* box = new QCheckBox(metric.displayName(), group);
        box->setObjectName(QStringLiteral("metric_") + metric.key);
        box->setProperty(MetricKeyProperty, metric.key);
        box->setToolTip(metric.description ? metric.description() : QString());
        box->setChecked(true);
        layout->addWidget(box);
        m_metricBoxes.append(box);
    }
    layout->addStretch(1);
    return group;
}

void ExperimentDialog::loadChoices()
{
    auto datasets = DatasetStore(m_workspace->database()).datasets();
    auto endpoints = EndpointStore(m_workspace->database()).list();
    if (!datasets || !endpoints)
        showInlineMessage(
            m_errorLabel, (!datasets ? datasets.error() : endpoints.error()).toString(), MessageKind::Error);
    m_datasets.setDatasets(datasets ? std::move(datasets).value() : QList<DatasetInfo>());
    m_candidates.clear();
    for (const Endpoint& endpoint : endpoints ? endpoints.value() : QList<Endpoint>())
        m_candidates.append(ModelSpec {endpoint.name, endpoint});
    m_candidates.append(builtinModelSpecs());
    if (const QString problem = m_judge->reload(); !problem.isEmpty())
        showInlineMessage(m_errorLabel, problem, MessageKind::Error);
    for (const ModelSpec& spec : std::as_const(m_candidates)) {
        auto* item = new QListWidgetItem(spec.name, m_modelList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(spec.endpoint.baseUrl.isEmpty()
                ? tr("%1 (built-in, offline)").arg(spec.endpoint.model)
                : tr("%1 at %2").arg(spec.endpoint.model, displayUrl(spec.endpoint.baseUrl)));
    }
    m_datasetCombo->setCurrentIndex(m_datasets.rowCount() > 0 ? m_datasets.rowCount() - 1 : -1);
    datasetChanged();
}

void ExperimentDialog::datasetChanged()
{
    const int row = m_datasetCombo->currentIndex();
    const bool hasReference = row < 0 || m_datasets.datasets().at(row).hasReference();
    m_referenceNotice->setVisible(!hasReference);
    for (QCheckBox* box : std::as_const(m_metricBoxes)) {
        const Metric* metric = MetricRegistry::builtIn().metric(box->property(MetricKeyProperty).toString());
        const bool usable = hasReference || !metric->needs.testFlag(MetricField::Reference);
        box->setEnabled(usable);
        if (!usable)
            box->setChecked(false);
    }
}

void ExperimentDialog::templateChosen(int index)
{
    const QString id = m_templateCombo->itemData(index).toString();
    for (const PromptTemplate& prompt : builtinPromptTemplates()) {
        if (prompt.id == id) {
            m_promptEdit->setPlainText(prompt.text);
            return;
        }
    }
    m_promptEdit->clear();
}

void ExperimentDialog::selectDataset(qint64 datasetId)
{
    const int row = m_datasets.rowOf(datasetId);
    if (row >= 0)
        m_datasetCombo->setCurrentIndex(row);
}

qint64 ExperimentDialog::datasetId() const
{
    const int row = m_datasetCombo->currentIndex();
    return row >= 0 ? m_datasets.datasets().at(row).id : 0;
}

bool ExperimentDialog::setModelChecked(const QString& name, bool checked)
{
    const auto items = m_modelList->findItems(name, Qt::MatchExactly);
    if (items.isEmpty())
        return false;
    items.constFirst()->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return true;
}

GenerationParameters ExperimentDialog::generation() const
{
    GenerationParameters generation;
    const auto set = [](const Parameter& parameter) { return parameter.enabled->isChecked(); };
    if (set(m_temperature))
        generation.temperature = m_temperature.value->value();
    if (set(m_topP))
        generation.topP = m_topP.value->value();
    if (set(m_maxTokens))
        generation.maxTokens = static_cast<int>(std::lround(m_maxTokens.value->value()));
    if (set(m_frequencyPenalty))
        generation.frequencyPenalty = m_frequencyPenalty.value->value();
    if (set(m_seed))
        generation.seed = std::llround(m_seed.value->value());
    generation.stream = m_stream->isChecked();
    return generation;
}

DatasetSpec ExperimentDialog::datasetSpec() const
{
    DatasetSpec spec;
    const int row = m_datasetCombo->currentIndex();
    if (row < 0)
        return spec;
    const DatasetInfo& dataset = m_datasets.datasets().at(row);
    spec.path = dataset.sourcePath;
    spec.name = dataset.name;
    spec.idColumn = dataset.mapping.idColumn;
    spec.inputColumn = dataset.mapping.inputColumn;
    spec.referenceColumn = dataset.mapping.referenceColumn;
    spec.contentHash = dataset.contentHash;
    return spec;
}

ExperimentDefinition ExperimentDialog::definition() const
{
    ExperimentDefinition definition;
    definition.name = m_nameEdit->text().trimmed();
    definition.dataset = datasetSpec();
    definition.systemPrompt = m_promptEdit->toPlainText();
    definition.generation = generation();
    for (int row = 0; row < m_modelList->count(); ++row) {
        if (m_modelList->item(row)->checkState() == Qt::Checked)
            definition.models.append(m_candidates.at(row));
    }
    for (const QCheckBox* box : m_metricBoxes) {
        if (box->isChecked())
            definition.metrics.append(box->property(MetricKeyProperty).toString());
    }
    if (m_judge->isChecked()) {
        definition.metrics.append(JudgeMetric);
        definition.judge.settings = m_judge->settings();
    }
    return definition;
}

QString ExperimentDialog::validate() const
{
    const ExperimentDefinition experiment = definition();
    if (experiment.name.isEmpty())
        return tr("Give the experiment a name.");
    if (datasetId() == 0)
        return tr("Choose a dataset (import one first with File ▸ Import Dataset).");
    if (experiment.models.isEmpty())
        return tr("Check at least one model to run.");
    if (experiment.metrics.isEmpty())
        return tr("Check at least one metric.");
    return m_judge->validate();
}

QString ExperimentDialog::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

void ExperimentDialog::accept()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        showInlineMessage(m_errorLabel, problem, MessageKind::Error);
        return;
    }
    const ExperimentDefinition experiment = definition();
    auto created = ExperimentStore(m_workspace->database()).create(experiment, datasetId());
    if (!created) {
        showInlineMessage(m_errorLabel, created.error().message, MessageKind::Error);
        return;
    }
    Q_EMIT this->created(created.value(), experiment.name);
    QDialog::accept();
}

} // namespace caliper
