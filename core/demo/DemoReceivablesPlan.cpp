#include "demo/DemoReceivablesPlan.h"

#include "demo/DemoText.h"

#include "demo/DemoCustomerPlan.h"
#include "money/Money.h"
#include "money/MoneyFormat.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <queue>

namespace tl::core::demo {

namespace {

QString money(qint64 fen)
{
    return formatMoney(Money::fromFen(fen));
}

QString chineseDate(const QDate& day)
{
    return u8("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day());
}

constexpr qint64 kYuan = 100;
constexpr qint64 kHundredYuan = 100 * kYuan;

qint64 roundDown(qint64 fen, qint64 unit)
{
    return fen / unit * unit;
}

template <typename T, size_t N> const T& pick(DemoRandom& random, const T (&items)[N])
{
    return items[random.below(int(N))];
}

// Reference texts (Chinese business wording, stored as data like the rest of the demo company).
const char* const kContractTitles[] = {
    "年度采购合同",     "设备采购合同", "技术服务合同",     "软件许可及实施合同", "设备维保服务合同",
    "原材料供货合同",   "框架采购协议", "广告投放合同",     "物流运输服务合同",   "办公用品供货合同",
    "系统集成项目合同", "咨询服务合同", "产品代理销售合同", "工程安装合同",       "备品备件采购合同"};
const char* const kReversalReasons[] = {"银行退票：收款账户信息有误", "支票空头，银行退票",
                                        "客户误付，款项原路退回", "重复登记，冲销本笔回款"};
const char* const kDisputeReasons[] = {"部分货物存在质量问题，客户要求折让", "交货数量与合同约定不符",
                                       "安装调试尚未验收，客户暂缓付款", "发票信息有误，待重新开具",
                                       "客户对服务内容及工作量有异议"};
const char* const kWriteOffReasons[] = {"客户经营困难，多次催收无果，经审批核销",
                                        "客户已注销，款项确认无法收回", "诉讼终结执行，无可供执行财产",
                                        "账龄超过两年，催收成本高于回收金额"};
const char* const kDifferenceNotes[] = {
    "其中部分款项我方已支付，贵方尚未入账", "部分货物存在质量问题，该部分金额暂不确认",
    "对最近一期应付金额有异议，请核对送货单", "我方记录的合同金额与贵方不一致"};
const char* const kDemandMethods[] = {"电话", "上门催收", "电子邮件", "微信"};

} // namespace

void CustomerReceivables::clear()
{
    contracts.clear();
    installments.clear();
    payments.clear();
    allocations.clear();
    disputes.clear();
    writeOffs.clear();
    promises.clear();
    demands.clear();
    interest.clear();
    letters.clear();
}

// The customer's ledger in memory: events in date order, allocations by the automatic rule.
struct ReceivablesPlanner::Ledger
{
    enum class Kind
    {
        ResolveDispute, // before anything else on its day
        DecideWriteOff,
        Pay,
        Reverse,
        OpenDispute,
        RequestWriteOff,
        LetterRound, // as of the end of the day
        LetterReply,
        Handover
    };
    struct Event
    {
        QDate date;
        Kind kind;
        int order = 0;
        int index = -1;
        bool operator>(const Event& o) const
        {
            if (date != o.date)
                return date > o.date;
            if (kind != o.kind)
                return int(kind) > int(o.kind);
            return order > o.order;
        }
    };

    explicit Ledger(CustomerReceivables& receivables)
        : r(receivables), withheld(receivables.contracts.size(), 0)
    {}

    void add(const QDate& date, Kind kind, int index) { events.push(Event{date, kind, ++sequence, index}); }

    qint64 balance(const PlanInstallment& i) const { return i.amount - i.paid - i.writtenOff; }
    qint64 collectable(const PlanInstallment& i) const
    {
        return std::max<qint64>(0, balance(i) - i.disputed);
    }
    bool eligible(const PlanContract& c, const QDate& on) const
    {
        return c.signedOn <= on && c.status != QLatin1String("draft") &&
               c.status != QLatin1String("cancelled");
    }

    // Instalments in the automatic order: due date, signing date, contract number, seq.
    std::vector<int> autoOrder(int contract, const QDate& on) const
    {
        std::vector<int> order;
        for (int i = 0; i < int(r.installments.size()); ++i) {
            const PlanInstallment& inst = r.installments[size_t(i)];
            const PlanContract& c = r.contracts[size_t(inst.contract)];
            if (contract >= 0 ? inst.contract == contract : eligible(c, on))
                if (collectable(inst) > 0)
                    order.push_back(i);
        }
        std::sort(order.begin(), order.end(), [this](int a, int b) {
            const PlanInstallment& x = r.installments[size_t(a)];
            const PlanInstallment& y = r.installments[size_t(b)];
            const PlanContract& cx = r.contracts[size_t(x.contract)];
            const PlanContract& cy = r.contracts[size_t(y.contract)];
            if (x.dueOn != y.dueOn)
                return x.dueOn < y.dueOn;
            if (cx.signedOn != cy.signedOn)
                return cx.signedOn < cy.signedOn;
            if (cx.number != cy.number)
                return cx.number < cy.number;
            return x.seq < y.seq;
        });
        return order;
    }

    void allocate(int payment, qint64 amount, const QDate& on, const QDateTime& at)
    {
        PlanPayment& p = r.payments[size_t(payment)];
        for (int i : autoOrder(p.contract, on)) {
            if (amount <= 0)
                break;
            PlanInstallment& inst = r.installments[size_t(i)];
            const qint64 part = std::min(amount, collectable(inst));
            r.allocations.push_back(PlanAllocation{payment, i, part, on, QStringLiteral("auto"), at});
            inst.paid += part;
            p.allocated += part;
            amount -= part;
            if (balance(inst) == 0)
                inst.settledOn = on;
        }
    }

    void reverse(int payment)
    {
        PlanPayment& p = r.payments[size_t(payment)];
        // The net allocation of the payment per instalment, cancelled instalment by instalment.
        std::vector<std::pair<int, qint64>> net;
        for (const PlanAllocation& a : r.allocations) {
            if (a.payment != payment)
                continue;
            auto it =
                std::find_if(net.begin(), net.end(), [&](const auto& n) { return n.first == a.installment; });
            if (it == net.end())
                net.emplace_back(a.installment, a.amount);
            else
                it->second += a.amount;
        }
        for (const auto& [i, amount] : net) {
            if (amount <= 0)
                continue;
            r.allocations.push_back(
                PlanAllocation{payment, i, -amount, p.reversedOn, QStringLiteral("reversal"), p.reversedAt});
            PlanInstallment& inst = r.installments[size_t(i)];
            inst.paid -= amount;
            inst.settledOn = QDate();
            p.allocated -= amount;
        }
    }

