#include "metrics/wordnet.h"

#include "common/pythonstring.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutexLocker>

#include <utility>

namespace caliper {
namespace {

constexpr std::array<const char*, WordNet::PosCount> fileSuffixes {"noun", "verb", "adj", "adv"};

struct Substitution
{
    const char* ending;
    const char* replacement;
};

// NLTK's MORPHOLOGICAL_SUBSTITUTIONS, in its order: the order decides which base forms come first.
QList<Substitution> substitutions(WordNet::Pos pos)
{
    switch (pos) {
    case WordNet::Pos::Noun:
        return {{"s", ""}, {"ses", "s"}, {"ves", "f"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
            {"men", "man"}, {"ies", "y"}};
    case WordNet::Pos::Verb:
        return {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}};
    case WordNet::Pos::Adjective:
        return {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};
    case WordNet::Pos::Adverb:
        break;
    }
    return {};
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Python's line.split() on an ASCII line.
QList<QByteArrayView> splitFields(QByteArrayView line)
{
    QList<QByteArrayView> fields;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool space = i == line.size() || isAsciiSpace(line.at(i));
        if (space && start >= 0) {
            fields.append(line.sliced(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return fields;
}

QByteArrayView lineAt(QByteArrayView file, qsizetype start)
{
    const qsizetype end = file.indexOf('\n', start);
    return file.sliced(start, (end < 0 ? file.size() : end) - start);
}

QString fileName(const QString& directory, const char* prefix, const char* suffix)
{
    return QDir(directory).filePath(QLatin1String(prefix) + QLatin1String(suffix));
}

Error fileError(const QFile& file)
{
    return Error {QCoreApplication::translate("WordNet", "Cannot read the WordNet file: %1").arg(file.errorString()),
        file.fileName()};
}

// Maps a whole file read-only; the view stays valid while `file` is open.
Result<QByteArrayView> mapFile(QFile& file)
{
    if (!file.open(QIODevice::ReadOnly))
        return fileError(file);
    if (file.size() == 0)
        return Error {QCoreApplication::translate("WordNet", "The WordNet file is empty"), file.fileName()};
    const uchar* bytes = file.map(0, file.size());
    if (!bytes)
        return fileError(file);
    return QByteArrayView(reinterpret_cast<const char*>(bytes), file.size());
}

// NLTK keeps a lemma's syntactic marker ("galore(ip)") out of its name: (.*?)(\(.*\))?$.
QString lemmaName(QByteArrayView field)
{
    const qsizetype open = field.indexOf('(');
    if (open >= 0 && field.endsWith(')') && field.size() - open >= 2)
        field = field.first(open);
    return QString::fromUtf8(field);
}

} // namespace

WordNet::WordNet() = default;
WordNet::~WordNet() = default;

Result<std::unique_ptr<WordNet>> WordNet::open(const QString& directory)
{
    std::unique_ptr<WordNet> wordnet(new WordNet);
    const Status status = wordnet->load(directory);
    if (!status.ok())
        return status.error();
    return wordnet;
}

QString WordNet::defaultDirectory()
{
    const QString configured = qEnvironmentVariable("CALIPER_WORDNET_DIR");
    return configured.isEmpty() ? QStringLiteral("/usr/share/wordnet") : configured;
}

const WordNet* WordNet::shared()
{
    // A function-local static: opened once, on first use, safely from any thread.
    static const std::unique_ptr<WordNet> instance = [] {
        auto opened = open(defaultDirectory());
        return opened.ok() ? std::move(opened).value() : std::unique_ptr<WordNet>();
    }();
    return instance.get();
}

Status WordNet::load(const QString& directory)
{
    for (int pos = 0; pos < PosCount; ++pos) {
        const Status status = loadPartOfSpeech(directory, static_cast<Pos>(pos));
        if (!status.ok())
            return status;
    }
    return Ok {};
}

Status WordNet::loadPartOfSpeech(const QString& directory, Pos pos)
{
    const char* suffix = fileSuffixes[static_cast<size_t>(pos)];
    auto part = std::make_unique<PartOfSpeech>();
    part->indexFile.setFileName(fileName(directory, "index.", suffix));
    part->dataFile.setFileName(fileName(directory, "data.", suffix));
    auto index = mapFile(part->indexFile);
    if (!index.ok())
        return index.error();
    auto data = mapFile(part->dataFile);
    if (!data.ok())
        return data.error();
    part->index = *index;
    part->data = *data;

    // Lines starting with a space are the licence header.
    for (qsizetype start = 0; start < part->index.size();) {
        const QByteArrayView line = lineAt(part->index, start);
        const qsizetype lemmaEnd = line.indexOf(' ');
        if (!line.isEmpty() && line.front() != ' ' && lemmaEnd > 0)
            part->lines.insert(QByteArray::fromRawData(line.data(), lemmaEnd), start);
        start += line.size() + 1;
    }

    QFile exceptions(fileName(directory, suffix, ".exc"));
    if (!exceptions.open(QIODevice::ReadOnly))
        return fileError(exceptions);
    for (const QByteArray& line : exceptions.readAll().split('\n')) {
        const QList<QByteArrayView> fields = splitFields(line);
        if (fields.isEmpty())
            continue;
        QList<QByteArray>& bases = part->exceptions[fields.front().toByteArray()];
        bases.clear(); // a repeated form keeps its last line, like NLTK's dict
        for (qsizetype i = 1; i < fields.size(); ++i)
            bases.append(fields.at(i).toByteArray());
    }
    m_parts[static_cast<size_t>(pos)] = std::move(part);
    return Ok {};
}

QList<QByteArray> WordNet::morphyForms(const QByteArray& form, Pos pos) const
{
    const PartOfSpeech& part = *m_parts[static_cast<size_t>(pos)];
    const QList<Substitution> rules = substitutions(pos);
    auto applyRules = [&rules](const QList<QByteArray>& forms) {
        QList<QByteArray> result;
        for (const QByteArray& candidate : forms) {
            for (const Substitution& rule : rules) {
                if (candidate.endsWith(rule.ending))
                    result.append(candidate.chopped(qsizetype(qstrlen(rule.ending))) + rule.replacement);
            }
        }
        return result;
    };
    auto filterForms = [&part](const QList<QByteArray>& forms) {
        QList<QByteArray> result;
        for (const QByteArray& candidate : forms) {
            if (part.lines.contains(candidate) && !result.contains(candidate))
                result.append(candidate);
        }
        return result;
    };

    const auto exception = part.exceptions.constFind(form);
    if (exception != part.exceptions.cend())
        return filterForms(QList<QByteArray> {form} + *exception);
    QList<QByteArray> forms = applyRules({form});
    QList<QByteArray> results = filterForms(QList<QByteArray> {form} + forms);
    // Keep detaching endings until something is in the index or nothing is left to detach.
    while (results.isEmpty() && !forms.isEmpty()) {
        forms = applyRules(forms);
        results = filterForms(forms);
    }
    return results;
}

QList<quint32> WordNet::synsetOffsets(const QByteArray& lemma, Pos pos) const
{
    const PartOfSpeech& part = *m_parts[static_cast<size_t>(pos)];
    const auto found = part.lines.constFind(lemma);
    if (found == part.lines.cend())
        return {};
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
    const QList<QByteArrayView> fields = splitFields(lineAt(part.index, *found));
    if (fields.size() < 4)
        return {};
    const qsizetype synsetCount = fields.at(2).toLongLong();
    const qsizetype first = 4 + fields.at(3).toLongLong() + 2;
    QList<quint32> offsets;
    for (qsizetype i = first; i < first + synsetCount && i < fields.size(); ++i)
        offsets.append(fields.at(i).toUInt());
    return offsets;
}

QStringList WordNet::lemmaNames(Pos pos, quint32 offset) const
{
    const PartOfSpeech& part = *m_parts[static_cast<size_t>(pos)];
    if (offset >= static_cast<quint64>(part.data.size()))
        return {};
    // synset_offset lex_filenum ss_type w_cnt(hex) [word lex_id(hex)]… — NLTK also checks the offset is the id.
    const QByteArrayView line = lineAt(part.data, qsizetype(offset));
    const QList<QByteArrayView> fields = splitFields(line.first(std::max<qsizetype>(0, line.indexOf('|'))));
    if (fields.size() < 4 || fields.at(0).toUInt() != offset || fields.at(0).size() != 8)
        return {};
    bool ok = false;
    const qsizetype wordCount = fields.at(3).toLongLong(&ok, 16);
    QStringList names;
    for (qsizetype i = 0; ok && i < wordCount && 4 + 2 * i < fields.size(); ++i)
        names.append(lemmaName(fields.at(4 + 2 * i)));
    return names;
}

QStringList WordNet::morphy(const QString& form, Pos pos) const
{
    QStringList result;
    for (const QByteArray& base : morphyForms(form.toUtf8(), pos))
        result.append(QString::fromUtf8(base));
    return result;
}

QList<WordNet::Synset> WordNet::synsets(const QString& word) const
{
    const QByteArray lemma = pythonstring::lower(word).toUtf8();
    QList<Synset> result;
    for (int p = 0; p < PosCount; ++p) {
        const auto pos = static_cast<Pos>(p);
        for (const QByteArray& form : morphyForms(lemma, pos)) {
            for (quint32 offset : synsetOffsets(form, pos))
                result.append(Synset {pos, offset, lemmaNames(pos, offset)});
        }
    }
    return result;
}

QSet<QString> WordNet::synonyms(const QString& word) const
{
    {
        QMutexLocker lock(&m_cacheMutex);
        const auto cached = m_synonymCache.constFind(word);
        if (cached != m_synonymCache.cend())
            return *cached;
    }
    QSet<QString> names;
    for (const Synset& synset : synsets(word)) {
        for (const QString& name : synset.lemmaNames) {
            if (!name.contains(QLatin1Char('_')))
                names.insert(name);
        }
    }
    QMutexLocker lock(&m_cacheMutex);
    m_synonymCache.insert(word, names);
    return names;
}

} // namespace caliper
