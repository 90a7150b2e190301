// The judge reply parser over a corpus of messy replies, the kind local models write: fences, prose, single
// quotes, trailing commas, bare numbers, labels, think blocks; and the replies it must refuse.
#include "judge/judgereply.h"

#include <QTest>

using namespace caliper;

class TestJudgeReply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void outOfRangeNamesTheColumn();
};

void TestJudgeReply::parses_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("scoreText");
    QTest::addColumn<QString>("reason");

    auto row = [](const char* name, const char* reply, int min, int max, double score, const char* text,
                   const char* reason) {
        QTest::addRow("%s", name) << QString::fromUtf8(reply) << min << max << score << QString::fromUtf8(text)
                                  << QString::fromUtf8(reason);
    };
    row("clean json", R"({"score": 7, "reason": "Covers the plan."})", 0, 10, 7, "7", "Covers the plan.");
    row("json fence", "```json\n{\"score\": 7, \"reason\": \"Clear.\"}\n```", 0, 10, 7, "7", "Clear.");
    row("bare fence", "```\n{\"score\": 3, \"reason\": \"Thin.\"}\n```", 0, 10, 3, "3", "Thin.");
    row("prose before", "Here is my evaluation:\n{\"score\": 8, \"reason\": \"Good.\"}", 0, 10, 8, "8", "Good.");
    row("prose after", "{\"score\": 6, \"reason\": \"ok\"}\nLet me know if you need more.", 0, 10, 6, "6", "ok");
    row("single quotes", "{'score': 5, 'reason': 'Misses the dosage.'}", 0, 10, 5, "5", "Misses the dosage.");
    row("apostrophe in single quotes", "{'score': 5, 'reason': 'It's concise.'}", 0, 10, 5, "5", "It's concise.");
    row("trailing comma", R"({"score": 9, "reason": "Complete.",})", 0, 10, 9, "9", "Complete.");
    row("unquoted keys", R"({score: 4, reason: "Vague"})", 0, 10, 4, "4", "Vague");
    row("score as string", R"({"score": "7", "reason": "x"})", 0, 10, 7, "7", "x");
    row("score as fraction string", R"({"score": "7/10", "reason": "x"})", 0, 10, 7, "7", "x");
    row("padded string score", R"({"score": " 8 ", "reason": "y"})", 0, 10, 8, "8", "y");
    row("reason first", R"({"reason": "Accurate.", "score": 10})", 0, 10, 10, "10", "Accurate.");
    row("multi-line json", "JSON:\n{\n  \"score\": 3,\n  \"reason\": \"Lists facts without order.\"\n}", 0, 10, 3, "3",
        "Lists facts without order.");
    row("nested object", R"({"result": {"score": 7, "reason": "fine"}})", 0, 10, 7, "7", "fine");
    row("echoed example first",
        "Format: {\"score\": 0, \"reason\": \"...\"}\nAnswer: {\"score\": 6, \"reason\": \"Good\"}", 0, 10, 6, "6",
        "Good");
    row("inner double quotes", R"({"score": 6, "reason": "The "plan" section, is thin"})", 0, 10, 6, "6",
        "The \"plan\" section, is thin");
    row("rating key", R"({"rating": 6})", 0, 10, 6, "6", "");
    row("decimal score", R"({"score": 7.5, "reason": "x"})", 0, 10, 7.5, "7.5", "x");
    row("bare number", "8", 0, 10, 8, "8", "");
    row("bare number with spaces", "  3\n", 1, 5, 3, "3", "");
    row("leading number then prose", "4\n\nThe summary is coherent.", 1, 5, 4, "4", "");
    row("quoted bare number", "\"2\"", 1, 3, 2, "2", "");
    row("score label fraction", "Score: 7/10", 0, 10, 7, "7", "");
    row("markdown labels", "**Score:** 8\n**Reason:** Clear and complete.", 0, 10, 8, "8", "Clear and complete.");
    row("paper form label", "- Coherence: 4", 1, 5, 4, "4", "");
    row("label with range", "Fluency (1-3): 2", 1, 3, 2, "2", "");
    row("final score prose", "The summary lists every problem.\nFinal score: 9", 0, 10, 9, "9", "");
    row("think then json", "<think>The score could be 3 or 4.</think>\n{\"score\": 4, \"reason\": \"ok\"}", 0, 10, 4,
        "4", "ok");
    row("think then bare number", "<think>\nhmm, 2?\n</think>\n\n5", 1, 5, 5, "5", "");
    row("broken json falls back to label", R"({"score": 6, "reason": unterminated)", 0, 10, 6, "6", "unterminated");
}

void TestJudgeReply::parses()
{
    QFETCH(QString, reply);
    QFETCH(int, min);
    QFETCH(int, max);
    QFETCH(double, score);
    QFETCH(QString, scoreText);
    QFETCH(QString, reason);
    const Result<ParsedJudgement> parsed
        = parseJudgeReply(reply, min, max, {QStringLiteral("Coherence"), QStringLiteral("fluency")});
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->score, score);
    QCOMPARE(parsed->scoreText(reply), scoreText);
    QCOMPARE(parsed->reason, reason);
}

void TestJudgeReply::refuses_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("why");
    QTest::addRow("empty") << QString() << "no score";
    QTest::addRow("prose only") << "I cannot evaluate this summary."
                                << "no score";
    QTest::addRow("number in prose") << "I would rate this 7 out of 10."
                                     << "no score";
    QTest::addRow("unclosed think") << "<think>The score is probably 8"
                                    << "<think>";
    QTest::addRow("above the scale") << R"({"score": 11, "reason": "x"})"
                                     << "outside";
    QTest::addRow("negative") << "-1"
                              << "outside";
    QTest::addRow("null score") << R"({"score": null, "reason": "n/a"})"
                                << "no score";
    QTest::addRow("word score") << R"({"score": "seven"})"
                                << "no score";
}

void TestJudgeReply::refuses()
{
    QFETCH(QString, reply);
    QFETCH(QString, why);
    const Result<ParsedJudgement> parsed = parseJudgeReply(reply, 0, 10);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(why), qPrintable(parsed.error().message));
}

void TestJudgeReply::outOfRangeNamesTheColumn()
{
    const QString reply = QStringLiteral("{\"score\": 6}");
    const Result<ParsedJudgement> parsed = parseJudgeReply(reply, 1, 5);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().column, static_cast<qint64>(reply.indexOf(QLatin1Char('6')) + 1));
}

QTEST_GUILESS_MAIN(TestJudgeReply)
#include "test_judgereply.moc"
