#pragma once

#include "printing/PrintDocument.h"
#include "receivables/AgingReport.h"
#include "receivables/ReceivablesListReport.h"

#include <QCoreApplication>
#include <QString>

namespace tl::ui {

// The internal receivables reports as printed documents (DESIGN §2.3, §4). Labels are translated (tr,
// context tl::ui::ReportHtml); figures through core's money formatter.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::ReportHtml)

public:
    // 账龄分析表: one row per customer, salesperson, team or customer type, a column per bucket, the total
    // and the count of open instalments, a total row and the "over 90 days" total with its share.
    // companyName: printed above the title (empty = none). Landscape.
    static QString agingHtml(const core::AgingReport::Report& report, const QString& companyName = {});
    static PrintDocument agingDocument(const core::AgingReport::Report& report,
                                       const QString& companyName = {});

    // 应收账款明细表 of a salesperson or a customer: the open items with days past due and bucket, paid,
    // written off, disputed and late interest; totals per bucket; the customers with their latest letter;
    // signature lines for the salesperson, the department manager and finance, each with a date. Landscape.
    static QString receivablesListHtml(const core::ReceivablesListReport::Data& data);
    static PrintDocument receivablesListDocument(const core::ReceivablesListReport::Data& data);

    static QString agingTitle();           // "Receivables ageing report"
    static QString receivablesListTitle(); // "Receivables list"
};

} // namespace tl::ui
