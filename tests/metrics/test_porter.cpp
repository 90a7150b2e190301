#include "metrics/porterstemmer.h"
#include "testsupport.h"

#include <QTest>

using namespace caliper;

class TestPorter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every word NLTK 3.8 stemmed for the gold file (rouge tokens longer than three characters).
    void matchesNltkGold_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        const QString text
            = QString::fromUtf8(test::readFile(test::sharedPath(QStringLiteral("gold/porter_gold.tsv"))));
        int rows = 0;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 2);
            QTest::addRow("%s", qPrintable(fields.at(0))) << fields.at(0) << fields.at(1);
            ++rows;
        }
        QCOMPARE(rows, 5646);
    }
    void matchesNltkGold()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        QCOMPARE(porterStem(word), expected);
        // ROUGE's byte path must agree with the QString one on the lowercase ASCII words it sees.
        const std::string ascii = porterStemAscii(word.toStdString());
        QCOMPARE(QString::fromStdString(ascii), expected);
    }

    // Cases outside the gold file, with NLTK 3.8's answers: case handling (the irregular forms are looked up
    // before lowercasing), NLTK-only rules, the literal "*d" quirk, and text that is not ASCII.
    void matchesNltkOnEdgeCases_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::addRow("capitalised") << QStringLiteral("Running") << QStringLiteral("run");
        QTest::addRow("irregular lowercase") << QStringLiteral("sky") << QStringLiteral("sky");
        QTest::addRow("irregular capitalised") << QStringLiteral("Sky") << QStringLiteral("ski");
        QTest::addRow("irregular dying") << QStringLiteral("dying") << QStringLiteral("die");
        QTest::addRow("irregular Dying") << QStringLiteral("Dying") << QStringLiteral("dy");
        QTest::addRow("upper plural") << QStringLiteral("SKIES") << QStringLiteral("ski");
        QTest::addRow("two letters") << QStringLiteral("Is") << QStringLiteral("is");
        QTest::addRow("four-letter ies") << QStringLiteral("dies") << QStringLiteral("die");
        QTest::addRow("longer ies") << QStringLiteral("flies") << QStringLiteral("fli");
        QTest::addRow("ied short") << QStringLiteral("died") << QStringLiteral("die");
        QTest::addRow("ied long") << QStringLiteral("spied") << QStringLiteral("spi");
        QTest::addRow("eed") << QStringLiteral("agreed") << QStringLiteral("agre");
        QTest::addRow("logi") << QStringLiteral("theology") << QStringLiteral("theolog");
        QTest::addRow("double l") << QStringLiteral("controlling") << QStringLiteral("control");
        QTest::addRow("step 2 and 4") << QStringLiteral("CONDITIONAL") << QStringLiteral("condit");
        QTest::addRow("literal *d") << QStringLiteral("fo*ded") << QStringLiteral("fod");
        QTest::addRow("only y") << QStringLiteral("yyyyy") << QStringLiteral("yyyyy");
        QTest::addRow("diaeresis") << QStringLiteral("na\u00efve") << QStringLiteral("na\u00efv");
        QTest::addRow("accented plural") << QStringLiteral("r\u00e9sum\u00e9s") << QStringLiteral("r\u00e9sum\u00e9");
        QTest::addRow("astral") << QStringLiteral("hopped\U0001F600") << QStringLiteral("hopped\U0001F600");
        QTest::addRow("astral ing") << QStringLiteral("\U0001F600ing") << QStringLiteral("\U0001F600ing");
    }
    void matchesNltkOnEdgeCases()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        QCOMPARE(porterStem(word), expected);
    }
};

QTEST_GUILESS_MAIN(TestPorter)
#include "test_porter.moc"
