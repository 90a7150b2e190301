#include "baselines/baselines.h"
#include "baselines/speakertag.h"

#include "common/pythonstring.h"

#include <QSet>

#include <algorithm>

namespace caliper::baselines {

namespace {

// A period after these never ends a sentence: they are followed by a name, a number or an example.
bool isNonTerminalAbbreviation(const QString& word)
{
    static const QSet<QString> words {QStringLiteral("dr"), QStringLiteral("mr"), QStringLiteral("mrs"),
        QStringLiteral("ms"), QStringLiteral("prof"), QStringLiteral("st"), QStringLiteral("vs"), QStringLiteral("e.g"),
        QStringLiteral("i.e"), QStringLiteral("approx"), QStringLiteral("no"), QStringLiteral("fig"),
        QStringLiteral("jr"), QStringLiteral("sr"), QStringLiteral("dept"), QStringLiteral("cf"), QStringLiteral("ca")};
    return words.contains(word);
}

// These often end a sentence too ("… in the a.m."), so they only do when an upper-case word follows.
bool isAmbiguousAbbreviation(const QString& word)
{
    static const QSet<QString> words {QStringLiteral("etc"), QStringLiteral("a.m"), QStringLiteral("p.m"),
        QStringLiteral("b.i.d"), QStringLiteral("t.i.d"), QStringLiteral("q.i.d"), QStringLiteral("q.d"),
        QStringLiteral("q.h.s"), QStringLiteral("inc"), QStringLiteral("ltd"), QStringLiteral("approx")};
    return words.contains(word);
}

bool hasWordCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

bool isClosing(QChar c)
{
    return c == u')' || c == u']' || c == u'"' || c == u'\'' || c == u'\u2019' || c == u'\u201D';
}

/// The whitespace-delimited word that ends at `end` (exclusive), without opening brackets or quotes.
QStringView wordBefore(QStringView line, qsizetype end)
{
    qsizetype begin = end;
    while (begin > 0 && !pythonstring::isSpace(line.at(begin - 1)))
        --begin;
    QStringView word = line.sliced(begin, end - begin);
    while (!word.isEmpty() && (word.front() == u'(' || word.front() == u'"' || word.front() == u'\''))
        word = word.sliced(1);
    return word;
}

QChar firstLetterAfter(QStringView line, qsizetype from)
{
    for (qsizetype i = from; i < line.size(); ++i) {
        if (!pythonstring::isSpace(line.at(i)))
            return line.at(i);
    }
    return {};
}

/// Whether the single period at `dot`, followed by whitespace or the end of the line, ends the sentence that
/// began at `start`.
bool periodEndsSentence(QStringView line, qsizetype start, qsizetype dot, qsizetype after)
{
    const QStringView word = wordBefore(line, dot);
    if (word.isEmpty())
        return true; // " . ", as in ACI-Bench transcripts
    const QString lowered = pythonstring::lower(word.toString());
    if (isNonTerminalAbbreviation(lowered))
        return false;
    const QChar next = firstLetterAfter(line, after);
    if (isAmbiguousAbbreviation(lowered))
        return next.isNull() || next.isUpper() || next == u'[';
    // "1. Hypertension" or "a. Plan": a list marker is the whole sentence so far, not a sentence of its own.
    const QStringView soFar = withoutSpeakerTag(line.sliced(start, dot - start)).trimmed();
    if (soFar == word
        && (word.size() <= 3 && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); })))
        return false;
    if (soFar == word && word.size() == 1 && word.front().isLetter())
        return false;
    // An initial after a title or another initial: "Dr. J. Smith".
    if (word.size() == 1 && word.front().isUpper()) {
        const QStringView before = wordBefore(line, std::max<qsizetype>(0, dot - 2));
        if (before.endsWith(u'.'))
            return false;
    }
    return true;
}

/// Collects the sentences of one line; a piece without any word character (a lone "." after a speaker
/// tag) is carried into the next piece instead of standing alone.
class LineSplitter
{
public:
    LineSplitter(QStringView line, QStringList& sentences)
        : m_line(line)
        , m_sentences(sentences)
    { }

    void run()
    {
        qsizetype i = 0;
        while (i < m_line.size()) {
            const QChar c = m_line.at(i);
            if (c == u'[' && i > m_start && speakerTagLength(m_line.sliced(i)) > 0
                && hasWordCharacter(m_line.sliced(m_start, i - m_start))) {
                emitPiece(i); // a change of speaker ends the sentence
            } else if (c == u'.' || c == u'!' || c == u'?') {
                i = afterTerminator(i);
                continue;
            }
            ++i;
        }
        emitPiece(m_line.size());
    }

private:
    qsizetype afterTerminator(qsizetype at)
    {
        qsizetype end = at;
        while (end < m_line.size() && (m_line.at(end) == u'.' || m_line.at(end) == u'!' || m_line.at(end) == u'?'))
            ++end;
        const bool single = end == at + 1 && m_line.at(at) == u'.';
        while (end < m_line.size() && isClosing(m_line.at(end)))
            ++end;
        // "2.5 mg" and "e.g." keep going: only a terminator followed by whitespace (or the end) can end.
        if (end < m_line.size() && !pythonstring::isSpace(m_line.at(end)))
            return end;
        if (!single || periodEndsSentence(m_line, m_start, at, end))
            emitPiece(end);
        return end;
    }

    void emitPiece(qsizetype end)
    {
        const QStringView piece = m_line.sliced(m_start, end - m_start).trimmed();
        m_start = end;
        if (piece.isEmpty())
            return;
        m_carry = m_carry.isEmpty() ? piece.toString() : m_carry + u' ' + piece;
        if (hasWordCharacter(withoutSpeakerTag(m_carry))) {
            m_sentences.append(m_carry);
            m_carry.clear();
            m_appendedOnLine = true;
        } else if (end == m_line.size() && m_appendedOnLine) {
            m_sentences.last() += u' ' + m_carry; // trailing punctuation belongs to the sentence before
            m_carry.clear();
        }
    }

    QStringView m_line;
    QStringList& m_sentences;
    qsizetype m_start = 0;
    QString m_carry;
    bool m_appendedOnLine = false;
};

} // namespace

QStringList splitSentences(const QString& text)
{
    QStringList sentences;
    for (QStringView line : QStringView(text).tokenize(u'\n')) {
        LineSplitter splitter(line, sentences);
        splitter.run();
    }
    return sentences;
}

} // namespace caliper::baselines
