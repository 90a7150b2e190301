#include "analysis/numbercues.h"

#include <QTest>

using namespace caliper;
using namespace caliper::analysis;

Q_DECLARE_METATYPE(caliper::analysis::CueSupport)

namespace {

/// "text=key" for every cue, for one readable comparison per case.
QStringList describe(const QString& text, const QList<NumberCue>& cues)
{
    QStringList result;
    for (const NumberCue& cue : cues)
        result.append(text.mid(cue.start, cue.length) + u'=' + cue.key);
    return result;
}

QStringList list(const char* items)
{
    return QString::fromUtf8(items).split(u'|', Qt::SkipEmptyParts);
}

} // namespace

class TestNumberCues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto s = [](const char* text) { return QString::fromUtf8(text); };
        QTest::addRow("dose") << s("Lasix 40 mg daily.") << list("40 mg=40 mg|daily=1/day");
        QTest::addRow("spelled units") << s("1,000 milligrams and 2.5 mL")
                                       << list("1,000 milligrams=1000 mg|2.5 mL=2.5 ml");
        QTest::addRow("attached unit") << s("took 40mg") << list("40mg=40 mg");
        QTest::addRow("compound unit") << s("glucose 110 mg/dL") << list("110 mg/dL=110 mg/dl");
        QTest::addRow("twice daily") << s("twice daily") << list("twice daily=2/day");
        QTest::addRow("times a day") << s("3 times a day, four times per day")
                                     << list("3 times a day=3/day|four times per day=4/day");
        QTest::addRow("latin") << s("BID, t.i.d. or qhs") << list("BID=2/day|t.i.d=3/day|qhs=qhs");
        QTest::addRow("every hours") << s("q6h or every 6 hours")
                                     << list("q6h=every 6 hour|every 6 hours=every 6 hour");
        QTest::addRow("combination dose") << s("Norco 10/325 mg") << list("10/325 mg=10/325");
        QTest::addRow("blood pressure") << s("BP 120/80 mmHg, was 150 over 90")
                                        << list("120/80 mmHg=120/80|150 over 90=150/90");
        QTest::addRow("percentages") << s("EF 45% and 5 percent") << list("45%=45 %|5 percent=5 %");
        QTest::addRow("number words") << s("forty milligrams for two weeks")
                                      << list("forty milligrams=40 mg|two weeks=2 week");
        QTest::addRow("compound number words")
            << s("twenty-five units, five hundred mg") << list("twenty-five units=25 unit|five hundred mg=500 mg");
        QTest::addRow("age") << s("a 28-year-old female") << list("28-year=28 year");
        QTest::addRow("plain numbers") << s("A1c of 7.2 and 3 kids") << list("7.2=7.2|3=3");
        QTest::addRow("list markers are not numbers") << s("1. Hypertension\n 2) Diabetes, 2 visits") << list("2=2");
        QTest::addRow("lone one is not a number") << s("the other one, seven") << list("seven=7");
        QTest::addRow("digits inside words") << s("COVID19 and B12") << QStringList();
        QTest::addRow("decimal without zero") << s("take .5 mg") << list(".5 mg=0.5 mg");
        QTest::addRow("empty") << QString() << QStringList();
    }
    void findsCues()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(text, findNumberCues(text)), expected);
    }

    void kindsAndValues()
    {
        const QList<NumberCue> cues = findNumberCues(QStringLiteral("10/325 mg BID, 40 mg, 7"));
        QCOMPARE(cues.size(), 4);
        QCOMPARE(cues.at(0).kind, CueKind::Ratio);
        QCOMPARE(cues.at(0).values, (QList<double> {10, 325}));
        QCOMPARE(cues.at(1).kind, CueKind::Frequency);
        QVERIFY(cues.at(1).values.isEmpty());
        QCOMPARE(cues.at(2).kind, CueKind::Quantity);
        QCOMPARE(cues.at(2).values, QList<double> {40});
        QCOMPARE(cues.at(3).kind, CueKind::Number);
    }

    void checksSupportInTheTranscript_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("transcript");
        QTest::addColumn<CueSupport>("support");
        const auto s = [](const char* text) { return QString::fromUtf8(text); };
        QTest::addRow("same dose") << s("40 mg") << s("[doctor] lasix 40 mg .") << CueSupport::Found;
        QTest::addRow("spelled out") << s("40 mg") << s("[doctor] forty milligrams of lasix") << CueSupport::Found;
        QTest::addRow("thousands") << s("1000 mg") << s("on 1,000 milligrams") << CueSupport::Found;
        QTest::addRow("case-insensitive unit") << s("2.5 ML") << s("2.5 ml") << CueSupport::Found;
        QTest::addRow("frequency forms") << s("BID") << s("two times a day") << CueSupport::Found;
        QTest::addRow("frequency words") << s("4 times a day") << s("four times a day") << CueSupport::Found;
        QTest::addRow("blood pressure spoken") << s("120/80") << s("it was 120 over 80 today") << CueSupport::Found;
        QTest::addRow("percent spoken") << s("45%") << s("about 45 percent") << CueSupport::Found;
        QTest::addRow("number without unit") << s("40 mg") << s("i take 40 of them") << CueSupport::ValueOnly;
        QTest::addRow("other unit") << s("20 mg") << s("20 minutes") << CueSupport::ValueOnly;
        QTest::addRow("lone one supports 1") << s("1") << s("just one") << CueSupport::Found;
        QTest::addRow("invented dose") << s("80 mg") << s("lasix 40 mg") << CueSupport::Missing;
        QTest::addRow("invented frequency") << s("TID") << s("twice a day") << CueSupport::Missing;
        QTest::addRow("half a ratio") << s("10/325") << s("10 mg") << CueSupport::Missing;
        QTest::addRow("decimal is not integer") << s("2.5 mg") << s("25 mg") << CueSupport::Missing;
    }
    void checksSupportInTheTranscript()
    {
        QFETCH(QString, output);
        QFETCH(QString, transcript);
        QFETCH(CueSupport, support);
        const QList<NumberCue> cues = checkNumberCues(output, transcript);
        QCOMPARE(cues.size(), 1);
        QCOMPARE(cues.first().support, support);
    }
};

QTEST_GUILESS_MAIN(TestNumberCues)
#include "test_numbercues.moc"
