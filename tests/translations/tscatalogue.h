#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace caliper::test {

/// One message of a Qt Linguist .ts catalogue, as far as the translation tests need it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type attribute: empty when finished, else unfinished/vanished/obsolete
    QStringList translations; ///< one entry, or one per plural form

    /// What identifies a message for lupdate: context, source and disambiguating comment.
    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
};

/// Reads a .ts file; an empty list with `error` set when it cannot be read or parsed.
QList<TsMessage> readTsFile(const QString& path, QString* error);

} // namespace caliper::test
