#include "io/PaymentImport.h"

#include "audit/BulkAuditWriter.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/ServiceGuard.h"
#include "io/BulkWriteCache.h"
#include "io/CellParsers.h"
#include "io/ImportService.h"
#include "io/ReceivablesLookup.h"
#include "money/MoneyFormat.h"
#include "receivables/LedgerScope.h"

#include <sqlite3.h>

#include <QSet>

#include <algorithm>

namespace tl::core {

namespace {

const QString kPayments = QStringLiteral("payments");
const QString kAllocations = QStringLiteral("allocations");
constexpr int kBatch = 200;

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString columnText(sqlite3_stmt* s, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, i)),
                             sqlite3_column_bytes(s, i));
}

QByteArray inList(const char* head, const char* tail)
{
    QByteArray sql(head);
    for (int i = 0; i < kBatch; ++i)
        sql += i == 0 ? "?" : ",?";
    return sql + tail;
}

} // namespace

PaymentImport::PaymentImport(const Context& ctx) : m_ctx{ctx.db, ctx.clock, ctx.session, nullptr} {}

std::optional<QString> PaymentImport::methodFromText(const QString& text)
{
    const QString t = text.trimmed().toCaseFolded();
    const auto is = [&t](std::initializer_list<const char16_t*> names) {
        for (const char16_t* name : names)
            if (t == QStringView(name))
                return true;
        return false;
    };
    if (is({u"bank_transfer", u"bank transfer", u"银行转账", u"转账", u"银行汇款", u"电汇", u"网银"}))
        return QStringLiteral("bank_transfer");
    if (is({u"cash", u"现金"}))
        return QStringLiteral("cash");
    if (is({u"cheque", u"check", u"支票"}))
        return QStringLiteral("cheque");
    if (is({u"acceptance_bill", u"acceptance bill", u"承兑汇票", u"承兑", u"银行承兑汇票", u"商业承兑汇票"}))
        return QStringLiteral("acceptance_bill");
    if (is({u"online", u"线上", u"在线支付", u"微信", u"支付宝"}))
        return QStringLiteral("online");
    if (is({u"other", u"其他", u"其它"}))
        return QStringLiteral("other");
    return std::nullopt;
}

const QList<ImportColumn>& PaymentImport::columnSpec()
{
    static const QList<ImportColumn> spec{
        {QStringLiteral("payment_no"),
         {QStringLiteral("回款编号"), QStringLiteral("回款单号")},
         true,
         CellParsers::text(64)},
        {QStringLiteral("customer_code"),
         {QStringLiteral("客户编号"), QStringLiteral("客户代码")},
         true,
         CellParsers::text(64)},
        {QStringLiteral("received_on"),
         {QStringLiteral("回款日期"), QStringLiteral("到账日期")},
         true,
         CellParsers::date()},
        {QStringLiteral("amount"),
         {QStringLiteral("回款金额"), QStringLiteral("金额")},
         true,
         CellParsers::yuanToFen()},
        {QStringLiteral("method"),
         {QStringLiteral("方式"), QStringLiteral("回款方式"), QStringLiteral("付款方式")},
         false,
         CellParsers::choice(
             &PaymentImport::methodFromText,
             QStringLiteral("bank_transfer, cash, cheque, acceptance_bill, online, other, 银行转账, "
                            "现金, 支票, 承兑汇票, 线上, 其他"))},
        {QStringLiteral("reference"),
         {QStringLiteral("银行流水号"), QStringLiteral("流水号")},
         false,
         CellParsers::text(100)},
        {QStringLiteral("contract_no"),
         {QStringLiteral("合同编号"), QStringLiteral("合同号")},
         false,
         CellParsers::text(64)},
        // Written by PaymentExport after the template's columns; ignored here.
        {QStringLiteral("customer_name"), {QStringLiteral("客户名称")}, false, {}, true},
        {QStringLiteral("allocated"), {QStringLiteral("已分配")}, false, {}, true},
        {QStringLiteral("unallocated"), {QStringLiteral("未分配")}, false, {}, true},
        {QStringLiteral("reversed_on"), {QStringLiteral("冲销日期")}, false, {}, true},
    };
    return spec;
}

Status PaymentImport::prepare(const ImportOptions&)
{
    if (!m_ctx.session.can(Permission::RecordPayments))
        return Error::denied(tr("You may not record payments."));
    m_rows.clear();
    m_rowOfNumber.clear();
    m_targets.clear();
    m_targetsOf.clear();
    m_allocations.clear();
    return m_customers.load(m_ctx);
}

