#include "letters/LetterDocument.h"

#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "letters/LetterRepository.h"
#include "money/ChineseCapitals.h"
#include "money/Money.h"
#include "money/MoneyFormat.h"
#include "settings/CompanyService.h"

namespace tl::core {

// The sentences of the letter are Chinese data on purpose (see LetterDocument.h): a 对账函 is printed in
// Chinese whatever the UI language, with the wording of the common templates (domain-facts §5.1) and an
// explicit payment demand, which makes the letter a 履行请求 for the limitation period (§5.2).

namespace {

QString plain(qint64 fen)
{
    return formatMoney(Money::fromFen(fen), false);
}

struct Contact
{
    QString name;
    QString phone;
};

Contact employeeContact(const Database& db, qint64 employeeId)
{
    if (employeeId <= 0)
        return {};
    SqlQuery q(db, QStringLiteral("SELECT name, phone FROM employees WHERE id = ?"));
    q.bind(employeeId).exec();
    if (!q.next())
        return {};
    return {q.text(0), q.text(1)};
}

LetterDocument makeDocument(const Context& ctx, const Company& company, const Letter& letter,
                            const QList<LetterItem>& items)
{
    LetterDocument d;
    d.letterId = letter.id;
    d.letterNo = letter.letterNo;
    d.status = letter.status;
    d.title = QStringLiteral("对账函");
    d.subtitle = QStringLiteral("往来款项询证函");

    d.companyName = company.legalName.trimmed().isEmpty() ? company.name : company.legalName;
    d.companyShortName = company.name;
    d.companyAddress = company.address;
    d.companyPhone = company.phone;

    d.customerCode = letter.customerCode;
    d.customerName = letter.customerName;
    d.customerAddress = SqlQuery::scalar(ctx.db, QStringLiteral("SELECT address FROM customers WHERE id = ?"),
                                         {letter.customerId})
                            .toString();
    d.salutation = d.customerName + QStringLiteral("：");

    d.letterDate = letter.letterDate;
    d.letterDateText = LetterDocument::chineseDate(letter.letterDate);
    d.asOf = letter.asOf;
    d.asOfText = LetterDocument::chineseDate(letter.asOf);

    d.purpose = QStringLiteral(
        "本公司与贵公司之间存在业务往来。为核对贵我双方往来账目，特函询证。下列数据出自本公司账簿记录，"
        "如与贵公司记录相符，请在本函下端“信息证明无误”处签章证明；如有不符，请在“信息不符”处列明不符金额"
        "及详细情况。");

    d.customerOwes = letter.balance >= 0;
    d.directionText = d.customerOwes ? QStringLiteral("贵公司欠本公司") : QStringLiteral("本公司欠贵公司");
    d.account = d.customerOwes ? QStringLiteral("应收账款") : QStringLiteral("预收账款");
    const Money balance = Money::fromFen(letter.balance).abs();
    d.balance = balance.fen();
    d.balanceFigures = formatMoney(balance);
    d.balanceCapitals = chineseCapitals(balance);
    d.balanceFiguresLabel = QStringLiteral("人民币（小写）");
    d.balanceCapitalsLabel = QStringLiteral("人民币（大写）");
    d.balanceStatement =
        QStringLiteral("截至%1，%2%3余额为人民币%4（大写：%5）。")
            .arg(d.asOfText, d.directionText, d.account, d.balanceFigures, d.balanceCapitals);

    d.itemHeaders = {QStringLiteral("合同编号"), QStringLiteral("期数"),     QStringLiteral("应收日期"),
                     QStringLiteral("应收金额"), QStringLiteral("已收金额"), QStringLiteral("余额")};
    for (const LetterItem& item : items) {
        LetterDocument::Item i;
        i.contractNo = item.contractNo;
        i.seq = item.seq;
        i.dueOn = item.dueOn;
        i.dueOnText = item.dueOn.toString(Qt::ISODate);
        i.amount = item.amount;
        i.paid = item.paid;
        i.balance = item.balance;
        i.amountText = plain(item.amount);
        i.paidText = plain(item.paid);
        i.balanceText = plain(item.balance);
        d.items << i;
        d.itemsAmount += item.amount;
        d.itemsPaid += item.paid;
        d.itemsBalance += item.balance;
    }
    d.itemsTotalLabel = QStringLiteral("合计");
    d.itemsAmountText = plain(d.itemsAmount);
    d.itemsPaidText = plain(d.itemsPaid);
    d.itemsBalanceText = plain(d.itemsBalance);

    d.payBy = letter.payBy;
    d.paymentDemand =
        QStringLiteral("请贵公司于 %1 前支付上述欠款。").arg(LetterDocument::chineseDate(letter.payBy));

    d.replyBy = letter.replyBy;
    d.replyInstructions = QStringLiteral("请贵公司于 %1 前核对上述内容，在本函下端相应栏目签章后寄回本公司。"
                                         "回函请直接寄至以下地址：")
                              .arg(LetterDocument::chineseDate(letter.replyBy));
    d.replyAddress = company.address;
    Contact contact = employeeContact(ctx.db, letter.salespersonId);
    if (contact.name.isEmpty())
        contact = employeeContact(ctx.db, ctx.session.employeeId);
    d.replyContact = contact.name;
    d.replyPhone = contact.phone.isEmpty() ? company.phone : contact.phone;
    d.replyAddressLabel = QStringLiteral("回函地址");
    d.replyContactLabel = QStringLiteral("联系人");
    d.replyPhoneLabel = QStringLiteral("联系电话");

    d.issuerHeading = QStringLiteral("出函单位");
    d.issuerSealLabel = QStringLiteral("（公章或财务专用章）");
    d.issuerSignatureLabel = QStringLiteral("经办人");
    d.issuerDateLabel = QStringLiteral("日期：        年      月      日");

    d.confirmationHeading = QStringLiteral("以下由被询证单位填列");
    d.confirmationCorrect = QStringLiteral("① 信息证明无误。");
    d.confirmationDifferent = QStringLiteral("② 信息不符，请列明不符金额及详细情况：");
    d.differenceAmountLabel = QStringLiteral("不符金额：");
    d.differenceDetailLabel = QStringLiteral("详细情况：");
    d.confirmationSealLabel = QStringLiteral("（盖章）");
    d.confirmationSignatureLabel = QStringLiteral("经办人签字");
    d.confirmationDateLabel = QStringLiteral("日期：        年      月      日");
    d.footnote = QStringLiteral("注：本函所列余额为本公司截至上述日期的账面记录，此后发生的付款不在本函列示"
                                "范围内；本函经贵公司签章确认后，即作为双方债权债务的确认依据。");
    return d;
}

} // namespace

QString LetterDocument::chineseDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString LetterDocument::documentName()
{
    return tr("Reconciliation letter");
}

Result<LetterDocument> LetterDocument::build(const Context& ctx, qint64 letterId)
{
    auto all = build(ctx, QList<qint64>{letterId});
    if (!all)
        return all.error();
    return all->first();
}

Result<QList<LetterDocument>> LetterDocument::build(const Context& ctx, const QList<qint64>& letterIds)
{
    return guarded([&]() -> Result<QList<LetterDocument>> {
        if (!ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view reconciliation letters."));
        const auto company = CompanyService(ctx).company();
        if (!company)
            return company.error();
        const LetterRepository repo(ctx.db);
        QList<LetterDocument> documents;
        for (qint64 id : letterIds) {
            const auto letter = repo.load(id);
            if (!letter)
                return Error::notFound(tr("Letter %1 does not exist.").arg(id),
                                       QStringLiteral("letter:%1").arg(id));
            if (!repo.inScope(ctx.session, *letter))
                return Error::denied(tr("You may not view letter %1.").arg(letter->letterNo));
            documents << makeDocument(ctx, *company, *letter, repo.items(id));
        }
        return documents;
    });
}

} // namespace tl::core
