#include "metrics/tokencount.h"

#include "common/pythonstring.h"

#include <QByteArrayView>
#include <QFile>
#include <QHashFunctions>
#include <QtEndian>
#include <QtGlobal>

#include <array>
#include <cstring>
#include <functional>
#include <limits>
#include <queue>
#include <string>
#include <utility>
#include <vector>

namespace caliper {

namespace {

// ---- The vocabulary ------------------------------------------------------------------------------------

// Built by resources/tokenizers/convert_cl100k.mjs; its header comment documents the layout.
constexpr auto RanksResource = ":/tokenizers/cl100k_base.ranks.z";
constexpr QByteArrayView RanksMagic("CLRANKS1");
constexpr quint32 NoRank = std::numeric_limits<quint32>::max();

/// The byte string -> rank table: one blob of all tokens plus an open-addressing index into it, because
/// a lookup per candidate pair is the inner loop of BPE and must not allocate.
class Vocabulary
{
public:
    static const Vocabulary& instance()
    {
        static const Vocabulary vocabulary; // C++ guarantees thread-safe, once-only initialisation
        return vocabulary;
    }

    int size() const { return m_offsets.empty() ? 0 : int(m_offsets.size() - 1); }

    quint32 rank(const char* data, qsizetype length) const
    {
        const auto len = quint32(length);
        for (size_t slot = hash(data, length) & m_mask;; slot = (slot + 1) & m_mask) {
            const quint32 candidate = m_slots[slot];
            if (candidate == NoRank)
                return NoRank;
            const quint32 begin = m_offsets[candidate];
            if (m_offsets[candidate + 1] - begin == len && std::memcmp(m_blob.constData() + begin, data, len) == 0)
                return candidate;
        }
    }

    QByteArrayView bytes(int rank) const
    {
        if (rank < 0 || rank >= size())
            return {};
        const auto index = size_t(rank);
        return QByteArrayView(m_blob).sliced(m_offsets[index], m_offsets[index + 1] - m_offsets[index]);
    }

private:
    Vocabulary()
    {
        QFile file(QString::fromLatin1(RanksResource));
        if (!file.open(QIODevice::ReadOnly) || !parse(qUncompress(file.readAll()))) {
            qCritical("caliper: the cl100k_base ranks resource is missing or corrupt; token counts are off");
            m_offsets.clear();
            return;
        }
        buildIndex();
    }

    static size_t hash(const char* data, qsizetype length) { return qHashBits(data, size_t(length), 0); }

    bool parse(const QByteArray& layout)
    {
        const qsizetype headerSize = RanksMagic.size() + 4;
        if (layout.size() < headerSize || !layout.startsWith(RanksMagic))
            return false;
        const quint32 count = qFromLittleEndian<quint32>(layout.constData() + RanksMagic.size());
        if (layout.size() < headerSize + qsizetype(count))
            return false;
        const auto* lengths = reinterpret_cast<const uchar*>(layout.constData() + headerSize);
        m_offsets.resize(count + 1);
        quint32 offset = 0;
        for (quint32 i = 0; i < count; ++i) {
            m_offsets[i] = offset;
            offset += lengths[i];
        }
        m_offsets[count] = offset;
        m_blob = layout.sliced(headerSize + qsizetype(count));
        return m_blob.size() == qsizetype(offset);
    }

    void buildIndex()
    {
        size_t capacity = 1;
        while (capacity < m_offsets.size() * 2)
            capacity <<= 1;
        m_mask = capacity - 1;
        m_slots.assign(capacity, NoRank);
        for (quint32 r = 0; r + 1 < m_offsets.size(); ++r) {
            size_t slot = hash(m_blob.constData() + m_offsets[r], m_offsets[r + 1] - m_offsets[r]) & m_mask;
            while (m_slots[slot] != NoRank)
                slot = (slot + 1) & m_mask;
            m_slots[slot] = r;
        }
    }

