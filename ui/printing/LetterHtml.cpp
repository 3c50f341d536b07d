#include "printing/LetterHtml.h"

#include "letters/DunningLetterDocument.h"
#include "letters/LetterDocument.h"
#include "printing/HtmlTable.h"
#include "printing/HtmlText.h"

// Letters go to customers and are Chinese legal documents: their wording comes from core's document
// builders (Chinese whatever the interface language). The few fixed Chinese words below (编号, 地址, 截止日期
// …) belong to that printed form in the same way and are therefore not translated either.

namespace tl::ui {

namespace {

using html::escape;

// Paragraphs start with the customary indent of two characters (10.5 pt = 14 px each).
const QString kIndent = QStringLiteral("text-indent: 28px; margin-top: 3px; margin-bottom: 3px;");

QString withColon(const QString& label)
{
    if (label.endsWith(QStringLiteral("：")) || label.endsWith(QLatin1Char(':')))
        return escape(label);
    return escape(label) + QStringLiteral("：");
}

QString companyHeader(const QString& name, const QString& address, const QString& phone)
{
    QString text = QStringLiteral("<p align=\"center\" style=\"font-size: 15pt; font-weight: bold; "
                                  "margin-bottom: 0px;\">%1</p>\n")
                       .arg(escape(name));
    QStringList contact;
    if (!address.isEmpty())
        contact << QStringLiteral("地址：") + escape(address);
    if (!phone.isEmpty())
        contact << QStringLiteral("电话：") + escape(phone);
    if (!contact.isEmpty())
        text += QStringLiteral("<p align=\"center\" style=\"font-size: 9pt; margin-top: 2px;\">%1</p>\n")
                    .arg(contact.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;")));
    text += QStringLiteral("<hr/>\n");
    return text;
}

// The title, then the subtitle (centred) and the document number (right) on one line.
QString title(const QString& heading, const QString& subtitle, const QString& number = {})
{
    QString text = QStringLiteral("<p align=\"center\" style=\"font-size: 19pt; font-weight: bold; "
                                  "margin-top: 4px; margin-bottom: 0px;\">%1</p>\n")
                       .arg(escape(heading));
    if (subtitle.isEmpty() && number.isEmpty())
        return text;
    return text + QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                 "<td width=\"30%\"></td><td width=\"40%\" align=\"center\">%1</td>"
                                 "<td width=\"30%\" align=\"right\">%2</td></tr></table>\n")
                      .arg(subtitle.isEmpty() ? QString() : QStringLiteral("（%1）").arg(escape(subtitle)),
                           number.isEmpty() ? QString() : QStringLiteral("编号：%1").arg(escape(number)));
}

QString addressee(const QString& salutation, const QString& name, const QString& address)
{
    QString text = QStringLiteral("<p style=\"margin-top: 6px; margin-bottom: 2px;\"><b>%1</b></p>\n")
                       .arg(escape(salutation.isEmpty() ? name + QStringLiteral("：") : salutation));
    if (!address.isEmpty())
        text += QStringLiteral("<p style=\"font-size: 9pt; margin-top: 0px;\">地址：%1</p>\n")
                    .arg(escape(address));
    return text;
}

// Label/value pairs in a ruled table, two pairs per row; a pair alone on the last row spans the row.
QString factTable(const QList<std::pair<QString, QString>>& facts)
{
    QString text = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "style=\"border-collapse: collapse; border-color: #000000; "
                                  "margin-top: 6px; margin-bottom: 6px;\">\n");
    const QString label = QStringLiteral("<td width=\"16%\" style=\"background-color: #eeeeee;\">%1</td>");
    for (qsizetype i = 0; i < facts.size(); i += 2) {
        text += QStringLiteral("<tr>") + label.arg(facts.at(i).first);
        if (i + 1 < facts.size())
            text += QStringLiteral("<td width=\"34%\">%1</td>").arg(facts.at(i).second) +
                    label.arg(facts.at(i + 1).first) +
                    QStringLiteral("<td width=\"34%\">%1</td>").arg(facts.at(i + 1).second);
        else
            text += QStringLiteral("<td colspan=\"3\">%1</td>").arg(facts.at(i).second);
        text += QStringLiteral("</tr>\n");
    }
    return text + QStringLiteral("</table>\n");
}

// The issuer's box: company with room for the seal pressed over it, signature, date.
QString issuerBox(const QString& heading, const QString& company, const QString& sealLabel,
                  const QString& signatureLabel, const QString& dateLabel)
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                          "style=\"border-collapse: collapse; border-color: #000000;\"><tr><td>"
                          "<p>%1%2</p><p align=\"right\" style=\"color: #555555; margin-top: 12px; "
                          "margin-bottom: 12px;\">%3</p><p>%4________________</p><p>%5</p>"
                          "</td></tr></table>\n")
        .arg(withColon(heading), escape(company), escape(sealLabel), withColon(signatureLabel),
             html::keepSpaces(dateLabel));
}

