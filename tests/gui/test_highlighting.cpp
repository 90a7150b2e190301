#include "viewers/highlighting.h"
#include "viewers/textviewer.h"

#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace caliper;

namespace {

// The character format the highlighter gave to `position` of a block (the default format where it gave none).
QTextCharFormat formatAt(const QTextBlock& block, int position)
{
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange& range : formats) {
        if (range.start <= position && position < range.start + range.length)
            return range.format;
    }
    return {};
}

bool isBold(const QTextCharFormat& format)
{
    return format.hasProperty(QTextFormat::FontWeight) && format.fontWeight() >= QFont::Bold;
}

} // namespace

class TestHighlighting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void highlightsKnownLines_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QList<int>>("highlighted");
        QTest::addColumn<QList<int>>("plain");
        const int transcript = int(TextKind::Transcript);
        const int reference = int(TextKind::Reference);
        QTest::addRow("doctor tag") << transcript << QStringLiteral("[doctor] hi , how are you ?")
                                    << QList<int> {0, 4, 7} << QList<int> {8, 9, 20};
        QTest::addRow("patient tag") << transcript << QStringLiteral("[patient] fine .") << QList<int> {0, 8}
                                     << QList<int> {9, 10};
        QTest::addRow("any name, mid-line")
            << transcript << QStringLiteral("then [Dr. Smith] said so") << QList<int> {5, 15} << QList<int> {0, 4, 16};
        QTest::addRow("capitals heading")
            << reference << QStringLiteral("ASSESSMENT AND PLAN") << QList<int> {0, 18} << QList<int> {};
        QTest::addRow("colon heading") << reference << QStringLiteral("Medications:") << QList<int> {0, 11}
                                       << QList<int> {};
        QTest::addRow("hyphen bullet") << reference << QStringLiteral("- continue lisinopril") << QList<int> {0}
                                       << QList<int> {2, 10};
        QTest::addRow("dot bullet") << reference << QStringLiteral("• Medical Reasoning: stable.") << QList<int> {0}
                                    << QList<int> {2, 20};
        QTest::addRow("numbered bullet") << reference << QStringLiteral("2. Depression.") << QList<int> {0, 1}
                                         << QList<int> {3};
        QTest::addRow("sentence is plain") << reference << QStringLiteral("Patient Agreements: the patient agrees.")
                                           << QList<int> {} << QList<int> {0, 19};
    }
    void highlightsKnownLines()
    {
        QFETCH(int, kind);
        QFETCH(QString, line);
        QFETCH(QList<int>, highlighted);
        QFETCH(QList<int>, plain);
        QTextDocument document;
        QSyntaxHighlighter* highlighter = createHighlighter(TextKind(kind), &document);
        QVERIFY(highlighter);
        QCOMPARE(highlighter->document(), &document);
        document.setPlainText(QStringLiteral("first line\n") + line);
        // A new highlighter's first pass is queued to the event loop; run it now.
        highlighter->rehighlight();
        const QTextBlock block = document.findBlockByNumber(1);
        for (int position : highlighted)
            QVERIFY2(isBold(formatAt(block, position)), qPrintable(QStringLiteral("position %1").arg(position)));
        for (int position : plain)
            QVERIFY2(!isBold(formatAt(block, position)), qPrintable(QStringLiteral("position %1").arg(position)));
    }

    // Doctor and patient are told apart by colour, not only weight.
    void speakersHaveDistinctColours()
    {
        QTextDocument document;
        QSyntaxHighlighter* highlighter = createHighlighter(TextKind::Transcript, &document);
        document.setPlainText(QStringLiteral("[doctor] a\n[patient] b\n[nurse] c"));
        highlighter->rehighlight();
        const QBrush doctor = formatAt(document.findBlockByNumber(0), 1).foreground();
        const QBrush patient = formatAt(document.findBlockByNumber(1), 1).foreground();
        const QBrush nurse = formatAt(document.findBlockByNumber(2), 1).foreground();
        QVERIFY(doctor.color() != patient.color());
        QVERIFY(nurse.color() != doctor.color());
    }

    void gutterFitsTheLineNumbers()
    {
        TextViewer viewer;
        QStringList lines;
        for (int i = 0; i < 1200; ++i)
            lines << QStringLiteral("line");
        viewer.setPlainText(lines.join(QLatin1Char('\n')));
        QCOMPARE(viewer.blockCount(), 1200);
        QVERIFY(viewer.gutterWidth() > viewer.fontMetrics().horizontalAdvance(QStringLiteral("1200")));
        viewer.setLineNumbersVisible(false);
        QCOMPARE(viewer.gutterWidth(), 0);
    }
};

QTEST_MAIN(TestHighlighting)
#include "test_highlighting.moc"
