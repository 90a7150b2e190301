#include "analysis/wordtokens.h"

#include "common/pythonstring.h"

namespace caliper::analysis {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isConnector(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'-' || c == u'.' || c == u',' || c == u'/';
}

QString keyOf(QStringView word)
{
    QString key;
    key.reserve(word.size());
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (isWordCharacter(c)) {
            key.append(c);
            continue;
        }
        // "2.5" is not "25"; a thousands comma and every other connector go.
        const bool betweenDigits = i > 0 && i + 1 < word.size() && word.at(i - 1).isDigit() && word.at(i + 1).isDigit();
        if (betweenDigits && (c == u'.' || c == u'/'))
            key.append(c);
    }
    return pythonstring::lower(key);
}

} // namespace

QList<WordToken> wordTokens(const QString& text)
{
    QList<WordToken> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordCharacter(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size()) {
            if (isWordCharacter(text.at(i)))
                ++i;
            else if (isConnector(text.at(i)) && i + 1 < text.size() && isWordCharacter(text.at(i + 1)))
                i += 2;
            else
                break;
        }
        tokens.append({start, i - start, keyOf(QStringView(text).sliced(start, i - start))});
    }
    return tokens;
}

} // namespace caliper::analysis