QString signatureBlock(const QString& sealLabel, const QString& signatureLabel, const QString& dateLabel)
{
    return QStringLiteral("<p align=\"right\" style=\"color: #555555; margin-right: 12px;\">%1</p>"
                          "<p>%2________________</p><p>%3</p>")
        .arg(escape(sealLabel), withColon(signatureLabel), html::keepSpaces(dateLabel));
}

} // namespace

QString letterHtml(const core::LetterDocument& letter)
{
    QString text = html::documentStart();
    text += companyHeader(letter.companyName, letter.companyAddress, letter.companyPhone);
    text += title(letter.title, letter.subtitle, letter.letterNo);
    text += addressee(letter.salutation, letter.customerName, letter.customerAddress);
    text += html::paragraph(escape(letter.purpose), kIndent);
    text += html::paragraph(escape(letter.balanceStatement), kIndent);

    text += factTable({
        {QStringLiteral("截止日期"), escape(letter.asOfText)},
        {QStringLiteral("科目"),
         QStringLiteral("%1（%2）").arg(escape(letter.account), escape(letter.directionText))},
        {escape(letter.balanceFiguresLabel), QStringLiteral("<b>%1</b>").arg(escape(letter.balanceFigures))},
        {escape(letter.balanceCapitalsLabel),
         QStringLiteral("<b>%1</b>").arg(escape(letter.balanceCapitals))},
    });

    const QStringList headers = letter.itemHeaders;
    HtmlTable items({{escape(headers.value(0)), HtmlTable::Align::Left, 24},
                     {escape(headers.value(1)), HtmlTable::Align::Center, 8},
                     {escape(headers.value(2)), HtmlTable::Align::Center, 16},
                     {escape(headers.value(3)), HtmlTable::Align::Right, 17},
                     {escape(headers.value(4)), HtmlTable::Align::Right, 17},
                     {escape(headers.value(5)), HtmlTable::Align::Right, 18}});
    for (const core::LetterDocument::Item& item : letter.items)
        items.addRow({escape(item.contractNo), QString::number(item.seq), escape(item.dueOnText),
                      escape(item.amountText), escape(item.paidText), escape(item.balanceText)});
    if (letter.items.isEmpty())
        items.addNote(QStringLiteral("—"));
    items.addTotalRow(
        escape(letter.itemsTotalLabel), 3,
        {escape(letter.itemsAmountText), escape(letter.itemsPaidText), escape(letter.itemsBalanceText)});
    text += items.html();

    // The payment demand and the reply instructions beside the issuer's box.
    QString demand = html::paragraph(QStringLiteral("<b>%1</b>").arg(escape(letter.paymentDemand)), kIndent);
    demand += html::paragraph(escape(letter.replyInstructions), kIndent);
    if (!letter.replyAddress.isEmpty())
        demand += html::paragraph(withColon(letter.replyAddressLabel) + escape(letter.replyAddress), kIndent);
    QStringList contact;
    if (!letter.replyContact.isEmpty())
        contact << withColon(letter.replyContactLabel) + escape(letter.replyContact);
    if (!letter.replyPhone.isEmpty())
        contact << withColon(letter.replyPhoneLabel) + escape(letter.replyPhone);
    if (!contact.isEmpty())
        demand += html::paragraph(contact.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;")), kIndent);
    text += QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" "
                           "style=\"margin-top: 6px;\"><tr><td width=\"57%\" valign=\"top\" "
                           "style=\"padding-right: 10px;\">%1</td><td width=\"43%\" valign=\"top\">%2</td>"
                           "</tr></table>\n")
                .arg(demand, issuerBox(letter.issuerHeading, letter.companyName, letter.issuerSealLabel,
                                       letter.issuerSignatureLabel, letter.issuerDateLabel));

    // The confirmation section, cut along the dashed line and returned by the customer; one table so that
    // it is never split over two pages (DocumentPainter keeps boxes together).
    const QString left = QStringLiteral("<p><b>%1</b></p><p>%2：%3</p>%4")
                             .arg(escape(letter.confirmationCorrect), escape(letter.balanceFiguresLabel),
                                  escape(letter.balanceFigures), html::blankLines(1)) +
                         signatureBlock(letter.confirmationSealLabel, letter.confirmationSignatureLabel,
                                        letter.confirmationDateLabel);
    const QString right =
        QStringLiteral("<p><b>%1</b></p><p>%2________________</p><p>%3</p>%4")
            .arg(escape(letter.confirmationDifferent), withColon(letter.differenceAmountLabel),
                 withColon(letter.differenceDetailLabel), html::blankLines(1)) +
        signatureBlock(letter.confirmationSealLabel, letter.confirmationSignatureLabel,
                       letter.confirmationDateLabel);
    // The footnote (what signing means) closes the section, so that it stays with it.
    const QString footnote =
        letter.footnote.isEmpty()
            ? QString()
            : QStringLiteral("<tr><td colspan=\"2\" style=\"font-size: 8pt; color: #444444;\">%1</td></tr>")
                  .arg(escape(letter.footnote));
    text += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                           "style=\"border-collapse: collapse; border-color: #000000; margin-top: 10px;\">"
                           "<tr><td colspan=\"2\" align=\"center\" style=\"border-style: dashed;\">"
                           "<b>%1</b>（编号：%5）</td></tr><tr>"
                           "<td width=\"50%\" valign=\"top\">%2</td><td width=\"50%\" valign=\"top\">%3</td>"
                           "</tr>%4</table>\n")
                .arg(escape(letter.confirmationHeading), left, right, footnote, escape(letter.letterNo));
    return text + html::documentEnd();
}

