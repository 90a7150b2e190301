#include "viewers/sampledetailview.h"

#include "viewers/highlighting.h"
#include "viewers/textviewer.h"
#include "viewers/titledpane.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace caliper {

namespace {

QString jsonText(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace

SampleDetailView::SampleDetailView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sampleDetail"));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("sampleHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);

    m_transcript = new TextViewer(this);
    m_transcript->setObjectName(QStringLiteral("transcriptView"));
    m_transcript->setAccessibleName(tr("Transcript"));
    m_reference = new TextViewer(this);
    m_reference->setObjectName(QStringLiteral("referenceView"));
    m_reference->setAccessibleName(tr("Reference"));
    m_reference->setLineNumbersVisible(false);
    m_transcriptHighlighter = createHighlighter(TextKind::Transcript, m_transcript->document());
    m_referenceHighlighter = createHighlighter(TextKind::Reference, m_reference->document());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("sampleDetailSplitter"));
    m_splitter->addWidget(titledPane(tr("Transcript"), m_transcript, this));
    m_splitter->addWidget(titledPane(tr("Reference"), m_reference, this));
    m_splitter->setSizes({560, 440});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_splitter, 1);
    clear();
}

void SampleDetailView::showSample(const SampleDetail& sample)
{
    m_header->setText(headerText(sample));
    m_transcript->setPlainText(sample.source);
    if (!m_referenceAvailable)
        m_reference->setPlainText(QString());
    else
        m_reference->setPlainText(sample.reference);
    m_reference->setPlaceholderText(m_referenceAvailable ? tr("This sample has no reference.")
                                                         : tr("This dataset has no reference column: "
                                                              "reference-based metrics are unavailable."));
}

void SampleDetailView::clear()
{
    m_header->setText(tr("Select a sample to see its transcript and reference."));
    m_transcript->clear();
    m_reference->clear();
}

void SampleDetailView::setReferenceAvailable(bool available)
{
    m_referenceAvailable = available;
}

QString SampleDetailView::headerText(const SampleDetail& sample) const
{
    QStringList metadata;
    const QJsonObject object = QJsonDocument::fromJson(sample.metadataJson.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        metadata.append(QStringLiteral("%1: %2").arg(it.key(), jsonText(it.value()).left(80)));
    }
    const QString title = tr("Sample %1 (row %2)").arg(sample.externalId).arg(sample.rowIndex + 1);
    return metadata.isEmpty() ? title : title + QStringLiteral(" · ") + metadata.join(QStringLiteral(" · "));
}

QByteArray SampleDetailView::saveLayout() const
{
    return m_splitter->saveState();
}

void SampleDetailView::restoreLayout(const QByteArray& state)
{
    m_splitter->restoreState(state);
}

} // namespace caliper
