#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace tl::core {

// The text side shared by parseMoney() and Rate::fromPercentText(): user input as typed in a form or found
// in a CSV/XLSX cell, possibly with full-width characters from a Chinese input method.
class DecimalText
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::DecimalText)

public:
    // Full-width ASCII (１２３４．５，－％) becomes ASCII, the minus sign U+2212 becomes '-', no-break and
    // ideographic spaces become ' '; the result is trimmed. Currency signs and 元 are left alone.
    static QString normalized(const QString& text);

    // Parses an unsigned decimal such as "1234", "1,234.5" or "0.16" into an integer scaled by
    // 10^decimals ("1,234.5" with decimals = 2 gives 123450). Thousands separators are optional but, when
    // present, must separate every group of three digits of the integer part. At least one digit is
    // required on each side of a decimal point; more than `decimals` decimals are refused (never
    // rounded away). `original` is the text as the user typed it, quoted in the error message.
    static Result<qint64> parseUnsigned(QStringView digits, int decimals, const QString& original);
};

} // namespace tl::core
