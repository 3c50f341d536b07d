#pragma once

#include "receivables/AgingReport.h"

#include <QCoreApplication>
#include <QString>

namespace tl::ui {

// The outputs of `teamledger-cli report aging` (DESIGN §4), a stable contract for scripts:
//
// JSON, one line, keys in this order, amounts as strings with two decimals (formatPlain):
//   {"as_of":"2026-06-30","by":"salesperson",
//    "buckets":["not_due","1-30","31-60","61-90","91-180","181-365","365+"],
//    "rows":[{"key":"E001","name":"张三","not_due":"1000.00",…,"365+":"0.00","total":"1234.56"},…],
//    "total":{"not_due":"…",…,"365+":"…","total":"…"}}
// "by" is the --by value (customer, salesperson, team, customer-type); the bucket keys follow the company's
// AgingBuckets setting; rows are the report's rows (those with a balance) in its order.
//
// CSV (UTF-8 without a byte-order mark since it goes to standard output; CRLF and formula neutralising as
// every CSV of the application): header key,name,<bucket keys>,total; one
// line per row; a last line with an empty key and the translated "Total". Text: the same as an aligned table.
class AgingOutput
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::AgingOutput)

public:
    static QString json(const core::AgingReport::Report& report, const QString& byKey);
    static QString csv(const core::AgingReport::Report& report);
    static QString text(const core::AgingReport::Report& report);
};

} // namespace tl::ui
