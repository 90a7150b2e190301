#include "dialogs/importdialog.h"

#include "dataset/datasetstore.h"
#include "dataset/tablereader.h"
#include "dialogs/filedialog.h"
#include "workspace/connection.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace caliper {

namespace {

constexpr int ProgressScale = 1000;
constexpr int PreviewCellCharacters = 160;

// Runs on a worker thread: a connection of its own (Qt SQL connections belong to one thread), progress as
// thousandths of the file, and cancellation through the future.
void runImport(QPromise<Result<DatasetInfo>>& promise, const QString& databaseFile, const ImportOptions& options)
{
    auto connection = Connection::open(databaseFile);
    if (!connection) {
        promise.addResult(Result<DatasetInfo>(connection.error()));
        return;
    }
    promise.setProgressRange(0, ProgressScale);
    auto progress = [&promise](const ImportProgress& state) {
        if (state.totalBytes > 0) {
            promise.setProgressValueAndText(static_cast<int>(state.bytesRead * ProgressScale / state.totalBytes),
                ImportDialog::tr("%n rows", nullptr, static_cast<int>(state.rows)));
        }
        return !promise.isCanceled();
    };
    promise.addResult(importDataset(connection.value()->database(), options, progress));
}

QColor errorColour(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x1d);
}

} // namespace

ImportDialog::ImportDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import dataset"));
    buildLayout();
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this,
        [this](const QString& text) { m_progress->setFormat(QStringLiteral("%p% — ") + text); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportDialog::importFinished);
    resize(860, 640);
}

