#pragma once

#include <QString>
#include <QStringList>

/// Python's str methods, reproduced exactly. BLEU and METEOR promise the numbers of their Python reference
/// implementations, and those tokenise with str.split(), str.rstrip() and str.lower(); QString's nearest
/// equivalents differ at the edges (Python also splits on U+001C..U+001F; lower() knows the final sigma).
namespace caliper::pythonstring {

/// str.isspace() for one UTF-16 unit (every Python whitespace character is in the BMP).
bool isSpace(QChar c);

/// str.split() without arguments: runs of isSpace() characters separate the words; no empty words.
QStringList split(const QString& text);

/// len(str.split()), without building the list: the word counts Caliper stores and reports.
qint64 countWords(QStringView text);

/// str.rstrip() without arguments.
QString rstrip(const QString& text);

/// str.lower(): full Unicode lowercase mapping (U+0130 becomes "i\u0307") and the Final_Sigma rule.
QString lower(const QString& text);

} // namespace caliper::pythonstring
