#include "metrics/tokencount.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QtConcurrent>

using namespace caliper;

namespace {

QJsonObject tokensGold()
{
    return QJsonDocument::fromJson(test::readFile(test::sharedPath(QStringLiteral("gold/tokens_gold.json")))).object();
}

QJsonArray goldItems()
{
    return tokensGold().value(QLatin1String("items")).toArray();
}

// The cl100k pattern as tiktoken states it, run by PCRE2: the reference for the hand-written splitter.
QStringList piecesByRegex(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*)"
                       R"(|\s*[\r\n]+|\s+(?!\S)|\s+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    QStringList pieces;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        pieces.append(it.next().captured(0));
    return pieces;
}

// Texts beyond the gold file: long whitespace runs, runs long enough for the heap merge, scripts whose marks
// are neither letters nor numbers. Counts come from js-tiktoken 1.0.21, encode(text, [], []).
struct ReferenceCase
{
    const char* name;
    QString text;
    qint64 tokens;
};

std::vector<ReferenceCase> referenceCases()
{
    return {
        {"spaces before word", QString(100, u' ') + u'x', 3},
        {"trailing spaces", u'a' + QString(50, u' '), 2},
        {"blank lines with indent", QStringLiteral("\n\n\n   \n  x"), 4},
        {"tabs only", QString(20, u'\t'), 1},
        {"mixed whitespace before word", QStringLiteral("  \t \n \t word"), 4},
        {"carriage returns", QStringLiteral("a\r\r\nb\r\n\r\nc\rd"), 7},
        {"form feed and vertical tab", QStringLiteral("x\f\vy \f z"), 7},
        {"repeated letter", QString(5000, u'a'), 625},
        {"repeated pair", QStringLiteral("ab").repeated(3000), 3000},
        {"repeated exclamation", QString(3000, u'!'), 375},
        {"repeated emoji", QStringLiteral("😀").repeated(500), 1000},
        {"repeated CJK", QStringLiteral("中").repeated(2000), 2000},
        {"long digit run", QString(100, u'1'), 34},
        {"contractions", QStringLiteral("it's IT'S we'Re you'LL they'VE I'M he'D don't 's'S"), 21},
        {"apostrophe without contraction", QStringLiteral("'hello 'x' ''s"), 7},
        {"typographic apostrophe", QStringLiteral("it’s the patient’s"), 5},
        {"other digits", QStringLiteral("١٢٣٤٥ ²³ Ⅻ 一二三"), 20},
        {"combining accent", QStringLiteral("cafe\u0301 ok"), 4},
        {"devanagari", QStringLiteral("नमस्ते दुनिया"), 13},
        {"korean and thai", QStringLiteral("안녕하세요 สวัสดีครับ"), 15},
        {"family emoji", QStringLiteral("👨‍👩‍👧‍👦 family"), 19},
        {"zero width space", QStringLiteral("Hello\u200bworld"), 3},
        {"no-break and ideographic spaces", QStringLiteral("a\u00a0b a\u3000\u3000b \u2003 x"), 10},
        {"special tokens as text", QStringLiteral("<|endoftext|><|fim_prefix|>x<|endofprompt|>"), 21},
        {"punctuation and newlines", QStringLiteral(" ...\n\n---\r\n***"), 3},
        {"code", QStringLiteral("def f(x):\n    return {'a': [1, 2, 3]}  # done\n"), 22},
        {"url and email", QStringLiteral("see https://example.org/a?b=c&d=e or mail a.b@c.de"), 18},
        {"math symbols", QStringLiteral("∑ x² ≤ ∞ → ±5%"), 11},
    };
}

} // namespace

