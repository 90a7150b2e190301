#include "viewers/outputcolumn.h"

#include "analysis/comparisoncolumns.h"
#include "metrics/registry.h"
#include "viewers/flowlayout.h"
#include "viewers/highlightformats.h"
#include "viewers/textviewer.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace caliper {

QString badgeText(const QString& key, double value)
{
    const ScoreDefinition* definition = MetricRegistry::builtIn().score(key);
    QString label = definition ? definition->displayName() : key;
    if (isGEvalKey(key) && !definition)
        label = QCoreApplication::translate("caliper", "G-Eval %1").arg(key.mid(key.indexOf(u'_') + 1));
    const bool fraction = !definition || definition->maximum == 1;
    const QString number = fraction ? QString::number(value * 100, 'f', 1) : QString::number(std::round(value));
    return label + u' ' + number;
}

QString shortBadgeText(const QString& key, double value)
{
    // Six full names do not fit a column; the tooltip has the full one.
    static const QHash<QString, QString> Short {{QStringLiteral("rouge1"), QStringLiteral("R-1")},
        {QStringLiteral("rouge2"), QStringLiteral("R-2")}, {QStringLiteral("rougeL"), QStringLiteral("R-L")},
        {QStringLiteral("rougeLsum"), QStringLiteral("R-Lsum")}, {QStringLiteral("meteor"), QStringLiteral("METEOR")},
        {QStringLiteral("bleu"), QStringLiteral("BLEU")}};
    const QString full = badgeText(key, value);
    if (isGEvalKey(key))
        return QStringLiteral("G-") + full.mid(full.indexOf(u' ') + 1);
    const auto it = Short.constFind(key);
    return it == Short.constEnd() ? full : *it + full.mid(full.lastIndexOf(u' '));
}

OutputColumn::OutputColumn(qint64 modelId, const QString& modelName, QWidget* parent)
    : QFrame(parent)
    , m_modelId(modelId)
{
    setObjectName(QStringLiteral("outputColumn_%1").arg(modelId));
    setFrameShape(QFrame::StyledPanel);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("outputWarning"));
    m_warning->setWordWrap(true);
    m_warning->setVisible(false);
    // The badges wrap onto more lines in a narrow column rather than force it wide or be cut off.
    auto* badges = new QWidget(this);
    badges->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_badgeRow = new FlowLayout(badges);
    m_answer = new TextViewer(this);
    m_answer->setObjectName(QStringLiteral("answerView"));
    m_answer->setAccessibleName(tr("Answer"));
    m_answer->setLineNumbersVisible(false);
    m_answer->setUndoRedoEnabled(false);
    m_reasoningToggle = new QToolButton(this);
    m_reasoningToggle->setObjectName(QStringLiteral("reasoningToggle"));
    m_reasoningToggle->setCheckable(true);
    m_reasoningToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reasoningToggle->setAutoRaise(true);
    m_reasoning = new QPlainTextEdit(this);
    m_reasoning->setObjectName(QStringLiteral("reasoningView"));
    m_reasoning->setReadOnly(true);
    connect(m_reasoningToggle, &QToolButton::toggled, this, &OutputColumn::setReasoningExpanded);
    m_footerSlot = new QVBoxLayout;
    m_footerSlot->setContentsMargins(0, 0, 0, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    layout->addWidget(makeHeader(modelName));
    layout->addWidget(m_warning);
    layout->addWidget(badges);
    layout->addWidget(m_answer, 3);
    layout->addWidget(m_reasoningToggle);
    layout->addWidget(m_reasoning, 2);
    layout->addLayout(m_footerSlot);
    setReasoningExpanded(false);
}

void OutputColumn::setScoresHidden(bool hidden)
{
    m_badgeRow->parentWidget()->setVisible(!hidden);
}

QWidget* OutputColumn::makeHeader(const QString& modelName)
{
    auto* header = new QWidget(this);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto* name = new QLabel(modelName, header);
    name->setObjectName(QStringLiteral("modelName"));
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    auto* copy = new QToolButton(header);
    copy->setObjectName(QStringLiteral("copyAnswer"));
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the answer of %1").arg(modelName));
    copy->setAutoRaise(true);
    connect(copy, &QToolButton::clicked, this, &OutputColumn::copyAnswer);
    row->addWidget(name, 1);
    row->addWidget(copy);
    return header;
}

void OutputColumn::setOutput(const SampleOutput& output)
{
    m_output = output;
    m_answer->setPlainText(output.done ? output.answer : QString());
    m_answer->setPlaceholderText(output.present ? tr("No answer.") : tr("No output for this sample yet."));
    m_reasoning->setPlainText(output.reasoning);
    m_reasoningToggle->setEnabled(!output.reasoning.isEmpty());
    m_reasoningToggle->setText(output.reasoning.isEmpty()
            ? tr("No reasoning")
            : tr("Reasoning (%n tokens)", nullptr, static_cast<int>(output.reasoningTokens)));
    if (output.reasoning.isEmpty())
        m_reasoningToggle->setChecked(false);
    setBadges(output.scores);
    setWarning(output);
}

void OutputColumn::setBadges(const ScoreMap& scores)
{
    while (QLayoutItem* item = m_badgeRow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_badges.clear();
    const QStringList keys = orderedScoreKeys(QSet<QString>(scores.keyBegin(), scores.keyEnd()));
    for (const QString& key : keys) {
        const ScoreDefinition* definition = MetricRegistry::builtIn().score(key);
        if ((definition && (definition->detail || definition->maximum != 1)) || key == QLatin1String("rougeLsum"))
            continue; // precision/recall, token counts and ROUGE-Lsum (≈ ROUGE-L) crowd out the scores compared
        auto* badge = new QLabel(shortBadgeText(key, scores.value(key)), m_badgeRow->parentWidget());
        badge->setToolTip(badgeText(key, scores.value(key)));
        badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        badge->setObjectName(QStringLiteral("badge_%1").arg(key));
        badge->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 3px; "
                                            "padding: 0px 3px; background: palette(alternate-base); }"));
        m_badgeRow->addWidget(badge);
        m_badges.append(badge);
    }
}

void OutputColumn::setWarning(const SampleOutput& output)
{
    QString text;
    if (output.present && !output.done)
        text = tr("Failed: %1").arg(output.error.isEmpty() ? tr("no answer") : output.error);
    else if (output.present)
        text = analysis::describeFlags(output.flags);
    m_warning->setText(text.isEmpty() ? QString() : QString(QChar(0x26A0)) + u' ' + text);
    m_warning->setVisible(!text.isEmpty());
    QPalette palette = m_warning->palette();
    palette.setColor(QPalette::WindowText,
        QColor(QLatin1String(palette.color(QPalette::Base).lightness() < 128 ? "#ff7b72" : "#b3261e")));
    m_warning->setPalette(palette);
}

void OutputColumn::setHighlights(const QList<analysis::HighlightSpan>& spans)
{
    QTextCursor all(m_answer->document());
    all.select(QTextCursor::Document);
    all.setCharFormat(QTextCharFormat());
    applyHighlightSpans(m_answer->document(), spans, palette());
}

void OutputColumn::setReasoningExpanded(bool expanded)
{
    m_reasoning->setVisible(expanded);
    m_reasoningToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
}

void OutputColumn::setFooter(QWidget* footer)
{
    delete m_footer;
    m_footer = footer;
    if (footer)
        m_footerSlot->addWidget(footer);
}

void OutputColumn::copyAnswer() const
{
    QApplication::clipboard()->setText(m_answer->toPlainText());
}

} // namespace caliper
