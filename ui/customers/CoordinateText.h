#pragma once

#include <QString>

namespace tl::ui {

// Coordinates as people read them: integer micro-degrees shown as decimal degrees with six decimals,
// exactly (no double). Typed coordinates are read by core::CustomerValidator::parseCoordinates.
class CoordinateText
{
public:
    static QString format(qint64 microDegrees); // "31.230416"
    // "31.230416, 121.473701" (latitude first, as map applications take them)
    static QString formatPair(qint64 latitudeE6, qint64 longitudeE6);
};

} // namespace tl::ui
