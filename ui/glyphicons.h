#pragma once

#include <QIcon>

namespace caliper {

/// Icons drawn at paint time in the application palette's button-text colour, for where no icon theme supplies
/// one: crisp at any scale factor and visible in light and dark palettes alike (the styles' standard media icons
/// are black whatever the palette, which vanishes on a dark toolbar).

/// A right-pointing triangle: start a run.
QIcon playIcon();

} // namespace caliper
