#include "dialogs/judgesettingsgroup.h"

#include "dialogs/criterialibrarydialog.h"
#include "endpoints/endpointstore.h"
#include "experiments/experimentdefinition.h"
#include "judge/criteriastore.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace caliper {

namespace {

constexpr int MaxRepeats = 10;
constexpr auto IdRole = Qt::UserRole;

const QStringList JudgeEndpointKeys
    = {QStringLiteral("base_url"), QStringLiteral("model"), QStringLiteral("api_key_env"),
        QStringLiteral("keychain_entry"), QStringLiteral("concurrency"), QStringLiteral("requests_per_minute"),
        QStringLiteral("max_retries"), QStringLiteral("connect_timeout_s"), QStringLiteral("first_byte_timeout_s"),
        QStringLiteral("timeout_s"), QStringLiteral("price_in_per_mtok"), QStringLiteral("price_out_per_mtok")};

/// The dimensions `caliper run` knows by name; the method decides which built-in wording is used.
const QList<std::pair<QString, const char*>>& builtInDimensions()
{
    static const QList<std::pair<QString, const char*>> dimensions = {
        {QStringLiteral("coherence"), QT_TRANSLATE_NOOP("caliper::JudgeCriterion", "Coherence")},
        {QStringLiteral("consistency"), QT_TRANSLATE_NOOP("caliper::JudgeCriterion", "Consistency")},
        {QStringLiteral("fluency"), QT_TRANSLATE_NOOP("caliper::JudgeCriterion", "Fluency")},
        {QStringLiteral("relevance"), QT_TRANSLATE_NOOP("caliper::JudgeCriterion", "Relevance")},
    };
    return dimensions;
}

} // namespace

JudgeSettingsGroup::JudgeSettingsGroup(Workspace* workspace, QWidget* parent)
    : QGroupBox(tr("&LLM judge (G-Eval)"), parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("judgeGroup"));
    setCheckable(true);
    setChecked(false);
    setToolTip(tr("Score every answer with a judge model: coherence, consistency, fluency, relevance or your own "
                  "criteria"));
    auto* form = new QFormLayout(this);
    m_endpointCombo = new QComboBox(this);
    m_endpointCombo->setObjectName(QStringLiteral("judgeEndpoint"));
    m_endpointCombo->setAccessibleName(tr("Judge endpoint"));
    m_endpointCombo->setPlaceholderText(tr("No endpoint: add the judge's server on the Endpoints page"));
    form->addRow(tr("&Judge:"), m_endpointCombo);
    m_methodCombo = new QComboBox(this);
    m_methodCombo->setObjectName(QStringLiteral("judgeMethod"));
    m_methodCombo->setAccessibleName(tr("Judge method"));
    m_methodCombo->addItem(
        tr("Lumigator (JSON score 0–10, weighted by logprobs)"), judgeMethodName(JudgeMethod::Lumigator));
    m_methodCombo->addItem(tr("Paper (SummEval prompts and scales)"), judgeMethodName(JudgeMethod::Paper));
    form->addRow(tr("Met&hod:"), m_methodCombo);
    buildCriteriaRow(form);
    addOptionRows(form);
}

void JudgeSettingsGroup::addOptionRows(QFormLayout* form)
{
    m_repeatsSpin = new QSpinBox(this);
    m_repeatsSpin->setObjectName(QStringLiteral("judgeRepeats"));
    m_repeatsSpin->setAccessibleName(tr("Judge repeats"));
    m_repeatsSpin->setRange(1, MaxRepeats);
    form->addRow(tr("Repeats per ans&wer:"), m_repeatsSpin);
    auto* hint = new QLabel(tr("2 or more measure the judge's own noise (with a temperature above 0)."), this);
    hint->setObjectName(QStringLiteral("judgeRepeatsHint"));
    hint->setWordWrap(true);
    hint->setEnabled(false); // the disabled palette: a hint, not a field
    form->addRow(QString(), hint);
    m_temperatureSet = new QCheckBox(tr("Temperat&ure"), this);
    m_temperatureSet->setObjectName(QStringLiteral("judgeTemperatureSet"));
    m_temperatureSet->setToolTip(tr("Unchecked: the method's own (0 for Lumigator, 2 for the paper's sampling)"));
    m_temperatureSpin = new QDoubleSpinBox(this);
    m_temperatureSpin->setObjectName(QStringLiteral("judgeTemperature"));
    m_temperatureSpin->setAccessibleName(tr("Judge temperature"));
    m_temperatureSpin->setRange(0, 2);
    m_temperatureSpin->setDecimals(2);
    m_temperatureSpin->setSingleStep(0.1);
    m_temperatureSpin->setEnabled(false);
    connect(m_temperatureSet, &QCheckBox::toggled, m_temperatureSpin, &QWidget::setEnabled);
    form->addRow(m_temperatureSet, m_temperatureSpin);
}

void JudgeSettingsGroup::buildCriteriaRow(QFormLayout* form)
{
    m_criteriaList = new QListWidget(this);
    m_criteriaList->setObjectName(QStringLiteral("judgeCriteria"));
    m_criteriaList->setAccessibleName(tr("Judge criteria"));
    m_criteriaList->setMaximumHeight(fontMetrics().height() * 7);
    auto* library = new QPushButton(tr("Cr&iteria…"), this);
    library->setObjectName(QStringLiteral("judgeCriteriaLibrary"));
    library->setToolTip(tr("Add your own criteria or look at the built-in ones"));
    connect(library, &QPushButton::clicked, this, &JudgeSettingsGroup::openLibrary);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(library);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_criteriaList, 1);
    row->addLayout(buttons);
    auto* label = new QLabel(tr("Criteri&a:"), this);
    label->setBuddy(m_criteriaList); // a row that is a layout gets no buddy from QFormLayout
    form->addRow(label, row);
}