    QByteArray m_blob;
    std::vector<quint32> m_offsets; ///< token r is m_blob[m_offsets[r], m_offsets[r + 1])
    std::vector<quint32> m_slots;
    size_t m_mask = 0;
};

// ---- Character classes of the cl100k pattern -------------------------------------------------------------

enum class CharClass : quint8 { Letter, Number, Space, Other };

// Unicode White_Space, which is what `\s` means in tiktoken's (Rust) regex engine.
bool isWhiteSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

CharClass classifySlow(char32_t c)
{
    if (isWhiteSpace(c))
        return CharClass::Space;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
        return CharClass::Letter;
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return CharClass::Number;
    default:
        return CharClass::Other;
    }
}

const std::array<CharClass, 128> AsciiClasses = [] {
    std::array<CharClass, 128> classes {};
    for (char32_t c = 0; c < 128; ++c)
        classes[c] = classifySlow(c);
    return classes;
}();

CharClass classify(char32_t c)
{
    return c < 128 ? AsciiClasses[c] : classifySlow(c);
}

bool isNewline(char32_t c)
{
    return c == U'\r' || c == U'\n';
}

struct CodePoint
{
    char32_t value;
    qsizetype size; ///< UTF-16 code units
};

/// Splits text into the pieces the cl100k pattern matches, in order, without a regex engine:
/// `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}|
/// ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+` Each helper below is one alternative, tried in the pattern's
/// order; the first that matches wins.
class PieceSplitter
{
public:
    explicit PieceSplitter(const QString& text)
        : m_text(text.constData())
        , m_size(text.size())
    { }

    qsizetype size() const { return m_size; }

    qsizetype pieceEnd(qsizetype begin) const
    {
        const CodePoint first = at(begin);
        const CharClass cls = classify(first.value);
        if (const qsizetype end = contractionEnd(begin, first.value); end > 0)
            return end;
        if (cls == CharClass::Letter)
            return runEnd(begin, CharClass::Letter);
        if (cls != CharClass::Number && !isNewline(first.value) && begin + first.size < m_size
            && classAt(begin + first.size) == CharClass::Letter)
            return runEnd(begin + first.size, CharClass::Letter);
        if (cls == CharClass::Number)
            return numberEnd(begin);
        const qsizetype symbols = first.value == U' ' ? begin + 1 : begin;
        if (symbols < m_size && classAt(symbols) == CharClass::Other)
            return newlinesEnd(runEnd(symbols, CharClass::Other));
        return whitespaceEnd(begin);
    }

private:
    CodePoint at(qsizetype i) const
    {
        const char16_t unit = m_text[i].unicode();
        if (QChar::isHighSurrogate(unit) && i + 1 < m_size && m_text[i + 1].isLowSurrogate())
            return {QChar::surrogateToUcs4(unit, m_text[i + 1].unicode()), 2};
        if (QChar::isSurrogate(unit))
            return {U'\uFFFD', 1};
        return {unit, 1};
    }

    CharClass classAt(qsizetype i) const { return classify(at(i).value); }

    qsizetype runEnd(qsizetype i, CharClass cls) const
    {
        while (i < m_size) {
            const CodePoint c = at(i);
            if (classify(c.value) != cls)
                break;
            i += c.size;
        }
        return i;
    }

    // ASCII letters compared case-insensitively; U+017F folds to 's' (simple case folding).
    char16_t foldedAt(qsizetype i) const
    {
        if (i >= m_size)
            return 0;
        const char16_t c = m_text[i].unicode();
        if (c == u'\u017F')
            return u's';
        return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
    }

    qsizetype contractionEnd(qsizetype i, char32_t first) const
    {
        if (first != U'\'')
            return 0;
        const char16_t a = foldedAt(i + 1);
        if (a == u's' || a == u't' || a == u'm' || a == u'd')
            return i + 2;
        const char16_t b = foldedAt(i + 2);
        if ((a == u'r' && b == u'e') || (a == u'v' && b == u'e') || (a == u'l' && b == u'l'))
            return i + 3;
        return 0;
    }

