#pragma once

#include <QString>

namespace tl::ui {

// A share in basis points (1/10,000) as a percentage with two decimals in the current locale:
// 1234 → "12.34%", 5 → "0.05%", 10000 → "100.00%". Negative values keep their sign.
QString basisPointsText(qint64 bp);

} // namespace tl::ui
