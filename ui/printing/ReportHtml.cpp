#include "printing/ReportHtml.h"

#include "letters/Letter.h"
#include "printing/HtmlTable.h"
#include "printing/HtmlText.h"

namespace tl::ui {

namespace {

using html::escape;

const QString kSmallTable = QStringLiteral("<div style=\"font-size: 8.5pt;\">%1</div>\n");

QString heading(const QString& company, const QString& title, const QStringList& facts)
{
    QString text;
    if (!company.isEmpty())
        text += QStringLiteral("<p align=\"center\" style=\"font-size: 12pt; margin-bottom: 0px;\">%1</p>\n")
                    .arg(escape(company));
    text += QStringLiteral("<p align=\"center\" style=\"font-size: 17pt; font-weight: bold; margin-top: 2px; "
                           "margin-bottom: 4px;\">%1</p>\n")
                .arg(escape(title));
    text += QStringLiteral("<p style=\"margin-bottom: 6px;\">%1</p>\n")
                .arg(facts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;")));
    return text;
}

QString fact(const QString& label, const QString& value)
{
    return QStringLiteral("%1 <b>%2</b>").arg(escape(label), escape(value));
}

// Basis points as a percentage with two decimals: 1234 → "12.34%".
QString percent(int basisPoints)
{
    return QStringLiteral("%1.%2%").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

QString letterStatusText(const QString& key)
{
    if (key.isEmpty())
        return ReportHtml::tr("none");
    const auto status = core::letterStatusFromKey(key);
    return status ? core::letterStatusName(*status) : key;
}

QString signatureLine(const QString& role)
{
    return QStringLiteral("<p><b>%1</b></p><p style=\"margin-top: 12px;\">%2 ____________________</p>"
                          "<p style=\"margin-top: 6px;\">%3 ____________________</p>")
        .arg(escape(role), escape(ReportHtml::tr("Signature:")), escape(ReportHtml::tr("Date:")));
}

} // namespace

QString ReportHtml::agingTitle()
{
    return tr("Receivables ageing report");
}

QString ReportHtml::receivablesListTitle()
{
    return tr("Receivables list");
}

QString ReportHtml::agingHtml(const core::AgingReport::Report& report, const QString& companyName)
{
    QString text = html::documentStart();
    text += heading(companyName, agingTitle(),
                    {fact(tr("As of:"), html::isoDate(report.asOf)),
                     fact(tr("By:"), core::AgingReport::dimensionName(report.by)),
                     fact(tr("Open balance:"), html::amountWithSymbol(report.total.total))});

    const int buckets = report.buckets.count();
    // Key and name take 21% (a team's key is its path: 30%), the total 10%, the count 4%; the buckets share
    // the rest.
    const bool team = report.by == core::AgingReport::Dimension::Team;
    const int keyWidth = team ? 22 : 8, nameWidth = team ? 8 : 13;
    const int bucketWidth = std::max(5, (100 - keyWidth - nameWidth - 14) / std::max(1, buckets));
    QList<HtmlTable::Column> columns{
        {escape(team ? tr("Team") : tr("Code")), HtmlTable::Align::Left, keyWidth},
        {escape(core::AgingReport::dimensionName(report.by)), HtmlTable::Align::Left, nameWidth}};
    for (int b = 0; b < buckets; ++b)
        columns << HtmlTable::Column{escape(report.buckets.label(b)), HtmlTable::Align::Right, bucketWidth};
    columns << HtmlTable::Column{escape(tr("Total")), HtmlTable::Align::Right, 10}
            << HtmlTable::Column{escape(tr("Items")), HtmlTable::Align::Right, 4};
    HtmlTable table(columns);
    const auto cells = [&](const core::AgingReport::Row& row) {
        QStringList list;
        for (int b = 0; b < buckets; ++b)
            list << html::amount(row.amounts.value(b));
        list << QStringLiteral("<b>%1</b>").arg(html::amount(row.total)) << QString::number(row.count);
        return list;
    };
    for (const core::AgingReport::Row& row : report.rows)
        table.addRow(QStringList{escape(row.key), escape(row.name)} + cells(row));
    if (report.rows.isEmpty())
        table.addNote(escape(tr("No open receivables as of this date.")));
    table.addTotalRow(escape(tr("Total")), 2, cells(report.total));
    text += kSmallTable.arg(table.html());

    text += QStringLiteral("<p style=\"margin-top: 8px;\">%1</p>\n")
                .arg(escape(tr("Over 90 days past due: %1, %2 of the open balance.")
                                .arg(html::amountWithSymbol(report.over90), percent(report.over90ShareBp))));
    return text + html::documentEnd();
}

PrintDocument ReportHtml::agingDocument(const core::AgingReport::Report& report, const QString& companyName)
{
    PrintDocument document;
    document.title = QStringLiteral("%1 %2").arg(agingTitle(), html::isoDate(report.asOf));
    document.html = agingHtml(report, companyName);
    document.typeface = PrintTypeface::Sans;
    document.orientation = QPageLayout::Landscape;
    return document;
}

QString ReportHtml::receivablesListHtml(const core::ReceivablesListReport::Data& data)
{
    using Report = core::ReceivablesListReport;
    const bool byCollector = data.subject == Report::Subject::Collector;
    const QString company = data.company.legalName.isEmpty() ? data.company.name : data.company.legalName;

    QStringList facts;
    if (byCollector) {
        facts << fact(tr("Salesperson:"), QStringLiteral("%1 %2").arg(data.subjectCode, data.subjectName));
        if (!data.subjectDepartment.isEmpty())
            facts << fact(tr("Department:"), data.subjectDepartment);
    } else {
        facts << fact(tr("Customer:"), QStringLiteral("%1 %2").arg(data.subjectCode, data.subjectName));
    }
    facts << fact(tr("As of:"), html::isoDate(data.asOf))
          << fact(tr("Printed on:"), html::isoDate(data.printedOn));

    QString text = html::documentStart();
    text += heading(company, receivablesListTitle(), facts);

    HtmlTable items({{escape(tr("Customer")), HtmlTable::Align::Left, 15},
                     {escape(tr("Contract")), HtmlTable::Align::Left, 10},
                     {escape(tr("Inst.")), HtmlTable::Align::Center, 4},
                     {escape(tr("Due date")), HtmlTable::Align::Center, 8},
                     {escape(tr("Amount")), HtmlTable::Align::Right, 9},
                     {escape(tr("Paid")), HtmlTable::Align::Right, 8},
                     {escape(tr("Written off")), HtmlTable::Align::Right, 7},
                     {escape(tr("Balance")), HtmlTable::Align::Right, 9},
                     {escape(tr("Disputed")), HtmlTable::Align::Right, 7},
                     {escape(tr("Days past due")), HtmlTable::Align::Right, 6},
                     {escape(tr("Ageing")), HtmlTable::Align::Center, 9},
                     {escape(tr("Late interest")), HtmlTable::Align::Right, 8}});
    qint64 interestOfItems = 0;
    for (const Report::Item& item : data.items) {
        const core::OpenItem& open = item.item;
        items.addRow({escape(QStringLiteral("%1 %2").arg(item.customerCode, item.customerName)),
                      escape(open.contractNo), QString::number(open.seq), html::isoDate(open.dueOn),
                      html::amount(open.amount), html::amount(open.paid), html::amount(open.writtenOff),
                      QStringLiteral("<b>%1</b>").arg(html::amount(open.balance)),
                      open.disputed ? html::amount(open.disputed) : QString(),
                      open.daysPastDue > 0 ? QString::number(open.daysPastDue) : QString(),
                      escape(data.buckets.label(item.bucket)),
                      item.interestOutstanding ? html::amount(item.interestOutstanding) : QString()});
        interestOfItems += item.interestOutstanding;
    }
    if (data.items.isEmpty())
        items.addNote(escape(tr("No open receivables as of this date.")));
    items.addTotalRow(escape(tr("Total (%n item(s))", nullptr, int(data.items.size()))), 4,
                      {html::amount(data.amount), html::amount(data.paid), html::amount(data.writtenOff),
                       html::amount(data.balance), html::amount(data.disputed), QString(), QString(),
                       html::amount(interestOfItems)});
    text += kSmallTable.arg(items.html());

    // Totals per bucket, with the overdue part, disputes and interest.
    text += QStringLiteral("<p style=\"margin-top: 10px; margin-bottom: 4px;\"><b>%1</b></p>\n")
                .arg(escape(tr("Totals by ageing bucket")));
    QList<HtmlTable::Column> bucketColumns;
    const int buckets = data.buckets.count();
    for (int b = 0; b < buckets; ++b)
        bucketColumns << HtmlTable::Column{escape(data.buckets.label(b)), HtmlTable::Align::Right, 0};
    bucketColumns << HtmlTable::Column{escape(tr("Balance")), HtmlTable::Align::Right, 0}
                  << HtmlTable::Column{escape(tr("Of which overdue")), HtmlTable::Align::Right, 0}
                  << HtmlTable::Column{escape(tr("Disputed")), HtmlTable::Align::Right, 0}
                  << HtmlTable::Column{escape(tr("Late interest outstanding")), HtmlTable::Align::Right, 0};
    HtmlTable totals(bucketColumns);
    QStringList totalCells;
    for (int b = 0; b < buckets; ++b)
        totalCells << html::amount(data.bucketTotals.value(b));
    totalCells << QStringLiteral("<b>%1</b>").arg(html::amount(data.balance)) << html::amount(data.overdue)
               << html::amount(data.disputed) << html::amount(data.interestOutstanding);
    totals.addRow(totalCells);
    text += kSmallTable.arg(totals.html());
    if (data.interestOutstanding != interestOfItems)
        text +=
            QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>\n")
                .arg(escape(tr("Late interest outstanding includes %1 on instalments already paid.")
                                .arg(html::amountWithSymbol(data.interestOutstanding - interestOfItems))));

    // The customers and their latest reconciliation letter.
    text += QStringLiteral("<p style=\"margin-top: 10px; margin-bottom: 4px;\"><b>%1</b></p>\n")
                .arg(escape(tr("Customers and their latest reconciliation letter")));
    HtmlTable customers({{escape(tr("Customer")), HtmlTable::Align::Left, 32},
                         {escape(tr("Items")), HtmlTable::Align::Right, 8},
                         {escape(tr("Balance")), HtmlTable::Align::Right, 15},
                         {escape(tr("Letter")), HtmlTable::Align::Left, 17},
                         {escape(tr("Letter as of")), HtmlTable::Align::Center, 13},
                         {escape(tr("Letter status")), HtmlTable::Align::Center, 15}});
    for (const Report::CustomerLine& line : data.customers)
        customers.addRow({escape(QStringLiteral("%1 %2").arg(line.code, line.name)),
                          QString::number(line.items), html::amount(line.balance), escape(line.letterNo),
                          html::isoDate(line.letterAsOf), escape(letterStatusText(line.letterStatus))});
    if (data.customers.isEmpty())
        customers.addNote(QStringLiteral("—"));
    text += kSmallTable.arg(customers.html());

    // Signatures: the salesperson confirms the list, the department manager and finance check it.
    text +=
        QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"4\" "
                       "style=\"margin-top: 10px;\"><tr><td width=\"33%\">%1</td><td width=\"33%\">%2</td>"
                       "<td width=\"34%\">%3</td></tr></table>\n")
            .arg(signatureLine(tr("Salesperson")), signatureLine(tr("Department manager")),
                 signatureLine(tr("Finance")));
    return text + html::documentEnd();
}

PrintDocument ReportHtml::receivablesListDocument(const core::ReceivablesListReport::Data& data)
{
    PrintDocument document;
    document.title =
        QStringLiteral("%1 %2 %3 %4")
            .arg(receivablesListTitle(), data.subjectCode, data.subjectName, html::isoDate(data.asOf));
    document.html = receivablesListHtml(data);
    document.typeface = PrintTypeface::Sans;
    document.orientation = QPageLayout::Landscape;
    return document;
}

} // namespace tl::ui