    CustomerReceivables& r;
    std::vector<qint64> withheld; // per contract: held back while part of it was disputed
    std::priority_queue<Event, std::vector<Event>, std::greater<>> events;
    int sequence = 0;
};

ReceivablesPlanner::ReceivablesPlanner(const OrgPlan& org, const ReceivablesSettings& settings, quint64 seed)
    : m_org(org), m_settings(settings), m_today(settings.now.date()),
      m_random(seed ^ 0x5EC3'1AB1'E5DE'A105ULL)
{
    // Reconciliation rounds: the last five half-year ends and the end of last month.
    QDate end(m_today.year(), m_today.month() >= 7 ? 6 : 12, m_today.month() >= 7 ? 30 : 31);
    if (end.month() == 12)
        end = end.addYears(-1);
    if (end.daysTo(m_today) < 20)
        end = end.month() == 6 ? QDate(end.year() - 1, 12, 31) : QDate(end.year(), 6, 30);
    for (int i = 0; i < 5; ++i) {
        m_letterDates.insert(m_letterDates.begin(), end);
        end = end.month() == 6 ? QDate(end.year() - 1, 12, 31) : QDate(end.year(), 6, 30);
    }
    const QDate lastMonth = QDate(m_today.year(), m_today.month(), 1).addDays(-1);
    if (lastMonth > m_letterDates.back() && lastMonth.addDays(3) < m_today)
        m_letterDates.push_back(lastMonth);
}

ReceivablesPlanner::~ReceivablesPlanner() = default;

QDateTime ReceivablesPlanner::at(const QDate& day)
{
    // Office hours; every planned event lies before today.
    return QDateTime(day, QTime(m_random.between(8, 17), m_random.below(60), m_random.below(60)), Qt::UTC);
}

bool ReceivablesPlanner::employed(int employee, const QDate& day) const
{
    if (employee < 0)
        return false;
    const PlannedEmployee& e = m_org.employees.at(employee);
    return e.hireDate <= day && (!e.leaveDate.isValid() || day < e.leaveDate);
}

// Numbers with a serial per month ("HT202403-00012", "SK202403-00345"), as many companies number their
// contracts and receipts. (The serials follow the customers within a month; a month's numbers then
// arrive in order, which keeps the unique indexes cheap to fill.)
QString ReceivablesPlanner::contractNumber(const QDate& day)
{
    const int serial = ++m_contractSerials[day.year() * 100 + day.month()];
    return QStringLiteral("HT%1-%2")
        .arg(day.toString(QStringLiteral("yyyyMM")))
        .arg(serial, 5, 10, QLatin1Char('0'));
}

int ReceivablesPlanner::newPayment(const QDate& day, qint64 amount, int contract, bool individual)
{
    PlanPayment p;
    p.receivedOn = day;
    p.createdAt = at(day);
    p.amount = amount;
    p.contract = contract;
    const int m = m_random.below(100);
    p.method = individual ? (m < 40   ? QStringLiteral("online")
                             : m < 60 ? QStringLiteral("cash")
                                      : QStringLiteral("bank_transfer"))
               : m < 80   ? QStringLiteral("bank_transfer")
               : m < 90   ? QStringLiteral("acceptance_bill")
               : m < 94   ? QStringLiteral("cheque")
               : m < 98   ? QStringLiteral("online")
                          : QStringLiteral("other");
    // Bank serial, bill or cheque number; nothing for cash.
    const int length = p.method == QLatin1String("acceptance_bill") ? 30
                       : p.method == QLatin1String("cheque")        ? 8
                       : p.method == QLatin1String("online")        ? 28
                       : p.method == QLatin1String("bank_transfer") ? 20
                                                                    : 0;
    for (int i = 0; i < length; ++i)
        p.reference += QLatin1Char(char('0' + m_random.below(10)));
    m_current.payments.push_back(p);
    return int(m_current.payments.size()) - 1;
}

QString ReceivablesPlanner::paymentNumber(const QDate& day)
{
    const int serial = ++m_paymentSerials[day.year() * 100 + day.month()];
    return QStringLiteral("SK%1-%2")
        .arg(day.toString(QStringLiteral("yyyyMM")))
        .arg(serial, 5, 10, QLatin1Char('0'));
}

ReceivablesPlanner::Payer ReceivablesPlanner::pickPayer(const PlannedCustomer& c)
{
    switch (c.showcase) { // the demo user's long-standing customers show every kind of payer
    case 7:
        return Payer::Slow;
    case 8:
        return Payer::Bad;
    case 9:
        return Payer::Erratic;
    case 10:
        return Payer::Punctual;
    default:
        break;
    }
    const int r = m_random.below(100);
    return r < 50 ? Payer::Punctual : r < 78 ? Payer::Slow : r < 92 ? Payer::Erratic : Payer::Bad;
}

void ReceivablesPlanner::plan(PlannedCustomer& c, qint64 customerId)
{
    m_current.clear();
    m_currentLetterDisputes.clear();
    m_customerId = customerId;
    if (c.dealWindows.isEmpty())
        return;
    planContracts(c);
    if (m_current.contracts.empty())
        return;
    const Payer payer = pickPayer(c);
    Ledger ledger(m_current);
    planEvents(c, ledger, payer);
    planAfter(c, ledger, payer);
}

// ---- contracts and schedules ----

void ReceivablesPlanner::planContracts(const PlannedCustomer& c)
{
    // Contracts a year by customer type (long-standing customers buy again and again).
    const double perYear = c.type == QLatin1String("key_account") ? 4.4
                           : c.type == QLatin1String("channel")   ? 4.9
                           : c.type == QLatin1String("sme")       ? 3.2
                           : c.type == QLatin1String("other")     ? 2.0
                                                                  : 1.3;
    for (const PlannedDealWindow& w : c.dealWindows) {
        const QDate first = w.from.addDays(3);
        const QDate last = std::min(w.until, m_today).addDays(-1);
        const int days = int(first.daysTo(last)) + 1;
        if (days < 2)
            continue;
        int count = 0;
        if (w.regular) {
            const double expected = std::max(0.7, double(days) / 365.25 * perYear);
            count = std::max(1, int(std::lround(expected * (0.5 + double(m_random.below(1001)) / 1000.0))));
            count = std::min({count, 16, days});
            if (c.showcase >= 0)
                count = std::max(count, std::min(3, days));
        } else if (c.showcase < 0 && m_random.percent(18)) { // the showcase keeps its pool stories
            count = 1;                                       // a first deal of a newer customer
        }
        if (count == 0)
            continue;
        // Distinct signing days, oldest first.
        std::vector<int> offsets;
        while (int(offsets.size()) < count) {
            const int offset = m_random.below(days);
            if (std::find(offsets.begin(), offsets.end(), offset) == offsets.end())
                offsets.push_back(offset);
        }
        std::sort(offsets.begin(), offsets.end());
        const bool currentOwner = w.salesperson == c.owner;
        for (int offset : offsets) {
            PlanContract k;
            k.signedOn = first.addDays(offset);
            k.number = contractNumber(k.signedOn);
            k.createdAt = at(k.signedOn);
            k.salesperson = w.salesperson;
            k.kind = m_current.contracts.empty() ? QStringLiteral("new")
                     : m_random.percent(55)      ? QStringLiteral("renewal")
                                                 : QStringLiteral("addon");
            k.status = QStringLiteral("active");
            if (currentOwner && !m_current.contracts.empty()) {
                if (k.signedOn.daysTo(m_today) <= 20 && m_random.percent(8))
                    k.status = QStringLiteral("draft"); // being negotiated, nothing receivable yet
                else if (m_random.percent(1))
                    k.status = QStringLiteral("cancelled");
            }
            // Amounts by customer type, log-uniform, in hundreds of yuan (now and then with odd fen).
            double low = 5000, high = 500000;
            if (c.type == QLatin1String("key_account"))
                low = 100000, high = 3000000;
            else if (c.type == QLatin1String("channel"))
                low = 50000, high = 1000000;
            else if (c.type == QLatin1String("individual"))
                low = 2000, high = 50000;
            else if (c.type == QLatin1String("other"))
                low = 10000, high = 200000;
            const double yuan = low * std::pow(high / low, double(m_random.below(10001)) / 10000.0);
            k.amount = std::max<qint64>(10, qint64(yuan / 100.0)) * kHundredYuan;
            if (m_random.percent(10))
                k.amount += m_random.between(1, 9999);
            if (m_random.percent(20)) {
                static constexpr qint64 kRates[] = {120000, 182500, 109500, 73000};
                k.interestPpm = kRates[m_random.below(4)];
            }
            k.title = u8(pick(m_random, kContractTitles));
            const int index = int(m_current.contracts.size());
            m_current.contracts.push_back(k);
            planSchedule(m_current.contracts.back(), index, c);
        }
    }
}

void ReceivablesPlanner::planSchedule(PlanContract& k, int index, const PlannedCustomer& c)
{
    static constexpr int kWeights[] = {14, 14, 18, 18, 10, 12, 4, 10}; // 1..8 instalments, about 4 on average
    int n = 1;
    for (int r = m_random.below(100), i = 0; i < 8; ++i) {
        if (r < kWeights[i]) {
            n = i + 1;
            break;
        }
        r -= kWeights[i];
    }
    n = int(std::min<qint64>(n, k.amount / (2 * kHundredYuan)));
    n = std::max(n, 1);

    // Amounts: a deposit first (20-50%), sometimes a retention (质保金) last, the rest in equal parts of
    // whole hundreds of yuan; the last part takes what is left, so the parts add up to the amount.
    std::vector<qint64> parts(size_t(n), 0);
    qint64 left = k.amount;
    int from = 0, to = n; // equal parts in [from, to)
    if (n >= 2) {
        static constexpr int kDeposit[] = {30, 30, 20, 50};
        parts[0] =
            std::max(kHundredYuan, roundDown(k.amount * kDeposit[m_random.below(4)] / 100, kHundredYuan));
        left -= parts[0];
        from = 1;
    }
    const bool retention = n >= 3 && m_random.percent(15);
    if (retention) {
        parts[size_t(n - 1)] =
            std::max(kHundredYuan, roundDown(k.amount * (m_random.percent(50) ? 5 : 10) / 100, kHundredYuan));
        left -= parts[size_t(n - 1)];
        to = n - 1;
    }
    const qint64 equal = std::max(kHundredYuan, roundDown(left / (to - from), kHundredYuan));
    for (int i = from; i < to; ++i) {
        parts[size_t(i)] = i == to - 1 ? left : equal;
        left -= parts[size_t(i)];
    }

    // Due dates: the deposit within a fortnight, then every month, two months or quarter; a retention a
    // year after signing.
    const int period = n >= 6   ? 30
                       : n >= 4 ? (m_random.percent(50) ? 30 : 60)
                                : (m_random.percent(40) ? 30 : 90);
    const QDate firstDue = k.signedOn.addDays(n == 1 ? m_random.between(0, std::max(0, c.paymentDays))
                                                     : m_random.between(0, 15));
    k.firstInstallment = int(m_current.installments.size());
    k.installments = n;
    for (int i = 0; i < n; ++i) {
        PlanInstallment inst;
        inst.contract = index;
        inst.seq = i + 1;
        inst.amount = parts[size_t(i)];
        inst.dueOn = retention && i == n - 1 ? k.signedOn.addDays(365 + m_random.between(0, 30))
                                             : firstDue.addDays(i * period);
        inst.collector = k.salesperson;
        m_current.installments.push_back(inst);
    }
}

// ---- payments and the rest, through the ledger ----

void ReceivablesPlanner::planEvents(const PlannedCustomer& c, Ledger& ledger, Payer payer)
{
    CustomerReceivables& r = m_current;
    const QDate lastDay = m_today.addDays(-1);
    // Payments planned per instalment; numbered and allocated in date order.
    struct Intent
    {
        QDate date;
        qint64 amount = 0;
        int contract = -1;
        int order = 0;
    };
    std::vector<Intent> intents;
    const auto pay = [&](const QDate& date, qint64 amount, int contract) {
        if (date <= lastDay && amount > 0)
            intents.push_back(Intent{date, amount, contract, int(intents.size())});
    };
    const auto delay = [&]() {
        switch (payer) {
        case Payer::Punctual:
            return m_random.percent(6) ? m_random.between(5, 25) : m_random.between(-7, 3);
        case Payer::Slow:
            return m_random.percent(12) ? m_random.between(46, 120) : m_random.between(3, 45);
        case Payer::Erratic:
            return m_random.between(0, 180);
        case Payer::Bad:
            return m_random.between(20, 240);
        }
        return 0;
    };
    const int partialChance = payer == Payer::Bad       ? 25
                              : payer == Payer::Erratic ? 12
                              : payer == Payer::Slow    ? 4
                                                        : 1;
    const int disputeChance = payer == Payer::Bad || payer == Payer::Erratic ? 4 : 1;

    for (int ci = 0; ci < int(r.contracts.size()); ++ci) {
        const PlanContract& k = r.contracts[size_t(ci)];
        if (k.status == QLatin1String("draft") || k.status == QLatin1String("cancelled"))
            continue;
        int stopFrom = INT_MAX; // the customer stops paying this contract from this seq on
        if (payer == Payer::Bad && (m_random.percent(70) || c.showcase >= 0))
            stopFrom = m_random.between(1, k.installments);
        else if (payer == Payer::Erratic && m_random.percent(10))
            stopFrom = m_random.between(2, k.installments + 1);
        for (int s = 0; s < k.installments; ++s) {
            const int ii = k.firstInstallment + s;
            const PlanInstallment& inst = r.installments[size_t(ii)];
            if (inst.seq >= stopFrom) {
                // Unpaid: after a long time it is written off, or waits for approval.
                const QDate request = inst.dueOn.addDays(m_random.between(380, 560));
                if (request < lastDay && m_random.percent(70)) {
                    PlanWriteOff w;
                    w.installment = ii;
                    w.reason = u8(pick(m_random, kWriteOffReasons));
                    w.requestedOn = request;
                    const int d = m_random.below(100);
                    const QDate decided = request.addDays(m_random.between(3, 40));
                    w.status = d < 65 && decided < m_today   ? QStringLiteral("approved")
                               : d < 75 && decided < m_today ? QStringLiteral("rejected")
                                                             : QStringLiteral("pending");
                    if (w.status != QLatin1String("pending")) {
                        w.decidedOn = decided;
                        w.decisionNote =
                            w.status == QLatin1String("approved") ? u8("同意核销") : u8("证据不足，继续催收");
                    }
                    r.writeOffs.push_back(w);
                    ledger.add(request, Ledger::Kind::RequestWriteOff, int(r.writeOffs.size()) - 1);
                    if (w.decidedOn.isValid())
                        ledger.add(w.decidedOn, Ledger::Kind::DecideWriteOff, int(r.writeOffs.size()) - 1);
                }
                continue;
            }
            QDate payOn = std::max(inst.dueOn.addDays(delay()), k.signedOn.addDays(m_random.between(0, 3)));
            qint64 amount = inst.amount;

            // A dispute over part of it, settled one way or another.
            if (m_random.percent(disputeChance) && inst.amount >= 2 * kHundredYuan) {
                const QDate opened =
                    std::max(inst.dueOn.addDays(m_random.between(-3, 25)), k.signedOn.addDays(1));
                const qint64 disputed = std::max(
                    kHundredYuan, roundDown(inst.amount * m_random.between(10, 40) / 100, kHundredYuan));
                if (opened <= lastDay && disputed < inst.amount) {
                    PlanDispute d;
                    d.installment = ii;
                    d.amount = disputed;
                    d.reason = u8(pick(m_random, kDisputeReasons));
                    d.openedOn = opened;
                    const QDate resolved = opened.addDays(m_random.between(15, 150));
                    const int how = m_random.below(100);
                    d.resolution = how < 40   ? QStringLiteral("customer_pays")
                                   : how < 60 ? QStringLiteral("withdrawn")
                                   : how < 85 ? QStringLiteral("credited")
                                              : QStringLiteral("written_off");
                    if (resolved <= lastDay)
                        d.resolvedOn = resolved;
                    r.disputes.push_back(d);
                    const int di = int(r.disputes.size()) - 1;
                    ledger.add(opened, Ledger::Kind::OpenDispute, di);
                    payOn = std::max(payOn, opened.addDays(m_random.between(1, 10)));
                    amount -= disputed;
                    if (d.resolvedOn.isValid()) {
                        ledger.add(resolved, Ledger::Kind::ResolveDispute, di);
                        if (d.resolution == QLatin1String("customer_pays") ||
                            d.resolution == QLatin1String("withdrawn")) {
                            pay(resolved.addDays(m_random.between(3, 30)), disputed, ci);
                        } else {
                            PlanWriteOff w;
                            w.installment = ii;
                            w.amount = disputed;
                            w.reason = d.resolution == QLatin1String("credited")
                                           ? u8("质量折让：经协商给予客户折让")
                                           : u8("争议款项确认无法收回，转坏账核销");
                            w.requestedOn = std::max(opened, resolved.addDays(-m_random.between(1, 5)));
                            w.status = QStringLiteral("approved");
                            w.decidedOn = resolved;
                            w.decisionNote = u8("同意");
                            r.writeOffs.push_back(w);
                            r.disputes[size_t(di)].writeOff = int(r.writeOffs.size()) - 1;
                            ledger.add(resolved, Ledger::Kind::DecideWriteOff, int(r.writeOffs.size()) - 1);
                        }
                    }
                }
            }
            // Two instalments in one transfer now and then.
            if (amount == inst.amount && s + 1 < k.installments && inst.seq + 1 < stopFrom &&
                m_random.percent(6)) {
                const PlanInstallment& next = r.installments[size_t(ii + 1)];
                amount += next.amount;
                payOn = std::max(payOn, next.dueOn.addDays(delay()));
                ++s;
            }
            const bool lastOne = s == k.installments - 1;
            if (lastOne && m_random.percent(3)) // rounded up: the rest stays as credit
                amount = (amount / (1000 * kYuan) + 1) * 1000 * kYuan;
            if (m_random.percent(partialChance) && amount >= 20 * kHundredYuan) {
                const qint64 first = roundDown(amount * m_random.between(30, 70) / 100, kHundredYuan);
                pay(payOn, first, ci);
                if (!m_random.percent(payer == Payer::Bad ? 50 : 25))
                    pay(payOn.addDays(m_random.between(20, 90)), amount - first, ci);
            } else {
                pay(payOn, amount, ci);
            }
        }
    }

    // The payments, allocated in date order (numbered once the ledger has run).
    std::stable_sort(intents.begin(), intents.end(), [](const Intent& a, const Intent& b) {
        return a.date != b.date ? a.date < b.date : a.order < b.order;
    });
    const bool online = c.type == QLatin1String("individual");
    for (const Intent& in : intents) {
        // Punctual payers now and then name no contract: the oldest due is usually theirs anyway.
        const int pi = newPayment(in.date, in.amount, in.contract, online);
        if (payer == Payer::Punctual && m_random.percent(6)) {
            r.payments[size_t(pi)].contract = -1;
            r.payments[size_t(pi)].intended = in.contract;
        }
        ledger.add(in.date, Ledger::Kind::Pay, pi);
        // Now and then a bounced transfer or cheque: reversed, then paid again.
        if (m_random.below(1000) < 4) {
            const QDate reversed = in.date.addDays(m_random.between(2, 7));
            if (reversed <= lastDay) {
                PlanPayment& q = r.payments[size_t(pi)];
                q.reversedOn = reversed;
                q.reversedAt = at(reversed);
                q.reversalReason = u8(pick(m_random, kReversalReasons));
                ledger.add(reversed, Ledger::Kind::Reverse, pi);
                const QDate again = reversed.addDays(m_random.between(3, 15));
                if (again <= lastDay) {
                    const int contract = r.payments[size_t(pi)].contract;
                    ledger.add(again, Ledger::Kind::Pay, newPayment(again, in.amount, contract, online));
                }
            }
        }
    }

    // Reconciliation rounds, and the handover of what is open when a salesperson left.
    for (const QDate& d : m_letterDates)
        if (d >= r.contracts.front().signedOn)
            ledger.add(d, Ledger::Kind::LetterRound, 0);
    if (c.handoverOn.isValid())
        ledger.add(c.handoverOn, Ledger::Kind::Handover, 0);

    // Run the ledger.
    const bool keyAccount = c.type == QLatin1String("key_account");
    while (!ledger.events.empty()) {
        const Ledger::Event e = ledger.events.top();
        ledger.events.pop();
        switch (e.kind) {
        case Ledger::Kind::Pay: {
            PlanPayment& p = r.payments[size_t(e.index)];
            if (p.contract < 0 && p.intended >= 0) {
                // Named no contract: fine when the oldest due is the one meant, else the accountant
                // records the contract.
                const std::vector<int> order = ledger.autoOrder(-1, e.date);
                if (!order.empty() && r.installments[size_t(order.front())].contract != p.intended)
                    p.contract = p.intended;
            }
            if (p.contract >= 0) {
                // A customer disputing part of a contract pays only the rest of it for now.
                qint64 collectable = 0, disputed = 0;
                for (const PlanInstallment& inst : r.installments)
                    if (inst.contract == p.contract) {
                        collectable += ledger.collectable(inst);
                        disputed += std::min(inst.disputed, ledger.balance(inst));
                    }
                if (p.amount > collectable) {
                    const qint64 withheld = std::min(p.amount - collectable, disputed);
                    p.amount -= withheld;
                    ledger.withheld[size_t(p.contract)] += withheld;
                }
            }
            if (p.amount > 0)
                ledger.allocate(e.index, p.amount, e.date, p.createdAt);
            break;
        }
        case Ledger::Kind::Reverse:
            if (r.payments[size_t(e.index)].amount > 0)
                ledger.reverse(e.index);
            else
                r.payments[size_t(e.index)].reversedOn = QDate();
            break;
        case Ledger::Kind::OpenDispute: {
            PlanDispute& d = r.disputes[size_t(e.index)];
            PlanInstallment& inst = r.installments[size_t(d.installment)];
            d.amount = std::min(d.amount, ledger.collectable(inst)); // 0: dropped after the run
            inst.disputed += d.amount;
            break;
        }
        case Ledger::Kind::ResolveDispute: {
            PlanDispute& d = r.disputes[size_t(e.index)];
            PlanInstallment& inst = r.installments[size_t(d.installment)];
            inst.disputed -= d.amount;
            if (d.writeOff >= 0) // credited or written off: the write-off covers what was disputed
                r.writeOffs[size_t(d.writeOff)].amount = d.amount;
            // The claim stands: what the customer held back on the contract is paid now.
            qint64& withheld = ledger.withheld[size_t(inst.contract)];
            const qint64 owed = std::min(withheld, d.amount);
            if (owed > 0 && (d.resolution == QLatin1String("customer_pays") ||
                             d.resolution == QLatin1String("withdrawn"))) {
                withheld -= owed;
                const QDate paid = e.date.addDays(m_random.between(3, 30));
                if (paid <= lastDay)
                    ledger.add(paid, Ledger::Kind::Pay, newPayment(paid, owed, inst.contract, false));
            }
            break;
        }
        case Ledger::Kind::RequestWriteOff: {
            PlanWriteOff& w = r.writeOffs[size_t(e.index)];
            w.amount = ledger.collectable(r.installments[size_t(w.installment)]);
            break;
        }
        case Ledger::Kind::DecideWriteOff: {
            PlanWriteOff& w = r.writeOffs[size_t(e.index)];
            PlanInstallment& inst = r.installments[size_t(w.installment)];
            if (w.status != QLatin1String("approved") || w.amount <= 0)
                break;
            if (w.amount > ledger.collectable(inst)) { // paid meanwhile: the request no longer stands
                w.status = QStringLiteral("rejected");
                w.decisionNote = u8("余额已变化，驳回");
                break;
            }
            inst.writtenOff += w.amount;
            if (ledger.balance(inst) == 0)
                inst.settledOn = e.date;
            break;
        }
        case Ledger::Kind::Handover:
            for (PlanInstallment& inst : r.installments)
                if (r.contracts[size_t(inst.contract)].salesperson != c.owner && ledger.balance(inst) > 0 &&
                    ledger.eligible(r.contracts[size_t(inst.contract)], e.date)) {
                    inst.handedTo = c.owner;
                    inst.handedOn = e.date;
                }
            break;
        case Ledger::Kind::LetterRound: {
            // Open items as of the end of the day (OpenItems), for customers picked in this round.
            PlanLetter letter;
            for (int i = 0; i < int(r.installments.size()); ++i) {
                const PlanInstallment& inst = r.installments[size_t(i)];
                const PlanContract& k = r.contracts[size_t(inst.contract)];
                const qint64 balance = ledger.balance(inst);
                if (!ledger.eligible(k, e.date) || balance <= 0)
                    continue;
                letter.items.push_back(PlanLetterItem{i, 0, k.number, inst.seq, inst.dueOn, inst.amount,
                                                      inst.amount - balance, balance});
                letter.balance += balance;
            }
            const bool recent = e.date.daysTo(m_today) < 60;
            if (letter.items.empty() || !m_random.percent(keyAccount ? 65 : recent ? 30 : 18))
                break;
            const QDate created = e.date.addDays(3);
            if (created > lastDay)
                break;
            std::sort(letter.items.begin(), letter.items.end(),
                      [&](const PlanLetterItem& a, const PlanLetterItem& b) {
                          if (a.dueOn != b.dueOn)
                              return a.dueOn < b.dueOn;
                          if (a.contractNo != b.contractNo)
                              return a.contractNo < b.contractNo;
                          return a.seq < b.seq;
                      });
            letter.customerId = m_customerId;
            letter.asOf = e.date;
            letter.createdAt = at(created);
            // The one collector of its items on the day, if there is only one (LetterService).
            int collector = -2;
            for (const PlanLetterItem& item : letter.items) {
                const PlanInstallment& inst = r.installments[size_t(item.installment)];
                const int who =
                    inst.handedTo >= 0 && inst.handedOn <= created ? inst.handedTo : inst.collector;
                collector = collector == -2 || collector == who ? who : -1;
            }
            letter.salesperson = collector;
            // What became of it.
            const QDate replyBy = created.addDays(m_settings.letterReplyDays);
            const QDate sent = created.addDays(m_random.between(1, 3));
            const QDate reply = sent.addDays(m_random.between(4, 25));
            const int s = m_random.below(100);
            if (replyBy.addDays(10) < m_today) {
                letter.status = s < 5    ? QStringLiteral("cancelled")
                                : s < 60 ? QStringLiteral("confirmed")
                                : s < 68 ? QStringLiteral("difference")
                                : s < 90 ? QStringLiteral("no_reply")
                                         : QStringLiteral("sent");
            } else {
                letter.status = s < 40 || sent > lastDay    ? QStringLiteral("draft")
                                : s < 85 || reply > lastDay ? QStringLiteral("sent")
                                                            : QStringLiteral("confirmed");
            }
            if (letter.status == QLatin1String("cancelled"))
                letter.note = u8("客户名称有误，作废重开");
            if (letter.status != QLatin1String("draft") && letter.status != QLatin1String("cancelled")) {
                letter.sentOn = sent;
                const int m = m_random.below(100);
                letter.sentMethod = m < 50   ? QStringLiteral("ems")
                                    : m < 75 ? QStringLiteral("express")
                                    : m < 90 ? QStringLiteral("email")
                                    : m < 97 ? QStringLiteral("in_person")
                                             : QStringLiteral("fax");
                if (letter.sentMethod == QLatin1String("ems") ||
                    letter.sentMethod == QLatin1String("express")) {
                    QString number = letter.sentMethod == QLatin1String("ems") ? QStringLiteral("11")
                                                                               : QStringLiteral("SF");
                    for (int i = 0; i < 11; ++i)
                        number += QLatin1Char(char('0' + m_random.below(10)));
                    letter.trackingNo = number;
                }
            }
            if (letter.status == QLatin1String("confirmed")) {
                letter.confirmedOn = reply;
                letter.confirmedBalance = letter.balance;
            }
            const int li = int(m_letters.size());
            if (letter.status == QLatin1String("difference")) {
                letter.confirmedOn = reply;
                ledger.add(reply, Ledger::Kind::LetterReply, li);
            }
            m_letters.push_back(std::move(letter));
            r.letters.push_back(li);
            break;
        }
        case Ledger::Kind::LetterReply: {
            // The customer states less than we claim: the difference is disputed on the letter's items,
            // latest due first, each up to its letter balance and what is collectable now.
            PlanLetter& letter = m_letters[size_t(e.index)];
            const PlanLetterItem& latest = letter.items.back();
            const qint64 difference = std::max(
                kHundredYuan, roundDown(latest.balance * m_random.between(20, 100) / 100, kHundredYuan));
            letter.differenceAmount = std::min(difference, letter.balance);
            letter.confirmedBalance = letter.balance - letter.differenceAmount;
            letter.differenceNote = u8(pick(m_random, kDifferenceNotes));
            qint64 remaining = letter.differenceAmount;
            for (auto item = letter.items.rbegin(); item != letter.items.rend() && remaining > 0; ++item) {
                PlanInstallment& inst = r.installments[size_t(item->installment)];
                const qint64 part = std::min({remaining, item->balance, ledger.collectable(inst)});
                if (part <= 0)
                    continue;
                PlanDispute d;
                d.installment = item->installment;
                d.amount = part;
                d.openedOn = e.date;
                d.letter = e.index;
                const QDate resolved = e.date.addDays(m_random.between(20, 90));
                const int how = m_random.below(100);
                d.resolution = how < 55 ? QStringLiteral("customer_pays") : QStringLiteral("withdrawn");
                inst.disputed += part;
                remaining -= part;
                r.disputes.push_back(d);
                if (resolved <= lastDay) {
                    r.disputes.back().resolvedOn = resolved;
                    ledger.add(resolved, Ledger::Kind::ResolveDispute, int(r.disputes.size()) - 1);
                }
            }
            break;
        }
        }
    }
}

void ReceivablesPlanner::planAfter(PlannedCustomer& c, const Ledger& ledger, Payer payer)
{
    CustomerReceivables& r = m_current;
    const QDate lastDay = m_today.addDays(-1);

    // Payments that came to nothing (the customer paid only what was not disputed, and that was
    // nothing) are dropped; the rest are numbered in date order.
    {
        std::vector<int> position(r.payments.size(), -1);
        std::vector<PlanPayment> kept;
        for (size_t i = 0; i < r.payments.size(); ++i)
            if (r.payments[i].amount > 0) {
                position[i] = int(kept.size());
                kept.push_back(std::move(r.payments[i]));
            }
        r.payments = std::move(kept);
        for (PlanAllocation& a : r.allocations)
            a.payment = position[size_t(a.payment)];
        std::vector<int> order(r.payments.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return r.payments[size_t(a)].receivedOn < r.payments[size_t(b)].receivedOn;
        });
        for (int i : order)
            r.payments[size_t(i)].number = paymentNumber(r.payments[size_t(i)].receivedOn);
    }

    // Drop what came to nothing (a dispute or write-off with nothing left to cover).
    r.disputes.erase(std::remove_if(r.disputes.begin(), r.disputes.end(),
                                    [](const PlanDispute& d) { return d.amount <= 0; }),
                     r.disputes.end());
    r.writeOffs.erase(std::remove_if(r.writeOffs.begin(), r.writeOffs.end(),
                                     [](const PlanWriteOff& w) { return w.amount <= 0; }),
                      r.writeOffs.end());
    for (PlanDispute& d : r.disputes) {
        if (!d.resolvedOn.isValid())
            continue;
        static const QHash<QString, const char*> kNotes{
            {QStringLiteral("customer_pays"), "经沟通，客户同意按原金额付款"},
            {QStringLiteral("withdrawn"), "客户撤回异议"},
            {QStringLiteral("credited"), "经协商给予质量折让"},
            {QStringLiteral("written_off"), "争议款项确认无法收回，转坏账核销"}};
        d.resolutionNote = u8(kNotes.value(d.resolution, ""));
    }
    for (PlanDispute& d : r.disputes)
        if (!d.resolvedOn.isValid())
            d.resolution.clear();
    // Evidence of write-offs: the collection history as a text file.
    for (PlanWriteOff& w : r.writeOffs) {
        const PlanInstallment& inst = r.installments[size_t(w.installment)];
        const PlanContract& k = r.contracts[size_t(inst.contract)];
        w.evidenceName = u8("催收记录-%1-%2.txt").arg(k.number).arg(inst.seq);
        w.evidenceMime = QStringLiteral("text/plain");
        w.evidence = u8("合同 %1 第%2期，应收 %3，到期日 "
                        "%4。\n催收记录：电话催收多次，发出催款函，客户未付款。\n核销原因：%5\n")
                         .arg(k.number)
                         .arg(inst.seq)
                         .arg(money(inst.amount), chineseDate(inst.dueOn), w.reason)
                         .toUtf8();
    }

    // Caches as the services keep them; contracts fully settled are closed.
    for (PlanInstallment& inst : r.installments) {
        inst.lastPaidOn = QDate();
        inst.paid = 0;
    }
    {
        // last_paid_on: the latest positive allocation of a payment whose net allocation is positive.
        struct Pair
        {
            int payment, installment;
            qint64 net;
            QDate last;
        };
        std::vector<Pair> pairs;
        for (const PlanAllocation& a : r.allocations) {
            r.installments[size_t(a.installment)].paid += a.amount;
            auto it = std::find_if(pairs.begin(), pairs.end(), [&](const Pair& p) {
                return p.payment == a.payment && p.installment == a.installment;
            });
            if (it == pairs.end())
                it = pairs.insert(pairs.end(), Pair{a.payment, a.installment, 0, QDate()});
            it->net += a.amount;
            if (a.amount > 0 && (!it->last.isValid() || a.onDate > it->last))
                it->last = a.onDate;
        }
        for (const Pair& p : pairs) {
            PlanInstallment& inst = r.installments[size_t(p.installment)];
            if (p.net > 0 && (!inst.lastPaidOn.isValid() || p.last > inst.lastPaidOn))
                inst.lastPaidOn = p.last;
        }
    }
    for (PlanContract& k : r.contracts) {
        if (k.status != QLatin1String("active"))
            continue;
        bool settled = true;
        for (int i = k.firstInstallment; i < k.firstInstallment + k.installments; ++i)
            settled = settled && ledger.balance(r.installments[size_t(i)]) == 0;
        if (settled)
            k.status = QStringLiteral("closed");
    }

    // The balance of an instalment at the end of a day, from the ledger.
    const auto balanceOn = [&](int i, const QDate& day) {
        const PlanInstallment& inst = r.installments[size_t(i)];
        qint64 balance = inst.amount;
        for (const PlanAllocation& a : r.allocations)
            if (a.installment == i && a.onDate <= day)
                balance -= a.amount;
        for (const PlanWriteOff& w : r.writeOffs)
            if (w.installment == i && w.status == QLatin1String("approved") && w.decidedOn <= day)
                balance -= w.amount;
        return balance;
    };
    const auto collectorOn = [&](const PlanInstallment& inst, const QDate& day) {
        return inst.handedTo >= 0 && inst.handedOn <= day ? inst.handedTo : inst.collector;
    };

    // Promises of payment: kept (paid by the promised day) or broken; on open instalments also pending.
    std::vector<std::pair<PlannedFollowUp, int>> promiseFollowUps; // follow-up, promise index
    for (int i = 0; i < int(r.installments.size()); ++i) {
        const PlanInstallment& inst = r.installments[size_t(i)];
        const PlanContract& k = r.contracts[size_t(inst.contract)];
        if (!ledger.eligible(k, lastDay))
            continue;
        const bool open = ledger.balance(inst) > 0;
        const QDate settled = inst.settledOn;
        QDate made;
        if (!open && settled.isValid() && inst.dueOn.daysTo(settled) > 15 && m_random.percent(30)) {
            made = inst.dueOn.addDays(m_random.between(3, std::max(3, int(inst.dueOn.daysTo(settled)) - 3)));
        } else if (open && inst.dueOn.daysTo(m_today) > 10 &&
                   m_random.percent(payer == Payer::Punctual ? 15 : 45)) {
            made = std::max(inst.dueOn.addDays(5), m_today.addDays(-m_random.between(5, 90)));
        }
        if (!made.isValid() || made > lastDay || made < k.signedOn)
            continue;
        const qint64 balance = balanceOn(i, made);
        if (balance <= 0)
            continue;
        PlanPromise p;
        p.installment = m_random.percent(75) ? i : -1;
        p.madeOn = made;
        p.promisedOn = made.addDays(m_random.between(3, 25));
        p.amount = balance;
        p.employee = collectorOn(inst, made);
        if (!employed(p.employee, made))
            continue;
        p.note = u8("客户承诺%1前支付%2第%3期款项%4")
                     .arg(chineseDate(p.promisedOn), k.number)
                     .arg(inst.seq)
                     .arg(money(balance));
        r.promises.push_back(p);
        // Recorded with a follow-up, where one changes no reclaim clock and no check-in.
        const bool owner = p.employee == c.owner;
        if (made < m_settings.checkinsFrom &&
            (!owner || (c.lastOwnerFollowUpAt.isValid() && made < c.lastOwnerFollowUpAt.date() &&
                        made >= c.ownedSince))) {
            PlannedFollowUp f;
            f.employee = p.employee;
            f.at = at(made);
            f.method = m_random.percent(70) ? QStringLiteral("phone") : QStringLiteral("wechat");
            f.content = u8("催收%1第%2期款项，客户承诺于%3前付款%4")
                            .arg(k.number)
                            .arg(inst.seq)
                            .arg(chineseDate(p.promisedOn), money(balance));
            f.promisedPaymentOn = p.promisedOn;
            promiseFollowUps.emplace_back(f, int(r.promises.size()) - 1);
        }
    }
    if (!promiseFollowUps.empty()) {
        // Into the customer's follow-ups in time order; promises point at them by index.
        for (size_t n = 0; n < promiseFollowUps.size(); ++n) {
            PlannedFollowUp f = promiseFollowUps[n].first;
            f.id = -qint64(n) - 1; // a marker until the rows are planned
            c.followUps << f;
        }
        std::stable_sort(c.followUps.begin(), c.followUps.end(),
                         [](const PlannedFollowUp& a, const PlannedFollowUp& b) { return a.at < b.at; });
        for (qsizetype k = 0; k < c.followUps.size(); ++k) {
            PlannedFollowUp& f = c.followUps[k];
            if (f.id < 0) {
                r.promises[size_t(promiseFollowUps[size_t(-f.id - 1)].second)].followUp = int(k);
                f.id = 0;
            }
        }
    }

    // Demands for long overdue contracts (they interrupt the limitation period).
    for (int ci = 0; ci < int(r.contracts.size()); ++ci) {
        const PlanContract& k = r.contracts[size_t(ci)];
        if (!ledger.eligible(k, lastDay))
            continue;
        int worst = 0;
        QDate due;
        for (int i = k.firstInstallment; i < k.firstInstallment + k.installments; ++i) {
            const PlanInstallment& inst = r.installments[size_t(i)];
            const QDate until = inst.settledOn.isValid() ? inst.settledOn : m_today;
            const int late = int(inst.dueOn.daysTo(until));
            if (late > worst) {
                worst = late;
                due = inst.dueOn;
            }
        }
        if (worst <= 60 || !m_random.percent(payer == Payer::Bad ? 70 : 30))
            continue;
        PlanDemand d;
        d.onDate = due.addDays(m_random.between(60, std::min(worst, 240)));
        if (d.onDate > lastDay)
            continue;
        d.contract = m_random.percent(75) ? ci : -1;
        const int kind = m_random.below(100);
        if (payer == Payer::Bad && worst > 300 && kind < 15) {
            d.kind = QStringLiteral("lawsuit");
            d.method = u8("起诉");
            d.note = u8("就合同%1欠款向人民法院提起诉讼").arg(k.number);
        } else if (payer == Payer::Bad && kind < 35) {
            d.kind = QStringLiteral("repayment_plan");
            d.method = u8("书面协议");
            d.note = u8("双方签订还款计划，欠款分三期偿还");
        } else if (kind < 65) {
            d.kind = QStringLiteral("demand");
            d.method = u8(pick(m_random, kDemandMethods));
            d.note = u8("向客户财务催收合同%1逾期款项，要求尽快付款").arg(k.number);
        } else {
            d.kind = QStringLiteral("dunning_letter");
            d.method = QStringLiteral("EMS");
            QString tracking = QStringLiteral("11");
            for (int i = 0; i < 11; ++i)
                tracking += QLatin1Char(char('0' + m_random.below(10)));
            d.note = u8("寄送催款函，EMS单号%1").arg(tracking);
        }
        d.at = at(d.onDate);
        r.demands.push_back(d);
    }

    // Late interest collected or waived on instalments paid late, computed like InterestCalculator:
    // simple daily interest on the overdue balance, actual/365, rounded half-up once.
    for (int i = 0; i < int(r.installments.size()); ++i) {
        const PlanInstallment& inst = r.installments[size_t(i)];
        const PlanContract& k = r.contracts[size_t(inst.contract)];
        if (!inst.settledOn.isValid() || inst.writtenOff > 0 || inst.dueOn.daysTo(inst.settledOn) <= 30)
            continue;
        if (!m_random.percent(k.interestPpm > 0 ? 30 : 4))
            continue;
        const qint64 rate = k.interestPpm > 0 ? k.interestPpm : m_settings.defaultInterestPpm;
        // Σ balance × days over the balance's changes after the due date.
        qint64 balanceDays = 0;
        for (QDate day = inst.dueOn.addDays(1); day <= inst.settledOn; day = day.addDays(1))
            balanceDays += balanceOn(i, day.addDays(-1));
        const qint64 denominator = qint64(1000000) * 365;
        const qint64 fen = (balanceDays * rate + denominator / 2) / denominator;
        if (fen < 100)
            continue;
        PlanInterest s;
        s.installment = i;
        s.onDate = inst.settledOn.addDays(m_random.between(0, 20));
        if (s.onDate > lastDay)
            continue;
        s.amount = fen;
        const bool paid = m_random.percent(45);
        s.kind = paid ? QStringLiteral("paid") : QStringLiteral("waived");
        s.note = paid ? u8("收取逾期利息") : u8("客户关系维护，经批准免收逾期利息");
        s.at = at(s.onDate);
        r.interest.push_back(s);
    }

    // The letters' disputes wait for the letters.
    for (PlanDispute& d : r.disputes)
        if (d.letter >= 0) {
            m_currentLetterDisputes.push_back(int(m_letterDisputes.size()));
            m_letterDisputes.push_back(LetterDispute{d, 0});
        }
    r.disputes.erase(std::remove_if(r.disputes.begin(), r.disputes.end(),
                                    [](const PlanDispute& d) { return d.letter >= 0; }),
                     r.disputes.end());
}

void ReceivablesPlanner::numberLetters()
{
    std::vector<int> order(m_letters.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const PlanLetter& x = m_letters[size_t(a)];
        const PlanLetter& y = m_letters[size_t(b)];
        if (x.createdAt.date() != y.createdAt.date())
            return x.createdAt.date() < y.createdAt.date();
        return x.customerId < y.customerId;
    });
    std::vector<int> position(m_letters.size());
    QHash<int, int> serials;
    std::vector<PlanLetter> sorted;
    sorted.reserve(m_letters.size());
    for (size_t n = 0; n < order.size(); ++n) {
        PlanLetter& letter = m_letters[size_t(order[n])];
        const int year = letter.createdAt.date().year();
        letter.number = QStringLiteral("DZ-%1-%2").arg(year).arg(++serials[year], 6, 10, QLatin1Char('0'));
        position[size_t(order[n])] = int(n);
        sorted.push_back(std::move(letter));
    }
    m_letters = std::move(sorted);
    for (LetterDispute& d : m_letterDisputes)
        d.dispute.letter = position[size_t(d.dispute.letter)];
}

} // namespace tl::core::demo
