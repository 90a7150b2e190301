#pragma once

#include "dataset/samplesmodel.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QSyntaxHighlighter;

namespace caliper {

class TextViewer;

/// The selected sample in full: its transcript (with line numbers and speaker tags highlighted) beside its
/// reference (headings and bullets highlighted), with the sample's id and metadata above them.
class SampleDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit SampleDetailView(QWidget* parent = nullptr);

    void showSample(const SampleDetail& sample);
    void clear();
    /// False when the dataset has no reference column: the reference side says why it is empty.
    void setReferenceAvailable(bool available);

    TextViewer* transcriptView() const { return m_transcript; }
    TextViewer* referenceView() const { return m_reference; }
    QSyntaxHighlighter* transcriptHighlighter() const { return m_transcriptHighlighter; }
    QSyntaxHighlighter* referenceHighlighter() const { return m_referenceHighlighter; }

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray& state);

private:
    QString headerText(const SampleDetail& sample) const;

    QLabel* m_header = nullptr;
    TextViewer* m_transcript = nullptr;
    TextViewer* m_reference = nullptr;
    QSyntaxHighlighter* m_transcriptHighlighter = nullptr;
    QSyntaxHighlighter* m_referenceHighlighter = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_referenceAvailable = true;
};

} // namespace caliper
