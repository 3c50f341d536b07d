#pragma once

#include <QColor>
#include <QDate>
#include <QString>

namespace tl::ui {

// How the contract, payment and receivable lists show their values: money with the core formatter
// ("¥1,234.56", right-aligned by the models), dates in the locale's short format, shares in percent, and the
// tint of an overdue row by its ageing bucket.
namespace LedgerText {

QString money(qint64 fen);                // "¥1,234.56"
QString date(const QDate& date);          // QLocale short format; "" when invalid
QString percentBp(int basisPoints);       // 9850 -> "98.5%"
QString letterStatus(const QString& key); // translated letters.status; "" for none
// The background of a row in bucket `bucket` of `bucketCount` (0 = not due: no tint); later buckets are
// darker, from a light yellow to a light red.
QColor bucketTint(int bucket, int bucketCount);
// The text for a payment method key, a contract kind key.
QString paymentMethod(const QString& key);
QString contractKind(const QString& key);

} // namespace LedgerText

} // namespace tl::ui