void PaymentImport::addRow(const ImportRow& row, ProblemSink& problems)
{
    if (!row.present(PaymentNo))
        return; // the missing column is reported on the header row
    PendingRow p;
    p.number = row.number();
    p.paymentNo = row.text(PaymentNo);
    if (p.paymentNo.isEmpty()) {
        problems.add(row.number(), PaymentNo, {}, tr("the payment number is required"));
    } else if (const auto it = m_rowOfNumber.constFind(p.paymentNo); it != m_rowOfNumber.constEnd()) {
        problems.add(row.number(), PaymentNo, p.paymentNo,
                     tr("payment %1 already appears in row %2").arg(p.paymentNo).arg(*it));
    } else if (!row.failed(PaymentNo)) {
        m_rowOfNumber.insert(p.paymentNo, row.number());
    }

    const auto required = [&](int column, const QString& reason) {
        if (row.present(column) && row.isEmpty(column))
            problems.add(row.number(), column, {}, reason);
    };
    if (row.has(CustomerCode)) {
        const QString code = row.text(CustomerCode);
        if (const CustomerDirectory::Entry* customer = m_customers.byCode(code))
            p.customerId = customer->id;
        else
            problems.add(row.number(), CustomerCode, code, tr("customer %1 does not exist").arg(code));
    } else {
        required(CustomerCode, tr("the customer is required"));
    }
    const QDate today = m_ctx.clock.today();
    if (row.has(ReceivedOn)) {
        p.receivedOn = row.value(ReceivedOn).toDate();
        if (p.receivedOn > today)
            problems.add(row.number(), ReceivedOn, row.text(ReceivedOn),
                         tr("the date received %1 is after today (%2)").arg(iso(p.receivedOn), iso(today)));
    } else {
        required(ReceivedOn, tr("the date received is required"));
    }
    if (row.has(Amount)) {
        p.amount = row.value(Amount).toLongLong();
        if (p.amount <= 0)
            problems.add(row.number(), Amount, row.text(Amount), tr("the amount must be greater than zero"));
    } else {
        required(Amount, tr("the amount is required"));
    }
    p.method = row.has(Method) ? row.value(Method).toString() : QStringLiteral("bank_transfer");
    if (row.has(Reference))
        p.reference = row.value(Reference).toString();
    if (row.has(ContractNo))
        p.contractNo = row.text(ContractNo);
    m_rows.push_back(std::move(p));
}

