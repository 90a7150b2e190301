#pragma once

#include <QString>

#include <optional>

/// Numbers as the cue finder reads and compares them.
namespace caliper::analysis::numberwords {

/// A regular-expression fragment matching a number in digits ("40", "1,000", "2.5", ".5").
QString digitsPattern();

/// A regular-expression fragment matching a number in English words, up to the thousands ("forty",
/// "twenty-five", "five hundred", "two hundred and fifty").
QString wordsPattern();

/// The value of a match of either pattern; nothing for text that is neither.
std::optional<double> parse(const QString& text);

/// The canonical text of a value, so equal values compare equal as strings: "1000", "2.5", "0.5".
QString canonical(double value);

} // namespace caliper::analysis::numberwords