PrintDocument letterPrintDocument(const core::LetterDocument& letter)
{
    PrintDocument document;
    document.title = QStringLiteral("%1 %2 %3").arg(letter.title, letter.letterNo, letter.customerName);
    document.html = letterHtml(letter);
    document.typeface = PrintTypeface::Serif;
    document.chinese = true;
    return document;
}

QList<PrintDocument> letterPrintDocuments(const QList<core::LetterDocument>& letters)
{
    QList<PrintDocument> documents;
    documents.reserve(letters.size());
    for (const core::LetterDocument& letter : letters)
        documents << letterPrintDocument(letter);
    return documents;
}

QString dunningLetterHtml(const core::DunningLetterDocument& letter)
{
    QString text = html::documentStart();
    text += companyHeader(letter.companyName, letter.companyAddress, letter.companyPhone);
    text += title(letter.title, {});
    text += addressee(letter.salutation, letter.customerName, letter.customerAddress);
    text += html::paragraph(escape(letter.opening), kIndent);

    const QStringList headers = letter.itemHeaders;
    HtmlTable items({{escape(headers.value(0)), HtmlTable::Align::Left, 20},
                     {escape(headers.value(1)), HtmlTable::Align::Center, 7},
                     {escape(headers.value(2)), HtmlTable::Align::Center, 15},
                     {escape(headers.value(3)), HtmlTable::Align::Right, 11},
                     {escape(headers.value(4)), HtmlTable::Align::Right, 17},
                     {escape(headers.value(5)), HtmlTable::Align::Right, 13},
                     {escape(headers.value(6)), HtmlTable::Align::Right, 17}});
    for (const core::DunningLetterDocument::Item& item : letter.items)
        items.addRow({escape(item.contractNo), QString::number(item.seq), escape(item.dueOnText),
                      QString::number(item.daysPastDue), escape(item.balanceText), escape(item.rateText),
                      escape(item.interestText)});
    if (letter.items.isEmpty())
        items.addNote(QStringLiteral("—"));
    items.addTotalRow(escape(letter.totalLabel), 4,
                      {escape(letter.principalText), QString(), escape(letter.interestText)});
    text += items.html();

    text += factTable({
        {QStringLiteral("截止日期"), escape(letter.asOfText)},
        {QStringLiteral("本息合计"), QStringLiteral("<b>%1</b>").arg(escape(letter.totalText))},
        {QStringLiteral("人民币（大写）"), QStringLiteral("<b>%1</b>").arg(escape(letter.totalCapitals))},
    });
    text += html::paragraph(escape(letter.interestMethod), kIndent);
    text += html::paragraph(QStringLiteral("<b>%1</b>").arg(escape(letter.demand)), kIndent);
    text += html::paragraph(escape(letter.closing), kIndent);
    if (!letter.contactLine.isEmpty())
        text += html::paragraph(escape(letter.contactLine), kIndent);
    text += QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" "
                           "style=\"margin-top: 16px;\"><tr><td width=\"50%\"></td><td width=\"50%\">"
                           "<p>%1</p><p style=\"color: #555555;\">%2</p>%3<p>%4</p></td></tr></table>\n")
                .arg(escape(letter.companyName), escape(letter.issuerSealLabel), html::blankLines(2),
                     html::keepSpaces(letter.issuerDateLabel.isEmpty() ? letter.letterDateText
                                                                       : letter.issuerDateLabel));
    return text + html::documentEnd();
}

PrintDocument dunningLetterPrintDocument(const core::DunningLetterDocument& letter)
{
    PrintDocument document;
    document.title = QStringLiteral("%1 %2").arg(letter.title, letter.customerName);
    document.html = dunningLetterHtml(letter);
    document.typeface = PrintTypeface::Serif;
    document.chinese = true;
    return document;
}

} // namespace tl::ui
