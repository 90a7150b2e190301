#include "common/pythonstring.h"
#include "metrics/meteor.h"
#include "metrics/wordnet.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>

using namespace caliper;

namespace {

QJsonObject gold()
{
    static const QJsonObject object
        = QJsonDocument::fromJson(test::readFile(test::sharedPath(QStringLiteral("gold/meteor_gold.json")))).object();
    return object;
}

QStringList strings(const QJsonValue& array)
{
    QStringList result;
    for (const QJsonValue& value : array.toArray())
        result.append(value.toString());
    return result;
}

QList<std::pair<qsizetype, qsizetype>> pairs(const QJsonValue& array)
{
    QList<std::pair<qsizetype, qsizetype>> result;
    for (const QJsonValue& pair : array.toArray())
        result.append({static_cast<qsizetype>(pair[0].toInteger()), static_cast<qsizetype>(pair[1].toInteger())});
    return result;
}

// CTest runs sharedWordNetFollowsEnvironment and matchesNltkGold a second time with CALIPER_WORDNET_DIR pointing
// to an empty folder: then the process-wide WordNet must be missing and every score NLTK's without synonyms.
bool expectWordNet()
{
    return !qEnvironmentVariableIsSet("CALIPER_TEST_EXPECT_NO_WORDNET");
}

using Synsets = QList<std::pair<WordNet::Pos, quint32>>;

} // namespace

