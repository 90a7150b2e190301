#include "analysis/numberwords.h"

#include "common/pythonstring.h"

#include <QHash>
#include <QRegularExpression>

namespace caliper::analysis::numberwords {

namespace {

const QHash<QString, int>& smallNumbers()
{
    static const QHash<QString, int> values {{QStringLiteral("zero"), 0}, {QStringLiteral("one"), 1},
        {QStringLiteral("two"), 2}, {QStringLiteral("three"), 3}, {QStringLiteral("four"), 4},
        {QStringLiteral("five"), 5}, {QStringLiteral("six"), 6}, {QStringLiteral("seven"), 7},
        {QStringLiteral("eight"), 8}, {QStringLiteral("nine"), 9}, {QStringLiteral("ten"), 10},
        {QStringLiteral("eleven"), 11}, {QStringLiteral("twelve"), 12}, {QStringLiteral("thirteen"), 13},
        {QStringLiteral("fourteen"), 14}, {QStringLiteral("fifteen"), 15}, {QStringLiteral("sixteen"), 16},
        {QStringLiteral("seventeen"), 17}, {QStringLiteral("eighteen"), 18}, {QStringLiteral("nineteen"), 19},
        {QStringLiteral("twenty"), 20}, {QStringLiteral("thirty"), 30}, {QStringLiteral("forty"), 40},
        {QStringLiteral("fifty"), 50}, {QStringLiteral("sixty"), 60}, {QStringLiteral("seventy"), 70},
        {QStringLiteral("eighty"), 80}, {QStringLiteral("ninety"), 90}};
    return values;
}

std::optional<double> parseWords(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
    double total = 0;
    double current = 0;
    bool any = false;
    for (const QString& word : pythonstring::lower(text).split(separators, Qt::SkipEmptyParts)) {
        if (word == QLatin1String("and"))
            continue;
        if (word == QLatin1String("hundred")) {
            current = (any ? current : 1) * 100;
        } else if (word == QLatin1String("thousand")) {
            total += (any ? current : 1) * 1000;
            current = 0;
        } else if (const auto found = smallNumbers().constFind(word); found != smallNumbers().cend()) {
            current += found.value();
        } else {
            return std::nullopt;
        }
        any = true;
    }
    return any ? std::optional<double>(total + current) : std::nullopt;
}

} // namespace

QString digitsPattern()
{
    return QStringLiteral("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+");
}

QString wordsPattern()
{
    const QString ones = QStringLiteral("one|two|three|four|five|six|seven|eight|nine");
    const QString teens = QStringLiteral("zero|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                                         "eighteen|nineteen");
    const QString tens = QStringLiteral("twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety");
    const QString small = QStringLiteral("(?:(?:%1)(?:[ -](?:%2)\\b)?\\b|(?:%3|%2)\\b)").arg(tens, ones, teens);
    // "one thousand five hundred": a second group may carry its own "hundred".
    return QStringLiteral("\\b%1(?:\\s+(?:hundred|thousand)\\b(?:\\s+(?:and\\s+)?%1(?:\\s+hundred\\b)?)?)?").arg(small);
}

std::optional<double> parse(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    if (text.front().isDigit() || text.front() == u'.') {
        bool ok = false;
        const double value = QString(text).remove(u',').toDouble(&ok);
        return ok ? std::optional<double>(value) : std::nullopt;
    }
    return parseWords(text);
}

QString canonical(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace caliper::analysis::numberwords
