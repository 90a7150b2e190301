#include "dialogs/endpointdialog.h"

#include "dialogs/inlinemessage.h"
#include "endpoints/chatclient.h"
#include "endpoints/endpointstore.h"
#include "endpoints/keystore.h"
#include "endpoints/modelname.h"
#include "endpoints/presets.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace caliper {

namespace {

constexpr double Billion = 1e9;

QSpinBox* spinBox(QWidget* parent, const char* name, int minimum, int maximum, const QString& suffix = {})
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

QDoubleSpinBox* priceBox(QWidget* parent, const char* name)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(0, 10'000);
    box->setDecimals(3);
    return box;
}

int seconds(int milliseconds)
{
    return (milliseconds + 999) / 1000;
}

/// A base URL the client can use: http or https with a host.
bool usableUrl(const QUrl& url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

EndpointDialog::EndpointDialog(QSqlDatabase db, KeyStore* keys, QNetworkAccessManager* network, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_keys(keys)
    , m_client(new ChatClient(network, keys, this))
{
    setObjectName(QStringLiteral("endpointDialog"));
    setWindowTitle(tr("Add endpoint"));
    buildLayout();
    applyPreset(endpointPresets().constFirst().id);
}

EndpointDialog::~EndpointDialog()
{
    // Ends a test in flight now, while the fields it would touch still exist; the coroutine sees m_closing.
    m_closing = true;
    delete m_client;
}

void EndpointDialog::buildLayout()
{
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("endpointError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("endpointOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("endpointCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EndpointDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EndpointDialog::reject);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(buildServerGroup());
    left->addWidget(buildKeyGroup());
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(buildLimitsGroup());
    right->addWidget(buildSizeGroup());
    right->addStretch(1);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
}

QWidget* EndpointDialog::buildServerGroup()
{
    auto* group = new QGroupBox(tr("Server"), this);
    auto* form = new QFormLayout(group);
    m_presetCombo = new QComboBox(group);
    m_presetCombo->setObjectName(QStringLiteral("endpointPreset"));
    m_presetCombo->setAccessibleName(tr("Preset"));
    for (const EndpointPreset& preset : endpointPresets())
        m_presetCombo->addItem(QCoreApplication::translate("caliper::EndpointPreset", preset.label), preset.id);
    m_presetCombo->addItem(tr("Custom (any OpenAI-compatible server)"), QString());
    connect(m_presetCombo, &QComboBox::activated, this,
        [this](int index) { applyPreset(m_presetCombo->itemData(index).toString()); });
    m_presetLabel = new QLabel(tr("&Preset:"), group);
    m_presetLabel->setBuddy(m_presetCombo);
    form->addRow(m_presetLabel, m_presetCombo);

    m_nameEdit = new QLineEdit(group);
    m_nameEdit->setObjectName(QStringLiteral("endpointName"));
    m_nameEdit->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_nameEdit);
    m_urlEdit = new QLineEdit(group);
    m_urlEdit->setObjectName(QStringLiteral("endpointUrl"));
    m_urlEdit->setAccessibleName(tr("Base URL"));
    m_urlEdit->setPlaceholderText(QStringLiteral("http://localhost:8000/v1"));
    connect(m_urlEdit, &QLineEdit::textChanged, this, &EndpointDialog::updateLocation);
    form->addRow(tr("Base &URL:"), m_urlEdit);
    m_locationLabel = new QLabel(group);
    m_locationLabel->setObjectName(QStringLiteral("endpointLocation"));
    m_locationLabel->setWordWrap(true);
    form->addRow(QString(), m_locationLabel);

    m_modelCombo = new QComboBox(group);
    m_modelCombo->setObjectName(QStringLiteral("endpointModel"));
    m_modelCombo->setAccessibleName(tr("Model"));
    m_modelCombo->setEditable(true);
    m_modelCombo->setInsertPolicy(QComboBox::NoInsert);
    m_modelCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_modelCombo, &QComboBox::currentTextChanged, this, &EndpointDialog::modelTextChanged);
    form->addRow(tr("&Model:"), m_modelCombo);

    m_testButton = new QPushButton(tr("&Test connection"), group);
    m_testButton->setObjectName(QStringLiteral("endpointTest"));
    m_testButton->setToolTip(tr("Ask the server for its models (GET /models)"));
    connect(m_testButton, &QPushButton::clicked, this, &EndpointDialog::testConnection);
    m_busy = new QProgressBar(group);
    m_busy->setObjectName(QStringLiteral("endpointTestBusy"));
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_busy);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);
    m_connectionLabel = new QLabel(group);
    m_connectionLabel->setObjectName(QStringLiteral("endpointConnection"));
    m_connectionLabel->setWordWrap(true);
    m_connectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connectionLabel->hide();
    form->addRow(QString(), m_connectionLabel);
    return group;
}

QWidget* EndpointDialog::buildKeyGroup()
{
    auto* group = new QGroupBox(tr("API key"), this);
    auto* layout = new QVBoxLayout(group);
    m_keyGroup = new QButtonGroup(group);
    m_noKey = new QRadioButton(tr("N&one (local servers)"), group);
    m_noKey->setObjectName(QStringLiteral("keyNone"));
    m_keychainKey = new QRadioButton(tr("Stored in the OS &keychain"), group);
    m_keychainKey->setObjectName(QStringLiteral("keyKeychain"));
    m_envKey = new QRadioButton(tr("Read from an &environment variable"), group);
    m_envKey->setObjectName(QStringLiteral("keyEnvironment"));
    for (QRadioButton* button : {m_noKey, m_keychainKey, m_envKey})
        m_keyGroup->addButton(button);
    connect(m_keyGroup, &QButtonGroup::buttonToggled, this, &EndpointDialog::updateKeyFields);

    m_keyEdit = new QLineEdit(group);
    m_keyEdit->setObjectName(QStringLiteral("keyValue"));
    m_keyEdit->setAccessibleName(tr("API key"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("Paste the API key"));
    m_storedKeyLabel = new QLabel(tr("A key is stored in the keychain. It is never shown."), group);
    m_storedKeyLabel->setObjectName(QStringLiteral("keyStored"));
    m_replaceKeyButton = new QPushButton(tr("&Replace key…"), group);
    m_replaceKeyButton->setObjectName(QStringLiteral("keyReplace"));
    connect(m_replaceKeyButton, &QPushButton::clicked, this, [this] {
        m_hasStoredKey = false;
        updateKeyFields();
        m_keyEdit->setFocus();
    });
    m_keychainNotice = new QLabel(group);
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    m_keychainNotice->setWordWrap(true);
    m_envEdit = new QLineEdit(group);
    m_envEdit->setObjectName(QStringLiteral("keyVariable"));
    m_envEdit->setAccessibleName(tr("Environment variable"));
    m_envEdit->setPlaceholderText(QStringLiteral("DEEPSEEK_API_KEY"));

    if (Status reachable = KeyStore::keychainReachable(); !reachable) {
        m_keychainKey->setEnabled(false);
        showInlineMessage(m_keychainNotice, reachable.error().message, MessageKind::Error);
    } else {
        m_keychainNotice->hide();
    }
    auto* storedRow = new QHBoxLayout;
    storedRow->addWidget(m_storedKeyLabel, 1);
    storedRow->addWidget(m_replaceKeyButton);
    layout->addWidget(m_noKey);
    layout->addWidget(m_keychainKey);
    layout->addWidget(m_keychainNotice);
    layout->addWidget(m_keyEdit);
    layout->addLayout(storedRow);
    layout->addWidget(m_envKey);
    layout->addWidget(m_envEdit);
    m_noKey->setChecked(true);
    return group;
}

QWidget* EndpointDialog::buildLimitsGroup()
{
    auto* group = new QGroupBox(tr("Limits"), this);
    auto* form = new QFormLayout(group);
    m_concurrency = spinBox(group, "endpointConcurrency", 1, 1024);
    m_concurrency->setToolTip(tr("Requests sent at the same time"));
    m_requestsPerMinute = spinBox(group, "endpointRequestsPerMinute", 0, 100'000, tr(" /min"));
    m_requestsPerMinute->setSpecialValueText(tr("No limit"));
    const QString secondsSuffix = tr(" s");
    m_connectTimeout = spinBox(group, "endpointConnectTimeout", 1, 600, secondsSuffix);
    m_firstByteTimeout = spinBox(group, "endpointFirstByteTimeout", 1, 3600, secondsSuffix);
    m_firstByteTimeout->setToolTip(tr("Also the longest silence allowed inside a streamed answer"));
    m_totalTimeout = spinBox(group, "endpointTotalTimeout", 1, 86'400, secondsSuffix);
    m_retries = spinBox(group, "endpointRetries", 0, 50);
    m_priceIn = priceBox(group, "endpointPriceIn");
    m_priceOut = priceBox(group, "endpointPriceOut");
    form->addRow(tr("&Concurrency:"), m_concurrency);
    form->addRow(tr("Requests per minute:"), m_requestsPerMinute);
    form->addRow(tr("Connect time-out:"), m_connectTimeout);
    form->addRow(tr("First-byte time-out:"), m_firstByteTimeout);
    form->addRow(tr("Total time-out:"), m_totalTimeout);
    form->addRow(tr("Retries:"), m_retries);
    form->addRow(tr("Price per 1M input tokens:"), m_priceIn);
    form->addRow(tr("Price per 1M output tokens:"), m_priceOut);
    for (int row = 0; row < form->rowCount(); ++row) {
        auto* label = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole)->widget());
        QWidget* field = form->itemAt(row, QFormLayout::FieldRole)->widget();
        label->setBuddy(field);
        field->setAccessibleName(label->text().remove(QLatin1Char('&')).chopped(1));
    }
    return group;
}

QWidget* EndpointDialog::buildSizeGroup()
{
    auto* group = new QGroupBox(tr("Model size"), this);
    auto* form = new QFormLayout(group);
    m_size = new QDoubleSpinBox(group);
    m_size->setObjectName(QStringLiteral("endpointSize"));
    m_size->setAccessibleName(tr("Parameters, in billions"));
    m_size->setRange(0, 100'000);
    m_size->setDecimals(3);
    m_size->setSuffix(tr(" B parameters"));
    m_size->setSpecialValueText(tr("Unknown"));
    m_size->setToolTip(tr("Read from the model's name where it says (\"14B\", \"1.5b\"); correct it if needed"));
    connect(m_size, &QDoubleSpinBox::valueChanged, this, [this] { m_sizeEdited = m_sizeEdited || !m_fillingSize; });
    m_quantization = new QLineEdit(group);
    m_quantization->setObjectName(QStringLiteral("endpointQuantization"));
    m_quantization->setAccessibleName(tr("Quantization"));
    m_quantization->setPlaceholderText(tr("none (e.g. Q4_K_M)"));
    connect(m_quantization, &QLineEdit::textEdited, this, [this] { m_sizeEdited = true; });
    form->addRow(tr("&Size:"), m_size);
    form->addRow(tr("&Quantization:"), m_quantization);
    return group;
}

void EndpointDialog::applyPreset(const QString& presetId)
{
    const EndpointPreset* preset = findPreset(presetId);
    Endpoint endpoint;
    if (preset)
        endpoint = endpointFromPreset(*preset);
    else
        endpoint.name = tr("Custom endpoint");
    m_presetCombo->setCurrentIndex(std::max(0, m_presetCombo->findData(preset ? preset->id : QString())));
    m_sizeEdited = false;
    setEndpoint(endpoint);
    setModels(preset ? preset->models : QStringList());
    m_modelCombo->setCurrentText(endpoint.model);
}

void EndpointDialog::setEndpoint(const Endpoint& endpoint)
{
    m_original = endpoint;
    const bool editing = endpoint.id != 0;
    setWindowTitle(editing ? tr("Edit endpoint %1").arg(endpoint.name) : tr("Add endpoint"));
    m_presetCombo->setVisible(!editing);
    m_presetLabel->setVisible(!editing);
    m_nameEdit->setText(endpoint.name);
    m_urlEdit->setText(endpoint.baseUrl.toString());
    m_fillingSize = true;
    m_modelCombo->setCurrentText(endpoint.model);
    m_size->setValue(static_cast<double>(endpoint.parameters) / Billion);
    m_quantization->setText(endpoint.quantization);
    m_fillingSize = false;
    m_sizeEdited = editing;
    m_concurrency->setValue(endpoint.concurrency);
    m_requestsPerMinute->setValue(endpoint.requestsPerMinute);
    m_connectTimeout->setValue(seconds(endpoint.connectTimeoutMs));
    m_firstByteTimeout->setValue(seconds(endpoint.firstByteTimeoutMs));
    m_totalTimeout->setValue(seconds(endpoint.totalTimeoutMs));
    m_retries->setValue(endpoint.maxRetries);
    m_priceIn->setValue(endpoint.priceInPerMTok);
    m_priceOut->setValue(endpoint.priceOutPerMTok);

    m_keyEntry = endpoint.keySource == KeySource::Keychain ? endpoint.keyName : QString();
    m_hasStoredKey = editing && endpoint.keySource == KeySource::Keychain;
    m_keyEdit->clear();
    m_envEdit->setText(endpoint.keySource == KeySource::Environment ? endpoint.keyName : QString());
    QRadioButton* source = endpoint.keySource == KeySource::Keychain
        ? m_keychainKey
        : (endpoint.keySource == KeySource::Environment ? m_envKey : m_noKey);
    source->setChecked(true);
    updateKeyFields();
    updateLocation();
    showConnection({}, true);
    showInlineMessage(m_errorLabel, {}, MessageKind::Error);
}

Endpoint EndpointDialog::endpoint() const
{
    Endpoint endpoint = m_original;
    endpoint.preset = endpoint.id != 0 ? m_original.preset : m_presetCombo->currentData().toString();
    endpoint.name = m_nameEdit->text().trimmed();
    endpoint.baseUrl = QUrl(m_urlEdit->text().trimmed());
    endpoint.model = m_modelCombo->currentText().trimmed();
    if (m_keychainKey->isChecked()) {
        endpoint.keySource = KeySource::Keychain;
        endpoint.keyName = m_keyEntry.isEmpty() ? KeyStore::defaultEntryName(endpoint.name) : m_keyEntry;
    } else if (m_envKey->isChecked()) {
        endpoint.keySource = KeySource::Environment;
        endpoint.keyName = m_envEdit->text().trimmed();
    } else {
        endpoint.keySource = KeySource::None;
        endpoint.keyName.clear();
    }
    endpoint.concurrency = m_concurrency->value();
    endpoint.requestsPerMinute = m_requestsPerMinute->value();
    endpoint.connectTimeoutMs = m_connectTimeout->value() * 1000;
    endpoint.firstByteTimeoutMs = m_firstByteTimeout->value() * 1000;
    endpoint.totalTimeoutMs = m_totalTimeout->value() * 1000;
    endpoint.maxRetries = m_retries->value();
    endpoint.priceInPerMTok = m_priceIn->value();
    endpoint.priceOutPerMTok = m_priceOut->value();
    endpoint.parameters = std::llround(m_size->value() * Billion);
    endpoint.quantization = m_quantization->text().trimmed();
    return endpoint;
}

void EndpointDialog::updateKeyFields()
{
    const bool keychain = m_keychainKey->isChecked();
    m_keyEdit->setVisible(keychain && !m_hasStoredKey);
    m_storedKeyLabel->setVisible(keychain && m_hasStoredKey);
    m_replaceKeyButton->setVisible(keychain && m_hasStoredKey);
    m_envEdit->setEnabled(m_envKey->isChecked());
}

void EndpointDialog::updateLocation()
{
    const QUrl url(m_urlEdit->text().trimmed());
    if (!usableUrl(url)) {
        m_locationLabel->setText(tr("Give the server's address, up to and including /v1 where it has it."));
        return;
    }
    Endpoint probe;
    probe.baseUrl = url;
    m_locationLabel->setText(probe.isLocal() ? tr("Local: requests stay on this machine or your network.")
                                             : tr("Remote: the dataset's texts are sent to %1.").arg(url.host()));
}

void EndpointDialog::modelTextChanged(const QString& model)
{
    if (m_sizeEdited)
        return;
    // Pre-fill the size from names such as "Qwen2.5-14B-Instruct-Q4_K_M" until the user sets it by hand.
    const ModelNameInfo info = parseModelName(model);
    m_fillingSize = true;
    m_size->setValue(static_cast<double>(info.parameters) / Billion);
    m_quantization->setText(info.quantization);
    m_fillingSize = false;
}

void EndpointDialog::setModels(const QStringList& models)
{
    const QString current = m_modelCombo->currentText();
    m_modelCombo->clear();
    m_modelCombo->addItems(models);
    // Keep what the user typed; with nothing typed yet, take the server's first model.
    m_modelCombo->setCurrentText(current.isEmpty() ? models.value(0) : current);
}

QString EndpointDialog::connectionMessage() const
{
    return m_connectionLabel->isVisible() ? m_connectionLabel->text() : QString();
}

QString EndpointDialog::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

void EndpointDialog::showError(const QString& message)
{
    showInlineMessage(m_errorLabel, message, MessageKind::Error);
}

void EndpointDialog::showConnection(const QString& message, bool ok)
{
    showInlineMessage(m_connectionLabel, message, ok ? MessageKind::Information : MessageKind::Error);
}

void EndpointDialog::setTesting(bool testing)
{
    m_testing = testing;
    m_testButton->setEnabled(!testing);
    m_busy->setVisible(testing);
}

void EndpointDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!saving);
}

QString EndpointDialog::validate() const
{
    if (m_nameEdit->text().trimmed().isEmpty())
        return tr("Give the endpoint a name.");
    if (!usableUrl(QUrl(m_urlEdit->text().trimmed())))
        return tr("The base URL must be an http:// or https:// address, such as http://localhost:8000/v1.");
    if (m_modelCombo->currentText().trimmed().isEmpty())
        return tr("Name the model (Test connection lists the ones the server has).");
    if (m_envKey->isChecked() && m_envEdit->text().trimmed().isEmpty())
        return tr("Name the environment variable that holds the API key.");
    if (m_keychainKey->isChecked() && !m_hasStoredKey && m_keyEdit->text().isEmpty())
        return tr("Paste the API key to store in the keychain.");
    return {};
}

QCoro::Task<bool> EndpointDialog::storeTypedKey()
{
    if (!m_keychainKey->isChecked() || m_keyEdit->text().isEmpty())
        co_return true;
    const QString entry = endpoint().keyName;
    QPointer<EndpointDialog> self(this);
    const Status stored = co_await m_keys->storeKey(entry, m_keyEdit->text());
    if (!self || self->m_closing)
        co_return false;
    if (!stored) {
        showError(tr("Cannot store the key in the keychain: %1").arg(stored.error().message));
        co_return false;
    }
    // From here on the key lives only in the keychain.
    m_keyEdit->clear();
    m_keyEntry = entry;
    m_hasStoredKey = true;
    updateKeyFields();
    co_return true;
}

QCoro::Task<> EndpointDialog::testConnection()
{
    if (m_testing)
        co_return;
    if (!usableUrl(QUrl(m_urlEdit->text().trimmed()))) {
        showConnection(tr("The base URL must be an http:// or https:// address."), false);
        co_return;
    }
    QPointer<EndpointDialog> self(this);
    setTesting(true);
    showConnection({}, true);
    // A typed key is tested as typed and stored only by OK: Cancel must leave the keychain as it was (no orphan
    // entry, and a key being replaced still there).
    std::optional<QString> typedKey;
    if (m_keychainKey->isChecked() && !m_keyEdit->text().isEmpty())
        typedKey = m_keyEdit->text();
    const ModelList list = co_await m_client->testConnection(endpoint(), typedKey);
    if (!self || self->m_closing)
        co_return;
    setTesting(false);
    if (!list.ok()) {
        showConnection(tr("Cannot use this server: %1").arg(list.failure->error.message), false);
        Q_EMIT connectionTested(false);
        co_return;
    }
    setModels(list.models);
    showConnection(tr("Connected. The server lists %n model(s).", nullptr, static_cast<int>(list.models.size())), true);
    Q_EMIT connectionTested(true);
}

void EndpointDialog::accept()
{
    if (!m_saving)
        save();
}

QCoro::Task<> EndpointDialog::save()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        showError(problem);
        co_return;
    }
    QPointer<EndpointDialog> self(this);
    setSaving(true);
    const bool keyReady = co_await storeTypedKey();
    if (!self || self->m_closing)
        co_return;
    setSaving(false);
    if (!keyReady)
        co_return;
    const Endpoint endpoint = this->endpoint();
    EndpointStore store(m_db);
    qint64 id = endpoint.id;
    if (id == 0) {
        Result<qint64> added = store.add(endpoint);
        if (!added) {
            showError(added.error().message);
            co_return;
        }
        id = added.value();
    } else if (Status updated = store.update(endpoint); !updated) {
        showError(updated.error().message);
        co_return;
    }
    Q_EMIT saved(id);
    QDialog::accept();
}

} // namespace caliper
