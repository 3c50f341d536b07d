#pragma once

#include <QDate>
#include <QString>

namespace tl::core {

// Resident identity number (GB 11643-1999): 17 digits + check character (0-9 or X), a valid birth date
// at positions 7-14 (not in the future, not before 1900). Returns an empty string when valid, else a
// translated reason. birthDate/gender are filled when valid (gender: 17th digit odd = "M", even = "F").
QString checkIdNumber(const QString& idNumber, QDate* birthDate = nullptr, QString* gender = nullptr);
// The check character for the first 17 digits (used by the demo generator and tests).
QChar idNumberCheckChar(const QString& first17);

// Mainland mobile number: 11 digits starting with 1[3-9]. Empty = valid (optional field) is the caller's choice.
QString checkMobile(const QString& phone);

// Dates from user input: YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日. Invalid QDate if not a real date.
QDate parseUserDate(const QString& text);

} // namespace tl::core
