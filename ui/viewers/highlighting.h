#pragma once

#include <QString>

class QSyntaxHighlighter;
class QTextDocument;

namespace caliper {

/// The kinds of text the detail pane shows, each with its own syntax definition in resources/syntax/.
enum class TextKind { Transcript, Reference };

/// The name of the syntax definition of a kind ("Caliper Transcript"), and its file in the resources.
QString syntaxDefinitionName(TextKind kind);
QString syntaxDefinitionFile(TextKind kind);

/// A highlighter for `document`, owned by the document. The one place that chooses the engine: KSyntaxHighlighting
/// when Caliper was built with it (CALIPER_HAVE_KSYNTAXHIGHLIGHTING), the built-in RuleHighlighter otherwise;
/// both read the same definitions.
QSyntaxHighlighter* createHighlighter(TextKind kind, QTextDocument* document);

} // namespace caliper
