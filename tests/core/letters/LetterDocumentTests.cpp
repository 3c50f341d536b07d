#include "LetterScenario.h"

#include "letters/DunningLetterDocument.h"
#include "letters/LetterDocument.h"

using namespace tl::core;
using namespace tl::test;

TEST_CASE_METHOD(LetterScenario, "the letter document carries every element of a 对账函",
                 "[letters][document]")
{
    const qint64 id = letterFor(c1);
    const auto doc = LetterDocument::build(as(finance()), id);
    REQUIRE(doc.ok());
    const LetterDocument& d = *doc;
    CHECK(d.title == QStringLiteral("对账函"));
    CHECK(d.subtitle == QStringLiteral("往来款项询证函"));
    CHECK(d.letterNo == QStringLiteral("DZ-2026-000001"));
    CHECK(d.companyName == QStringLiteral("上海测试科技有限公司")); // the legal name, not 上海测试
    CHECK(d.companyShortName == QStringLiteral("上海测试"));
    CHECK(d.companyAddress == QStringLiteral("上海市浦东新区世纪大道100号"));
    CHECK(d.companyPhone == QStringLiteral("021-12345678"));
    CHECK(d.customerName == QStringLiteral("深圳甲科技有限公司"));
    CHECK(d.customerAddress == QStringLiteral("深圳甲科技有限公司地址"));
    CHECK(d.salutation == QStringLiteral("深圳甲科技有限公司："));
    CHECK(d.asOfText == QStringLiteral("2026年3月15日"));
    CHECK(d.letterDateText == QStringLiteral("2026年3月15日"));
    CHECK(d.customerOwes);
    CHECK(d.directionText == QStringLiteral("贵公司欠本公司"));
    CHECK(d.account == QStringLiteral("应收账款"));
    // 7,654.40 + 5,000.00 + 10,000.00 = 22,654.40
    CHECK(d.balance == yuan(22654, 40));
    CHECK(d.balanceFigures == QStringLiteral("¥22,654.40"));
    CHECK(d.balanceCapitals == QStringLiteral("贰万贰仟陆佰伍拾肆元肆角整"));
    CHECK(d.balanceStatement == QStringLiteral("截至2026年3月15日，贵公司欠本公司应收账款余额为人民币¥22,654."
                                               "40（大写：贰万贰仟陆佰伍拾肆元肆角整）。"));
    REQUIRE(d.items.size() == 3);
    CHECK(d.itemHeaders.size() == 6);
    CHECK(d.items[0].contractNo == QStringLiteral("HT-001"));
    CHECK(d.items[0].seq == 2);
    CHECK(d.items[0].dueOnText == QStringLiteral("2026-01-31"));
    CHECK(d.items[0].amountText == QStringLiteral("10,000.00"));
    CHECK(d.items[0].paidText == QStringLiteral("2,345.60"));
    CHECK(d.items[0].balanceText == QStringLiteral("7,654.40"));
    CHECK(d.items[1].contractNo == QStringLiteral("HT-002"));
    CHECK(d.items[2].balanceText == QStringLiteral("10,000.00"));
    // Totals: amounts 25,000.00, paid 2,345.60, balance 22,654.40 (= the letter's balance).
    CHECK(d.itemsAmountText == QStringLiteral("25,000.00"));
    CHECK(d.itemsPaidText == QStringLiteral("2,345.60"));
    CHECK(d.itemsBalance == d.balance);
    CHECK(d.paymentDemand == QStringLiteral("请贵公司于 2026年3月30日 前支付上述欠款。"));
    CHECK(d.payBy == QDate(2026, 3, 30));
    CHECK(d.replyBy == QDate(2026, 3, 30));
    CHECK(d.replyInstructions.contains(QStringLiteral("2026年3月30日")));
    CHECK(d.replyAddress == d.companyAddress);
    CHECK(d.replyPhone == QStringLiteral("021-12345678")); // no collector of its own, finance has no employee
    CHECK(d.issuerSealLabel == QStringLiteral("（公章或财务专用章）"));
    CHECK(d.confirmationCorrect == QStringLiteral("① 信息证明无误。"));
    CHECK(d.confirmationDifferent == QStringLiteral("② 信息不符，请列明不符金额及详细情况："));
    CHECK_FALSE(d.confirmationSealLabel.isEmpty());
    CHECK_FALSE(d.confirmationSignatureLabel.isEmpty());
    CHECK_FALSE(d.confirmationDateLabel.isEmpty());

    // The collector answers for a letter of their own customer.
    const qint64 other = letterFor(c3);
    const auto doc3 = LetterDocument::build(sys, other);
    REQUIRE(doc3.ok());
    CHECK(doc3->replyContact == QStringLiteral("赵三"));
    CHECK(doc3->balanceCapitals == QStringLiteral("捌仟元整"));

    // Several at once, in the given order; out of scope refused.
    const auto both = LetterDocument::build(sys, QList<qint64>{other, id});
    REQUIRE(both.ok());
    CHECK(both->at(0).customerCode == QStringLiteral("C003"));
    CHECK(both->at(1).customerCode == QStringLiteral("C001"));
    CHECK(LetterDocument::build(as(sales(e1)), other).error().code == ErrorCode::PermissionDenied);
    CHECK(LetterDocument::chineseDate(QDate(2027, 1, 5)) == QStringLiteral("2027年1月5日"));
}

