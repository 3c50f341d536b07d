#pragma once

#include "common/Result.h"
#include "money/Money.h"

#include <QString>

namespace tl::core {

// Reads an amount in yuan as a person types it or a spreadsheet stores it (DESIGN §5: "amounts in yuan with
// up to two decimals, thousands separators allowed"). Accepted:
//   "1234", "1234.5", "1,234.50", "¥1,234.50", "￥1,234.50", "¥ 1,234.50", "1234.50元", "0.05",
//   full-width digits and punctuation from a Chinese input method ("１，２３４．５０", "－５"),
//   surrounding spaces (also no-break and ideographic ones), a leading minus ("-¥5", "¥-5", "-5元"),
//   and the output of formatPlain() and of the default formatMoney().
// Refused with Error::invalid and a translated reason quoting the text: empty text, more than two
// decimals ("1.234"; never rounded silently), misplaced thousands separators ("1,23.4", "1234,"),
// letters or other characters ("12a", "1e5", "1 234"), a missing digit around the point (".5", "1."),
// more than one point or sign, and amounts beyond the range of Money.
Result<Money> parseMoney(const QString& text);

} // namespace tl::core
