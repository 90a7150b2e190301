#include "tscatalogue.h"

#include <QFile>
#include <QXmlStreamReader>

namespace caliper::test {

namespace {

void readTranslation(QXmlStreamReader& xml, TsMessage& message)
{
    message.type = xml.attributes().value(QLatin1String("type")).toString();
    if (!message.numerus) {
        message.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("numerusform"))
            message.translations << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader& xml, const QString& context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (xml.name() == QLatin1String("comment"))
            message.comment = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

void readContext(QXmlStreamReader& xml, QList<TsMessage>& messages)
{
    QString name;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("name"))
            name = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            messages << readMessage(xml, name);
        else
            xml.skipCurrentElement();
    }
}

} // namespace

QList<TsMessage> readTsFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    if (xml.readNextStartElement() && xml.name() == QLatin1String("TS")) {
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("context"))
                readContext(xml, messages);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return {};
    }
    return messages;
}

} // namespace caliper::test
