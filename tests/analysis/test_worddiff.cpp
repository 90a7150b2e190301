#include "analysis/outputflags.h"
#include "analysis/worddiff.h"

#include <QTest>

using namespace caliper;
using namespace caliper::analysis;

namespace {

/// The words of `text` that diffWords marked `kind`, as text, for readable comparisons.
QStringList wordsOf(const QString& text, const QList<WordToken>& tokens, const QList<DiffKind>& kinds, DiffKind kind)
{
    QStringList words;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (kinds.at(i) == kind)
            words.append(text.mid(tokens.at(i).start, tokens.at(i).length));
    }
    return words;
}

QString script(const WordDiff& diff)
{
    QStringList steps;
    for (const DiffStep& step : diff.steps) {
        switch (step.kind) {
        case DiffKind::Common:
            steps.append(u'=' + diff.output.at(step.outputIndex).key);
            break;
        case DiffKind::Added:
            steps.append(u'+' + diff.output.at(step.outputIndex).key);
            break;
        case DiffKind::Missing:
            steps.append(u'-' + diff.reference.at(step.referenceIndex).key);
            break;
        }
    }
    return steps.join(u' ');
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokensKeepOffsetsAndNormalise_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("pieces");
        QTest::addColumn<QStringList>("keys");
        const auto list = [](const char* words) { return QString::fromUtf8(words).split(u' ', Qt::SkipEmptyParts); };
        QTest::addRow("punctuation is not a word")
            << QStringLiteral("Hi, there!") << list("Hi there") << list("hi there");
        QTest::addRow("connectors inside words")
            << QStringLiteral("don't light-headed 2.5 10/325 1,000 e.g.")
            << list("don't light-headed 2.5 10/325 1,000 e.g") << list("dont lightheaded 2.5 10/325 1000 eg");
        QTest::addRow("trailing connectors")
            << QStringLiteral("(BP) -- mg/ end.") << list("BP mg end") << list("bp mg end");
        QTest::addRow("empty") << QString() << QStringList() << QStringList();
    }
    void tokensKeepOffsetsAndNormalise()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, pieces);
        QFETCH(QStringList, keys);
        const QList<WordToken> tokens = wordTokens(text);
        QStringList actualPieces;
        QStringList actualKeys;
        for (const WordToken& token : tokens) {
            actualPieces.append(text.mid(token.start, token.length));
            actualKeys.append(token.key);
        }
        QCOMPARE(actualPieces, pieces);
        QCOMPARE(actualKeys, keys);
    }

    void diffsWords_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("script");
        QTest::addRow("identical but case and punctuation")
            << QStringLiteral("Start Lisinopril, 10 mg.") << QStringLiteral("start lisinopril 10 mg")
            << QStringLiteral("=start =lisinopril =10 =mg");
        QTest::addRow("replacement") << QStringLiteral("take 20 mg daily") << QStringLiteral("take 10 mg daily")
                                     << QStringLiteral("=take -10 +20 =mg =daily");
        QTest::addRow("insertion and deletion")
            << QStringLiteral("the patient has severe pain") << QStringLiteral("patient has pain today")
            << QStringLiteral("+the =patient =has +severe =pain -today");
        QTest::addRow("empty output") << QString() << QStringLiteral("a b") << QStringLiteral("-a -b");
        QTest::addRow("empty reference") << QStringLiteral("a b") << QString() << QStringLiteral("+a +b");
        QTest::addRow("both empty") << QString() << QString() << QString();
        QTest::addRow("nothing shared") << QStringLiteral("x y") << QStringLiteral("a b")
                                        << QStringLiteral("-a -b +x +y");
        // The only longest common subsequence is "a b c d"; matching the x's would give at most "a x".
        QTest::addRow("longest wins") << QStringLiteral("a x b c y d") << QStringLiteral("z a b c d x")
                                      << QStringLiteral("-z =a +x =b =c +y =d -x");
    }
    void diffsWords()
    {
        QFETCH(QString, output);
        QFETCH(QString, reference);
        QFETCH(QString, script);
        const WordDiff diff = diffWords(output, reference);
        QCOMPARE(::script(diff), script);
    }

    void kindsMatchTheStepsAndOffsets()
    {
        const QString output = QStringLiteral("Continue metformin 500 mg twice daily; recheck A1c.");
        const QString reference = QStringLiteral("Continue metformin 1000 mg daily. Recheck A1c in 3 months.");
        const WordDiff diff = diffWords(output, reference);
        QCOMPARE(wordsOf(output, diff.output, diff.outputKinds, DiffKind::Added),
            (QStringList {QStringLiteral("500"), QStringLiteral("twice")}));
        QCOMPARE(wordsOf(reference, diff.reference, diff.referenceKinds, DiffKind::Missing),
            (QStringList {
                QStringLiteral("1000"), QStringLiteral("in"), QStringLiteral("3"), QStringLiteral("months")}));
        QCOMPARE(wordsOf(output, diff.output, diff.outputKinds, DiffKind::Common).join(u' '),
            QStringLiteral("Continue metformin mg daily recheck A1c"));
    }

    // Longer texts go through the divide-and-conquer path; the common part must be a longest one. Here the
    // reference is the output with every third word replaced, so exactly 2 of every 3 words are shared.
    void longTextsAlignFully()
    {
        QStringList outputWords;
        QStringList referenceWords;
        for (int i = 0; i < 3000; ++i) {
            outputWords.append(QStringLiteral("w%1").arg(i));
            referenceWords.append(i % 3 == 0 ? QStringLiteral("r%1").arg(i) : QStringLiteral("w%1").arg(i));
        }
        const WordDiff diff = diffWords(outputWords.join(u' '), referenceWords.join(u' '));
        QCOMPARE(diff.outputKinds.count(DiffKind::Common), 2000);
        QCOMPARE(diff.outputKinds.count(DiffKind::Added), 1000);
        QCOMPARE(diff.referenceKinds.count(DiffKind::Missing), 1000);
        QCOMPARE(diff.steps.size(), 4000);
    }

    void marksWordsThatOccurInTheReference()
    {
        const QString output = QStringLiteral("BP is 120/80; Lasix dose doubled.");
        const QString reference = QStringLiteral("lasix was doubled, bp 120/80");
        const QList<bool> marks = occursIn(wordTokens(output), wordTokens(reference));
        QCOMPARE(marks, (QList<bool> {true, false, true, true, false, true}));
    }

    void flagsEmptyAndUnclosedAnswers_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<int>("flags");
        QTest::addRow("answer") << QStringLiteral("<think>hm</think>Plan: rest.") << 0;
        QTest::addRow("blank answer") << QStringLiteral("<think>hm</think>  \n") << int(OutputFlag::EmptyAnswer);
        QTest::addRow("empty content") << QString() << int(OutputFlag::EmptyAnswer);
        QTest::addRow("unclosed") << QStringLiteral("<think>and then I")
                                  << int(OutputFlag::EmptyAnswer | OutputFlag::UnclosedReasoning);
    }
    void flagsEmptyAndUnclosedAnswers()
    {
        QFETCH(QString, content);
        QFETCH(int, flags);
        const OutputFlags actual = outputFlags(splitReasoning(content));
        QCOMPARE(actual.toInt(), flags);
        QCOMPARE(describeFlags(actual).isEmpty(), flags == 0);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "test_worddiff.moc"
