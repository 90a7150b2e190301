#pragma once

#include <QStringView>

namespace caliper::baselines {

/// The length of the speaker tag ("[doctor]", "[patient_guest]") that `text` starts with, or 0: a bracketed
/// name of letters, spaces, hyphens or underscores, as ACI-Bench and most transcript formats mark speakers.
qsizetype speakerTagLength(QStringView text);

/// `text` without the speaker tag it starts with (after leading whitespace), if any.
QStringView withoutSpeakerTag(QStringView text);

} // namespace caliper::baselines
