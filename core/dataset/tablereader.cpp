#include "dataset/tablereader.h"

#include "dataset/csvreader.h"
#include "dataset/jsonlinesreader.h"
#include "dataset/jsonreader.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace caliper {

namespace {

TableFormat formatFromExtension(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"))
        return TableFormat::Csv;
    if (suffix == QLatin1String("json"))
        return TableFormat::Json;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return TableFormat::JsonLines;
    return TableFormat::Auto;
}

// A file starting with '{' is JSON Lines when its first line is a whole object by itself, unless that object is
// the ACI-Bench wrapper {"data": […]} written on one line.
TableFormat formatFromContent(ByteReader& input)
{
    QByteArrayView head = input.lookahead();
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    qsizetype start = 0;
    while (start < head.size() && QByteArrayView(" \t\r\n").contains(head.at(start)))
        ++start;
    if (start == head.size() || (head.at(start) != '[' && head.at(start) != '{'))
        return TableFormat::Csv;
    if (head.at(start) == '[')
        return TableFormat::Json;
    const qsizetype newline = head.indexOf('\n', start);
    const QByteArrayView firstLine = newline < 0 ? head.sliced(start) : head.sliced(start, newline - start);
    const QJsonDocument document = QJsonDocument::fromJson(firstLine.toByteArray());
    if (!document.isObject())
        return TableFormat::Json;
    return document.object().value(QLatin1String("data")).isArray() ? TableFormat::Json : TableFormat::JsonLines;
}

} // namespace

QString tableFormatName(TableFormat format)
{
    switch (format) {
    case TableFormat::Csv:
        return QStringLiteral("csv");
    case TableFormat::Json:
        return QStringLiteral("json");
    case TableFormat::JsonLines:
        return QStringLiteral("jsonl");
    case TableFormat::Auto:
        break;
    }
    return QStringLiteral("auto");
}

TableFormat tableFormatFromName(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("csv") || lower == QLatin1String("tsv"))
        return TableFormat::Csv;
    if (lower == QLatin1String("json"))
        return TableFormat::Json;
    if (lower == QLatin1String("jsonl") || lower == QLatin1String("ndjson"))
        return TableFormat::JsonLines;
    return TableFormat::Auto;
}

Result<std::unique_ptr<TableReader>> TableReader::open(const QString& path, TableFormat format)
{
    auto input = ByteReader::open(path);
    if (!input)
        return input.error();
    if (format == TableFormat::Auto)
        format = formatFromExtension(path);
    if (format == TableFormat::Auto)
        format = formatFromContent(*input.value());
    switch (format) {
    case TableFormat::Json:
        return JsonReader::create(std::move(input).value());
    case TableFormat::JsonLines:
        return JsonLinesReader::create(std::move(input).value());
    case TableFormat::Csv:
    case TableFormat::Auto:
        break;
    }
    return CsvReader::create(std::move(input).value());
}

TableReader::TableReader(std::unique_ptr<ByteReader> input)
    : m_input(std::move(input))
{ }

TableReader::~TableReader() = default;

qint64 TableReader::totalBytes() const
{
    return m_input->totalBytes();
}

QString TableReader::path() const
{
    return m_input->path();
}

TextPosition TableReader::position() const
{
    return m_input->position();
}

QString TableReader::contentHash() const
{
    return m_input->sha256Hex();
}

} // namespace caliper
