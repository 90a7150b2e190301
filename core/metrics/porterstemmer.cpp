#include "metrics/porterstemmer.h"

#include "common/pythonstring.h"

#include <algorithm>
#include <array>
#include <utility>

// A port of the behaviour of NLTK 3.8's nltk/stem/porter.py in its default NLTK_EXTENSIONS mode. The steps and
// rule tables follow Porter's paper plus NLTK's deviations; where NLTK has a quirk (the literal "*d" suffix
// check, the condition of "logi" looking at one more letter, the irregular-form table consulted with the
// word before lowercasing), it is reproduced on purpose, because users compare our scores with NLTK's.

namespace caliper {
namespace {

/// When a rule may fire, judged on the stem left after removing its suffix (some NLTK rules look at the
/// whole word instead). An enum rather than callables keeps the rule tables constant data.
enum class Condition {
    None,
    MeasurePositive, ///< m(stem) > 0
    MeasureAboveOne, ///< m(stem) > 1
    IonStem, ///< m(stem) > 1 and the stem ends in s or t
    LogiStem, ///< m(word minus "ogi") > 0: NLTK keeps the 'l' with the stem
    ConsonantBeforeY, ///< NLTK's step 1c: stem longer than one letter and ending in a consonant
    LongDoubleL, ///< step 5b: m(word minus one letter) > 1
    SingleLetter, ///< step 1b "*d": the doubled letter is not l, s or z
    ShortCvc, ///< step 1b: m(stem) == 1 and the stem ends consonant-vowel-consonant
};

struct Rule
{
    std::string_view suffix;
    std::string_view replacement;
    Condition condition;
};

/// "*d" is NLTK's marker for "ends in a double consonant"; its replacement is the doubled letter.
constexpr std::string_view doubleConsonant = "*d";

constexpr std::array<Rule, 4> step1aRules {{
    {"sses", "ss", Condition::None},
    {"ies", "i", Condition::None},
    {"ss", "ss", Condition::None},
    {"s", "", Condition::None},
}};

constexpr std::array<Rule, 5> step1bRules {{
    {"at", "ate", Condition::None},
    {"bl", "ble", Condition::None},
    {"iz", "ize", Condition::None},
    {doubleConsonant, "", Condition::SingleLetter},
    {"", "e", Condition::ShortCvc},
}};

constexpr std::array<Rule, 1> step1cRules {{{"y", "i", Condition::ConsonantBeforeY}}};

constexpr std::array<Rule, 22> step2Rules {{
    {"ational", "ate", Condition::MeasurePositive},
    {"tional", "tion", Condition::MeasurePositive},
    {"enci", "ence", Condition::MeasurePositive},
    {"anci", "ance", Condition::MeasurePositive},
    {"izer", "ize", Condition::MeasurePositive},
    {"bli", "ble", Condition::MeasurePositive},
    {"alli", "al", Condition::MeasurePositive},
    {"entli", "ent", Condition::MeasurePositive},
    {"eli", "e", Condition::MeasurePositive},
    {"ousli", "ous", Condition::MeasurePositive},
    {"ization", "ize", Condition::MeasurePositive},
    {"ation", "ate", Condition::MeasurePositive},
    {"ator", "ate", Condition::MeasurePositive},
    {"alism", "al", Condition::MeasurePositive},
    {"iveness", "ive", Condition::MeasurePositive},
    {"fulness", "ful", Condition::MeasurePositive},
    {"ousness", "ous", Condition::MeasurePositive},
    {"aliti", "al", Condition::MeasurePositive},
    {"iviti", "ive", Condition::MeasurePositive},
    {"biliti", "ble", Condition::MeasurePositive},
    {"fulli", "ful", Condition::MeasurePositive},
    {"logi", "log", Condition::LogiStem},
}};

constexpr std::array<Rule, 7> step3Rules {{
    {"icate", "ic", Condition::MeasurePositive},
    {"ative", "", Condition::MeasurePositive},
    {"alize", "al", Condition::MeasurePositive},
    {"iciti", "ic", Condition::MeasurePositive},
    {"ical", "ic", Condition::MeasurePositive},
    {"ful", "", Condition::MeasurePositive},
    {"ness", "", Condition::MeasurePositive},
}};

constexpr std::array<Rule, 19> step4Rules {{
    {"al", "", Condition::MeasureAboveOne},
    {"ance", "", Condition::MeasureAboveOne},
    {"ence", "", Condition::MeasureAboveOne},
    {"er", "", Condition::MeasureAboveOne},
    {"ic", "", Condition::MeasureAboveOne},
    {"able", "", Condition::MeasureAboveOne},
    {"ible", "", Condition::MeasureAboveOne},
    {"ant", "", Condition::MeasureAboveOne},
    {"ement", "", Condition::MeasureAboveOne},
    {"ment", "", Condition::MeasureAboveOne},
    {"ent", "", Condition::MeasureAboveOne},
    {"ion", "", Condition::IonStem},
    {"ou", "", Condition::MeasureAboveOne},
    {"ism", "", Condition::MeasureAboveOne},
    {"ate", "", Condition::MeasureAboveOne},
    {"iti", "", Condition::MeasureAboveOne},
    {"ous", "", Condition::MeasureAboveOne},
    {"ive", "", Condition::MeasureAboveOne},
    {"ize", "", Condition::MeasureAboveOne},
}};

constexpr std::array<Rule, 1> step5bRules {{{"ll", "l", Condition::LongDoubleL}}};

/// NLTK's table of irregular forms, consulted before anything else.
constexpr std::array<std::pair<std::string_view, std::string_view>, 16> irregularForms {{
    {"sky", "sky"},
    {"skies", "sky"},
    {"dying", "die"},
    {"lying", "lie"},
    {"tying", "tie"},
    {"news", "news"},
    {"innings", "inning"},
    {"inning", "inning"},
    {"outings", "outing"},
    {"outing", "outing"},
    {"cannings", "canning"},
    {"canning", "canning"},
    {"howe", "howe"},
    {"proceed", "proceed"},
    {"exceed", "exceed"},
    {"succeed", "succeed"},
}};

/// The algorithm over code points (char32_t, for any QString) or bytes (char, for ROUGE's ASCII tokens).
template <typename Char> class Stemmer
{
public:
    using String = std::basic_string<Char>;

    /// `original` is the word as given and `lowered` its lowercase form: NLTK checks the irregular forms and
    /// the length against the former and stems the latter.
    static String stem(const String& original, const String& lowered)
    {
        for (const auto& [form, stemmed] : irregularForms) {
            if (equals(original, form))
                return fromAscii(stemmed);
        }
        if (original.size() <= 2)
            return lowered;
        String word = step1b(applyRules(step1aSpecial(lowered), step1aRules));
        word = step2(applyRules(word, step1cRules));
        word = applyRules(applyRules(word, step3Rules), step4Rules);
        return applyRules(step5a(word), step5bRules);
    }

private:
    static bool is(Char c, char ascii) { return c == static_cast<Char>(ascii); }
    static bool isVowelLetter(Char c) { return is(c, 'a') || is(c, 'e') || is(c, 'i') || is(c, 'o') || is(c, 'u'); }

    static String fromAscii(std::string_view text)
    {
        String result;
        result.reserve(text.size());
        for (const char c : text)
            result.push_back(static_cast<Char>(c));
        return result;
    }

    static bool equals(const String& word, std::string_view ascii)
    {
        return word.size() == ascii.size() && endsWith(word, ascii);
    }

    static bool endsWith(const String& word, std::string_view suffix)
    {
        if (word.size() < suffix.size())
            return false;
        const std::size_t offset = word.size() - suffix.size();
        for (std::size_t i = 0; i < suffix.size(); ++i) {
            if (!is(word[offset + i], suffix[i]))
                return false;
        }
        return true;
    }

    static String dropLast(const String& word, std::size_t count) { return word.substr(0, word.size() - count); }

    static String replaceSuffix(const String& word, std::size_t count, std::string_view replacement)
    {
        String result = dropLast(word, count);
        for (const char c : replacement)
            result.push_back(static_cast<Char>(c));
        return result;
    }

    // A consonant is a letter other than a, e, i, o, u, and other than a y that follows a consonant; a y at
    // the start is a consonant. Walking forward keeps this linear instead of NLTK's recursion.
    static bool isConsonant(const String& word, std::size_t index)
    {
        bool consonant = true;
        for (std::size_t i = 0; i <= index; ++i)
            consonant = nextIsConsonant(word[i], i, consonant);
        return consonant;
    }

    static bool nextIsConsonant(Char c, std::size_t index, bool previousIsConsonant)
    {
        if (isVowelLetter(c))
            return false;
        if (is(c, 'y'))
            return index == 0 || !previousIsConsonant;
        return true;
    }

    /// Porter's m: the number of vowel-consonant transitions in [C](VC){m}[V].
    static int measure(const String& stem)
    {
        int m = 0;
        bool consonant = true;
        for (std::size_t i = 0; i < stem.size(); ++i) {
            const bool previousIsVowel = i > 0 && !consonant;
            consonant = nextIsConsonant(stem[i], i, consonant);
            if (consonant && previousIsVowel)
                ++m;
        }
        return m;
    }

    static bool containsVowel(const String& stem)
    {
        bool consonant = true;
        for (std::size_t i = 0; i < stem.size(); ++i) {
            consonant = nextIsConsonant(stem[i], i, consonant);
            if (!consonant)
                return true;
        }
        return false;
    }

    static bool endsDoubleConsonant(const String& word)
    {
        const std::size_t n = word.size();
        return n >= 2 && word[n - 1] == word[n - 2] && isConsonant(word, n - 1);
    }

    // *o: consonant-vowel-consonant with the last not w, x or y; NLTK also accepts a two-letter vowel-consonant.
    static bool endsCvc(const String& word)
    {
        const std::size_t n = word.size();
        if (n >= 3 && isConsonant(word, n - 3) && !isConsonant(word, n - 2) && isConsonant(word, n - 1)
            && !is(word[n - 1], 'w') && !is(word[n - 1], 'x') && !is(word[n - 1], 'y'))
            return true;
        return n == 2 && !isConsonant(word, 0) && isConsonant(word, 1);
    }

    static bool holds(Condition condition, const String& word, const String& stem)
    {
        switch (condition) {
        case Condition::None:
            return true;
        case Condition::MeasurePositive:
            return measure(stem) > 0;
        case Condition::MeasureAboveOne:
            return measure(stem) > 1;
        case Condition::IonStem:
            return measure(stem) > 1 && (is(stem.back(), 's') || is(stem.back(), 't'));
        case Condition::LogiStem:
            return measure(dropLast(word, 3)) > 0;
        case Condition::ConsonantBeforeY:
            return stem.size() > 1 && isConsonant(stem, stem.size() - 1);
        case Condition::LongDoubleL:
            return measure(dropLast(word, 1)) > 1;
        case Condition::SingleLetter:
            return !is(word.back(), 'l') && !is(word.back(), 's') && !is(word.back(), 'z');
        case Condition::ShortCvc:
            return measure(stem) == 1 && endsCvc(stem);
        }
        return false;
    }

    static String replaced(const String& word, std::size_t strip, const Rule& rule)
    {
        if (rule.suffix != doubleConsonant)
            return replaceSuffix(word, strip, rule.replacement);
        String result = dropLast(word, strip);
        result.push_back(word.back());
        return result;
    }

    /// NLTK's _apply_rule_list: the first rule whose suffix matches decides; if its condition fails, the word
    /// is returned unchanged and later rules are not tried. Like NLTK, "*d" also matches a literal "*d".
    template <std::size_t N> static String applyRules(const String& word, const std::array<Rule, N>& rules)
    {
        for (const Rule& rule : rules) {
            std::size_t strip = 0;
            if (rule.suffix == doubleConsonant && endsDoubleConsonant(word))
                strip = 2;
            else if (endsWith(word, rule.suffix))
                strip = rule.suffix.size();
            else
                continue;
            const String stem = dropLast(word, strip);
            return holds(rule.condition, word, stem) ? replaced(word, strip, rule) : word;
        }
        return word;
    }

    // NLTK: "ies" in a four-letter word becomes "ie" ('dies' -> 'die', while 'flies' -> 'fli').
    static String step1aSpecial(const String& word)
    {
        if (word.size() == 4 && endsWith(word, "ies"))
            return replaceSuffix(word, 3, "ie");
        return word;
    }

    static String step1b(const String& word)
    {
        if (endsWith(word, "ied"))
            return replaceSuffix(word, 3, word.size() == 4 ? "ie" : "i");
        if (endsWith(word, "eed")) {
            const String stem = dropLast(word, 3);
            return measure(stem) > 0 ? replaceSuffix(word, 1, "") : word;
        }
        for (const std::string_view suffix : {std::string_view("ed"), std::string_view("ing")}) {
            if (!endsWith(word, suffix))
                continue;
            const String intermediate = dropLast(word, suffix.size());
            if (containsVowel(intermediate))
                return applyRules(intermediate, step1bRules);
        }
        return word;
    }

    static String step2(const String& word)
    {
        // NLTK applies "alli" -> "al" before the table and runs step 2 again on the result.
        if (endsWith(word, "alli") && measure(dropLast(word, 4)) > 0)
            return step2(replaceSuffix(word, 4, "al"));
        return applyRules(word, step2Rules);
    }

    // Step 5a tries both of its conditions, unlike the rule lists.
    static String step5a(const String& word)
    {
        if (!endsWith(word, "e"))
            return word;
        const String stem = dropLast(word, 1);
        const int m = measure(stem);
        if (m > 1 || (m == 1 && !endsCvc(stem)))
            return stem;
        return word;
    }
};

} // namespace

QString porterStem(const QString& word)
{
    // Code points, not UTF-16 units, so that lengths and positions agree with Python's str.
    const std::u32string original = word.toStdU32String();
    const std::u32string lowered = pythonstring::lower(word).toStdU32String();
    return QString::fromStdU32String(Stemmer<char32_t>::stem(original, lowered));
}

std::string porterStemAscii(std::string_view word)
{
    const std::string text(word);
    return Stemmer<char>::stem(text, text);
}

} // namespace caliper