class TestMeteor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sharedWordNetFollowsEnvironment()
    {
        QCOMPARE(meteor::wordNetAvailable(), expectWordNet());
        QCOMPARE(WordNet::shared() != nullptr, expectWordNet());
    }

    void matchesNltkGold_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("hypothesis");
        QTest::addColumn<QJsonObject>("expected");
        const QJsonObject data = gold();
        QHash<QString, QJsonObject> raw;
        for (const QJsonValue& pair : data[QStringLiteral("pairs")].toArray())
            raw.insert(pair[QStringLiteral("id")].toString(), pair.toObject());
        QCOMPARE(data[QStringLiteral("per_pair")].toArray().size(), 13);
        for (const QJsonValue& item : data[QStringLiteral("per_pair")].toArray()) {
            const QJsonObject pair = raw[item[QStringLiteral("id")].toString()];
            QTest::addRow("%s", qPrintable(item[QStringLiteral("id")].toString()))
                << pair[QStringLiteral("reference")].toString() << pair[QStringLiteral("hypothesis")].toString()
                << item.toObject();
        }
    }
    void matchesNltkGold()
    {
        QFETCH(QString, reference);
        QFETCH(QString, hypothesis);
        QFETCH(QJsonObject, expected);
        QCOMPARE(pythonstring::split(reference), strings(expected[QStringLiteral("ref_tokens")]));
        QCOMPARE(pythonstring::split(hypothesis), strings(expected[QStringLiteral("hyp_tokens")]));

        const meteor::Result result = meteor::score(reference, hypothesis);
        QCOMPARE(result.usedSynonyms, expectWordNet());
        const QString key = expectWordNet() ? QStringLiteral("meteor") : QStringLiteral("meteor_without_wordnet_stage");
        QVERIFY2(std::fabs(result.score - expected[key].toDouble()) <= 1e-12,
            qPrintable(QString::number(result.score, 'g', 17)));
        QCOMPARE(result.exactMatches, static_cast<qsizetype>(expected[QStringLiteral("n_exact_matches")].toInteger()));
        if (expectWordNet()) {
            QCOMPARE(result.matches, pairs(expected[QStringLiteral("matches_hyp_ref_idx")]));
            QCOMPARE(result.chunks, static_cast<qsizetype>(expected[QStringLiteral("chunks")].toInteger()));
        }
    }

    void withoutWordNetSkipsSynonyms_data() { matchesNltkGold_data(); }
    void withoutWordNetSkipsSynonyms()
    {
        QFETCH(QString, reference);
        QFETCH(QString, hypothesis);
        QFETCH(QJsonObject, expected);
        const meteor::Result result = meteor::score(reference, hypothesis, nullptr);
        QVERIFY(!result.usedSynonyms);
        QCOMPARE(result.synonymMatches, qsizetype(0));
        QVERIFY2(std::fabs(result.score - expected[QStringLiteral("meteor_without_wordnet_stage")].toDouble()) <= 1e-12,
            qPrintable(QString::number(result.score, 'g', 17)));
    }

    void matchesNltkDocExample()
    {
        const QJsonObject example = gold()[QStringLiteral("doc_example")].toObject();
        const meteor::Result result = meteor::score(
            example[QStringLiteral("reference")].toString(), example[QStringLiteral("hypothesis")].toString());
        QVERIFY(std::fabs(result.score - example[QStringLiteral("meteor")].toDouble()) <= 1e-12);
    }

    // The scoring runner calls score() from worker threads: WordNet opens once and its cache is shared.
    void scoresFromManyThreads()
    {
        QList<std::pair<QString, QString>> inputs;
        for (int round = 0; round < 20; ++round) {
            for (const QJsonValue& pair : gold()[QStringLiteral("pairs")].toArray()) {
                inputs.append({pair[QStringLiteral("reference")].toString() + QString::number(round),
                    pair[QStringLiteral("hypothesis")].toString()});
            }
        }
        const QList<double> parallel = QtConcurrent::blockingMapped(inputs,
            [](const std::pair<QString, QString>& pair) { return meteor::score(pair.first, pair.second).score; });
        QCOMPARE(parallel.size(), inputs.size());
        for (qsizetype i = 0; i < inputs.size(); ++i)
            QCOMPARE(parallel.at(i), meteor::score(inputs.at(i).first, inputs.at(i).second).score);
    }

    void labelsScoresWithoutSynonyms()
    {
        QCOMPARE(meteor::displayName(true), QStringLiteral("METEOR"));
        QCOMPARE(meteor::displayName(false), QStringLiteral("METEOR (no synonyms)"));
    }

    void refusesFolderWithoutDatabase()
    {
        QTemporaryDir empty;
        const auto opened = WordNet::open(empty.path());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().location.startsWith(empty.path()), qPrintable(opened.error().toString()));
    }

    // NLTK 3.8 wordnet._morphy(form, pos) on Debian's wordnet-base: exception lists first, then detachment.
    void morphyMatchesNltk_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<WordNet::Pos>("pos");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("irregular noun") << QStringLiteral("geese") << WordNet::Pos::Noun
                                        << QStringList {QStringLiteral("goose")};
        QTest::addRow("two noun bases") << QStringLiteral("axes") << WordNet::Pos::Noun
                                        << QStringList {QStringLiteral("ax"), QStringLiteral("axis")};
        QTest::addRow("two verb bases") << QStringLiteral("axes") << WordNet::Pos::Verb
                                        << QStringList {QStringLiteral("axe"), QStringLiteral("ax")};
        QTest::addRow("adjective exception")
            << QStringLiteral("better") << WordNet::Pos::Adjective
            << QStringList {QStringLiteral("better"), QStringLiteral("good"), QStringLiteral("well")};
        QTest::addRow("verb exception") << QStringLiteral("saw") << WordNet::Pos::Verb
                                        << QStringList {QStringLiteral("saw"), QStringLiteral("see")};
        QTest::addRow("ing") << QStringLiteral("dying") << WordNet::Pos::Verb << QStringList {QStringLiteral("die")};
        QTest::addRow("men") << QStringLiteral("women") << WordNet::Pos::Noun << QStringList {QStringLiteral("woman")};
        QTest::addRow("no adverb") << QStringLiteral("three") << WordNet::Pos::Adverb << QStringList();
        QTest::addRow("stem only") << QStringLiteral("studi") << WordNet::Pos::Noun << QStringList();
    }
    void morphyMatchesNltk()
    {
        QFETCH(QString, form);
        QFETCH(WordNet::Pos, pos);
        QFETCH(QStringList, expected);
        QVERIFY(WordNet::shared());
        QCOMPARE(WordNet::shared()->morphy(form, pos), expected);
    }

    // NLTK 3.8 wordnet.synsets(word): (pos, offset) in its order, and lemma names as lemma_names() gives them.
    void synsetsMatchNltk()
    {
        QVERIFY(WordNet::shared());
        const WordNet& wordnet = *WordNet::shared();
        const QList<WordNet::Synset> three = wordnet.synsets(QStringLiteral("Three"));
        QCOMPARE(three.size(), 3);
        QCOMPARE(three.at(0).pos, WordNet::Pos::Noun);
        QCOMPARE(three.at(0).offset, 13744044u);
        QCOMPARE(three.at(1).offset, 4480415u);
        QCOMPARE(three.at(2).pos, WordNet::Pos::Adjective);
        QCOMPARE(three.at(2).offset, 2186581u);
        QCOMPARE(three.at(1).lemmaNames, (QStringList {QStringLiteral("trey"), QStringLiteral("three")}));
        QCOMPARE(three.at(2).lemmaNames,
            (QStringList {QStringLiteral("three"), QStringLiteral("3"), QStringLiteral("iii")}));
        QCOMPARE(three.at(0).lemmaNames.mid(0, 3),
            (QStringList {QStringLiteral("three"), QStringLiteral("3"), QStringLiteral("III")}));
        QCOMPARE(three.at(0).lemmaNames.size(), 18);

        // Syntactic markers ("galore(ip)", "ready_to_hand(p)") are not part of the name.
        const QList<WordNet::Synset> galore = wordnet.synsets(QStringLiteral("galore"));
        QCOMPARE(galore.size(), 2);
        QCOMPARE(galore.at(1).offset, 14358u);
        QCOMPARE(galore.at(1).lemmaNames, (QStringList {QStringLiteral("abounding"), QStringLiteral("galore")}));
        QCOMPARE(wordnet.synsets(QStringLiteral("ready_to_hand")).at(0).lemmaNames,
            (QStringList {QStringLiteral("handy"), QStringLiteral("ready_to_hand")}));
        QCOMPARE(wordnet.synsets(QStringLiteral("better")).size(), 50);
        QCOMPARE(wordnet.synsets(QStringLiteral("saw")).size(), 28);
    }

    // The synonym set excludes multi-word lemmas and is the same on every call (the second from the cache).
    void synonymsExcludeMultiWordLemmas()
    {
        QVERIFY(WordNet::shared());
        const QSet<QString> synonyms = WordNet::shared()->synonyms(QStringLiteral("women"));
        QVERIFY(synonyms.contains(QStringLiteral("woman")));
        QVERIFY(synonyms.contains(QStringLiteral("womanhood")));
        QVERIFY(!synonyms.contains(QStringLiteral("adult_female")));
        QCOMPARE(WordNet::shared()->synonyms(QStringLiteral("women")), synonyms);
    }
};

QTEST_GUILESS_MAIN(TestMeteor)
#include "test_meteor.moc"
