#include "printing/PayslipHtml.h"

#include "payroll/PayLines.h"
#include "payroll/PayrollPeriod.h"
#include "payroll/PayslipDocument.h"
#include "printing/HtmlTable.h"
#include "printing/HtmlText.h"

#include <algorithm>

namespace tl::ui {

namespace {

using html::escape;

const QString kSmall = QStringLiteral("<div style=\"font-size: 8.5pt;\">%1</div>\n");

QString money(core::Money amount)
{
    return html::amount(amount.fen());
}

// A box of label/value pairs, two pairs a row (no header row: kept on one page).
QString factsBox(const QList<std::pair<QString, QString>>& facts)
{
    QString text =
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                       "style=\"border-collapse: collapse; border-color: #000000; border-style: solid; "
                       "margin-top: 6px;\">\n");
    for (qsizetype i = 0; i < facts.size(); i += 2) {
        text += QStringLiteral("<tr>");
        for (qsizetype j = i; j < i + 2; ++j) {
            if (j < facts.size())
                text += QStringLiteral("<td width=\"16%\" style=\"background-color: #eeeeee;\">%1</td>"
                                       "<td width=\"34%\">%2</td>")
                            .arg(escape(facts.at(j).first), escape(facts.at(j).second));
            else
                text += QStringLiteral("<td width=\"16%\"></td><td width=\"34%\"></td>");
        }
        text += QStringLiteral("</tr>\n");
    }
    return text + QStringLiteral("</table>\n");
}

QString sectionHeading(const QString& text)
{
    return QStringLiteral("<p style=\"margin-top: 10px; margin-bottom: 3px;\"><b>%1</b></p>\n")
        .arg(escape(text));
}

// Item / amount / how it was computed, with a total row.
QString linesTable(const QList<core::PayslipDocument::Line>& lines, const QString& totalLabel,
                   core::Money total)
{
    HtmlTable table({{escape(PayslipHtml::tr("Item")), HtmlTable::Align::Left, 27},
                     {escape(PayslipHtml::tr("Amount")), HtmlTable::Align::Right, 13},
                     {escape(PayslipHtml::tr("How it was computed")), HtmlTable::Align::Left, 60}});
    for (const core::PayslipDocument::Line& line : lines)
        table.addRow(
            {escape(line.name), money(line.amount),
             QStringLiteral("<span style=\"font-size: 7.5pt;\">%1</span>").arg(escape(line.explanation))});
    if (lines.isEmpty())
        table.addNote(QStringLiteral("—"));
    table.addTotalRow(escape(totalLabel), 1, {money(total), QString()});
    return kSmall.arg(table.html());
}

// The codes of the strips' columns: those any of the payslips has, in payslip order.
QStringList presentCodes(const QList<core::PayslipDocument>& payslips, bool deductions)
{
    QStringList codes;
    for (const QString& code : core::payLineCodes()) {
        const bool deduction = core::isPayDeduction(code) && code != QLatin1String("absence_deduction");
        if (deduction != deductions || code.startsWith(QLatin1String("employer_")))
            continue;
        const bool present =
            std::any_of(payslips.begin(), payslips.end(), [&](const core::PayslipDocument& p) {
                const QList<core::PayslipDocument::Line>& lines = deductions ? p.deductions : p.earnings;
                return std::any_of(lines.begin(), lines.end(),
                                   [&](const core::PayslipDocument::Line& l) { return l.code == code; });
            });
        if (present)
            codes << code;
    }
    return codes;
}

} // namespace

QString PayslipHtml::title()
{
    return tr("Payslip");
}

QString PayslipHtml::stripsTitle()
{
    return tr("Payslip strips");
}

QString PayslipHtml::summaryTitle()
{
    return tr("Payroll summary by department");
}

QString PayslipHtml::confidentialNote()
{
    return tr("Confidential: for the employee only");
}