QString JudgeSettingsGroup::reload()
{
    const QString endpoint = m_endpointCombo->currentText();
    auto endpoints = EndpointStore(m_workspace->database()).list();
    auto custom = CriteriaStore(m_workspace->database()).list();
    m_endpoints = endpoints ? endpoints.value() : QList<Endpoint>();
    m_endpointCombo->clear();
    for (const Endpoint& e : std::as_const(m_endpoints))
        m_endpointCombo->addItem(e.name);
    // An empty combo shows its placeholder; otherwise keep the choice, or take the first endpoint.
    m_endpointCombo->setCurrentIndex(m_endpoints.isEmpty() ? -1 : std::max(0, m_endpointCombo->findText(endpoint)));
    fillCriteria(custom ? custom.value() : QList<JudgeCriterion>());
    if (!endpoints)
        return endpoints.error().toString();
    return custom ? QString() : custom.error().toString();
}

void JudgeSettingsGroup::fillCriteria(const QList<JudgeCriterion>& custom)
{
    const bool firstFill = m_criteriaList->count() == 0; // the built-ins start checked
    const QStringList checked = checkedIds();
    m_criteriaList->clear();
    m_custom = custom;
    const auto add = [this](const QString& text, const QString& id, bool check, const QString& toolTip) {
        auto* item = new QListWidgetItem(text, m_criteriaList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setData(IdRole, id);
        item->setCheckState(check ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(toolTip);
    };
    for (const auto& [id, name] : builtInDimensions())
        add(QCoreApplication::translate("caliper::JudgeCriterion", name), id, firstFill || checked.contains(id),
            tr("Built-in; the method chooses Lumigator's or the paper's wording"));
    for (const JudgeCriterion& c : custom) {
        add(tr("%1 (own, %2 %3–%4)").arg(c.name, judgeMethodName(c.method)).arg(c.minScore).arg(c.maxScore), c.id,
            checked.contains(c.id), c.id);
    }
}

QStringList JudgeSettingsGroup::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_criteriaList->count(); ++row) {
        if (m_criteriaList->item(row)->checkState() == Qt::Checked)
            ids << m_criteriaList->item(row)->data(IdRole).toString();
    }
    return ids;
}

bool JudgeSettingsGroup::setCriterionChecked(const QString& id, bool checked)
{
    for (int row = 0; row < m_criteriaList->count(); ++row) {
        if (m_criteriaList->item(row)->data(IdRole).toString() == id) {
            m_criteriaList->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

bool JudgeSettingsGroup::setEndpoint(const QString& name)
{
    const int index = m_endpointCombo->findText(name);
    if (index >= 0)
        m_endpointCombo->setCurrentIndex(index);
    return index >= 0;
}

QJsonObject JudgeSettingsGroup::settings() const
{
    QJsonObject judge;
    const int index = m_endpointCombo->currentIndex();
    if (index >= 0) {
        // The endpoint as an experiment's models are written (where the key lives, never the key; its limits and
        // prices, so judge calls are paced and costed like the endpoint's own), less what only models carry.
        const QJsonObject endpoint = modelSpecToJson(ModelSpec {m_endpoints.at(index).name, m_endpoints.at(index)});
        for (const QString& key : JudgeEndpointKeys) {
            if (endpoint.contains(key))
                judge.insert(key, endpoint.value(key));
        }
    }
    QJsonArray criteria;
    for (int row = 0; row < m_criteriaList->count(); ++row) {
        if (m_criteriaList->item(row)->checkState() != Qt::Checked)
            continue;
        const qsizetype customRow = row - builtInDimensions().size();
        criteria.append(customRow < 0 ? QJsonValue(m_criteriaList->item(row)->data(IdRole).toString())
                                      : QJsonValue(criterionToJson(m_custom.at(customRow))));
    }
    judge.insert(QStringLiteral("criteria"), criteria);
    judge.insert(QStringLiteral("method"), m_methodCombo->currentData().toString());
    judge.insert(QStringLiteral("repeats"), m_repeatsSpin->value());
    if (m_temperatureSet->isChecked())
        judge.insert(QStringLiteral("temperature"), m_temperatureSpin->value());
    return judge;
}

QString JudgeSettingsGroup::validate() const
{
    if (!isChecked())
        return {};
    if (m_endpointCombo->currentIndex() < 0)
        return tr("The LLM judge needs an endpoint: choose one, or add the judge's server on the Endpoints page.");
    if (checkedIds().isEmpty())
        return tr("Check at least one criterion for the LLM judge.");
    return {};
}

void JudgeSettingsGroup::openLibrary()
{
    auto* library = new CriteriaLibraryDialog(m_workspace, this);
    library->setAttribute(Qt::WA_DeleteOnClose);
    connect(library, &QDialog::finished, this, [this] {
        if (auto custom = CriteriaStore(m_workspace->database()).list())
            fillCriteria(custom.value());
    });
    library->open();
}

} // namespace caliper