void PaymentImport::finish(ProblemSink& problems, ImportResult& result)
{
    const Status checked = guarded([&]() -> Status {
        sqlite3* handle = m_ctx.db.nativeHandle();
        // Numbers already recorded.
        {
            const QByteArray sql = inList("SELECT payment_no FROM payments WHERE payment_no IN (", ")");
            NativeStatement q(handle, sql.constData());
            QSet<QString> stored;
            const QList<QString> numbers = m_rowOfNumber.keys();
            for (qsizetype start = 0; start < numbers.size(); start += kBatch) {
                for (int k = 0; k < kBatch; ++k) {
                    if (start + k < numbers.size())
                        q.bind(k + 1, numbers.at(start + k));
                    else
                        q.bindNull(k + 1);
                }
                while (q.step())
                    stored.insert(columnText(q.raw(), 0));
            }
            for (const PendingRow& p : m_rows)
                if (stored.contains(p.paymentNo) && m_rowOfNumber.value(p.paymentNo) == p.number)
                    problems.add(
                        p.number, PaymentNo, p.paymentNo,
                        tr("payment %1 is already recorded (payments are never edited)").arg(p.paymentNo));
        }
        // Named contracts.
        QStringList contractNumbers;
        QSet<QString> seen;
        for (const PendingRow& p : m_rows)
            if (!p.contractNo.isEmpty() && !seen.contains(p.contractNo)) {
                seen.insert(p.contractNo);
                contractNumbers << p.contractNo;
            }
        const QHash<QString, ReceivablesLookup::Contract> contracts =
            ReceivablesLookup::contracts(m_ctx, contractNumbers, false);
        for (PendingRow& p : m_rows) {
            if (p.contractNo.isEmpty())
                continue;
            const auto it = contracts.constFind(p.contractNo);
            if (it == contracts.constEnd()) {
                problems.add(p.number, ContractNo, p.contractNo,
                             tr("contract %1 does not exist").arg(p.contractNo));
            } else if (p.customerId != 0 && it->customerId != p.customerId) {
                problems.add(p.number, ContractNo, p.contractNo,
                             tr("contract %1 belongs to another customer").arg(p.contractNo));
            } else if (it->status != QLatin1String("active") && it->status != QLatin1String("closed")) {
                problems.add(
                    p.number, ContractNo, p.contractNo,
                    tr("contract %1 is a draft or cancelled; it takes no payments").arg(p.contractNo));
            } else {
                p.contractId = it->id;
            }
        }
        // The session's scope (PaymentService: the customer's receivables are collected in scope).
        const LedgerScope scope(m_ctx);
        if (!scope.all()) {
            QHash<qint64, bool> allowed;
            for (const PendingRow& p : m_rows) {
                if (p.customerId == 0)
                    continue;
                auto it = allowed.find(p.customerId);
                if (it == allowed.end())
                    it = allowed.insert(p.customerId, scope.customer(p.customerId));
                if (!*it)
                    problems.add(p.number, CustomerCode, {},
                                 tr("you may not record payments of this customer: it is not in your scope"));
            }
        }
        if (!problems.isEmpty())
            return {};

        QList<qint64> customers;
        {
            QSet<qint64> distinct;
            for (const PendingRow& p : m_rows)
                distinct.insert(p.customerId);
            customers = QList<qint64>(distinct.begin(), distinct.end());
            std::sort(customers.begin(), customers.end());
        }
        loadTargets(customers);
        plan();
        return {};
    });
    if (!checked) {
        problems.add(FieldProblem{0, {}, {}, checked.error().message});
        return;
    }
    if (!problems.isEmpty())
        return;

    qint64 total = 0, allocated = 0;
    for (const PendingRow& p : m_rows) {
        ++result.created;
        result.createdRows << p.number;
        total += p.amount;
        allocated += p.allocated;
    }
    if (!m_rows.empty())
        result.notes << tr("Payments: %1; allocated to instalments: %2; kept as customer credit: %3.")
                            .arg(formatMoney(Money::fromFen(total)), formatMoney(Money::fromFen(allocated)),
                                 formatMoney(Money::fromFen(total - allocated)));
}

// The open instalments of these customers (ascending ids), in PaymentService's automatic order.
void PaymentImport::loadTargets(const QList<qint64>& customers)
{
    const QByteArray sql = inList(
        "SELECT i.id, i.contract_id, i.customer_id, c.contract_no, i.seq, i.due_on, c.signed_on, "
        "i.amount - i.paid_total - i.written_off_total - (SELECT coalesce(sum(d.amount), 0) FROM disputes d "
        "WHERE d.installment_id = i.id AND d.status = 'open') "
        "FROM installments i JOIN contracts c ON c.id = i.contract_id "
        "WHERE c.status = 'active' AND i.paid_total + i.written_off_total < i.amount AND i.customer_id IN (",
        ") ORDER BY i.customer_id, i.due_on, c.signed_on, c.contract_no, i.seq");
    NativeStatement q(m_ctx.db.nativeHandle(), sql.constData());
    for (qsizetype start = 0; start < customers.size(); start += kBatch) {
        for (int k = 0; k < kBatch; ++k) {
            if (start + k < customers.size())
                q.bind(k + 1, customers.at(start + k));
            else
                q.bindNull(k + 1);
        }
        while (q.step()) {
            sqlite3_stmt* s = q.raw();
            Target t;
            t.installmentId = sqlite3_column_int64(s, 0);
            t.contractId = sqlite3_column_int64(s, 1);
            t.customerId = sqlite3_column_int64(s, 2);
            t.contractNo = columnText(s, 3);
            t.seq = sqlite3_column_int(s, 4);
            t.dueOn = QDate::fromString(columnText(s, 5), Qt::ISODate);
            t.signedOn = QDate::fromString(columnText(s, 6), Qt::ISODate);
            t.collectable = std::max<qint64>(0, sqlite3_column_int64(s, 7));
            const int index = int(m_targets.size());
            m_targets.push_back(std::move(t));
            auto it = m_targetsOf.find(m_targets.back().customerId);
            if (it == m_targetsOf.end())
                m_targetsOf.insert(m_targets.back().customerId, {index, index + 1});
            else
                it->second = index + 1;
        }
    }
}

