#include "viewers/highlighting.h"

#include "uiconfig.h"
#include "viewers/rulehighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

#if CALIPER_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace caliper {

namespace {

// Resource folder holding "syntax/*.xml"; KSyntaxHighlighting appends "/syntax" to a custom search path.
const auto SyntaxSearchPath = ":/caliper";

#if CALIPER_HAVE_KSYNTAXHIGHLIGHTING
KSyntaxHighlighting::Repository& repository()
{
    // Definitions keep a pointer to their repository, so it lives as long as any highlighter may.
    static KSyntaxHighlighting::Repository* repo = [] {
        auto* created = new KSyntaxHighlighting::Repository;
        created->addCustomSearchPath(QString::fromLatin1(SyntaxSearchPath));
        return created;
    }();
    return *repo;
}

QSyntaxHighlighter* createEngineHighlighter(TextKind kind, QTextDocument* document)
{
    const auto definition = repository().definitionForName(syntaxDefinitionName(kind));
    if (!definition.isValid())
        return new RuleHighlighter(syntaxDefinitionFile(kind), document);
    auto* highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setTheme(repository().themeForPalette(QGuiApplication::palette()));
    highlighter->setDefinition(definition);
    return highlighter;
}
#else
QSyntaxHighlighter* createEngineHighlighter(TextKind kind, QTextDocument* document)
{
    return new RuleHighlighter(syntaxDefinitionFile(kind), document);
}
#endif

} // namespace

QString syntaxDefinitionName(TextKind kind)
{
    return kind == TextKind::Transcript ? QStringLiteral("Caliper Transcript") : QStringLiteral("Caliper Reference");
}

QString syntaxDefinitionFile(TextKind kind)
{
    return QString::fromLatin1(SyntaxSearchPath)
        + (kind == TextKind::Transcript ? QStringLiteral("/syntax/transcript.xml")
                                        : QStringLiteral("/syntax/reference.xml"));
}

QSyntaxHighlighter* createHighlighter(TextKind kind, QTextDocument* document)
{
    return createEngineHighlighter(kind, document);
}

} // namespace caliper