QString PayslipHtml::a4Html(const core::PayslipDocument& p, bool employerCosts)
{
    QString text = html::documentStart();
    if (!p.companyName.isEmpty())
        text += QStringLiteral("<p align=\"center\" style=\"font-size: 12pt; margin-bottom: 0px;\">%1</p>\n")
                    .arg(escape(p.companyName));
    text += QStringLiteral("<p align=\"center\" style=\"font-size: 16pt; font-weight: bold; margin-top: 2px; "
                           "margin-bottom: 2px;\">%1</p>\n")
                .arg(escape(title()));
    text += QStringLiteral("<p align=\"center\">%1</p>\n").arg(escape(tr("Pay period: %1").arg(p.period)));
    if (!p.released)
        text += QStringLiteral("<p align=\"center\" style=\"color: #b00000;\"><b>%1</b></p>\n")
                    .arg(escape(tr("Draft: the payroll of %1 is %2 and not approved yet; these figures may "
                                   "still change.")
                                    .arg(p.period, p.runStatusName)));

    QString account = p.bankAccount;
    if (account.isEmpty())
        account = QStringLiteral("—");
    text += factsBox({{tr("Employee code"), p.employeeCode},
                      {tr("Name"), p.employeeName},
                      {tr("Department"), p.departmentName.isEmpty() ? QStringLiteral("—") : p.departmentName},
                      {tr("Position"), p.position.isEmpty() ? QStringLiteral("—") : p.position},
                      {tr("Bank"), p.bankName.isEmpty() ? QStringLiteral("—") : p.bankName},
                      {tr("Bank account"), account}});

    text += sectionHeading(tr("Earnings"));
    text += linesTable(p.earnings, tr("Gross pay"), p.gross);
    text += sectionHeading(tr("Deductions"));
    text += linesTable(p.deductions, tr("Total deductions"), p.deductionsTotal);

    // Net pay in figures and in capitals.
    text += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"border-collapse: collapse; border-color: #000000; border-style: solid; "
                           "margin-top: 10px;\">\n"
                           "<tr><td width=\"22%\" style=\"background-color: #eeeeee;\"><b>%1</b></td>"
                           "<td width=\"78%\" style=\"font-size: 13pt;\"><b>%2</b></td></tr>\n"
                           "<tr><td style=\"background-color: #eeeeee;\">%3</td><td><b>%4</b></td></tr>\n"
                           "</table>\n")
                .arg(escape(tr("Net pay")), escape(html::amountWithSymbol(p.net.fen())),
                     escape(tr("In capitals (RMB)")), escape(p.netCapitals));
    text += QStringLiteral("<p style=\"font-size: 8.5pt;\">%1</p>\n")
                .arg(escape(tr("Net pay = gross pay %1 − total deductions %2.")
                                .arg(html::amountWithSymbol(p.gross.fen()),
                                     html::amountWithSymbol(p.deductionsTotal.fen()))));
    if (p.lossCarriedForward.isPositive())
        text +=
            QStringLiteral("<p>%1</p>\n")
                .arg(escape(tr("Loss compensation still outstanding after this month: %1, deducted in later "
                               "months (at most 20% of the wage a month).")
                                .arg(html::amountWithSymbol(p.lossCarriedForward.fen()))));

    // Year to date.
    text += sectionHeading(tr("Year to date (after this month)"));
    HtmlTable ytd({{escape(tr("Months employed")), HtmlTable::Align::Center, 16},
                   {escape(tr("Income")), HtmlTable::Align::Right, 21},
                   {escape(tr("Social insurance and housing fund")), HtmlTable::Align::Right, 21},
                   {escape(tr("Special additional deductions")), HtmlTable::Align::Right, 21},
                   {escape(tr("Income tax withheld")), HtmlTable::Align::Right, 21}});
    ytd.addRow({QString::number(p.monthsEmployed), money(p.ytdIncome), money(p.ytdSpecialDeduction),
                money(p.ytdSpecialAdditional), money(p.ytdWithheld)});
    text += kSmall.arg(ytd.html());

    if (employerCosts) {
        text += sectionHeading(tr("Paid by the employer (not part of your pay)"));
        text += linesTable(p.employerCosts, tr("Employer contributions"), p.employerCost);
    }

    text += QStringLiteral("<p style=\"margin-top: 12px; font-size: 8.5pt;\">%1</p>\n")
                .arg(escape(tr("Printed on %1. Questions about this payslip: please contact HR.")
                                .arg(html::isoDate(p.printedOn))));
    return text + html::documentEnd();
}

