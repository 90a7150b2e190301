#include "analysis/highlightspans.h"

#include <QTest>

using namespace caliper::analysis;

namespace {

/// "text:kind" per span (with ":note note" when it has notes), for readable comparisons.
QStringList describe(const QString& text, const QList<HighlightSpan>& spans)
{
    static const char* const Kinds[] = {"in", "out", "added", "missing", "found", "valueonly", "invented"};
    QStringList described;
    for (const HighlightSpan& span : spans) {
        QString item = text.mid(span.start, span.length) + u':' + QLatin1String(Kinds[static_cast<int>(span.kind)]);
        if (!span.notes.isEmpty())
            item += u':' + span.notes.join(u' ');
        described.append(item);
    }
    return described;
}

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestHighlightSpans : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overlap_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("case and punctuation do not count")
            << s("Start Lisinopril, 10 mg daily.") << s("continue lisinopril 10 mg")
            << QStringList {s("Start:out"), s("Lisinopril:in"), s("10:in"), s("mg:in"), s("daily:out")};
        QTest::addRow("order does not count")
            << s("pain chest") << s("chest pain") << QStringList {s("pain:in"), s("chest:in")};
        QTest::addRow("empty output") << QString() << s("anything") << QStringList {};
        QTest::addRow("empty reference") << s("a cough") << QString() << QStringList {s("a:out"), s("cough:out")};
    }
    void overlap()
    {
        QFETCH(QString, output);
        QFETCH(QString, reference);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(output, overlapSpans(output, reference)), expected);
    }

    void diff_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("identical") << s("The cough is better.") << s("the cough is better") << QStringList {};
        QTest::addRow("replaced word") << s("The cough is worse.") << s("The cough is better.")
                                       << QStringList {s("worse:missing:better"), s("worse:added")};
        QTest::addRow("gap in the middle anchors on the next word")
            << s("aspirin daily") << s("aspirin 81 mg daily") << QStringList {s("daily:missing:81 mg")};
        QTest::addRow("gap at the end anchors on the last word")
            << s("aspirin daily") << s("aspirin daily, with food") << QStringList {s("daily:missing:with food")};
        QTest::addRow("missing words read as in the reference")
            << s("Plan: rest") << s("Plan: Light-headed, rest") << QStringList {s("rest:missing:Light-headed")};
        QTest::addRow("nothing to anchor on") << QString() << s("a plan") << QStringList {};
        QTest::addRow("all added") << s("new words") << QString() << QStringList {s("new:added"), s("words:added")};
    }
    void diff()
    {
        QFETCH(QString, output);
        QFETCH(QString, reference);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(output, diffSpans(output, reference)), expected);
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("transcript");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("found in words") << s("Lasix 40 mg.") << s("lasix forty milligrams")
                                        << QStringList {s("40 mg:found:40 mg")};
        QTest::addRow("number without its unit")
            << s("Take 40 mg") << s("i take 40 of them") << QStringList {s("40 mg:valueonly:40 mg")};
        QTest::addRow("invented dose") << s("Lasix 80 mg.") << s("lasix 40 mg")
                                       << QStringList {s("80 mg:invented:80 mg")};
        QTest::addRow("no numbers") << s("Rest and fluids.") << s("40 mg") << QStringList {};
    }
    void numbers()
    {
        QFETCH(QString, output);
        QFETCH(QString, transcript);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(output, numberSpans(output, transcript)), expected);
    }
};

QTEST_GUILESS_MAIN(TestHighlightSpans)
#include "test_highlightspans.moc"
