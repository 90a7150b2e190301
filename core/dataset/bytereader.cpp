#include "dataset/bytereader.h"

#include <QCoreApplication>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::ByteReader", text);
}

// The allowed range of the first continuation byte after each UTF-8 lead byte (Unicode 15, table 3-7): this is
// what rules out overlong forms, surrogates and code points above U+10FFFF. Returns the number of continuation
// bytes, or 0 for a byte that cannot start a sequence.
int sequenceShape(int lead, int& firstLow, int& firstHigh)
{
    firstLow = 0x80;
    firstHigh = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 1;
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (lead == 0xE0)
            firstLow = 0xA0;
        else if (lead == 0xED)
            firstHigh = 0x9F;
        return 2;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (lead == 0xF0)
            firstLow = 0x90;
        else if (lead == 0xF4)
            firstHigh = 0x8F;
        return 3;
    }
    return 0;
}

} // namespace

ByteReader::ByteReader(QString path, std::unique_ptr<QFile> file)
    : m_path(std::move(path))
    , m_file(std::move(file))
    , m_totalBytes(m_file->size())
{
    m_buffer.resize(ChunkSize);
}

Result<std::unique_ptr<ByteReader>> ByteReader::open(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error {tr("cannot open the file (%1)").arg(file->errorString()), path};
    return std::unique_ptr<ByteReader>(new ByteReader(path, std::move(file)));
}

bool ByteReader::refill()
{
    if (m_readFailed || !m_file->isOpen())
        return false;
    m_consumedBefore += m_end - m_begin;
    const qint64 count = m_file->read(m_buffer.data(), ChunkSize);
    m_begin = m_cur = m_buffer.constData();
    m_end = m_begin + qMax<qint64>(count, 0);
    if (count < 0) {
        m_readFailed = true;
        m_readError = m_file->errorString();
    }
    if (count <= 0) {
        m_file->close(); // nothing more will come: release the file early
        return false;
    }
    m_hash.addData(QByteArrayView(m_begin, count));
    return true;
}

QByteArrayView ByteReader::lookahead()
{
    if (m_cur == m_end)
        refill();
    return QByteArrayView(m_cur, m_end - m_cur);
}

void ByteReader::skipByteOrderMark()
{
    if (bytesRead() == 0 && lookahead().startsWith("\xEF\xBB\xBF")) {
        m_cur += 3; // not a character of the text: the column stays 1
    }
}

Status ByteReader::takeUtf8Tail(int lead, std::string& out)
{
    int low = 0;
    int high = 0;
    const int tail = sequenceShape(lead, low, high);
    // A lead byte moved the column on; a stray continuation byte did not.
    const TextPosition start {m_position.line, (lead & 0xC0) == 0x80 ? m_position.column : m_position.column - 1};
    if (tail == 0)
        return errorAt(start, tr("invalid UTF-8 (byte 0x%1)").arg(lead, 2, 16, QLatin1Char('0')));
    out.push_back(static_cast<char>(lead));
    for (int i = 0; i < tail; ++i) {
        const int next = peek();
        if (next < low || next > high)
            return errorAt(start, tr("invalid UTF-8 (incomplete or ill-formed sequence)"));
        out.push_back(static_cast<char>(get()));
        low = 0x80;
        high = 0xBF;
    }
    return Ok {};
}

Status ByteReader::ioStatus() const
{
    if (m_readFailed)
        return Error {tr("cannot read the file (%1)").arg(m_readError), m_path};
    return Ok {};
}

QString ByteReader::sha256Hex() const
{
    return QString::fromLatin1(m_hash.result().toHex());
}

Error ByteReader::errorAt(const TextPosition& position, const QString& message) const
{
    return Error {message, m_path, position.line, position.column};
}

Result<QString> fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            QCoreApplication::translate("caliper::ByteReader", "cannot open the file (%1)").arg(file.errorString()),
            path};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error {
            QCoreApplication::translate("caliper::ByteReader", "cannot read the file (%1)").arg(file.errorString()),
            path};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace caliper
