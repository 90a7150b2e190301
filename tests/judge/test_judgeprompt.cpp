// Judge prompts: the lumigator method must send what DeepEval 2.x's GEval sends (written out here by hand from
// DeepEval's template), the paper method the SummEval prompt filled as the paper's script fills it; parameters,
// samples and the provenance hash follow the method.
#include "judge/builtincriteria.h"
#include "judge/judgeprompt.h"

#include "testsupport.h"

#include <QTest>

using namespace caliper;

namespace {

JudgeCriterion smallLumigatorCriterion()
{
    JudgeCriterion criterion;
    criterion.id = QStringLiteral("user/small");
    criterion.name = QStringLiteral("Small");
    criterion.steps = {QStringLiteral("A"), QStringLiteral("B")};
    criterion.fields = JudgeFields {true, true, true};
    criterion.templateText = defaultJudgeTemplate(JudgeMethod::Lumigator);
    return criterion;
}

const JudgeTexts texts {QStringLiteral("S"), QStringLiteral("P"), QStringLiteral("R")};

} // namespace

class TestJudgePrompt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lumigatorIsDeepEvalsPrompt();
    void lumigatorParameters();
    void parameterNamesFollowTheFields_data();
    void parameterNamesFollowTheFields();
    void paperIsTheFilledSummEvalPrompt_data();
    void paperIsTheFilledSummEvalPrompt();
    void paperParameters();
    void optionsOverrideDefaults();
    void fillsInOnePass();
    void missingFieldIsAnError();
    void hashIsSha256OfCanonicalMessages();
};

void TestJudgePrompt::lumigatorIsDeepEvalsPrompt()
{
    const QString expected = QStringLiteral(
        "Given the evaluation steps, return a JSON with two keys: 1) a `score` key ranging from 0 - 10, with 10 being "
        "that it follows the criteria outlined in the steps and 0 being that it does not, and 2) a `reason` key, a "
        "reason for the given score, but DO NOT QUOTE THE SCORE in your reason. Please mention specific information "
        "from Input, Actual Output, and Expected Output in your reason, but be very concise with it!\n"
        "\n"
        "Evaluation Steps:\n"
        "1. A\n"
        "2. B\n"
        "\n"
        "\n"
        "Input:\n"
        "S \n"
        "\n"
        "Actual Output:\n"
        "P \n"
        "\n"
        "Expected Output:\n"
        "R \n"
        "\n"
        "\n"
        "\n"
        "**\n"
        "IMPORTANT: Please make sure to only return in JSON format, with the \"score\" and \"reason\" key. No words or "
        "explanation is needed.\n"
        "\n"
        "Example JSON:\n"
        "{\n"
        "    \"score\": 0,\n"
        "    \"reason\": \"The text does not follow the evaluation steps provided.\"\n"
        "}\n"
        "**\n"
        "\n"
        "JSON:\n");
    const Result<QString> prompt = renderJudgePrompt(smallLumigatorCriterion(), texts);
    QVERIFY2(prompt.ok(), qPrintable(prompt.ok() ? QString() : prompt.error().toString()));
    QCOMPARE(*prompt, expected);
}

void TestJudgePrompt::lumigatorParameters()
{
    const Result<JudgeCriterion> coherence = builtInJudgeCriterion(JudgeMethod::Lumigator, QStringLiteral("coherence"));
    QVERIFY(coherence.ok());
    const Result<JudgeRequest> request = buildJudgeRequest(*coherence, texts);
    QVERIFY(request.ok());
    QCOMPARE(request->chat.messages.size(), 1);
    QCOMPARE(request->chat.messages.first().role, QStringLiteral("user"));
    QVERIFY(
        request->chat.messages.first().content.contains(QStringLiteral("1. %1\n2. ").arg(coherence->steps.first())));
    const GenerationParameters& p = request->chat.parameters;
    QVERIFY(p.logprobs);
    QCOMPARE(p.topLogprobs, 20);
    QCOMPARE(p.temperature, std::optional(0.0));
    QVERIFY(!p.maxTokens.has_value());
    QVERIFY(!p.stream);
    QCOMPARE(request->samples, 1);
}

void TestJudgePrompt::parameterNamesFollowTheFields_data()
{
    QTest::addColumn<bool>("source");
    QTest::addColumn<bool>("answer");
    QTest::addColumn<bool>("reference");
    QTest::addColumn<QString>("names");
    QTest::addColumn<QString>("testCase");
    QTest::addRow("answer only") << false << true << false << "Actual Output"
                                 << "Actual Output:\nP \n\n";
    QTest::addRow("source and answer") << true << true << false << "Input and Actual Output"
                                       << "Input:\nS \n\nActual Output:\nP \n\n";
    QTest::addRow("all three") << true << true << true << "Input, Actual Output, and Expected Output"
                               << "Input:\nS \n\nActual Output:\nP \n\nExpected Output:\nR \n\n";
}

void TestJudgePrompt::parameterNamesFollowTheFields()
{
    QFETCH(bool, source);
    QFETCH(bool, answer);
    QFETCH(bool, reference);
    QFETCH(QString, names);
    QFETCH(QString, testCase);
    JudgeCriterion criterion = smallLumigatorCriterion();
    criterion.fields = JudgeFields {source, answer, reference};
    criterion.templateText = QStringLiteral("[{{Parameters}}]\n{{TestCase}}");
    QCOMPARE(*renderJudgePrompt(criterion, texts), QLatin1Char('[') + names + QStringLiteral("]\n") + testCase);
}

