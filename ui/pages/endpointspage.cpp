#include "pages/endpointspage.h"

#include "dialogs/confirmation.h"
#include "dialogs/endpointdialog.h"
#include "endpoints/endpointstore.h"
#include "endpoints/keystore.h"
#include "experiments/experimentdefinition.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace caliper {

namespace {

QList<Endpoint> builtinEndpoints()
{
    QList<Endpoint> endpoints;
    const QList<ModelSpec> specs = builtinModelSpecs();
    for (const ModelSpec& spec : specs) {
        Endpoint endpoint = spec.endpoint;
        endpoint.name = spec.name;
        endpoints.append(endpoint);
    }
    return endpoints;
}

QPushButton* button(QWidget* parent, const QString& text, const char* name, const QString& toolTip)
{
    auto* pushButton = new QPushButton(text, parent);
    pushButton->setObjectName(QString::fromLatin1(name));
    pushButton->setToolTip(toolTip);
    return pushButton;
}

} // namespace

EndpointsPage::EndpointsPage(KeyStore* keys, QNetworkAccessManager* network, QWidget* parent)
    : QWidget(parent)
    , m_keys(keys)
    , m_network(network)
{
    setObjectName(QStringLiteral("endpointsPage"));
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("endpointList"));
    m_view->setAccessibleName(tr("Endpoints"));
    m_view->setModel(&m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(EndpointListModel::BaseUrlColumn, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EndpointsPage::updateButtons);
    connect(m_view, &QTreeView::activated, this, [this] { editEndpoint(); });

    m_addButton = button(this, tr("&Add…"), "endpointAdd", tr("Add an endpoint from a preset or by hand"));
    m_editButton = button(this, tr("&Edit…"), "endpointEdit", tr("Change the selected endpoint"));
    m_duplicateButton = button(this, tr("D&uplicate"), "endpointDuplicate", tr("Copy the selected endpoint"));
    m_removeButton = button(this, tr("&Remove"), "endpointRemove", tr("Remove the selected endpoint"));
    connect(m_addButton, &QPushButton::clicked, this, &EndpointsPage::addEndpoint);
    connect(m_editButton, &QPushButton::clicked, this, &EndpointsPage::editEndpoint);
    connect(m_duplicateButton, &QPushButton::clicked, this, &EndpointsPage::duplicateEndpoint);
    connect(m_removeButton, &QPushButton::clicked, this, &EndpointsPage::removeEndpoint);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* pushButton : {m_addButton, m_editButton, m_duplicateButton, m_removeButton})
        buttons->addWidget(pushButton);
    buttons->addStretch(1);
    auto* hint = new QLabel(tr("Any OpenAI-compatible server: DeepSeek, OpenAI, Mistral, vLLM, llamafile, Ollama, "
                               "LM Studio, llama.cpp, LiteLLM. Built-in models run offline and cannot be edited."),
        this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    updateButtons();
}

void EndpointsPage::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_model.setEndpoints({}, {});
    reload();
}

void EndpointsPage::reload(qint64 endpointId)
{
    const qint64 keep = endpointId > 0 ? endpointId : currentEndpointId();
    if (!m_workspace) {
        m_model.setEndpoints({}, {});
        updateButtons();
        return;
    }
    auto endpoints = EndpointStore(m_workspace->database()).list();
    if (!endpoints)
        report(endpoints.error());
    m_model.setEndpoints(endpoints ? std::move(endpoints).value() : QList<Endpoint>(), builtinEndpoints());
    // A model reset clears the current index without a signal.
    const int row = m_model.rowOf(keep);
    if (m_model.rowCount() > 0)
        m_view->setCurrentIndex(m_model.index(std::max(row, 0), EndpointListModel::NameColumn));
    updateButtons();
}

void EndpointsPage::selectEndpoint(qint64 endpointId)
{
    const int row = m_model.rowOf(endpointId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model.index(row, EndpointListModel::NameColumn));
}

qint64 EndpointsPage::currentEndpointId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(EndpointListModel::EndpointIdRole).toLongLong() : 0;
}

void EndpointsPage::updateButtons()
{
    const bool stored = currentEndpointId() != 0;
    m_addButton->setEnabled(m_workspace != nullptr);
    m_editButton->setEnabled(stored);
    m_duplicateButton->setEnabled(stored);
    m_removeButton->setEnabled(stored);
}

EndpointDialog* EndpointsPage::newDialog()
{
    if (!m_workspace)
        return nullptr;
    auto* dialog = new EndpointDialog(m_workspace->database(), m_keys, m_network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EndpointDialog::saved, this, [this](qint64 id) {
        reload(id);
        Q_EMIT endpointsChanged();
    });
    return dialog;
}

EndpointDialog* EndpointsPage::addEndpoint()
{
    EndpointDialog* dialog = newDialog();
    if (dialog)
        dialog->open();
    return dialog;
}

EndpointDialog* EndpointsPage::editEndpoint()
{
    const qint64 id = currentEndpointId();
    if (id == 0 || !m_workspace)
        return nullptr;
    auto endpoint = EndpointStore(m_workspace->database()).get(id);
    if (!endpoint) {
        report(endpoint.error());
        return nullptr;
    }
    EndpointDialog* dialog = newDialog();
    dialog->setEndpoint(endpoint.value());
    dialog->open();
    return dialog;
}

void EndpointsPage::duplicateEndpoint()
{
    const qint64 id = currentEndpointId();
    if (id == 0 || !m_workspace)
        return;
    auto copy = EndpointStore(m_workspace->database()).duplicate(id);
    if (!copy) {
        report(copy.error());
        return;
    }
    reload(copy.value());
    Q_EMIT endpointsChanged();
}

void EndpointsPage::removeEndpoint()
{
    const qint64 id = currentEndpointId();
    if (id == 0 || !m_workspace)
        return;
    const Endpoint endpoint = m_model.endpointAt(m_model.rowOf(id));
    if (!Confirmation::ask(this, tr("Remove endpoint"),
            tr("Remove the endpoint \"%1\"? Experiments that used it keep their own copy.").arg(endpoint.name),
            tr("Remove")))
        return;
    if (Status removed = EndpointStore(m_workspace->database()).remove(id); !removed) {
        report(removed.error());
        return;
    }
    forgetKeyIfUnused(endpoint);
    reload();
    Q_EMIT endpointsChanged();
}

void EndpointsPage::forgetKeyIfUnused(const Endpoint& removed)
{
    if (removed.keySource != KeySource::Keychain || !m_keys)
        return;
    // Duplicates share their original's keychain entry: keep it while one of them still reads it.
    for (const Endpoint& other : m_model.endpoints()) {
        if (other.id != removed.id && other.keySource == KeySource::Keychain && other.keyName == removed.keyName)
            return;
    }
    m_keys->deleteKey(removed.keyName);
}

void EndpointsPage::report(const Error& error)
{
    Q_EMIT statusMessage(error.toString());
}

} // namespace caliper