ImportDialog::~ImportDialog()
{
    // The worker holds this dialog's options only by value, but its result is delivered here: stop and wait.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ImportDialog::buildLayout()
{
    auto* fileRow = new QHBoxLayout;
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("importFile"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setAccessibleName(tr("Dataset file"));
    m_browseButton = new QPushButton(tr("Browse…"), this);
    m_browseButton->setObjectName(QStringLiteral("importBrowse"));
    connect(m_browseButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFile(
            this, tr("Import dataset"), tr("Datasets (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(220);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("importError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, ProgressScale);
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("importCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(new QLabel(tr("First rows:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(buildMappingForm());
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
}

QWidget* ImportDialog::buildMappingForm()
{
    auto* form = new QWidget(this);
    auto* columns = new QHBoxLayout(form);
    columns->setContentsMargins(0, 0, 0, 0);
    auto* fields = new QFormLayout;
    auto makeCombo = [this](const char* name) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QString::fromLatin1(name));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return combo;
    };
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("importName"));
    m_idCombo = makeCombo("idColumn");
    m_sourceCombo = makeCombo("sourceColumn");
    m_referenceCombo = makeCombo("referenceColumn");
    m_referenceNotice = new QLabel(tr("Without a reference column, reference-based metrics (ROUGE, BLEU, METEOR) "
                                      "will be unavailable for this dataset."),
        this);
    m_referenceNotice->setObjectName(QStringLiteral("importNoReferenceNotice"));
    m_referenceNotice->setWordWrap(true);
    m_referenceNotice->hide();
    fields->addRow(tr("Name:"), m_nameEdit);
    fields->addRow(tr("ID column:"), m_idCombo);
    fields->addRow(tr("Source column:"), m_sourceCombo);
    fields->addRow(tr("Reference column:"), m_referenceCombo);
    fields->addRow(m_referenceNotice);
    for (QComboBox* combo : {m_idCombo, m_sourceCombo, m_referenceCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::updateMetadataChoices);
    connect(m_referenceCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::updateReferenceNotice);

    auto* metadata = new QVBoxLayout;
    metadata->addWidget(new QLabel(tr("Keep as metadata:"), this));
    m_metadataList = new QListWidget(this);
    m_metadataList->setObjectName(QStringLiteral("metadataColumns"));
    m_metadataList->setAccessibleName(tr("Columns kept as metadata"));
    m_metadataList->setMaximumHeight(120);
    metadata->addWidget(m_metadataList);
    columns->addLayout(fields, 3);
    columns->addLayout(metadata, 2);
    return form;
}

bool ImportDialog::setFile(const QString& path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_errorLabel->hide();
    auto reader = TableReader::open(path);
    QList<QStringList> rows;
    Error error;
    bool failed = !reader;
    if (reader) {
        TableRow row;
        while (rows.size() < PreviewRows) {
            Result<bool> more = reader.value()->next(row);
            if (!more) {
                error = more.error();
                failed = true;
                break;
            }
            if (!more.value())
                break;
            rows.append(row.values);
        }
    } else {
        error = reader.error();
    }
    m_columns = reader ? reader.value()->columns() : QStringList();
    fillPreview(m_columns, rows);
    fillMapping(m_columns);
    m_nameEdit->setText(uniqueName(QFileInfo(path).completeBaseName()));
    if (failed)
        showError(error.toString());
    m_importButton->setEnabled(!m_columns.isEmpty() && !failed);
    return !failed;
}

void ImportDialog::fillPreview(const QStringList& columns, const QList<QStringList>& rows)
{
    m_preview->clear();
    m_preview->setColumnCount(static_cast<int>(columns.size()));
    m_preview->setRowCount(static_cast<int>(rows.size()));
    m_preview->setHorizontalHeaderLabels(columns);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < columns.size(); ++c) {
            const QString& value = rows.at(r).at(c);
            auto* item = new QTableWidgetItem(value.left(PreviewCellCharacters).simplified());
            item->setToolTip(value.left(PreviewCellCharacters * 4));
            m_preview->setItem(r, c, item);
        }
    }
}

void ImportDialog::fillMapping(const QStringList& columns)
{
    const ColumnMapping detected = ColumnMapping::detect(columns);
    m_detectedMetadata = detected.metadataColumns;
    const QSignalBlocker blockId(m_idCombo), blockSource(m_sourceCombo), blockReference(m_referenceCombo);
    m_idCombo->clear();
    m_sourceCombo->clear();
    m_referenceCombo->clear();
    m_idCombo->addItem(tr("(row number)"), QString());
    m_referenceCombo->addItem(tr("(none)"), QString());
    for (const QString& column : columns) {
        m_idCombo->addItem(column, column);
        m_sourceCombo->addItem(column, column);
        m_referenceCombo->addItem(column, column);
    }
    m_idCombo->setCurrentIndex(std::max(0, m_idCombo->findData(detected.idColumn)));
    m_sourceCombo->setCurrentIndex(detected.inputColumn.isEmpty() ? 0 : m_sourceCombo->findData(detected.inputColumn));
    m_referenceCombo->setCurrentIndex(std::max(0, m_referenceCombo->findData(detected.referenceColumn)));
    updateMetadataChoices();
    updateReferenceNotice();
}

void ImportDialog::updateMetadataChoices()
{
    QStringList checked = m_detectedMetadata;
    for (int i = 0; i < m_metadataList->count(); ++i) {
        const QListWidgetItem* item = m_metadataList->item(i);
        if (item->checkState() == Qt::Checked && !checked.contains(item->text()))
            checked.append(item->text());
        else if (item->checkState() != Qt::Checked)
            checked.removeAll(item->text());
    }
    const QStringList mapped = {m_idCombo->currentData().toString(), m_sourceCombo->currentData().toString(),
        m_referenceCombo->currentData().toString()};
    m_metadataList->clear();
    for (const QString& column : std::as_const(m_columns)) {
        if (mapped.contains(column))
            continue;
        auto* item = new QListWidgetItem(column, m_metadataList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(column) ? Qt::Checked : Qt::Unchecked);
    }
    m_detectedMetadata = checked;
}

void ImportDialog::updateReferenceNotice()
{
    m_referenceNotice->setVisible(!m_columns.isEmpty() && m_referenceCombo->currentData().toString().isEmpty());
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.path = m_path;
    options.name = m_nameEdit->text().trimmed();
    options.mapping.idColumn = m_idCombo->currentData().toString();
    options.mapping.inputColumn = m_sourceCombo->currentData().toString();
    options.mapping.referenceColumn = m_referenceCombo->currentData().toString();
    for (int i = 0; i < m_metadataList->count(); ++i) {
        if (m_metadataList->item(i)->checkState() == Qt::Checked)
            options.mapping.metadataColumns.append(m_metadataList->item(i)->text());
    }
    return options;
}

QString ImportDialog::uniqueName(const QString& base) const
{
    if (!m_workspace)
        return base;
    DatasetStore store(m_workspace->database());
    QString name = base;
    for (int n = 2; store.datasetByName(name).ok(); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

void ImportDialog::startImport()
{
    if (!m_workspace || m_path.isEmpty() || isImporting())
        return;
    const ImportOptions chosen = options();
    if (Status valid = chosen.mapping.validate(m_columns, m_path); !valid) {
        showError(valid.error().toString());
        return;
    }
    m_errorLabel->hide();
    setImporting(true);
    m_watcher.setFuture(QtConcurrent::run(runImport, m_workspace->databaseFile(), chosen));
}

void ImportDialog::cancelImport()
{
    if (isImporting())
        m_watcher.cancel();
}

void ImportDialog::reject()
{
    // While importing, Cancel (and Escape) stop the import; the dialog stays to show that it stopped.
    if (isImporting()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::importFinished()
{
    setImporting(false);
    const QFuture<Result<DatasetInfo>> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        showError(tr("Import cancelled; the workspace is unchanged."));
        Q_EMIT importFailed(errorText());
        return;
    }
    const Result<DatasetInfo> result = future.result();
    if (!result && isImportCancelled(result.error())) {
        showError(tr("Import cancelled; the workspace is unchanged."));
        Q_EMIT importFailed(errorText());
        return;
    }
    if (!result) {
        showError(result.error().toString());
        Q_EMIT importFailed(errorText());
        return;
    }
    Q_EMIT imported(result->id, result->name);
    accept();
}

void ImportDialog::setImporting(bool importing)
{
    m_progress->setVisible(importing);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_importButton->setEnabled(!importing);
    m_browseButton->setEnabled(!importing);
    for (QWidget* widget :
        std::initializer_list<QWidget*> {m_nameEdit, m_idCombo, m_sourceCombo, m_referenceCombo, m_metadataList})
        widget->setEnabled(!importing);
}

void ImportDialog::showError(const QString& message)
{
    QPalette colours = m_errorLabel->palette();
    colours.setColor(QPalette::WindowText, errorColour(palette()));
    m_errorLabel->setPalette(colours);
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

QString ImportDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

} // namespace caliper
