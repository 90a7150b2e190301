#include "baselines/speakertag.h"

namespace caliper::baselines {

namespace {
constexpr qsizetype MaximumTagLength = 40;
}

qsizetype speakerTagLength(QStringView text)
{
    if (!text.startsWith(u'['))
        return 0;
    for (qsizetype i = 1; i < text.size() && i <= MaximumTagLength; ++i) {
        const QChar c = text.at(i);
        if (c == u']')
            return i > 1 ? i + 1 : 0;
        if (!c.isLetter() && c != u' ' && c != u'_' && c != u'-')
            return 0;
    }
    return 0;
}

QStringView withoutSpeakerTag(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    return trimmed.sliced(speakerTagLength(trimmed));
}

} // namespace caliper::baselines