void TestJudgePrompt::paperIsTheFilledSummEvalPrompt_data()
{
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<QString>("file");
    QTest::addRow("coherence") << "coherence"
                               << "coh_detailed.txt";
    QTest::addRow("consistency") << "consistency"
                                 << "con_detailed.txt";
    QTest::addRow("fluency") << "fluency"
                             << "flu_detailed.txt";
    QTest::addRow("relevance") << "relevance"
                               << "rel_detailed.txt";
}

void TestJudgePrompt::paperIsTheFilledSummEvalPrompt()
{
    QFETCH(QString, dimension);
    QFETCH(QString, file);
    // What gpt4_eval.py sends: the file read in text mode (LF), {{Document}} then {{Summary}} replaced.
    const QString expected
        = QString::fromUtf8(test::readFile(test::sharedPath(QStringLiteral("data/prompts/geval-summeval/") + file)))
              .replace(QLatin1String("\r\n"), QLatin1String("\n"))
              .replace(QLatin1String("{{Document}}"), QLatin1String("A transcript."))
              .replace(QLatin1String("{{Summary}}"), QLatin1String("A summary."));
    const Result<JudgeRequest> request = buildJudgeRequest(*builtInJudgeCriterion(JudgeMethod::Paper, dimension),
        JudgeTexts {QStringLiteral("A transcript."), QStringLiteral("A summary."), QString()});
    QVERIFY2(request.ok(), qPrintable(request.ok() ? QString() : request.error().toString()));
    QCOMPARE(request->chat.messages.size(), 1);
    QCOMPARE(request->chat.messages.first().role, QStringLiteral("system"));
    QCOMPARE(request->chat.messages.first().content, expected);
}

void TestJudgePrompt::paperParameters()
{
    const Result<JudgeRequest> request
        = buildJudgeRequest(*builtInJudgeCriterion(JudgeMethod::Paper, QStringLiteral("relevance")), texts);
    QVERIFY(request.ok());
    const GenerationParameters& p = request->chat.parameters;
    QCOMPARE(p.temperature, std::optional(2.0));
    QCOMPARE(p.topP, std::optional(1.0));
    QCOMPARE(p.maxTokens, std::optional(5));
    QVERIFY(!p.logprobs);
    QCOMPARE(request->samples, 20);

    JudgeOptions withLogprobs;
    withLogprobs.logprobs = true;
    const Result<JudgeRequest> weighted = buildJudgeRequest(
        *builtInJudgeCriterion(JudgeMethod::Paper, QStringLiteral("relevance")), texts, withLogprobs);
    QVERIFY(weighted->chat.parameters.logprobs);
    QCOMPARE(weighted->chat.parameters.topLogprobs, 20);
    QCOMPARE(weighted->samples, 1);
}

void TestJudgePrompt::optionsOverrideDefaults()
{
    JudgeOptions options;
    options.temperature = 0.7;
    options.samples = 3;
    options.logprobs = false;
    options.maxTokens = 400;
    const Result<JudgeRequest> request = buildJudgeRequest(smallLumigatorCriterion(), texts, options);
    QVERIFY(request.ok());
    QCOMPARE(request->chat.parameters.temperature, std::optional(0.7));
    QCOMPARE(request->chat.parameters.maxTokens, std::optional(400));
    QVERIFY(!request->chat.parameters.logprobs);
    QCOMPARE(request->chat.parameters.topLogprobs, 0);
    QCOMPARE(request->samples, 3);
}

void TestJudgePrompt::fillsInOnePass()
{
    JudgeCriterion criterion = smallLumigatorCriterion();
    criterion.templateText = QStringLiteral("<{{Document}}|{{Summary}}|{{Unknown}}>");
    const JudgeTexts tricky {QStringLiteral("says {{Summary}}"), QStringLiteral("ok"), QStringLiteral("r")};
    QCOMPARE(*renderJudgePrompt(criterion, tricky), QStringLiteral("<says {{Summary}}|ok|{{Unknown}}>"));
}

void TestJudgePrompt::missingFieldIsAnError()
{
    const Result<JudgeRequest> request = buildJudgeRequest(
        smallLumigatorCriterion(), JudgeTexts {QStringLiteral("S"), QStringLiteral("P"), QString()});
    QVERIFY(!request.ok());
    QVERIFY(request.error().message.contains(QLatin1String("reference")));
    QCOMPARE(request.error().location, QStringLiteral("user/small"));
}

void TestJudgePrompt::hashIsSha256OfCanonicalMessages()
{
    const QList<ChatMessage> messages {ChatMessage {QStringLiteral("user"), QStringLiteral("hi")}};
    QCOMPARE(canonicalMessagesJson(messages), QByteArray(R"([{"content":"hi","role":"user"}])"));
    // sha256sum of the line above (without a newline)
    QCOMPARE(promptHash(messages), QStringLiteral("4e79873118cd9be7a1f0308b9cd772950c5410c74ca3fe1ba2626cba009a9237"));
    const Result<JudgeRequest> request = buildJudgeRequest(smallLumigatorCriterion(), texts);
    QCOMPARE(request->promptSha256, promptHash(request->chat.messages));
    const Result<JudgeRequest> other = buildJudgeRequest(
        smallLumigatorCriterion(), JudgeTexts {QStringLiteral("S"), QStringLiteral("P2"), QStringLiteral("R")});
    QVERIFY(other->promptSha256 != request->promptSha256);
}

QTEST_GUILESS_MAIN(TestJudgePrompt)
#include "test_judgeprompt.moc"
