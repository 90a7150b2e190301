#include "metrics/reasoning.h"

#include <QTest>

using namespace caliper;

class TestReasoning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("reasoningContent");
        QTest::addColumn<QString>("reasoning");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("hasReasoning");
        QTest::addColumn<bool>("unclosed");
        auto row = [](const char* name, const QString& content, const QString& reasoningContent,
                       const QString& reasoning, const QString& answer, bool hasReasoning, bool unclosed) {
            QTest::addRow("%s", name) << content << reasoningContent << reasoning << answer << hasReasoning << unclosed;
        };
        const QString none;
        // Outputs without reasoning are left exactly as the model wrote them.
        row("plain answer", QStringLiteral("  Plain answer.\n"), none, none, QStringLiteral("  Plain answer.\n"), false,
            false);
        row("empty output", none, none, none, none, false, false);
        row("think block", QStringLiteral("<think>\nLet me think.\n</think>\n\nThe answer."), none,
            QStringLiteral("Let me think."), QStringLiteral("The answer."), true, false);
        row("opening tag missing", QStringLiteral("Reasoning here.\n</think>\n\nAnswer"), none,
            QStringLiteral("Reasoning here."), QStringLiteral("Answer"), true, false);
        row("unclosed", QStringLiteral("<think>\nStill thinking and never stops"), none,
            QStringLiteral("Still thinking and never stops"), none, true, true);
        row("unclosed after text", QStringLiteral("Sure.\n<think>and then"), none, QStringLiteral("Sure.\nand then"),
            none, true, true);
        row("first closing tag wins", QStringLiteral("<think>a</think>b</think>c"), none, QStringLiteral("a"),
            QStringLiteral("b</think>c"), true, false);
        row("nested opening tag stays in the reasoning", QStringLiteral("<think>a<think>b</think>c"), none,
            QStringLiteral("a<think>b"), QStringLiteral("c"), true, false);
        row("text before the opening tag is reasoning", QStringLiteral("Okay. <think>r</think> answer"), none,
            QStringLiteral("Okay. r"), QStringLiteral("answer"), true, false);
        row("empty think block", QStringLiteral("<think>\n\n</think>\n\nAnswer"), none, none, QStringLiteral("Answer"),
            true, false);
        row("closing tag at the end", QStringLiteral("All reasoning</think>\n"), none, QStringLiteral("All reasoning"),
            none, true, false);
        row("answer keeps inner lines", QStringLiteral("<think>x</think>\n\nLine 1\n\nLine 2\n"), none,
            QStringLiteral("x"), QStringLiteral("Line 1\n\nLine 2"), true, false);
        row("tags are case-sensitive", QStringLiteral("<THINK>x</THINK>y"), none, none,
            QStringLiteral("<THINK>x</THINK>y"), false, false);
        row("opening tag only after the closing tag", QStringLiteral("r</think>a <think> b"), none, QStringLiteral("r"),
            QStringLiteral("a <think> b"), true, false);
        row("reasoning field", QStringLiteral("The answer."), QStringLiteral("Because."), QStringLiteral("Because."),
            QStringLiteral("The answer."), true, false);
        row("reasoning field trims both", QStringLiteral("\n\nAnswer\n"), QStringLiteral("\n r \n"),
            QStringLiteral("r"), QStringLiteral("Answer"), true, false);
        row("reasoning field and echoed think block", QStringLiteral("<think>dup</think>\nAnswer"),
            QStringLiteral("Real reasoning"), QStringLiteral("Real reasoning"), QStringLiteral("Answer"), true, false);
        row("reasoning field and unclosed block", QStringLiteral("<think>oops"), QStringLiteral("r"),
            QStringLiteral("r"), none, true, true);
        row("blank reasoning field is ignored", QStringLiteral("Answer"), QStringLiteral("  \n"), none,
            QStringLiteral("Answer"), false, false);
        row("reasoning field without answer", none, QStringLiteral("thinking only"), QStringLiteral("thinking only"),
            none, true, false);
    }
    void split()
    {
        QFETCH(QString, content);
        QFETCH(QString, reasoningContent);
        QFETCH(QString, reasoning);
        QFETCH(QString, answer);
        QFETCH(bool, hasReasoning);
        QFETCH(bool, unclosed);
        const ReasoningSplit split = splitReasoning(content, reasoningContent);
        QCOMPARE(split.reasoning, reasoning);
        QCOMPARE(split.answer, answer);
        QCOMPARE(split.hasReasoning, hasReasoning);
        QCOMPARE(split.unclosed, unclosed);
    }

    // Counts from js-tiktoken 1.0.21: "Hello, world!" is 4 tokens, "I'm sure they'll say it's fine." 10.
    void tokenCounts_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<qint64>("reasoning");
        QTest::addColumn<qint64>("answer");
        QTest::addRow("both") << QStringLiteral("<think>\nHello, world!\n</think>\n\nI'm sure they'll say it's fine.")
                              << qint64(4) << qint64(10);
        QTest::addRow("answer only") << QStringLiteral("I'm sure they'll say it's fine.") << qint64(0) << qint64(10);
        QTest::addRow("unclosed") << QStringLiteral("<think>Hello, world!") << qint64(4) << qint64(0);
    }
    void tokenCounts()
    {
        QFETCH(QString, content);
        QFETCH(qint64, reasoning);
        QFETCH(qint64, answer);
        const TokenCounts counts = cl100kTokenCounts(splitReasoning(content));
        QCOMPARE(counts.reasoning, reasoning);
        QCOMPARE(counts.answer, answer);
    }
};

QTEST_GUILESS_MAIN(TestReasoning)
#include "test_reasoning.moc"
