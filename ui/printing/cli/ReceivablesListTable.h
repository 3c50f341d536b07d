#pragma once

#include "common/Result.h"
#include "io/TableWriter.h"
#include "receivables/ReceivablesListReport.h"

#include <QList>
#include <QStringList>

namespace tl::ui {

// The receivables list as a table for CSV and XLSX (`report receivables --out FILE.csv|.xlsx`): one row per
// open item, machine-readable column keys, amounts as formatPlain() ("1234.56", numbers in XLSX), dates ISO:
//   customer_code, customer_name, contract_no, seq, due_on, amount, paid, written_off, balance, disputed,
//   days_past_due, bucket, interest_outstanding, collector_code, collector_name, letter_no, letter_status
// (the customer's latest reconciliation letter, status key as stored: draft, sent, confirmed, …).
class ReceivablesListTable
{
public:
    static QStringList header();
    static QList<core::ColumnType> columnTypes();
    static QList<QStringList> rows(const core::ReceivablesListReport::Data& data);
    // Header, hints and rows, then finish().
    static core::Status write(const core::ReceivablesListReport::Data& data, core::TableWriter& writer);

    // The list of one collector narrowed to one customer: the items and customer lines of that customer,
    // every total recomputed from those items; interestOutstanding is given by the caller (it includes
    // instalments already paid, which are not items).
    static core::ReceivablesListReport::Data restrictToCustomer(const core::ReceivablesListReport::Data& data,
                                                                qint64 customerId,
                                                                qint64 interestOutstanding);
};

} // namespace tl::ui
