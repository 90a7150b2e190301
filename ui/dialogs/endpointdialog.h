#pragma once

#include "endpoints/endpoint.h"

#include <QDialog>
#include <QPointer>
#include <QSqlDatabase>

#include <qcoro/qcorotask.h>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace caliper {

class ChatClient;
class KeyStore;

/// Adds or edits one endpoint: preset, name, base URL and model (the list comes from "Test connection"), where
/// the API key lives, the limits the run queue respects, prices and the model's size. A key typed for the
/// keychain is written there (KeyStore::storeKey) by OK and never shown again; only "Replace key" can change it.
/// Test connection sends a typed key without storing it. OK validates inline, stores the key, then the endpoint
/// (EndpointStore), and emits saved().
/// Callers show it with open(), not exec(), so tests can drive it like any other widget.
class EndpointDialog : public QDialog
{
    Q_OBJECT
public:
    /// `keys` and `network` (not owned) must outlive the dialog; `db` is the workspace's connection.
    EndpointDialog(QSqlDatabase db, KeyStore* keys, QNetworkAccessManager* network, QWidget* parent = nullptr);
    ~EndpointDialog() override;

    /// Edits a stored endpoint (id != 0): the preset picker is hidden and an existing keychain key is kept.
    void setEndpoint(const Endpoint& endpoint);
    /// Fills the fields from a preset (new endpoints); an unknown id means "custom".
    void applyPreset(const QString& presetId);
    /// The endpoint as the fields describe it (keys never included).
    Endpoint endpoint() const;

    bool isTesting() const { return m_testing; }
    /// What the last "Test connection" said, and the inline validation or save error.
    QString connectionMessage() const;
    QString errorText() const;

public Q_SLOTS:
    /// GET {base}/models: fills the model list, or shows why the server could not be used.
    QCoro::Task<> testConnection();
    void accept() override;

Q_SIGNALS:
    void saved(qint64 endpointId);
    void connectionTested(bool ok);

private:
    QWidget* buildServerGroup();
    QWidget* buildKeyGroup();
    QWidget* buildLimitsGroup();
    QWidget* buildSizeGroup();
    void buildLayout();
    void updateKeyFields();
    void updateLocation();
    void modelTextChanged(const QString& model);
    void setModels(const QStringList& models);
    QString validate() const;
    void showError(const QString& message);
    void setTesting(bool testing);
    void setSaving(bool saving);
    void showConnection(const QString& message, bool ok);
    QCoro::Task<bool> storeTypedKey();
    QCoro::Task<> save();

    QSqlDatabase m_db;
    KeyStore* m_keys;
    ChatClient* m_client;
    Endpoint m_original;
    bool m_testing = false;
    bool m_saving = false;
    bool m_fillingSize = false;
    bool m_sizeEdited = false;
    bool m_hasStoredKey = false; ///< the endpoint's keychain entry already holds a key
    bool m_closing = false;
    QString m_keyEntry; ///< the keychain entry that holds the key, once there is one

    QComboBox* m_presetCombo = nullptr;
    QLabel* m_presetLabel = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_urlEdit = nullptr;
    QLabel* m_locationLabel = nullptr;
    QComboBox* m_modelCombo = nullptr;
    QPushButton* m_testButton = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_connectionLabel = nullptr;

    QButtonGroup* m_keyGroup = nullptr;
    QRadioButton* m_noKey = nullptr;
    QRadioButton* m_keychainKey = nullptr;
    QRadioButton* m_envKey = nullptr;
    QLabel* m_keychainNotice = nullptr;
    QLineEdit* m_keyEdit = nullptr;
    QLabel* m_storedKeyLabel = nullptr;
    QPushButton* m_replaceKeyButton = nullptr;
    QLineEdit* m_envEdit = nullptr;

    QSpinBox* m_concurrency = nullptr;
    QSpinBox* m_requestsPerMinute = nullptr;
    QSpinBox* m_connectTimeout = nullptr;
    QSpinBox* m_firstByteTimeout = nullptr;
    QSpinBox* m_totalTimeout = nullptr;
    QSpinBox* m_retries = nullptr;
    QDoubleSpinBox* m_priceIn = nullptr;
    QDoubleSpinBox* m_priceOut = nullptr;
    QDoubleSpinBox* m_size = nullptr;
    QLineEdit* m_quantization = nullptr;

    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace caliper
