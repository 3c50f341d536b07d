#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tl::core {

// A dunning letter (催款函, DESIGN §2.3): the customer's overdue instalments as of a date with days past due,
// the principal outstanding, late interest to that date (InterestCalculator: simple daily interest,
// actual/365, at the contract's rate or the default rate) with the rate and method stated, the total demanded
// and a pay-by date. Data for ui/printing. Like LetterDocument, the printed wording is Chinese data (a legal
// document), not translated; only documentName() goes through tr().
//
// Printing it changes nothing. Recording that it was sent (a documented payment demand, which interrupts
// the limitation period, 民法典 Art. 195) is the separate call recordSent().
struct DunningLetterDocument
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::DunningLetterDocument)

public:
    struct Item
    {
        qint64 installmentId = 0;
        QString contractNo;
        int seq = 0;
        QDate dueOn;
        QString dueOnText;
        int daysPastDue = 0;
        qint64 balance = 0;  // principal outstanding, fen
        qint64 interest = 0; // late interest outstanding to asOf (accrued - settled), fen
        qint64 ratePpm = 0;  // annual rate applied
        QString rateText;    // "4.5%"
        QString balanceText; // "12,345.60"
        QString interestText;
    };

    qint64 customerId = 0;
    QString title; // 催款函
    QString companyName;
    QString companyAddress;
    QString companyPhone;
    QString customerCode;
    QString customerName;
    QString customerAddress;
    QString salutation;

    QDate letterDate; // today
    QString letterDateText;
    QDate asOf;
    QString asOfText;

    QString opening; // 贵公司与本公司签订的下列合同项下款项已逾期…
    QStringList itemHeaders; // 合同编号, 期数, 应收日期, 逾期天数, 未付本金, 年利率, 逾期利息
    QList<Item> items;        // overdue items only (days past due > 0, balance > 0), by due date
    QString totalLabel;       // 合计
    qint64 principal = 0;     // Σ balances, fen
    qint64 interest = 0;      // Σ interest, fen
    qint64 totalDemanded = 0; // principal + interest
    QString principalText;
    QString interestText;
    QString totalText;     // ¥…
    QString totalCapitals; // 大写
    QString interestMethod; // 逾期利息按未付本金自应收日次日起按日单利计算，年利率…，一年按365天计…
    QDate payBy;    // today + LetterPayDays
    QString demand; // 请贵公司于 2026年3月30日 前支付上述本金及逾期利息共计人民币…
    QString closing; // 逾期未付，本公司将依法追究…
    QString issuerSealLabel;
    QString issuerDateLabel;
    QString contactLine; // 联系人 / 电话

    // The customer's overdue items as of asOf (not after today). ViewReceivables; the items are those in
    // the session's scope. NotFound for an unknown customer; a customer with nothing overdue gives a document
    // without items (the caller decides whether to print it).
    static Result<DunningLetterDocument> build(const Context& ctx, qint64 customerId, const QDate& asOf);

    // Records that the printed dunning letter was sent: a payment_demands row of kind dunning_letter for the
    // customer (CollectionService::recordDemand; ManageCollections). Returns the demand id.
    static Result<qint64> recordSent(const Context& ctx, qint64 customerId, const QDate& on,
                                     const QString& method, const QString& note = {});

    static QString documentName(); // translated: "Dunning letter"
};

} // namespace tl::core
