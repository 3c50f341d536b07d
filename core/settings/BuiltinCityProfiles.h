#pragma once

#include "settings/CityProfile.h"

#include <QList>

namespace tl::core {

// The city profiles a new company starts with (DESIGN §5, domain-facts §2 and §3.2); editable later.
// - Shanghai from 2025-07-01: SI base 7,460-37,302; employee 8% / 2% / 0.5%; employer 16% / 10% / 0.5% /
//   work injury 0.16%; housing fund 7% each on 2,740-37,302; minimum wage 2,740; SI half-up to the fen,
//   housing fund half-up to the yuan.
// - Beijing from 2025-07-01: SI base 7,162-35,811; employee 8% / 2% / 0.5%; employer 16% / 9.8% / 0.5% /
//   0.4%; housing fund 12% each on the SI range 7,162-35,811 (no separate range is known); minimum wage
//   2,420, then 2,540 from 2025-09-01 (京人社 2025 No. 7; domain-facts §3.2), as a second profile.
//   Rounding as recommended by domain-facts §2.3 (SI to the fen, housing fund to the yuan, half-up).
QList<CityProfile> builtinCityProfiles();

} // namespace tl::core