    qsizetype numberEnd(qsizetype i) const
    {
        for (int digits = 0; digits < 3 && i < m_size; ++digits) {
            const CodePoint c = at(i);
            if (classify(c.value) != CharClass::Number)
                break;
            i += c.size;
        }
        return i;
    }

    qsizetype newlinesEnd(qsizetype i) const
    {
        while (i < m_size && isNewline(m_text[i].unicode()))
            ++i;
        return i;
    }

    // `\s*[\r\n]+` ends after the run's last newline; else `\s+(?!\S)` leaves the run's last character
    // to the next piece (it becomes the " " of " word"); else `\s+` takes the whole run.
    qsizetype whitespaceEnd(qsizetype begin) const
    {
        qsizetype end = begin, lastNewlineEnd = -1, lastStart = begin;
        while (end < m_size) {
            const CodePoint c = at(end);
            if (classify(c.value) != CharClass::Space)
                break;
            lastStart = end;
            end += c.size;
            if (isNewline(c.value))
                lastNewlineEnd = end;
        }
        if (lastNewlineEnd > 0)
            return lastNewlineEnd;
        if (end == m_size || lastStart == begin)
            return end;
        return lastStart;
    }

    const QChar* m_text;
    qsizetype m_size;
};

// ---- Byte-pair merging -----------------------------------------------------------------------------------

void appendUtf8(std::string& out, const QChar* text, qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < end && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        else if (QChar::isSurrogate(c))
            c = U'\uFFFD';
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else {
            out += char(0xF0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3F));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    }
}

/// Merges the lowest-ranked adjacent pair, leftmost first, until no pair is a token — tiktoken's rule.
/// Short pieces (nearly all) use tiktoken's linear scan; long ones (runs of one character from a model
/// stuck repeating itself) a heap, which gives the same merges without the quadratic cost.
class BytePairEncoder
{
public:
    explicit BytePairEncoder(const Vocabulary& vocabulary)
        : m_vocabulary(vocabulary)
    { }

    template <typename Sink> void encode(const std::string& piece, Sink& sink)
    {
        const quint32 whole = m_vocabulary.rank(piece.data(), qsizetype(piece.size()));
        if (whole != NoRank) {
            sink(int(whole));
            return;
        }
        if (piece.size() <= LinearLimit)
            mergeLinear(piece);
        else
            mergeWithHeap(piece);
        for (size_t i = 0; i + 1 < m_starts.size(); ++i)
            sink(int(rankOf(piece, m_starts[i], m_starts[i + 1])));
    }

private:
    static constexpr size_t LinearLimit = 128;

    quint32 rankOf(const std::string& piece, size_t begin, size_t end) const
    {
        return m_vocabulary.rank(piece.data() + begin, qsizetype(end - begin));
    }

    // m_starts holds part boundaries (plus the end); m_ranks[k] is the rank of parts k and k+1 merged.
    void mergeLinear(const std::string& piece)
    {
        m_starts.resize(piece.size() + 1);
        for (size_t i = 0; i <= piece.size(); ++i)
            m_starts[i] = i;
        m_ranks.resize(piece.size());
        for (size_t k = 0; k < m_ranks.size(); ++k)
            m_ranks[k] = pairRank(piece, k);
        while (true) {
            size_t best = 0;
            for (size_t k = 1; k < m_ranks.size(); ++k)
                if (m_ranks[k] < m_ranks[best])
                    best = k;
            if (m_ranks.empty() || m_ranks[best] == NoRank)
                return;
            m_starts.erase(m_starts.begin() + std::ptrdiff_t(best) + 1);
            m_ranks.erase(m_ranks.begin() + std::ptrdiff_t(best) + 1);
            m_ranks[best] = pairRank(piece, best);
            if (best > 0)
                m_ranks[best - 1] = pairRank(piece, best - 1);
        }
    }

