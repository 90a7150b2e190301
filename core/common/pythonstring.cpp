#include "common/pythonstring.h"

#include <QStringView>

namespace caliper::pythonstring {
namespace {

constexpr char16_t capitalSigma = 0x03A3;
constexpr char16_t finalSigma = 0x03C2;
constexpr char16_t smallSigma = 0x03C3;

// Unicode "Cased": the letters that have case (Python's _PyUnicode_IsCased).
bool isCased(char32_t c)
{
    return QChar::isLower(c) || QChar::isUpper(c) || QChar::isTitleCase(c);
}

// Unicode "Case_Ignorable": marks, format characters, modifiers, and the Word_Break MidLetter, MidNumLet
// and Single_Quote characters (apostrophes, periods, colons and their look-alikes).
bool isCaseIgnorable(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Letter_Modifier:
    case QChar::Symbol_Modifier:
        return true;
    default:
        break;
    }
    switch (c) {
    case 0x0027:
    case 0x002E:
    case 0x003A:
    case 0x00B7:
    case 0x0387:
    case 0x055F:
    case 0x05F4:
    case 0x2018:
    case 0x2019:
    case 0x2024:
    case 0x2027:
    case 0xFE13:
    case 0xFE52:
    case 0xFE55:
    case 0xFF07:
    case 0xFF0E:
    case 0xFF1A:
        return true;
    default:
        return false;
    }
}

// Python's Final_Sigma test: a cased letter before the sigma and none after it, skipping case-ignorables.
bool isFinalSigma(const QList<uint>& codePoints, qsizetype at)
{
    qsizetype before = at - 1;
    while (before >= 0 && isCaseIgnorable(codePoints.at(before)))
        --before;
    if (before < 0 || !isCased(codePoints.at(before)))
        return false;
    qsizetype after = at + 1;
    while (after < codePoints.size() && isCaseIgnorable(codePoints.at(after)))
        ++after;
    return after == codePoints.size() || !isCased(codePoints.at(after));
}

} // namespace

bool isSpace(QChar c)
{
    // QChar::isSpace() is Python's set minus the four information separators U+001C..U+001F.
    return c.isSpace() || (c.unicode() >= 0x1C && c.unicode() <= 0x1F);
}

QStringList split(const QString& text)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSpace(text.at(i))) {
            if (start >= 0)
                words.append(text.mid(start, i - start));
            start = -1;
        } else if (start < 0) {
            start = i;
        }
    }
    if (start >= 0)
        words.append(text.mid(start));
    return words;
}

QString rstrip(const QString& text)
{
    qsizetype end = text.size();
    while (end > 0 && isSpace(text.at(end - 1)))
        --end;
    return text.left(end);
}

QString lower(const QString& text)
{
    // QString::toLower() already applies the full mappings Python uses; only the context-dependent sigma needs
    // a second look, so the common case stays a single call.
    if (!text.contains(QChar(capitalSigma)))
        return text.toLower();
    const QList<uint> codePoints = text.toUcs4();
    QList<bool> finals; // one decision per capital sigma, in order
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        if (codePoints.at(i) == capitalSigma)
            finals.append(isFinalSigma(codePoints, i));
    }
    QString result;
    result.reserve(text.size());
    qsizetype chunkStart = 0;
    qsizetype sigma = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).unicode() != capitalSigma)
            continue;
        result.append(QStringView(text).sliced(chunkStart, i - chunkStart).toString().toLower());
        result.append(QChar(finals.at(sigma++) ? finalSigma : smallSigma));
        chunkStart = i + 1;
    }
    result.append(QStringView(text).sliced(chunkStart).toString().toLower());
    return result;
}

qint64 countWords(QStringView text)
{
    qint64 words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = isSpace(c);
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

} // namespace caliper::pythonstring