PrintDocument PayslipHtml::a4Document(const core::PayslipDocument& payslip, bool employerCosts)
{
    PrintDocument document;
    document.title = QStringLiteral("%1 %2 %3 %4")
                         .arg(title(), payslip.period, payslip.employeeCode, payslip.employeeName);
    document.html = a4Html(payslip, employerCosts);
    document.typeface = PrintTypeface::Sans;
    document.orientation = QPageLayout::Portrait;
    document.footerNote = confidentialNote();
    return document;
}

PrintDocuments PayslipHtml::a4Documents(const QList<core::PayslipDocument>& payslips, bool employerCosts)
{
    PrintDocuments documents;
    documents.reserve(payslips.size());
    for (const core::PayslipDocument& p : payslips)
        documents << a4Document(p, employerCosts);
    return documents;
}

namespace {

// One page of strips: payslips [from, from + count) with the given columns. One table for the page (a table
// per strip paints slowly), so the strips' cells draw their own borders and the cut lines are rows.
QString stripsPage(const QList<core::PayslipDocument>& payslips, qsizetype from, qsizetype count,
                   const QStringList& earningCodes, const QStringList& deductionCodes)
{
    // The amount columns share the page's width equally (about 16 mm each with every line code of DESIGN §4
    // present), the same on every strip so that the strips line up; the employee is named in the caption row.
    const int columns = int(earningCodes.size()) + 1 + int(deductionCodes.size()) + 2;
    const int leftSpan = (columns + 1) / 2;
    const QString width = QString::number(100.0 / columns, 'f', 2);
    const QString ruled = QStringLiteral("border: 1px solid #000000;");

    const auto headerCell = [&](const QString& label) {
        return QStringLiteral("<td align=\"center\" width=\"%1%\" style=\"%2 background-color: #eeeeee; "
                              "font-size: 7pt;\">%3</td>")
            .arg(width, ruled, escape(label));
    };
    QString header = QStringLiteral("<tr>");
    for (const QString& code : earningCodes)
        header += headerCell(core::payLineName(code));
    header += headerCell(PayslipHtml::tr("Gross pay"));
    for (const QString& code : deductionCodes)
        header += headerCell(core::payLineName(code));
    header += headerCell(PayslipHtml::tr("Total deductions")) + headerCell(PayslipHtml::tr("Net pay")) +
              QStringLiteral("</tr>\n");

    const auto valueCell = [&](const QString& value, bool bold = false) {
        return QStringLiteral("<td align=\"right\" style=\"%1\">%2</td>")
            .arg(ruled, bold ? QStringLiteral("<b>%1</b>").arg(value) : value);
    };
    // A dashed line across the page with room above and below, to cut along.
    const QString cut =
        QStringLiteral("<tr><td colspan=\"%1\" style=\"padding-top: 3px;\"></td></tr>\n"
                       "<tr><td colspan=\"%1\" align=\"center\" style=\"border-top: 1px dashed "
                       "#555555; font-size: 6pt; color: #555555; padding-bottom: 3px;\">%2</td></tr>\n")
            .arg(columns)
            .arg(escape(PayslipHtml::tr("cut here")));

    QString text = html::documentStart() +
                   QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"2\" "
                                  "style=\"border-collapse: collapse; font-size: 7.5pt;\">\n");
    for (qsizetype i = from; i < from + count; ++i) {
        const core::PayslipDocument& p = payslips.at(i);
        if (i > from)
            text += cut;
        QString who =
            QStringLiteral("<b>%1&nbsp;&nbsp;%2</b>").arg(escape(p.employeeCode), escape(p.employeeName));
        if (!p.departmentName.isEmpty())
            who += QStringLiteral("&nbsp;&nbsp;&nbsp;") + escape(p.departmentName);
        QString about = escape(PayslipHtml::tr("%1 — payslip for %2 — %3")
                                   .arg(p.companyName, p.period, PayslipHtml::confidentialNote()));
        if (!p.released)
            about += QStringLiteral(" — <b>%1</b>").arg(escape(PayslipHtml::tr("draft, not approved")));
        text += QStringLiteral("<tr><td colspan=\"%1\" style=\"%2\">%3</td>"
                               "<td colspan=\"%4\" align=\"right\" style=\"%2\">%5</td></tr>\n")
                    .arg(leftSpan)
                    .arg(ruled, who)
                    .arg(columns - leftSpan)
                    .arg(about);
        text += header + QStringLiteral("<tr>");
        for (const QString& code : earningCodes)
            text += valueCell(money(p.amount(code)));
        text += valueCell(money(p.gross), true);
        for (const QString& code : deductionCodes)
            text += valueCell(money(p.amount(code)));
        text += valueCell(money(p.deductionsTotal), true) + valueCell(money(p.net), true);
        text += QStringLiteral("</tr>\n");
        // The net pay in capitals as well, as on the A4 payslip.
        text += QStringLiteral("<tr><td colspan=\"%1\" align=\"right\" style=\"%2\">%3</td></tr>\n")
                    .arg(columns)
                    .arg(ruled, escape(PayslipHtml::tr("Net pay in capitals (RMB): %1").arg(p.netCapitals)));
    }
    return text + QStringLiteral("</table>\n") + html::documentEnd();
}

} // namespace