    quint32 pairRank(const std::string& piece, size_t k) const
    {
        return k + 2 < m_starts.size() ? rankOf(piece, m_starts[k], m_starts[k + 2]) : NoRank;
    }

    void mergeWithHeap(const std::string& piece);

    const Vocabulary& m_vocabulary;
    std::vector<size_t> m_starts;
    std::vector<quint32> m_ranks;
};

// Parts form a linked list over byte positions; a heap entry (rank, start) is stale when the part at
// `start` is gone or now merges into something else (a different pair has a different rank).
void BytePairEncoder::mergeWithHeap(const std::string& piece)
{
    const size_t n = piece.size();
    std::vector<size_t> next(n), prev(n);
    std::vector<quint32> rank(n, NoRank);
    std::vector<bool> alive(n, true);
    using Entry = std::pair<quint32, size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
    auto update = [&](size_t start) {
        const size_t second = next[start]; // n marks the end
        rank[start] = second < n ? rankOf(piece, start, next[second]) : NoRank;
        if (rank[start] != NoRank)
            heap.emplace(rank[start], start);
    };
    for (size_t i = 0; i < n; ++i) {
        next[i] = i + 1;
        prev[i] = i == 0 ? n : i - 1;
    }
    for (size_t i = 0; i < n; ++i)
        update(i);
    while (!heap.empty()) {
        const auto [entryRank, start] = heap.top();
        heap.pop();
        if (!alive[start] || rank[start] != entryRank)
            continue;
        const size_t removed = next[start];
        alive[removed] = false;
        next[start] = next[removed];
        if (next[start] < n)
            prev[next[start]] = start;
        update(start);
        if (prev[start] < n)
            update(prev[start]);
    }
    m_starts.clear();
    for (size_t i = 0; i < n; i = next[i])
        m_starts.push_back(i);
    m_starts.push_back(n);
}

template <typename Sink> bool encodeText(const QString& text, Sink&& sink)
{
    const Vocabulary& vocabulary = Vocabulary::instance();
    if (vocabulary.size() == 0)
        return false;
    const PieceSplitter splitter(text);
    BytePairEncoder encoder(vocabulary);
    std::string piece;
    for (qsizetype begin = 0; begin < splitter.size();) {
        const qsizetype end = splitter.pieceEnd(begin);
        piece.clear();
        appendUtf8(piece, text.constData(), begin, end);
        encoder.encode(piece, sink);
        begin = end;
    }
    return true;
}

} // namespace

qint64 cl100kTokenCount(const QString& text)
{
    qint64 count = 0;
    auto counter = [&count](int) { ++count; };
    return encodeText(text, counter) ? count : -1;
}

std::vector<int> cl100kEncode(const QString& text)
{
    std::vector<int> tokens;
    auto collect = [&tokens](int token) { tokens.push_back(token); };
    encodeText(text, collect);
    return tokens;
}

QString cl100kDecode(const std::vector<int>& tokens)
{
    QByteArray utf8;
    for (const int token : tokens)
        utf8 += Vocabulary::instance().bytes(token);
    return QString::fromUtf8(utf8);
}

QByteArray cl100kTokenBytes(int rank)
{
    return Vocabulary::instance().bytes(rank).toByteArray();
}

int cl100kVocabularySize()
{
    return Vocabulary::instance().size();
}

QStringList cl100kPreTokenize(const QString& text)
{
    QStringList pieces;
    const PieceSplitter splitter(text);
    for (qsizetype begin = 0; begin < splitter.size();) {
        const qsizetype end = splitter.pieceEnd(begin);
        pieces.append(text.sliced(begin, end - begin));
        begin = end;
    }
    return pieces;
}

qint64 wordCount(const QString& text)
{
    return pythonstring::countWords(text);
}

double lumigatorTokenEstimate(const QString& text)
{
    return double(wordCount(text)) / 0.75;
}

} // namespace caliper
