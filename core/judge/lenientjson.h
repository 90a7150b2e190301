#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace caliper {

/// One top-level member of a JSON-like object, with where its value sits in the text.
struct LenientMember
{
    QString key;
    QString value; ///< a string's content (unescaped), or a literal as written (7, 7.5, true); nested: as written
    bool isString = false;
    qsizetype valueOffset = -1; ///< index of the value's first character (inside the quotes for a string)
    qsizetype valueLength = 0; ///< characters of the value as written (inside the quotes for a string)
};

/// Reads the object that starts at text[start] == '{' the way a forgiving reader would: keys and strings in double
/// or single quotes or bare, trailing commas, a quote inside a string that is not followed by , : } ] (an
/// apostrophe in 'it's fine') taken as part of the string. Nested objects and arrays are skipped. Returns the
/// members and sets *end past the closing brace, or nullopt when the text there is not such an object. Judge
/// replies need this because local models write JSON that QJsonDocument rejects.
std::optional<QList<LenientMember>> scanLenientObject(const QString& text, qsizetype start, qsizetype* end = nullptr);

} // namespace caliper
