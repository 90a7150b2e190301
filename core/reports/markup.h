#pragma once

#include <QString>
#include <QStringView>

namespace caliper {

/// Text made safe for HTML and SVG element content and quoted attribute values: & < > " ' become entities, and
/// characters XML forbids (C0 controls other than tab and line breaks, unpaired surrogates) become U+FFFD, so
/// nothing a dataset or a model wrote can open a tag, end an attribute or break the document.
QString escapeMarkup(QStringView text);

} // namespace caliper
