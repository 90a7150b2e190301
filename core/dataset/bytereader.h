#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>

#include <memory>
#include <string>

namespace caliper {

/// A place in a text file, as an editor shows it: 1-based line, and 1-based column counted in characters.
struct TextPosition
{
    qint64 line = 1;
    qint64 column = 1;
};

/// Reads a file (or a Qt resource, ":/…") front to back in fixed-size chunks, so memory stays bounded however
/// large the file is. It knows the line and column of the next byte, for error messages, and hashes every byte
/// it reads, so the content hash costs no second pass. The parsers call get()/peek() per byte: both are inline.
class ByteReader
{
public:
    static constexpr qint64 ChunkSize = qint64(1) << 20;

    static Result<std::unique_ptr<ByteReader>> open(const QString& path);
    ByteReader(const ByteReader&) = delete;
    ByteReader& operator=(const ByteReader&) = delete;

    QString path() const { return m_path; }
    qint64 totalBytes() const { return m_totalBytes; }
    /// Bytes consumed so far.
    qint64 bytesRead() const { return m_consumedBefore + (m_cur - m_begin); }
    /// Where the next byte is.
    TextPosition position() const { return m_position; }

    /// The next byte without consuming it; -1 at the end of the file.
    int peek()
    {
        if (m_cur == m_end && !refill())
            return -1;
        return static_cast<uchar>(*m_cur);
    }
    /// Consumes and returns the next byte; -1 at the end of the file.
    int get()
    {
        if (m_cur == m_end && !refill())
            return -1;
        const auto byte = static_cast<uchar>(*m_cur++);
        if (byte == '\n') {
            ++m_position.line;
            m_position.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // continuation bytes belong to the character before them
            ++m_position.column;
        }
        return byte;
    }

    /// The bytes already buffered and not yet consumed (at least the rest of the first chunk at the start), for
    /// sniffing a format or a delimiter without consuming anything.
    QByteArrayView lookahead();
    /// Skips a UTF-8 byte order mark at the very start of the file.
    void skipByteOrderMark();
    /// `lead` (>= 0x80) was just read by get(): reads the rest of its UTF-8 sequence and appends the whole
    /// sequence to `out`, or returns an error naming where the ill-formed sequence starts.
    Status takeUtf8Tail(int lead, std::string& out);

    /// A read error, if the file could not be read to its end.
    Status ioStatus() const;
    /// SHA-256 (lower-case hex) of the bytes read so far: the file's content hash once the end was reached.
    QString sha256Hex() const;

    /// An error at `position` in this file.
    Error errorAt(const TextPosition& position, const QString& message) const;

private:
    ByteReader(QString path, std::unique_ptr<QFile> file);
    bool refill();

    QString m_path;
    std::unique_ptr<QFile> m_file;
    QByteArray m_buffer;
    const char* m_begin = nullptr;
    const char* m_cur = nullptr;
    const char* m_end = nullptr;
    qint64 m_consumedBefore = 0;
    qint64 m_totalBytes = 0;
    bool m_readFailed = false;
    QString m_readError;
    TextPosition m_position;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
};

/// SHA-256 (lower-case hex) of a whole file, read in chunks: the same value an import stores as content hash.
Result<QString> fileSha256(const QString& path);

} // namespace caliper
