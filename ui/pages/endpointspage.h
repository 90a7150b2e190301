#pragma once

#include "common/error.h"
#include "endpoints/endpointlistmodel.h"

#include <QWidget>

class QNetworkAccessManager;
class QPushButton;
class QTreeView;

namespace caliper {

class EndpointDialog;
class KeyStore;
class Workspace;

/// The Endpoints page: the workspace's endpoints (name, model, base URL, local or remote, concurrency, size)
/// and, read-only below them, the built-in offline models; Add, Edit, Duplicate and Remove.
class EndpointsPage : public QWidget
{
    Q_OBJECT
public:
    /// `keys` and `network` (not owned) serve the endpoint dialogs' Test connection and keychain.
    EndpointsPage(KeyStore* keys, QNetworkAccessManager* network, QWidget* parent = nullptr);

    /// Shows the endpoints of `workspace` (not owned; may be null).
    void setWorkspace(Workspace* workspace);
    /// Re-reads the endpoints and selects `endpointId` (or keeps the selection when 0).
    void reload(qint64 endpointId = 0);
    void selectEndpoint(qint64 endpointId);
    /// The selected stored endpoint's id; 0 when none (or a built-in model) is selected.
    qint64 currentEndpointId() const;

    /// Open the dialog (with open(), so tests can drive it) and return it; nullptr without a workspace.
    EndpointDialog* addEndpoint();
    EndpointDialog* editEndpoint();
    void duplicateEndpoint();
    /// Asks first (Confirmation), then removes the endpoint and the keychain key no other endpoint uses.
    void removeEndpoint();

    EndpointListModel* model() { return &m_model; }

Q_SIGNALS:
    void statusMessage(const QString& message);
    void endpointsChanged();

private:
    EndpointDialog* newDialog();
    void updateButtons();
    void report(const Error& error);
    void forgetKeyIfUnused(const Endpoint& removed);

    Workspace* m_workspace = nullptr;
    KeyStore* m_keys;
    QNetworkAccessManager* m_network;
    EndpointListModel m_model;
    QTreeView* m_view = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_removeButton = nullptr;
};

} // namespace caliper
