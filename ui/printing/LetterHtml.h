#pragma once

#include "printing/PrintDocument.h"

#include <QList>
#include <QString>

namespace tl::core {
struct LetterDocument;
struct DunningLetterDocument;
} // namespace tl::core

namespace tl::ui {

// 对账函 (DESIGN §2.4, domain-facts §5.1): company header, title and letter number, the addressee's legal
// name and address, purpose, the as-of date and the balance in figures and 大写 with the direction and the
// account, the open items with totals, the payment demand with its date, reply instructions and deadline,
// the issuer's box (company, 公章/财务专用章, signature, date), and the customer's confirmation section
// (① 信息证明无误 / ② 信息不符… each with 盖章, 经办人签字 and 日期, and room for the difference). The
// wording comes from the document (Chinese, a legal document); this only lays it out.
QString letterHtml(const core::LetterDocument& letter);
PrintDocument letterPrintDocument(const core::LetterDocument& letter);
QList<PrintDocument> letterPrintDocuments(const QList<core::LetterDocument>& letters);

// 催款函 (DESIGN §2.3): the overdue items with days past due, principal, late interest to the as-of date with
// the rate and the method stated, the total demanded in figures and 大写, and the pay-by date.
QString dunningLetterHtml(const core::DunningLetterDocument& letter);
PrintDocument dunningLetterPrintDocument(const core::DunningLetterDocument& letter);

} // namespace tl::ui
