#pragma once

#include "money/Money.h"

#include <QString>

namespace tl::core {

// The amount in Chinese capitals (人民币大写) for letters, payslips and vouchers, following
// 《支付结算办法》附一《正确填写票据和结算凭证的基本规定》:
//   12,345.67 → 壹万贰仟叁佰肆拾伍元陆角柒分     0.00 → 零元整     0.05 → 伍分     1.05 → 壹元零伍分
//   100,010.00 → 壹拾万零壹拾元整     100,000,000.00 → 壹亿元整     -5.00 → 负伍元整
// The prefix "人民币" is not included: forms print it in their own label ("人民币（大写）"). Every rule and
// every choice the regulation leaves open is documented at the top of ChineseCapitals.cpp.
QString chineseCapitals(Money amount);

} // namespace tl::core