PrintDocuments PayslipHtml::stripsDocuments(const QList<core::PayslipDocument>& payslips, int perPage)
{
    perPage = std::max(1, perPage);
    const QStringList earningCodes = presentCodes(payslips, false);
    const QStringList deductionCodes = presentCodes(payslips, true);
    const int pages = int((payslips.size() + perPage - 1) / perPage);
    PrintDocuments documents;
    documents.reserve(pages);
    for (int page = 0; page < pages; ++page) {
        const qsizetype from = qsizetype(page) * perPage;
        PrintDocument document;
        document.title = QStringLiteral("%1 %2").arg(stripsTitle(), payslips.first().period);
        document.html = stripsPage(payslips, from, std::min<qsizetype>(perPage, payslips.size() - from),
                                   earningCodes, deductionCodes);
        document.typeface = PrintTypeface::Sans;
        document.orientation = QPageLayout::Landscape;
        document.footerNote = confidentialNote();
        document.pageNumberOffset = page;
        document.pageNumberTotal = pages;
        documents << document;
    }
    return documents;
}

PrintDocuments PayslipHtml::documents(const QList<core::PayslipDocument>& payslips, Layout layout,
                                      bool employerCosts)
{
    if (layout == Layout::Strips)
        return stripsDocuments(payslips);
    return a4Documents(payslips, employerCosts);
}

