#include "analysis/numbercues.h"
#include "analysis/numberwords.h"

#include "common/pythonstring.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace caliper::analysis {

namespace {

/// Every spelling of a unit, and the canonical form it is compared by.
const QHash<QString, QString>& unitSpellings()
{
    static const QHash<QString, QString> units = [] {
        const QList<std::pair<const char*, const char*>> table {{"mg", "mg mgs milligram milligrams"},
            {"mcg", "mcg ug µg μg microgram micrograms"}, {"g", "g gm gram grams"},
            {"kg", "kg kgs kilo kilos kilogram kilograms"}, {"lb", "lb lbs pound pounds"},
            {"ml", "ml milliliter milliliters millilitre millilitres cc"}, {"l", "l liter liters litre litres"},
            {"unit", "unit units"}, {"iu", "iu"}, {"meq", "meq"}, {"mmol", "mmol"}, {"mmhg", "mmhg"},
            {"%", "% percent"}, {"bpm", "bpm"}, {"cm", "cm centimeter centimeters"},
            {"mm", "mm millimeter millimeters"}, {"tablet", "tablet tablets tab tabs"}, {"pill", "pill pills"},
            {"capsule", "capsule capsules"}, {"puff", "puff puffs"}, {"drop", "drop drops"},
            {"minute", "minute minutes min mins"}, {"hour", "h hour hours hr hrs"}, {"day", "day days"},
            {"week", "week weeks wk wks"}, {"month", "month months"}, {"year", "year years yr yrs"}};
        QHash<QString, QString> result;
        for (const auto& [canonical, spellings] : table) {
            for (const QString& spelling : QString::fromUtf8(spellings).split(u' '))
                result.insert(spelling, QString::fromUtf8(canonical));
        }
        return result;
    }();
    return units;
}

QString unitPattern()
{
    QStringList spellings = unitSpellings().keys();
    // Longest first, so "mg" does not stop "mgs" short and "milligrams" wins over "milligram".
    std::sort(spellings.begin(), spellings.end(),
        [](const QString& a, const QString& b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    for (QString& spelling : spellings)
        spelling = QRegularExpression::escape(spelling);
    const QString per = QStringLiteral("(?:\\s*/\\s*(?:dl|ml|l|kg|min|day|d|hr|h))?");
    return QStringLiteral("(?:%1)%2(?![\\p{L}\\p{N}])").arg(spellings.join(u'|'), per);
}

QString canonicalUnit(const QString& matched)
{
    QString unit = pythonstring::lower(matched);
    unit.remove(u' ');
    const qsizetype slash = unit.indexOf(u'/');
    const QString base = unitSpellings().value(slash < 0 ? unit : unit.first(slash));
    if (slash < 0)
        return base;
    QString per = unit.sliced(slash + 1);
    if (per == QLatin1String("d"))
        per = QStringLiteral("day");
    else if (per == QLatin1String("h") || per == QLatin1String("hr"))
        per = QStringLiteral("hour");
    return base + u'/' + per;
}

QRegularExpression compile(const QString& pattern)
{
    return QRegularExpression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

/// A number in digits or words, not glued to a word or to another number on its left.
QString quantityPattern()
{
    return QStringLiteral("(?:(?<![\\w.,/])(?:%1)|%2)").arg(numberwords::digitsPattern(), numberwords::wordsPattern());
}

double valueOf(const QRegularExpressionMatch& match, int group)
{
    return numberwords::parse(match.captured(group)).value_or(0);
}

struct Pattern
{
    QRegularExpression expression;
    std::function<bool(const QRegularExpressionMatch&, NumberCue&)> read; ///< false: not a cue after all
};

bool readTimesPer(const QRegularExpressionMatch& match, NumberCue& cue)
{
    static const QHash<QString, double> words {
        {QStringLiteral("once"), 1}, {QStringLiteral("twice"), 2}, {QStringLiteral("thrice"), 3}};
    const QString word = pythonstring::lower(match.captured(1));
    const double count = word.isEmpty() ? valueOf(match, 2) : words.value(word);
    static const QHash<QString, QString> adverbs {{QStringLiteral("daily"), QStringLiteral("day")},
        {QStringLiteral("weekly"), QStringLiteral("week")}, {QStringLiteral("monthly"), QStringLiteral("month")}};
    QString period = pythonstring::lower(match.captured(3));
    if (period.isEmpty())
        period = adverbs.value(pythonstring::lower(match.captured(4)));
    cue.kind = CueKind::Frequency;
    cue.key = numberwords::canonical(count) + u'/' + period;
    if (word.isEmpty())
        cue.values = {count};
    return true;
}

bool readEveryInterval(const QRegularExpressionMatch& match, NumberCue& cue)
{
    const double count = valueOf(match, 1);
    cue.kind = CueKind::Frequency;
    cue.key = QStringLiteral("every %1 %2")
                  .arg(numberwords::canonical(count), unitSpellings().value(pythonstring::lower(match.captured(2))));
    cue.values = {count};
    return true;
}

bool readNamedFrequency(const QRegularExpressionMatch& match, NumberCue& cue)
{
    static const QHash<QString, QString> keys {{QStringLiteral("bid"), QStringLiteral("2/day")},
        {QStringLiteral("tid"), QStringLiteral("3/day")}, {QStringLiteral("qid"), QStringLiteral("4/day")},
        {QStringLiteral("qd"), QStringLiteral("1/day")}, {QStringLiteral("daily"), QStringLiteral("1/day")},
        {QStringLiteral("every day"), QStringLiteral("1/day")}, {QStringLiteral("qod"), QStringLiteral("qod")},
        {QStringLiteral("every other day"), QStringLiteral("qod")}, {QStringLiteral("qhs"), QStringLiteral("qhs")},
        {QStringLiteral("nightly"), QStringLiteral("qhs")}, {QStringLiteral("every night"), QStringLiteral("qhs")},
        {QStringLiteral("at bedtime"), QStringLiteral("qhs")}, {QStringLiteral("weekly"), QStringLiteral("1/week")},
        {QStringLiteral("monthly"), QStringLiteral("1/month")}};
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QString name = pythonstring::lower(match.captured(0)).remove(u'.').replace(spaces, QStringLiteral(" "));
    cue.kind = CueKind::Frequency;
    cue.key = keys.value(name);
    return !cue.key.isEmpty();
}

bool readRatio(const QRegularExpressionMatch& match, NumberCue& cue)
{
    const double first = valueOf(match, 1);
    const double second = valueOf(match, 2);
    cue.kind = CueKind::Ratio;
    cue.key = numberwords::canonical(first) + u'/' + numberwords::canonical(second);
    cue.values = {first, second};
    return true;
}

bool readQuantity(const QRegularExpressionMatch& match, NumberCue& cue)
{
    const double value = valueOf(match, 1);
    cue.kind = CueKind::Quantity;
    cue.key = numberwords::canonical(value) + u' ' + canonicalUnit(match.captured(2));
    cue.values = {value};
    return true;
}

bool readNumber(const QRegularExpressionMatch& match, NumberCue& cue)
{
    const std::optional<double> value = numberwords::parse(match.captured(0));
    if (!value)
        return false;
    cue.kind = CueKind::Number;
    cue.key = numberwords::canonical(*value);
    cue.values = {*value};
    return true;
}

/// The cue patterns, most specific first: a later pattern never takes characters an earlier one matched, so
/// "3 times a day" is one frequency rather than a number and "6 hours" inside "every 6 hours" is no quantity.
const QList<Pattern>& patterns()
{
    static const QList<Pattern> list = [] {
        const QString number = quantityPattern();
        const QString unit = unitPattern();
        const QString digits = QStringLiteral("\\d+(?:\\.\\d+)?");
        return QList<Pattern> {
            {compile(QStringLiteral("\\b(?:(once|twice|thrice)|(%1)\\s*(?:x|times?))\\s+"
                                    "(?:(?:a|per|each|every)\\s+(day|week|month)|(daily|weekly|monthly))\\b")
                         .arg(number)),
                readTimesPer},
            {compile(QStringLiteral("\\bevery\\s+(%1)\\s+(hours?|hrs?|days?|weeks?|months?)\\b").arg(number)),
                readEveryInterval},
            {compile(QStringLiteral("\\bq\\.?\\s?(\\d+)\\s?(h|hrs?|hours?)\\b")), readEveryInterval},
            {compile(QStringLiteral("\\b(?:b\\.?i\\.?d|t\\.?i\\.?d|q\\.?i\\.?d|q\\.?o\\.?d|q\\.?h\\.?s|q\\.?d)\\b|"
                                    "\\b(?:daily|nightly|weekly|monthly|every\\s+other\\s+day|every\\s+day|"
                                    "every\\s+night|at\\s+bedtime)\\b")),
                readNamedFrequency},
            {compile(QStringLiteral("(?<![\\w.,/])(%1)(?:\\s*/\\s*|\\s+over\\s+)(%1)(?![\\d/]|[.,]\\d)(?:\\s*%2)?")
                         .arg(digits, unit)),
                readRatio},
            {compile(QStringLiteral("(%1)\\s*-?\\s*(%2)").arg(number, unit)), readQuantity},
            {compile(QStringLiteral("(?<![\\w.,/])(?:%1)(?![\\w/]|[.,]\\d)").arg(numberwords::digitsPattern())),
                readNumber},
            {compile(numberwords::wordsPattern()), readNumber},
        };
    }();
    return list;
}

/// "1." or "2)" opening a line is a list marker, not a number anyone stated.
bool isListMarker(QStringView text, const NumberCue& cue)
{
    const qsizetype end = cue.start + cue.length;
    if (end + 1 > text.size() || (text.at(end) != u'.' && text.at(end) != u')'))
        return false;
    if (end + 1 < text.size() && !text.at(end + 1).isSpace())
        return false;
    for (qsizetype i = cue.start - 1; i >= 0 && text.at(i) != u'\n'; --i) {
        const QChar c = text.at(i);
        if (!c.isSpace() && c != u'-' && c != u'*' && c != u'#' && c != u'\u2022')
            return false;
    }
    return true;
}

bool overlaps(const QList<NumberCue>& cues, qsizetype start, qsizetype end)
{
    return std::any_of(cues.begin(), cues.end(),
        [&](const NumberCue& cue) { return start < cue.start + cue.length && cue.start < end; });
}

/// Whether `cue` is kept: list markers never are; a lone "one" only when reading a transcript for support.
bool keeps(QStringView text, const NumberCue& cue, bool loneOne)
{
    if (cue.kind != CueKind::Number)
        return true;
    if (isListMarker(text, cue))
        return false;
    return loneOne || text.sliced(cue.start, cue.length).compare(u"one", Qt::CaseInsensitive) != 0;
}

QList<NumberCue> findCues(const QString& text, bool loneOne)
{
    QList<NumberCue> cues;
    for (const Pattern& pattern : patterns()) {
        for (auto it = pattern.expression.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            NumberCue cue;
            cue.start = match.capturedStart();
            cue.length = match.capturedLength();
            if (overlaps(cues, cue.start, cue.start + cue.length) || !pattern.read(match, cue))
                continue;
            if (keeps(text, cue, loneOne))
                cues.append(cue);
        }
    }
    std::sort(cues.begin(), cues.end(), [](const NumberCue& a, const NumberCue& b) { return a.start < b.start; });
    return cues;
}

} // namespace

QList<NumberCue> findNumberCues(const QString& text)
{
    return findCues(text, false);
}

TranscriptNumbers::TranscriptNumbers(const QString& transcript)
{
    for (const NumberCue& cue : findCues(transcript, true)) {
        m_keys.insert(cue.key);
        for (const double value : cue.values)
            m_values.insert(numberwords::canonical(value));
    }
}

CueSupport TranscriptNumbers::support(const NumberCue& cue) const
{
    if (m_keys.contains(cue.key))
        return CueSupport::Found;
    const bool allValues = !cue.values.isEmpty()
        && std::all_of(cue.values.begin(), cue.values.end(),
            [&](double value) { return m_values.contains(numberwords::canonical(value)); });
    return allValues ? CueSupport::ValueOnly : CueSupport::Missing;
}

QList<NumberCue> checkNumberCues(const QString& text, const QString& transcript)
{
    const TranscriptNumbers numbers(transcript);
    QList<NumberCue> cues = findNumberCues(text);
    for (NumberCue& cue : cues)
        cue.support = numbers.support(cue);
    return cues;
}

} // namespace caliper::analysis
