#pragma once

#include "payroll/PayrollSummary.h"
#include "printing/PrintDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tl::core {
struct PayslipDocument;
} // namespace tl::core

namespace tl::ui {

// The payroll documents as printed (DESIGN §2.7): payslips and the payroll summary, rendered from core's
// data (core::PayslipDocument, core::PayrollSummary::Data) to HTML for QTextDocument, so the print preview,
// the printer and PDF files (PdfExporter) show the same pages. Labels are translated (context
// tl::ui::PayslipHtml); amounts through core's money formatter. Every payslip page carries the confidential
// note (confidentialNote()) in its footer.
class PayslipHtml
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::PayslipHtml)

public:
    enum class Layout
    {
        A4,    // one payslip per A4 page with every line's explanation
        Strips // 工资条: several per landscape A4 page, cut apart along dashed lines
    };

    // Strips on one landscape A4 page: each strip is a caption row, a header row and a value row.
    static constexpr int kStripsPerPage = 5;

    // The A4 payslip: company and period, employee (code, name, department, position, bank), the earnings
    // with gross pay, the deductions with their total, net pay in figures and in Chinese capitals, the loss
    // claims carried forward, the year-to-date figures, and (employerCosts) the employer's costs. A payslip
    // of a run not approved yet is marked as a draft.
    static QString a4Html(const core::PayslipDocument& payslip, bool employerCosts = false);
    static PrintDocument a4Document(const core::PayslipDocument& payslip, bool employerCosts = false);
    // One document per payslip: each starts on its own page and numbers its own pages.
    static PrintDocuments a4Documents(const QList<core::PayslipDocument>& payslips,
                                      bool employerCosts = false);

    // The strips of every payslip, perPage strips a landscape page with dashed cut lines between them: one
    // document per page (numbered "Page 2 of 40" across them all), so that thousands of strips lay out and
    // paint in linear time. The columns are the same on every strip: the pay line codes any of the payslips
    // has (absence as a negative amount), gross pay, the deduction codes any has, total deductions, net pay;
    // a caption row names the employee (code, name, department), the company, the period and the note.
    static PrintDocuments stripsDocuments(const QList<core::PayslipDocument>& payslips,
                                          int perPage = kStripsPerPage);
    static PrintDocuments documents(const QList<core::PayslipDocument>& payslips, Layout layout,
                                    bool employerCosts = false);

    // 薪资汇总表: the summary's table (PayrollSummary::header() columns) with the total row. Landscape.
    static QString summaryHtml(const core::PayrollSummary::Data& summary);
    static PrintDocument summaryDocument(const core::PayrollSummary::Data& summary);

    static QString title();            // "Payslip"
    static QString stripsTitle();      // "Payslip strips"
    static QString summaryTitle();     // "Payroll summary by department"
    static QString confidentialNote(); // "Confidential: for the employee only" (工资保密 仅限本人)
};

} // namespace tl::ui
