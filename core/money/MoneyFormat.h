#pragma once

#include "money/Money.h"

#include <QLocale>
#include <QString>

namespace tl::core {

// The one formatter for amounts shown to people: "¥1,234.56", "-¥1,234.56", "¥0.00". Always two decimals;
// the sign goes before the currency sign, as Chinese bank and accounting forms print it.
//
// Renminbi amounts are written with ',' groups of three and '.' decimals in Chinese and in English, so the
// default overload does not depend on the process locale (which may be "C" under the CLI or cron); pass a
// locale to use its group separator, decimal point and minus sign instead.
QString formatMoney(Money amount, bool withSymbol = true);
QString formatMoney(Money amount, const QLocale& locale, bool withSymbol = true);

// For files and machines (CSV, JSON, the CLI): "1234.56", "-0.05", "0.00"; two decimals, no separators,
// no symbol. parseMoney() reads it back.
QString formatPlain(Money amount);

} // namespace tl::core