// Allocates the payments in file order, as PaymentService::record(Auto) would one after the other.
void PaymentImport::plan()
{
    m_allocations.clear();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        PendingRow& p = m_rows[size_t(i)];
        const auto range = m_targetsOf.constFind(p.customerId);
        if (range == m_targetsOf.constEnd())
            continue;
        qint64 remaining = p.amount;
        for (int k = range->first; k < range->second && remaining > 0; ++k) {
            Target& t = m_targets[size_t(k)];
            if (t.collectable <= 0 || t.signedOn > p.receivedOn ||
                (p.contractId != 0 && t.contractId != p.contractId))
                continue;
            const qint64 take = std::min(remaining, t.collectable);
            t.collectable -= take;
            remaining -= take;
            m_allocations.push_back(Allocation{i, k, take});
        }
        p.allocated = p.amount - remaining;
    }
}

Status PaymentImport::write(ProblemSink&, Progress& progress, ImportResult&)
{
    return guarded([&]() -> Status {
        sqlite3* handle = m_ctx.db.nativeHandle();
        const QString now = m_ctx.clock.now().toString(Qt::ISODate);
        const BulkWriteCache cache(
            handle, BulkWriteCache::kibibytesFor(qint64(m_rows.size() + m_allocations.size())));
        NativeStatement payment(handle,
                                "INSERT INTO payments (payment_no, customer_id, received_on, amount, method, "
                                "reference, contract_id, note, created_at, user_id) "
                                "VALUES (?,?,?,?,?,?,?,'',?,?)");
        NativeStatement allocation(handle,
                                   "INSERT INTO allocations (payment_id, installment_id, amount, on_date, "
                                   "kind, at, user_id) VALUES (?,?,?,?,'auto',?,?)");
        BulkAuditWriter audit(m_ctx);
        progress.setTotal(qint64(m_rows.size()));
        std::vector<qint64> paymentIds(m_rows.size(), 0);
        size_t next = 0; // the next planned allocation
        for (size_t i = 0; i < m_rows.size(); ++i) {
            const PendingRow& p = m_rows[i];
            if ((i + 1) % 1024 == 0) {
                progress.setDone(qint64(i + 1));
                if (progress.isCancelled())
                    return ImportService::cancelledError();
            }
            payment.bind(1, p.paymentNo)
                .bind(2, p.customerId)
                .bindDate(3, p.receivedOn)
                .bind(4, p.amount)
                .bind(5, p.method)
                .bind(6, p.reference)
                .bindId(7, p.contractId)
                .bind(8, now)
                .bindId(9, m_ctx.session.userId);
            paymentIds[i] = payment.execute();
            audit.addCreated(kPayments, paymentIds[i]);
            for (; next < m_allocations.size() && m_allocations[next].payment == int(i); ++next) {
                const Allocation& a = m_allocations[next];
                allocation.bind(1, paymentIds[i])
                    .bind(2, m_targets[size_t(a.target)].installmentId)
                    .bind(3, a.amount)
                    .bindDate(4, p.receivedOn)
                    .bind(5, now)
                    .bindId(6, m_ctx.session.userId);
                audit.addCreated(kAllocations, allocation.execute());
            }
        }
        audit.flush();
        progress.setDone(qint64(m_rows.size()));

        // The caches, recomputed from the ledger as LedgerWriter::refresh defines them.
        NativeStatement installment(
            handle,
            "UPDATE installments SET paid_total = (SELECT coalesce(sum(a.amount), 0) FROM allocations a "
            "WHERE a.installment_id = ?1), last_paid_on = (SELECT max(p.last_on) FROM (SELECT "
            "max(CASE WHEN a.amount > 0 THEN a.on_date END) AS last_on, sum(a.amount) AS net FROM "
            "allocations a "
            "WHERE a.installment_id = ?1 GROUP BY a.payment_id) p WHERE p.net > 0) WHERE id = ?1");
        NativeStatement paid(handle,
                             "UPDATE payments SET allocated_total = (SELECT coalesce(sum(a.amount), 0) FROM "
                             "allocations a WHERE a.payment_id = ?1) WHERE id = ?1");
        QSet<qint64> touched;
        for (const Allocation& a : m_allocations) {
            const qint64 id = m_targets[size_t(a.target)].installmentId;
            if (touched.contains(id))
                continue;
            touched.insert(id);
            installment.bind(1, id).execute();
        }
        for (size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].allocated > 0)
                paid.bind(1, paymentIds[i]).execute();
        return {};
    });
}

QStringList PaymentImport::changedEntities() const
{
    QStringList entities{kPayments};
    if (!m_allocations.empty())
        entities << QStringLiteral("installments");
    return entities;
}

} // namespace tl::core