TEST_CASE_METHOD(LetterScenario, "the dunning letter demands overdue principal and late interest",
                 "[letters][dunning]")
{
    // Default rate 4.5% a year (45,000 ppm); simple daily interest, actual/365, from the day after due.
    // C001 as of 2026-03-15:
    //   HT-001 #2 due 2026-01-31: 10,000.00 from 02-01 to 02-10 (10 days: the payment day bears interest),
    //     7,654.40 from 02-11 to 03-15 (18 + 15 = 33 days): fen-days = 1,000,000 × 10 + 765,440 × 33 =
    //     35,259,520; × 45,000 / (1,000,000 × 365) = 1,586,678,400,000 / 365,000,000 = 4,347.06 fen → 43.47.
    //   HT-002 #1 due 2026-02-28: 5,000.00 for 15 days (03-01..03-15): 500,000 × 15 = 7,500,000 fen-days
    //     → 7,500,000 × 45,000 / 365,000,000 = 924.66 fen → 9.25.
    //   HT-001 #3 is not due. #1 was paid on 2025-12-05, 5 days late: 1,000,000 × 5 = 5,000,000 fen-days →
    //     616.44 fen → 6.16 of interest outstanding (principal 0).
    const auto doc = DunningLetterDocument::build(sys, c1, QDate(2026, 3, 15));
    REQUIRE(doc.ok());
    const DunningLetterDocument& d = *doc;
    CHECK(d.title == QStringLiteral("催款函"));
    CHECK(d.customerName == QStringLiteral("深圳甲科技有限公司"));
    REQUIRE(d.items.size() == 3);
    CHECK(d.items[0].contractNo == QStringLiteral("HT-001"));
    CHECK(d.items[0].seq == 1);
    CHECK(d.items[0].balance == 0);
    CHECK(d.items[0].interest == 616);
    CHECK(d.items[1].seq == 2);
    CHECK(d.items[1].daysPastDue == 43); // 2026-01-31 → 2026-03-15
    CHECK(d.items[1].balance == yuan(7654, 40));
    CHECK(d.items[1].interest == 4347);
    CHECK(d.items[1].rateText == QStringLiteral("4.5%"));
    CHECK(d.items[2].contractNo == QStringLiteral("HT-002"));
    CHECK(d.items[2].daysPastDue == 15);
    CHECK(d.items[2].interest == 925);
    // principal 7,654.40 + 5,000.00 = 12,654.40; interest 6.16 + 43.47 + 9.25 = 58.88
    CHECK(d.principal == yuan(12654, 40));
    CHECK(d.interest == yuan(58, 88));
    CHECK(d.totalDemanded == yuan(12713, 28));
    CHECK(d.totalText == QStringLiteral("¥12,713.28"));
    CHECK(d.totalCapitals == QStringLiteral("壹万贰仟柒佰壹拾叁元贰角捌分"));
    CHECK(d.payBy == QDate(2026, 3, 30));
    CHECK(d.interestMethod.contains(QStringLiteral("年利率4.5%")));
    CHECK(d.interestMethod.contains(QStringLiteral("365")));
    CHECK(d.demand.contains(QStringLiteral("2026年3月30日")));

    // Recording that it was sent is a separate call: a payment demand of kind dunning_letter.
    CHECK(count(QStringLiteral("SELECT count(*) FROM payment_demands")) == 0);
    const auto demand = DunningLetterDocument::recordSent(sys, c1, QDate(2026, 3, 15), QStringLiteral("EMS"));
    REQUIRE(demand.ok());
    CHECK(count(QStringLiteral(
                    "SELECT count(*) FROM payment_demands WHERE id = ? AND kind = 'dunning_letter' AND "
                    "customer_id = ? AND on_date = '2026-03-15'"),
                {*demand, c1}) == 1);
}
