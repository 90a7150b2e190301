#pragma once

#include <QList>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace caliper {

/// The built-in highlighter used where KSyntaxHighlighting is not available (Debian 12). It reads the same
/// Kate syntax definition files, understanding the subset Caliper's definitions use: the first context's
/// RegExpr rules (String, attribute, insensitive, column, firstNonSpace), tried in order at each position of a
/// line, and itemData styles (defStyleNum, bold, italic). Colours come from the palette's lightness, so they
/// read on light and dark themes alike.
class RuleHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    RuleHighlighter(const QString& definitionFile, QTextDocument* document);

    /// Number of rules read from the definition (0 when it could not be read).
    int ruleCount() const { return static_cast<int>(m_rules.size()); }

    /// The colour of a Kate default style (dsKeyword, …) on a background of this lightness.
    static QColor styleColor(const QString& defaultStyle, bool darkBackground);

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Rule
    {
        QRegularExpression expression;
        QTextCharFormat format;
        int column = -1; ///< only at this column when >= 0
        bool firstNonSpace = false;
    };

    void load(const QString& definitionFile);
    int matchAt(const Rule& rule, const QString& text, int position, int firstNonSpace) const;

    QList<Rule> m_rules;
};

} // namespace caliper
