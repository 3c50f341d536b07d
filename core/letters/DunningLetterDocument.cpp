#include "letters/DunningLetterDocument.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "letters/LetterDocument.h"
#include "money/ChineseCapitals.h"
#include "money/Money.h"
#include "money/MoneyFormat.h"
#include "money/Rate.h"
#include "receivables/CollectionService.h"
#include "receivables/InterestCalculator.h"
#include "receivables/OpenItems.h"
#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tl::core {

// As in LetterDocument, the printed sentences are Chinese data: a 催款函 is a Chinese legal document (a
// documented 履行请求, 民法典 Art. 195) printed in Chinese whatever the UI language.

namespace {

QString plain(qint64 fen)
{
    return formatMoney(Money::fromFen(fen), false);
}

QString percent(qint64 ppm)
{
    return Rate::fromPpm(ppm).percentText() + QLatin1Char('%');
}

} // namespace

QString DunningLetterDocument::documentName()
{
    return tr("Dunning letter");
}

Result<DunningLetterDocument> DunningLetterDocument::build(const Context& ctx, qint64 customerId,
                                                           const QDate& asOf)
{
    return guarded([&]() -> Result<DunningLetterDocument> {
        if (!ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view receivables."));
        const QDate today = ctx.clock.today();
        if (!asOf.isValid() || asOf > today)
            return Error::invalid(tr("A dunning letter needs an as-of date that is not in the future."));
        SqlQuery cq(ctx.db, QStringLiteral("SELECT code, name, address FROM customers WHERE id = ?"));
        cq.bind(customerId).exec();
        if (!cq.next())
            return Error::notFound(tr("Customer %1 does not exist.").arg(customerId),
                                   QStringLiteral("customer:%1").arg(customerId));
        const CompanyService companyService(ctx);
        const auto company = companyService.company();
        if (!company)
            return company.error();
        const auto payDays = companyService.intSetting(QString(SettingKey::LetterPayDays));
        if (!payDays)
            return payDays.error();
        const auto open = OpenItems(ctx).forCustomer(customerId, asOf);
        if (!open)
            return open.error();
        const auto lines = InterestCalculator(ctx).forCustomer(customerId, asOf);
        if (!lines)
            return lines.error();
        const auto defaultRate = InterestCalculator(ctx).defaultRatePpm();
        if (!defaultRate)
            return defaultRate.error();

        DunningLetterDocument d;
        d.customerId = customerId;
        d.title = QStringLiteral("催款函");
        d.companyName = company->legalName.trimmed().isEmpty() ? company->name : company->legalName;
        d.companyAddress = company->address;
        d.companyPhone = company->phone;
        d.customerCode = cq.text(0);
        d.customerName = cq.text(1);
        d.customerAddress = cq.text(2);
        d.salutation = d.customerName + QStringLiteral("：");
        d.letterDate = today;
        d.letterDateText = LetterDocument::chineseDate(today);
        d.asOf = asOf;
        d.asOfText = LetterDocument::chineseDate(asOf);

        // Overdue principal (OpenItems) with the interest outstanding on each instalment
        // (InterestCalculator); an instalment whose principal is paid but whose late interest is not settled
        // is demanded too.
        QHash<qint64, InterestCalculator::Line> interest;
        for (const InterestCalculator::Line& line : *lines)
            interest.insert(line.installmentId, line);
        QSet<qint64> listed;
        for (const OpenItem& item : *open) {
            if (item.daysPastDue <= 0)
                continue;
            Item i;
            i.installmentId = item.installmentId;
            i.contractNo = item.contractNo;
            i.seq = item.seq;
            i.dueOn = item.dueOn;
            i.daysPastDue = item.daysPastDue;
            i.balance = item.balance;
            const InterestCalculator::Line line = interest.value(item.installmentId);
            i.interest = std::max<qint64>(0, line.outstanding);
            i.ratePpm = line.installmentId != 0 ? line.ratePpm : *defaultRate;
            d.items << i;
            listed.insert(item.installmentId);
        }
        for (const InterestCalculator::Line& line : *lines) {
            if (listed.contains(line.installmentId) || line.outstanding <= 0)
                continue;
            Item i;
            i.installmentId = line.installmentId;
            i.contractNo = line.contractNo;
            i.seq = line.seq;
            i.dueOn = line.dueOn;
            i.daysPastDue = line.overdueDays;
            i.balance = line.principal;
            i.interest = line.outstanding;
            i.ratePpm = line.ratePpm;
            d.items << i;
        }
        std::sort(d.items.begin(), d.items.end(), [](const Item& a, const Item& b) {
            if (a.dueOn != b.dueOn)
                return a.dueOn < b.dueOn;
            if (a.contractNo != b.contractNo)
                return a.contractNo < b.contractNo;
            return a.seq < b.seq;
        });
        QSet<qint64> rates;
        for (Item& i : d.items) {
            i.dueOnText = i.dueOn.toString(Qt::ISODate);
            i.rateText = percent(i.ratePpm);
            i.balanceText = plain(i.balance);
            i.interestText = plain(i.interest);
            d.principal += i.balance;
            d.interest += i.interest;
            rates.insert(i.ratePpm);
        }
        d.totalDemanded = d.principal + d.interest;
        d.principalText = plain(d.principal);
        d.interestText = plain(d.interest);
        d.totalText = formatMoney(Money::fromFen(d.totalDemanded));
        d.totalCapitals = chineseCapitals(Money::fromFen(d.totalDemanded));
        d.itemHeaders = {QStringLiteral("合同编号"), QStringLiteral("期数"),     QStringLiteral("应收日期"),
                         QStringLiteral("逾期天数"), QStringLiteral("未付本金"), QStringLiteral("年利率"),
                         QStringLiteral("逾期利息")};
        d.totalLabel = QStringLiteral("合计");

        d.opening = QStringLiteral("贵公司与本公司签订的下列合同项下款项已到期，经本公司多次催收，截至%1仍未"
                                   "付清，明细如下：")
                        .arg(d.asOfText);
        const QString rateClause =
            rates.size() == 1
                ? QStringLiteral("年利率%1").arg(percent(*rates.begin()))
                : QStringLiteral("各合同约定的年利率（未约定的按年利率%1）").arg(percent(*defaultRate));
        d.interestMethod =
            QStringLiteral("逾期利息以各期未付本金为基数，自应收日次日起按%1以单利逐日计算"
                           "（按实际天数，一年按365天计），计至%2；已付款项自付款之日起不再计息。")
                .arg(rateClause, d.asOfText);
        d.payBy = today.addDays(*payDays);
        d.demand = QStringLiteral("请贵公司于 %1 前支付上述欠款本金人民币%2元及逾期利息人民币%3元，合计人民币"
                                  "%4（大写：%5）。逾期利息计至实际付清之日止。")
                       .arg(LetterDocument::chineseDate(d.payBy), d.principalText, d.interestText,
                            d.totalText, d.totalCapitals);
        d.closing = QStringLiteral("如贵公司对上述款项有异议，请于收到本函后及时与本公司联系核对。逾期仍未"
                                   "支付的，本公司将依法采取包括提起诉讼在内的措施追索欠款及逾期利息，"
                                   "由此产生的费用由贵公司承担。");
        d.issuerSealLabel = QStringLiteral("（公章）");
        d.issuerDateLabel = d.letterDateText;
        QString contactName;
        QString contactPhone;
        if (ctx.session.employeeId > 0) {
            SqlQuery e(ctx.db, QStringLiteral("SELECT name, phone FROM employees WHERE id = ?"));
            e.bind(ctx.session.employeeId).exec();
            if (e.next()) {
                contactName = e.text(0);
                contactPhone = e.text(1);
            }
        }
        if (contactPhone.isEmpty())
            contactPhone = company->phone;
        d.contactLine = contactName.isEmpty()
                            ? QStringLiteral("联系电话：%1").arg(contactPhone)
                            : QStringLiteral("联系人：%1    联系电话：%2").arg(contactName, contactPhone);
        return d;
    });
}

Result<qint64> DunningLetterDocument::recordSent(const Context& ctx, qint64 customerId, const QDate& on,
                                                 const QString& method, const QString& note)
{
    return CollectionService(ctx).recordDemand(customerId, 0, QStringLiteral("dunning_letter"), on, method,
                                               note.isEmpty() ? tr("Dunning letter sent.") : note);
}

} // namespace tl::core
