#include "PrintFixtures.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace tl::test {

core::LetterDocument sampleLetter(int items, const QString& letterNo)
{
    core::LetterDocument d;
    d.letterNo = letterNo;
    d.title = QStringLiteral("对账函");
    d.subtitle = QStringLiteral("往来款项询证函");
    d.companyName = QStringLiteral("上海示例科技有限公司");
    d.companyAddress = QStringLiteral("上海市浦东新区世纪大道1号");
    d.companyPhone = QStringLiteral("021-60000000");
    d.customerCode = QStringLiteral("C001");
    d.customerName = QStringLiteral("上海甲贸易有限公司");
    d.customerAddress = QStringLiteral("上海市浦东新区张杨路100号");
    d.salutation = d.customerName + QStringLiteral("：");
    d.asOf = QDate(2026, 6, 30);
    d.asOfText = QStringLiteral("2026年6月30日");
    d.purpose = QStringLiteral(
        "本公司与贵公司之间存在业务往来。为核对贵我双方往来账目，特函询证。下列数据出自本公司账簿"
        "记录，如与贵公司记录相符，请在本函下端“信息证明无误”处签章证明；如有不符，请在“信息不符”"
        "处列明不符金额及详细情况。");
    d.directionText = QStringLiteral("贵公司欠本公司");
    d.account = QStringLiteral("应收账款");
    d.balanceFiguresLabel = QStringLiteral("人民币（小写）");
    d.balanceCapitalsLabel = QStringLiteral("人民币（大写）");
    d.itemHeaders = {QStringLiteral("合同编号"), QStringLiteral("期数"),     QStringLiteral("应收日期"),
                     QStringLiteral("应收金额"), QStringLiteral("已收金额"), QStringLiteral("余额")};
    // Each item 10,000.00 with 2,500.00 paid: balance 7,500.00 each.
    for (int i = 0; i < items; ++i) {
        core::LetterDocument::Item item;
        item.contractNo = QStringLiteral("HT-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        item.seq = i % 3 + 1;
        item.dueOn = QDate(2026, 1, 31).addMonths(i);
        item.dueOnText = item.dueOn.toString(Qt::ISODate);
        item.amount = 1'000'000;
        item.paid = 250'000;
        item.balance = 750'000;
        item.amountText = QStringLiteral("10,000.00");
        item.paidText = QStringLiteral("2,500.00");
        item.balanceText = QStringLiteral("7,500.00");
        d.items << item;
    }
    d.balance = 750'000LL * items;
    d.itemsAmount = 1'000'000LL * items;
    d.itemsPaid = 250'000LL * items;
    d.itemsBalance = d.balance;
    d.itemsTotalLabel = QStringLiteral("合计");
    // 5 items: 50,000.00 / 12,500.00 / 37,500.00 = 叁万柒仟伍佰元整.
    d.itemsAmountText = QStringLiteral("50,000.00");
    d.itemsPaidText = QStringLiteral("12,500.00");
    d.itemsBalanceText = QStringLiteral("37,500.00");
    d.balanceFigures = QStringLiteral("¥37,500.00");
    d.balanceCapitals = QStringLiteral("叁万柒仟伍佰元整");
    d.balanceStatement =
        QStringLiteral("截至2026年6月30日，贵公司欠本公司应收账款余额为人民币¥37,500.00（大写：叁万柒仟"
                       "伍佰元整）。");
    d.payBy = QDate(2026, 7, 15);
    d.paymentDemand = QStringLiteral("请贵公司于 2026年7月15日 前支付上述欠款。");
    d.replyBy = QDate(2026, 7, 15);
    d.replyInstructions =
        QStringLiteral("请贵公司于 2026年7月15日 前核对上述内容，在本函下端相应栏目签章后寄回本公司。");
    d.replyAddress = d.companyAddress;
    d.replyContact = QStringLiteral("李娜");
    d.replyPhone = QStringLiteral("13800000000");
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
    d.footnote = QStringLiteral("注：本函所列余额为本公司截至上述日期的账面记录。");
    return d;
}

core::DunningLetterDocument sampleDunningLetter()
{
    core::DunningLetterDocument d;
    d.title = QStringLiteral("催款函");
    d.companyName = QStringLiteral("上海示例科技有限公司");
    d.customerCode = QStringLiteral("C003");
    d.customerName = QStringLiteral("上海丙实业有限公司");
    d.customerAddress = QStringLiteral("上海市闵行区莘庄工业区300号");
    d.salutation = d.customerName + QStringLiteral("：");
    d.asOf = QDate(2026, 6, 30);
    d.asOfText = QStringLiteral("2026年6月30日");
    d.opening = QStringLiteral("贵公司与本公司签订的下列合同项下款项已逾期，截至2026年6月30日尚未支付：");
    d.itemHeaders = {QStringLiteral("合同编号"), QStringLiteral("期数"),     QStringLiteral("应收日期"),
                     QStringLiteral("逾期天数"), QStringLiteral("未付本金"), QStringLiteral("年利率"),
                     QStringLiteral("逾期利息")};
    // 8,000.00 overdue 91 days at 4.5%: 8,000 × 91 × 0.045 / 365 = 89.753… → 89.75.
    core::DunningLetterDocument::Item item;
    item.contractNo = QStringLiteral("HT004");
    item.seq = 1;
    item.dueOn = QDate(2026, 3, 31);
    item.dueOnText = QStringLiteral("2026-03-31");
    item.daysPastDue = 91;
    item.balance = 800'000;
    item.interest = 8'975;
    item.ratePpm = 45'000;
    item.rateText = QStringLiteral("4.5%");
    item.balanceText = QStringLiteral("8,000.00");
    item.interestText = QStringLiteral("89.75");
    d.items << item;
    d.totalLabel = QStringLiteral("合计");
    d.principal = 800'000;
    d.interest = 8'975;
    d.totalDemanded = 808'975;
    d.principalText = QStringLiteral("8,000.00");
    d.interestText = QStringLiteral("89.75");
    d.totalText = QStringLiteral("¥8,089.75");
    d.totalCapitals = QStringLiteral("捌仟零捌拾玖元柒角伍分");
    d.interestMethod =
        QStringLiteral("逾期利息按未付本金自应收日次日起按日单利计算，年利率4.5%，一年按365天计。");
    d.payBy = QDate(2026, 7, 15);
    d.demand = QStringLiteral("请贵公司于 2026年7月15日 前支付上述本金及逾期利息共计人民币¥8,089.75。");
    d.closing = QStringLiteral("逾期未付，本公司将依法追究。");
    d.issuerSealLabel = QStringLiteral("（公章）");
    d.issuerDateLabel = QStringLiteral("2026年6月30日");
    d.contactLine = QStringLiteral("联系人：王强　电话：13900000000");
    return d;
}

core::AgingReport::Report sampleAging()
{
    core::AgingReport::Report r;
    r.asOf = QDate(2026, 6, 30);
    r.by = core::AgingReport::Dimension::Salesperson;
    core::AgingReport::Row e2;
    e2.key = QStringLiteral("E002");
    e2.name = QStringLiteral("李娜");
    e2.amounts = {5'000'000, 1'000'000, 200'000, 0, 2'500'000, 4'500'000, 500'000};
    e2.total = 13'700'000; // 50,000 + 10,000 + 2,000 + 25,000 + 45,000 + 5,000
    e2.count = 8;
    core::AgingReport::Row e3;
    e3.key = QStringLiteral("E003");
    e3.name = QStringLiteral("王强");
    e3.amounts = {600'000, 600'000, 2'000'000, 2'399'925, 800'000, 0, 0};
    e3.total = 6'399'925; // 6,000 + 6,000 + 20,000 + 23,999.25 + 8,000
    e3.count = 6;
    r.rows = {e2, e3};
    r.total.name = QStringLiteral("Total");
    r.total.amounts = {5'600'000, 1'600'000, 2'200'000, 2'399'925, 3'300'000, 4'500'000, 500'000};
    r.total.total = 20'099'925;
    r.total.count = 14;
    r.total.over90 = 8'300'000; // 91-180 + 181-365 + 365+ = 33,000 + 45,000 + 5,000
    r.over90 = 8'300'000;
    r.over90ShareBp = 4129; // 83,000 / 200,999.25 = 0.41294… → 41.29%
    return r;
}

core::ReceivablesListReport::Data sampleReceivablesList()
{
    core::ReceivablesListReport::Data d;
    d.company.name = QStringLiteral("示例科技");
    d.company.legalName = QStringLiteral("上海示例科技有限公司");
    d.asOf = QDate(2026, 6, 30);
    d.printedOn = QDate(2026, 7, 1);
    d.subject = core::ReceivablesListReport::Subject::Collector;
    d.subjectId = 3;
    d.subjectCode = QStringLiteral("E003");
    d.subjectName = QStringLiteral("王强");
    d.subjectDepartment = QStringLiteral("销售中心/销售一部");
    const auto add = [&](qint64 customerId, const char* code, const char* name, const char* contract, int seq,
                         QDate due, qint64 amount, qint64 paid, int bucket, qint64 interest) {
        core::ReceivablesListReport::Item item;
        item.item.customerId = customerId;
        item.item.contractNo = QString::fromUtf8(contract);
        item.item.seq = seq;
        item.item.dueOn = due;
        item.item.amount = amount;
        item.item.paid = paid;
        item.item.balance = amount - paid;
        item.item.daysPastDue = std::max<qint64>(0, due.daysTo(d.asOf));
        item.customerCode = QString::fromUtf8(code);
        item.customerName = QString::fromUtf8(name);
        item.collectorCode = QStringLiteral("E003");
        item.collectorName = QStringLiteral("王强");
        item.bucket = bucket;
        item.bucketKey = d.buckets.key(bucket);
        item.interestOutstanding = interest;
        d.items << item;
    };
    add(3, "C003", "上海丙实业有限公司", "HT004", 1, QDate(2026, 3, 31), 2'000'000, 1'200'000, 4, 30'000);
    add(3, "C003", "上海丙实业有限公司", "HT004", 2, QDate(2026, 4, 1), 2'000'000, 0, 3, 22'192);
    add(3, "C003", "上海丙实业有限公司", "HT004", 3, QDate(2026, 5, 1), 2'000'000, 0, 2, 14'795);
    add(4, "C004", "上海丁电子有限公司", "HT006", 1, QDate(2026, 4, 30), 600'000, 200'075, 3, 4'500);
    add(4, "C004", "上海丁电子有限公司", "HT006", 3, QDate(2026, 8, 15), 600'000, 0, 0, 0);
    d.customers = {{3, QStringLiteral("C003"), QStringLiteral("上海丙实业有限公司"), 4'800'000, 3,
                    QStringLiteral("confirmed"), QStringLiteral("DZ-2026-000003"), QDate(2026, 5, 31)},
                   {4, QStringLiteral("C004"), QStringLiteral("上海丁电子有限公司"), 999'925, 2, QString(),
                    QString(), QDate()}};
    // Buckets: not_due 6,000.00; 31-60 20,000.00; 61-90 20,000 + 3,999.25; 91-180 8,000.00.
    d.bucketTotals = {600'000, 0, 2'000'000, 2'399'925, 800'000, 0, 0};
    d.amount = 7'200'000;
    d.paid = 1'400'075;
    d.balance = 5'799'925;
    d.overdue = 5'199'925;
    d.interestOutstanding = 71'487 + 1'000; // the items' 714.87 and 10.00 on an instalment already paid
    return d;
}

int pdfPageCount(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return int(QString::fromLatin1(pdf).count(page));
}

QString readablePdfText(QString text)
{
    text.remove(QLatin1Char(' '));
    return text;
}

QString pdfText(const QByteArray& pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QTemporaryFile file;
    if (!file.open())
        return {};
    file.write(pdf);
    file.flush();
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), file.fileName(), QStringLiteral("-")});
    process.waitForFinished(60000);
    return readablePdfText(QString::fromUtf8(process.readAllStandardOutput()));
}

} // namespace tl::test
