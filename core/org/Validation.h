#pragma once

#include <QDate>
#include <QString>

namespace tl::core {

// Resident identity number (GB 11643-1999): 17 digits + check character (0-9 or X), a valid birth date
// at positions 7-14 (not in the future, not before 1900). Returns an empty string when valid, else a
// translated reason. birthDate/gender are filled when valid (gender: 17th digit odd = "M", even = "F").
// A lowercase x is accepted. `today` is the reference for "in the future" (invalid = the system date;
// services pass their clock's date).
QString checkIdNumber(const QString& idNumber, QDate* birthDate = nullptr, QString* gender = nullptr,
                      const QDate& today = {});
// The check character for the first 17 digits (used by the demo generator and tests); a null QChar when
// the argument is not 17 digits. Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 -> "10X98765432".
QChar idNumberCheckChar(const QString& first17);
// Trimmed and with a lowercase x made uppercase (the stored form).
QString normalizeIdNumber(const QString& idNumber);

// Mainland mobile number: 11 digits starting with 1[3-9]. Returns an empty string when valid, else a
// translated reason. Empty input is a reason too: callers decide whether the field is optional.
QString checkMobile(const QString& phone);
// Removes spaces and hyphens and a leading +86 / 0086 ("138 0013 8000" -> "13800138000").
QString normalizeMobile(const QString& phone);

// Dates from user input: YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日. Invalid QDate if not a real date.
QDate parseUserDate(const QString& text);
// Why a text is not a date: empty string when parseUserDate() accepts it, "no such date 2023-02-30" for
// a well-formed but impossible date, otherwise a reason naming the accepted formats.
QString checkUserDate(const QString& text);

} // namespace tl::core
