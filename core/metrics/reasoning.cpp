#include "metrics/reasoning.h"

#include "metrics/tokencount.h"

namespace caliper {

namespace {

const QLatin1String OpenTag("<think>");
const QLatin1String CloseTag("</think>");

/// `text` without the first `<think>` tag in it, trimmed.
QString withoutOpenTag(QString text)
{
    if (const qsizetype open = text.indexOf(OpenTag); open >= 0)
        text.remove(open, OpenTag.size());
    return text.trimmed();
}

ReasoningSplit splitThinkBlock(const QString& content)
{
    ReasoningSplit split;
    const qsizetype close = content.indexOf(CloseTag);
    if (close >= 0) {
        split.reasoning = withoutOpenTag(content.first(close));
        split.answer = content.sliced(close + CloseTag.size()).trimmed();
        split.hasReasoning = true;
    } else if (content.contains(OpenTag)) {
        split.reasoning = withoutOpenTag(content);
        split.hasReasoning = true;
        split.unclosed = true;
    } else {
        split.answer = content;
    }
    return split;
}

} // namespace

ReasoningSplit splitReasoning(const QString& content, const QString& reasoningContent)
{
    ReasoningSplit split = splitThinkBlock(content);
    const QString separate = reasoningContent.trimmed();
    if (separate.isEmpty())
        return split;
    // The field is authoritative; a think block left in the content (some servers echo one) is dropped
    // rather than counted twice.
    split.reasoning = separate;
    split.answer = split.answer.trimmed();
    split.hasReasoning = true;
    return split;
}

TokenCounts cl100kTokenCounts(const ReasoningSplit& split)
{
    return {cl100kTokenCount(split.reasoning), cl100kTokenCount(split.answer)};
}

} // namespace caliper
