#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "letters/Letter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tl::core {

// Everything printed on a reconciliation letter (对账函 / 往来款项询证函; DESIGN §2.4, domain-facts §5.1),
// as data: ui/printing renders it to HTML. The printed wording is Chinese whatever the UI language: the
// letter is a Chinese legal document (evidence of the debt and an interruption of the limitation period,
// 民法典 Art. 195), so the sentences below are data filled in by the builder, not translations. Only the
// labels the UI shows about a document (documentName(), the field labels) go through tr().
struct LetterDocument
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::LetterDocument)

public:
    struct Item
    {
        QString contractNo;
        int seq = 0;
        QDate dueOn;
        QString dueOnText; // "2026-01-31"
        qint64 amount = 0; // fen
        qint64 paid = 0;
        qint64 balance = 0;
        QString amountText; // "12,345.60" (formatMoney without symbol)
        QString paidText;
        QString balanceText;
    };

    qint64 letterId = 0;
    QString letterNo; // DZ-2026-000123
    QString title;    // 对账函
    QString subtitle; // 往来款项询证函
    LetterStatus status = LetterStatus::Draft;

    // Issuer (company table; the legal name as on the business licence, else the short name).
    QString companyName;
    QString companyShortName; // company.name
    QString companyAddress;
    QString companyPhone;

    // Addressee: the customer's full legal name (customers.name) and address.
    QString customerCode;
    QString customerName;
    QString customerAddress;
    QString salutation; // "深圳某某科技有限公司："

    QDate letterDate;
    QString letterDateText; // 2026年3月15日
    QDate asOf;
    QString asOfText; // 2026年3月15日

    QString purpose; // 为核对贵我双方往来账目…
    // Who owes whom: 贵公司欠本公司 (customerOwes) or 本公司欠贵公司 (a credit balance).
    bool customerOwes = true;
    QString directionText;
    QString account;          // 应收账款
    QString balanceStatement; // 截至2026年3月15日，贵公司欠本公司应收账款余额为人民币¥12,345.60（大写：…）。
    qint64 balance = 0;       // fen, absolute value as printed
    QString balanceFigures;   // ¥12,345.60
    QString balanceCapitals;  // 壹万贰仟叁佰肆拾伍元陆角整 (chineseCapitals)
    QString balanceFiguresLabel;  // 人民币（小写）
    QString balanceCapitalsLabel; // 人民币（大写）

    QStringList itemHeaders; // 合同编号, 期数, 应收日期, 应收金额, 已收金额, 余额
    QList<Item> items;
    QString itemsTotalLabel; // 合计
    qint64 itemsAmount = 0;
    qint64 itemsPaid = 0;
    qint64 itemsBalance = 0;
    QString itemsAmountText;
    QString itemsPaidText;
    QString itemsBalanceText;

    QDate payBy;
    QString paymentDemand; // 请贵公司于 2026年3月30日 前支付上述欠款。

    QDate replyBy;
    QString replyInstructions; // 请于 2026年3月30日 前核对…
    QString replyAddress;      // the company's address
    QString replyContact;      // the collector (or the issuing user)
    QString replyPhone;
    QString replyAddressLabel; // 回函地址
    QString replyContactLabel; // 联系人
    QString replyPhoneLabel;   // 联系电话

    // Issuer block.
    QString issuerHeading;        // 出函单位
    QString issuerSealLabel;      // （公章或财务专用章）
    QString issuerSignatureLabel; // 经办人
    QString issuerDateLabel;      // 日期：      年    月    日

    // Confirmation section, filled in by the customer (由被询证单位填列).
    QString confirmationHeading;
    QString confirmationCorrect;        // ① 信息证明无误。
    QString confirmationDifferent;      // ② 信息不符，请列明不符金额及详细情况：
    QString differenceAmountLabel;      // 不符金额：
    QString differenceDetailLabel;      // 详细情况：
    QString confirmationSealLabel;      // （盖章）
    QString confirmationSignatureLabel; // 经办人签字
    QString confirmationDateLabel;      // 日期：      年    月    日
    QString footnote;                   // 本函应收余额仅为截至上述日期的余额…

    // Builds the document of a stored letter (ViewReceivables, in scope).
    static Result<LetterDocument> build(const Context& ctx, qint64 letterId);
    // The documents of several letters, in the given order (all or nothing).
    static Result<QList<LetterDocument>> build(const Context& ctx, const QList<qint64>& letterIds);

    // "2026年3月5日" (no leading zeros), as the letter prints dates.
    static QString chineseDate(const QDate& date);

    static QString documentName(); // translated: "Reconciliation letter"
};

} // namespace tl::core
