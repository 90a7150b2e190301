#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace caliper {

/// Token and word counts shown next to every output, so the study's length table (tokens per answer,
/// reasoning tokens, Lumigator's word-based estimate) can be reproduced exactly.
///
/// cl100k_base follows OpenAI's tiktoken: the text is split by the cl100k pattern (Unicode 15 classes via
/// QChar; `\s` is Unicode White_Space; `(?i:'s…)` also matches U+017F as Rust's regex does), each piece is
/// UTF-8 encoded and merged by rank. Special tokens such as `<|endoftext|>` are plain text (encode_ordinary).
/// Unpaired surrogates count as U+FFFD, as tiktoken does. The ranks are compiled in and loaded once, lazily
/// and thread-safely; every function here may be called from any thread.

/// Exact cl100k_base token count. -1 only when the compiled-in ranks are missing or corrupt (a build error).
qint64 cl100kTokenCount(const QString& text);
/// cl100k_base token ids; empty when the ranks are unavailable.
std::vector<int> cl100kEncode(const QString& text);
/// The text of the tokens (invalid UTF-8 from a split multi-byte character becomes U+FFFD).
QString cl100kDecode(const std::vector<int>& tokens);
/// The bytes of one token; empty for an id outside the vocabulary.
QByteArray cl100kTokenBytes(int rank);
/// Number of ordinary tokens (100,256); 0 when the ranks are unavailable.
int cl100kVocabularySize();
/// The pieces the cl100k pattern splits text into before byte-pair merging (for tests and diagnostics).
QStringList cl100kPreTokenize(const QString& text);

/// Words as Python's str.split() counts them: runs separated by str.isspace() characters.
qint64 wordCount(const QString& text);
/// Lumigator's token estimate: wordCount / 0.75, unrounded.
double lumigatorTokenEstimate(const QString& text);

} // namespace caliper