QString PayslipHtml::summaryHtml(const core::PayrollSummary::Data& data)
{
    using Summary = core::PayrollSummary;
    QString text = html::documentStart();
    if (!data.companyName.isEmpty())
        text += QStringLiteral("<p align=\"center\" style=\"font-size: 12pt; margin-bottom: 0px;\">%1</p>\n")
                    .arg(escape(data.companyName));
    text += QStringLiteral("<p align=\"center\" style=\"font-size: 17pt; font-weight: bold; margin-top: 2px; "
                           "margin-bottom: 4px;\">%1</p>\n")
                .arg(escape(summaryTitle()));
    const QString spacer = QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;");
    text += QStringLiteral("<p style=\"margin-bottom: 6px;\">%1</p>\n")
                .arg(QStringList{escape(tr("Pay period: %1").arg(data.period)),
                                 escape(tr("Status: %1").arg(core::PayrollStatus::name(data.status))),
                                 escape(tr("Headcount: %1").arg(data.total.headcount)),
                                 escape(tr("Printed on: %1").arg(html::isoDate(data.printedOn)))}
                         .join(spacer));

    // Two tables, so that even the totals of a large company keep their figures on one line: the employees'
    // pay (gross, each contribution, income tax, the loss deduction, net), then the employer's costs.
    const auto small = [](const QString& text) {
        return QStringLiteral("<div style=\"font-size: 8pt;\">%1</div>\n").arg(text);
    };
    const auto bold = [](core::Money amount) { return QStringLiteral("<b>%1</b>").arg(money(amount)); };

    QList<HtmlTable::Column> pay{{escape(tr("Department")), HtmlTable::Align::Left, 19},
                                 {escape(tr("Headcount")), HtmlTable::Align::Right, 7},
                                 {escape(tr("Gross pay")), HtmlTable::Align::Right, 11}};
    for (const QString& code : Summary::deductionCodes())
        pay << HtmlTable::Column{escape(core::payLineName(code)), HtmlTable::Align::Right, 9};
    pay << HtmlTable::Column{escape(tr("Net pay")), HtmlTable::Align::Right, 9};
    HtmlTable payTable(pay);
    const auto payCells = [&](const Summary::Row& row) {
        QStringList cells{QString::number(row.headcount), bold(row.gross)};
        for (const QString& code : Summary::deductionCodes())
            cells << money(row.amount(code));
        return cells << bold(row.net);
    };

    QList<HtmlTable::Column> employer{{escape(tr("Department")), HtmlTable::Align::Left, 19},
                                      {escape(tr("Headcount")), HtmlTable::Align::Right, 7}};
    for (const QString& code : Summary::employerCodes())
        employer << HtmlTable::Column{escape(core::payLineName(code)), HtmlTable::Align::Right, 12};
    employer << HtmlTable::Column{escape(tr("Employer contributions")), HtmlTable::Align::Right, 14};
    HtmlTable employerTable(employer);
    const auto employerCells = [&](const Summary::Row& row) {
        QStringList cells{QString::number(row.headcount)};
        for (const QString& code : Summary::employerCodes())
            cells << money(row.amount(code));
        return cells << bold(row.employerCost);
    };

    for (const Summary::Row& row : data.rows) {
        payTable.addRow(QStringList{escape(row.department)} + payCells(row));
        employerTable.addRow(QStringList{escape(row.department)} + employerCells(row));
    }
    if (data.rows.isEmpty()) {
        payTable.addNote(QStringLiteral("—"));
        employerTable.addNote(QStringLiteral("—"));
    }
    payTable.addTotalRow(escape(data.total.department), 1, payCells(data.total));
    employerTable.addTotalRow(escape(data.total.department), 1, employerCells(data.total));
    text += QStringLiteral("<p style=\"margin-top: 6px; margin-bottom: 3px;\"><b>%1</b></p>\n")
                .arg(escape(tr("Pay, deductions and net pay")));
    text += small(payTable.html());
    text += QStringLiteral("<p style=\"margin-top: 10px; margin-bottom: 3px;\"><b>%1</b></p>\n")
                .arg(escape(tr("Paid by the employer")));
    text += small(employerTable.html());

    text += QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"margin-top: 14px;\"><tr><td width=\"33%\">%1 ____________</td>"
                           "<td width=\"33%\">%2 ____________</td><td width=\"34%\">%3 ____________</td></tr>"
                           "</table>\n")
                .arg(escape(tr("Prepared by:")), escape(tr("Checked by:")), escape(tr("Approved by:")));
    return text + html::documentEnd();
}

PrintDocument PayslipHtml::summaryDocument(const core::PayrollSummary::Data& data)
{
    PrintDocument document;
    document.title = QStringLiteral("%1 %2").arg(summaryTitle(), data.period);
    document.html = summaryHtml(data);
    document.typeface = PrintTypeface::Sans;
    document.orientation = QPageLayout::Landscape;
    return document;
}

} // namespace tl::ui