class TestTokens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // First on purpose: the ranks load lazily, so several threads race to trigger the load here.
    void concurrentFirstUseCountsCorrectly()
    {
        QList<QJsonValue> items;
        for (const QJsonValue& item : goldItems())
            items.append(item);
        items += items;
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        const QList<bool> matches = QtConcurrent::blockingMapped(&pool, items, [](const QJsonValue& item) {
            const QJsonObject object = item.toObject();
            return cl100kTokenCount(object.value(QLatin1String("text")).toString())
                == object.value(QLatin1String("cl100k_base")).toInteger();
        });
        QCOMPARE(matches.count(false), 0);
    }

    // The shipped file is OpenAI's: rebuilding the tiktoken ranks file from it gives the published sha256.
    void shippedRanksAreTheOriginalCl100kRanks()
    {
        QCOMPARE(cl100kVocabularySize(), 100256);
        QCryptographicHash sha(QCryptographicHash::Sha256);
        for (int rank = 0; rank < cl100kVocabularySize(); ++rank)
            sha.addData(QByteArray(cl100kTokenBytes(rank).toBase64() + ' ' + QByteArray::number(rank) + '\n'));
        const QString expected = tokensGold()
                                     .value(QLatin1String("files"))
                                     .toObject()
                                     .value(QLatin1String("cl100k_base_ranks_sha256"))
                                     .toString();
        QCOMPARE(QString::fromLatin1(sha.result().toHex()), expected);
        QVERIFY(cl100kTokenBytes(-1).isEmpty());
        QVERIFY(cl100kTokenBytes(cl100kVocabularySize()).isEmpty());
    }

    void gold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("tokens");
        QTest::addColumn<qint64>("words");
        for (const QJsonValue& value : goldItems()) {
            const QJsonObject item = value.toObject();
            QTest::addRow("%s", qPrintable(item.value(QLatin1String("id")).toString()))
                << item.value(QLatin1String("text")).toString()
                << qint64(item.value(QLatin1String("cl100k_base")).toInteger())
                << qint64(item.value(QLatin1String("python_str_split_words")).toInteger());
        }
    }
    void gold()
    {
        QFETCH(QString, text);
        QFETCH(qint64, tokens);
        QFETCH(qint64, words);
        QCOMPARE(cl100kTokenCount(text), tokens);
        const std::vector<int> ids = cl100kEncode(text);
        QCOMPARE(qint64(ids.size()), tokens);
        QCOMPARE(cl100kDecode(ids), text);
        QCOMPARE(wordCount(text), words);
        QCOMPARE(lumigatorTokenEstimate(text), double(words) / 0.75);
    }

    void referenceCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("tokens");
        for (const ReferenceCase& c : referenceCases())
            QTest::addRow("%s", c.name) << c.text << c.tokens;
        // Unpaired surrogates are encoded as U+FFFD, as tiktoken and JavaScript's TextEncoder do.
        QTest::addRow("lone surrogate") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")) << qint64(3);
    }
    void referenceCounts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, tokens);
        QCOMPARE(cl100kTokenCount(text), tokens);
        QCOMPARE(qint64(cl100kEncode(text).size()), tokens);
    }

    // Token ids from js-tiktoken 1.0.21.
    void tokenIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("ids");
        QTest::addRow("greeting") << QStringLiteral("Hello, world!") << QList<int> {9906, 11, 1917, 0};
        QTest::addRow("contractions") << QStringLiteral("I'm sure they'll say it's fine.")
                                      << QList<int> {40, 2846, 2771, 814, 3358, 2019, 433, 596, 7060, 13};
        QTest::addRow("whitespace") << QStringLiteral("  \n\n  indented\tcode();")
                                    << QList<int> {19124, 220, 1280, 16243, 44443, 2178};
        QTest::addRow("digits and emoji")
            << QStringLiteral("12345 😀 naïve") << QList<int> {4513, 1774, 91416, 95980, 588};
        QTest::addRow("special token text")
            << QStringLiteral("<|endoftext|>") << QList<int> {27, 91, 8862, 728, 428, 91, 29};
    }
    void tokenIds()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, ids);
        const std::vector<int> encoded = cl100kEncode(text);
        QCOMPARE(QList<int>(encoded.begin(), encoded.end()), ids);
        QCOMPARE(cl100kDecode(encoded), text);
    }

    // The hand-written splitter against PCRE2 running the pattern itself, on every text above.
    void splitterMatchesThePattern_data()
    {
        QTest::addColumn<QString>("text");
        for (const QJsonValue& value : goldItems()) {
            const QJsonObject item = value.toObject();
            QTest::addRow("%s", qPrintable(item.value(QLatin1String("id")).toString()))
                << item.value(QLatin1String("text")).toString();
        }
        for (const ReferenceCase& c : referenceCases())
            QTest::addRow("%s", c.name) << c.text;
    }
    void splitterMatchesThePattern()
    {
        QFETCH(QString, text);
        QCOMPARE(cl100kPreTokenize(text), piecesByRegex(text));
    }

    // Pieces that follow from the pattern's alternatives, including the ones PCRE2 cannot check: U+0085 is
    // whitespace for tiktoken's engine (Unicode White_Space) and U+017F folds to 's' in `(?i:'s)`.
    void splitterRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("pieces");
        auto row = [](const char* name, const QString& text, const QStringList& pieces) {
            QTest::addRow("%s", name) << text << pieces;
        };
        row("last space joins the word", QStringLiteral("   word"), {QStringLiteral("  "), QStringLiteral(" word")});
        row("whitespace up to the last newline", QStringLiteral("a  \n\n b"),
            {QStringLiteral("a"), QStringLiteral("  \n\n"), QStringLiteral(" b")});
        row("trailing whitespace", QStringLiteral("x   "), {QStringLiteral("x"), QStringLiteral("   ")});
        row("numbers in threes", QStringLiteral("12345"), {QStringLiteral("123"), QStringLiteral("45")});
        row("space before a number", QStringLiteral(" 1"), {QStringLiteral(" "), QStringLiteral("1")});
        row("symbols keep their newlines", QStringLiteral(" ...\n\nX"),
            {QStringLiteral(" ...\n\n"), QStringLiteral("X")});
        row("symbol prefixes a word", QStringLiteral("!hello"), {QStringLiteral("!hello")});
        row("newline never prefixes a word", QStringLiteral("\nhello"),
            {QStringLiteral("\n"), QStringLiteral("hello")});
        row("no-break space prefixes a word", QStringLiteral("a\u00a0b"),
            {QStringLiteral("a"), QStringLiteral("\u00a0b")});
        row("next line is whitespace", QStringLiteral("a\u0085\u0085b"),
            {QStringLiteral("a"), QStringLiteral("\u0085"), QStringLiteral("\u0085b")});
        row("contractions ignore case", QStringLiteral("'s'S'ſt"),
            {QStringLiteral("'s"), QStringLiteral("'S"), QStringLiteral("'ſ"), QStringLiteral("t")});
        row("empty", QString(), {});
    }
    void splitterRules()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, pieces);
        QCOMPARE(cl100kPreTokenize(text), pieces);
    }

    // Python's str.split() (counts from Python 3.11): its whitespace set is not QChar::isSpace().
    void wordCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("words");
        QTest::addRow("empty") << QString() << qint64(0);
        QTest::addRow("blanks") << QStringLiteral("   \t\n ") << qint64(0);
        QTest::addRow("python-only separators") << QStringLiteral("a\x1c"
                                                                  "b\x1d"
                                                                  "c\x1e"
                                                                  "d\x1f"
                                                                  "e")
                                                << qint64(5);
        QTest::addRow("next line") << QStringLiteral("a\u0085b") << qint64(2);
        QTest::addRow("no-break space") << QStringLiteral("a\u00a0b") << qint64(2);
        QTest::addRow("zero width space") << QStringLiteral("a\u200bb") << qint64(1);
        QTest::addRow("byte order mark") << QStringLiteral("a\ufeffb") << qint64(1);
        QTest::addRow("ideographic space") << QStringLiteral("\u3000x\u3000y\u3000") << qint64(2);
        QTest::addRow("line and paragraph separators") << QStringLiteral("a\u2028b\u2029c") << qint64(3);
        QTest::addRow("emoji") << QStringLiteral("emoji 😀👍🏽 ok") << qint64(3);
        QTest::addRow("mongolian vowel separator") << QStringLiteral("a\u180eb") << qint64(1);
        QTest::addRow("crlf") << QStringLiteral("one\r\ntwo\rthree\n") << qint64(3);
    }
    void wordCounts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, words);
        QCOMPARE(wordCount(text), words);
        QCOMPARE(lumigatorTokenEstimate(text), double(words) / 0.75);
    }
};

QTEST_GUILESS_MAIN(TestTokens)
#include "test_tokens.moc"
