#pragma once

#include "analysis/highlightspans.h"
#include "experiments/sampleoutputs.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;
class QVBoxLayout;

namespace caliper {

class FlowLayout;
class TextViewer;

/// One model's output in the side-by-side viewer: its name, warnings (failed, empty answer, reasoning never
/// closed), metric badges, the answer, its reasoning in a pane collapsed by default, and a footer slot that the
/// review panel fills. The answer view is what highlights and review tags format.
class OutputColumn : public QFrame
{
    Q_OBJECT
public:
    explicit OutputColumn(qint64 modelId, const QString& modelName, QWidget* parent = nullptr);

    qint64 modelId() const { return m_modelId; }
    void setOutput(const SampleOutput& output);
    const SampleOutput& output() const { return m_output; }

    /// Resets the answer's formats, then formats `spans` (character offsets into the answer).
    void setHighlights(const QList<analysis::HighlightSpan>& spans);
    /// Blinded review: no metric badges, which could tell the models apart.
    void setScoresHidden(bool hidden);

    TextViewer* answerView() const { return m_answer; }
    QPlainTextEdit* reasoningView() const { return m_reasoning; }
    QToolButton* reasoningToggle() const { return m_reasoningToggle; }
    QLabel* warningLabel() const { return m_warning; }
    QList<QLabel*> badges() const { return m_badges; }

    /// Puts `footer` (the review panel) under the output; the column takes ownership and replaces any earlier one.
    void setFooter(QWidget* footer);
    QWidget* footer() const { return m_footer; }

private:
    QWidget* makeHeader(const QString& modelName);
    void setBadges(const ScoreMap& scores);
    void setWarning(const SampleOutput& output);
    void setReasoningExpanded(bool expanded);
    void copyAnswer() const;

    qint64 m_modelId = 0;
    SampleOutput m_output;
    QLabel* m_warning = nullptr;
    FlowLayout* m_badgeRow = nullptr;
    QList<QLabel*> m_badges;
    TextViewer* m_answer = nullptr;
    QToolButton* m_reasoningToggle = nullptr;
    QPlainTextEdit* m_reasoning = nullptr;
    QVBoxLayout* m_footerSlot = nullptr;
    QWidget* m_footer = nullptr;
};

/// A badge's text for one score: "ROUGE-L 42.1" (fractions ×100 with one decimal, as the table shows them).
QString badgeText(const QString& key, double value);
/// The badge itself: "R-L 42.1", "G-coherence 80.0"; badgeText() is its tooltip.
QString shortBadgeText(const QString& key, double value);

} // namespace caliper
