#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

namespace caliper {

/// Read-only WordNet 3.0, straight from the database files of Debian's `wordnet-base` (index.*, data.*, *.exc),
/// answering what NLTK 3.8's WordNet reader answers for METEOR's synonym stage: the synsets of a word after
/// NLTK's morphy lemmatisation (exception lists, then detachment rules), and their lemma names. No Python, and
/// no `lexnames` file is needed.
///
/// open() indexes the index and exception files (the index lines stay in the memory-mapped files); synset
/// lines are parsed from the memory-mapped data files on demand. Every const member is thread-safe.
class WordNet
{
public:
    /// In NLTK's POS_LIST order, which is the order synsets() returns them in.
    enum class Pos { Noun, Verb, Adjective, Adverb };
    static constexpr int PosCount = 4;

    struct Synset
    {
        Pos pos = Pos::Noun;
        quint32 offset = 0; ///< byte offset in data.<pos>, the synset's id there
        QStringList lemmaNames; ///< in file order; syntactic markers such as "(a)" removed, as NLTK does
    };

    ~WordNet();
    WordNet(const WordNet&) = delete;
    WordNet& operator=(const WordNet&) = delete;

    /// Opens the database in `directory`; an Error naming the first missing or unreadable file otherwise.
    static caliper::Result<std::unique_ptr<WordNet>> open(const QString& directory);

    /// $CALIPER_WORDNET_DIR when set, else /usr/share/wordnet.
    static QString defaultDirectory();

    /// The process-wide database in defaultDirectory(), opened once on first use; nullptr when it is not there.
    static const WordNet* shared();

    /// NLTK `wordnet._morphy(form, pos)`: the base forms of `form` that the index holds for `pos`.
    QStringList morphy(const QString& form, Pos pos) const;

    /// NLTK `wordnet.synsets(word)`: every part of speech, lowercased, morphy applied; NLTK's order, duplicates
    /// kept.
    QList<Synset> synsets(const QString& word) const;

    /// The lemma names without '_' of all synsets(word): what METEOR's synonym stage matches against. Cached
    /// per word, so repeated words cost one hash lookup.
    QSet<QString> synonyms(const QString& word) const;

private:
    struct PartOfSpeech
    {
        QFile indexFile;
        QFile dataFile;
        QByteArrayView index; ///< mapped index.<pos>
        QByteArrayView data; ///< mapped data.<pos>
        QHash<QByteArray, qsizetype> lines; ///< lemma → start of its line in `index`
        QHash<QByteArray, QList<QByteArray>> exceptions; ///< inflected form → base forms (<pos>.exc)
    };

    WordNet();
    Status load(const QString& directory);
    Status loadPartOfSpeech(const QString& directory, Pos pos);
    QList<QByteArray> morphyForms(const QByteArray& form, Pos pos) const;
    QList<quint32> synsetOffsets(const QByteArray& lemma, Pos pos) const;
    QStringList lemmaNames(Pos pos, quint32 offset) const;

    std::array<std::unique_ptr<PartOfSpeech>, PosCount> m_parts;
    mutable QMutex m_cacheMutex;
    mutable QHash<QString, QSet<QString>> m_synonymCache;
};

} // namespace caliper
