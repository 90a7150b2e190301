#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace caliper {

/// NLTK 3.8 `PorterStemmer()` (NLTK_EXTENSIONS mode) `.stem(word)`: lowercases, then stems. ROUGE and METEOR
/// both promise users the numbers of their Python reference implementations, and those stem with exactly this
/// variant, quirks included; parity is checked against ../shared/gold/porter_gold.tsv.
QString porterStem(const QString& word);

/// The same stemmer for a word that is already lowercase ASCII, as ROUGE's tokenizer produces: its hot path,
/// without a round trip through QString. For such a word the result equals porterStem().
std::string porterStemAscii(std::string_view word);

} // namespace caliper
