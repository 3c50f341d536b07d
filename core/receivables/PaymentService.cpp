#include "receivables/PaymentService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "money/MoneyFormat.h"
#include "receivables/LedgerScope.h"
#include "receivables/LedgerWriter.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace tl::core {

QStringList paymentMethodKeys()
{
    return {QStringLiteral("bank_transfer"),   QStringLiteral("cash"),   QStringLiteral("cheque"),
            QStringLiteral("acceptance_bill"), QStringLiteral("online"), QStringLiteral("other")};
}

QString paymentMethodName(const QString& key)
{
    if (key == QLatin1String("bank_transfer"))
        return QCoreApplication::translate("tl::core::PaymentService", "Bank transfer");
    if (key == QLatin1String("cash"))
        return QCoreApplication::translate("tl::core::PaymentService", "Cash");
    if (key == QLatin1String("cheque"))
        return QCoreApplication::translate("tl::core::PaymentService", "Cheque");
    if (key == QLatin1String("acceptance_bill"))
        return QCoreApplication::translate("tl::core::PaymentService", "Acceptance bill");
    if (key == QLatin1String("online"))
        return QCoreApplication::translate("tl::core::PaymentService", "Online payment");
    if (key == QLatin1String("other"))
        return QCoreApplication::translate("tl::core::PaymentService", "Other");
    return key;
}

namespace {

const QString kPayments = QStringLiteral("payments");
const QString kReversals = QStringLiteral("payment_reversals");

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString money(qint64 fen)
{
    return formatMoney(Money::fromFen(fen));
}

FieldProblem problem(int row, const char* column, const QString& value, const QString& reason)
{
    return FieldProblem{row, QString::fromLatin1(column), value, reason};
}

std::optional<Payment> loadPayment(const Database& db, qint64 id)
{
    SqlQuery q(db, QStringLiteral(
                       "SELECT p.id, p.payment_no, p.customer_id, cu.code, cu.name, p.received_on, p.amount, "
                       "p.method, p.reference, p.contract_id, c.contract_no, p.note, p.allocated_total, "
                       "r.reversed_on, r.reason FROM payments p JOIN customers cu ON cu.id = p.customer_id "
                       "LEFT JOIN contracts c ON c.id = p.contract_id "
                       "LEFT JOIN payment_reversals r ON r.payment_id = p.id WHERE p.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Payment p;
    p.id = q.integer(0);
    p.paymentNo = q.text(1);
    p.customerId = q.integer(2);
    p.customerCode = q.text(3);
    p.customerName = q.text(4);
    p.receivedOn = QDate::fromString(q.text(5), Qt::ISODate);
    p.amount = q.integer(6);
    p.method = q.text(7);
    p.reference = q.text(8);
    p.contractId = q.isNull(9) ? 0 : q.integer(9);
    p.contractNo = q.text(10);
    p.note = q.text(11);
    p.allocated = q.integer(12);
    p.reversedOn = QDate::fromString(q.text(13), Qt::ISODate);
    p.reversalReason = q.text(14);
    return p;
}

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, const QString& entity,
                       const QList<qint64>& ids)
{
    tx.afterCommit([notifier, entity, ids] {
        if (notifier)
            notifier->notify(entity, ids);
    });
}

Error paymentNotFound(qint64 id)
{
    return Error::notFound(PaymentService::tr("Payment %1 does not exist.").arg(id),
                           QStringLiteral("payment:%1").arg(id));
}

// Allocates what is left of `payment` on `on` (Auto or Manual). Returns an error when nothing changes
// (the caller's transaction then rolls back).
std::optional<Error> allocate(LedgerWriter& ledger, const Payment& payment, const QDate& on,
                              AllocationMode mode, const QList<AllocationLine>& manual, bool mustAllocate)
{
    qint64 remaining = payment.amount - payment.allocated;
    if (mode == AllocationMode::None || remaining <= 0)
        return std::nullopt;
    if (mode == AllocationMode::Auto) {
        const QList<LedgerWriter::Target> targets =
            ledger.autoTargets(payment.customerId, payment.contractId, on);
        for (const LedgerWriter::Target& t : targets) {
            if (remaining <= 0)
                break;
            const qint64 take = std::min(remaining, t.collectable());
            ledger.append(payment.id, payment.paymentNo, t, take, on, QStringLiteral("auto"));
            remaining -= take;
        }
        if (mustAllocate && remaining == payment.amount - payment.allocated)
            return Error::conflict(
                payment.contractId > 0
                    ? PaymentService::tr(
                          "Nothing can be allocated from payment %1: contract %2 has no collectable "
                          "instalment as of %3.")
                          .arg(payment.paymentNo, payment.contractNo, iso(on))
                    : PaymentService::tr(
                          "Nothing can be allocated from payment %1: customer %2 has no collectable "
                          "instalment on an active contract signed by %3.")
                          .arg(payment.paymentNo, payment.customerCode, iso(on)),
                QStringLiteral("payment:%1").arg(payment.id));
        return std::nullopt;
    }

    // Manual: check every line first, then write.
    QList<FieldProblem> problems;
    QList<std::pair<LedgerWriter::Target, qint64>> lines;
    QSet<qint64> seen;
    qint64 sum = 0;
    if (manual.isEmpty())
        problems << problem(0, "installment", {},
                            PaymentService::tr("a manual allocation needs at least one line"));
    for (int k = 0; k < manual.size(); ++k) {
        const AllocationLine& line = manual.at(k);
        const int row = k + 1;
        const auto t = ledger.target(line.installmentId);
        if (!t) {
            problems << problem(row, "installment", QString::number(line.installmentId),
                                PaymentService::tr("there is no instalment %1").arg(line.installmentId));
            continue;
        }
        const QString label = t->label();
        bool ok = true;
        auto refuse = [&](const char* column, const QString& value, const QString& reason) {
            problems << problem(row, column, value, reason);
            ok = false;
        };
        if (t->customerId != payment.customerId)
            refuse("installment", label,
                   PaymentService::tr("instalment %1 belongs to another customer than the payment's (%2)")
                       .arg(label, payment.customerCode));
        else if (payment.contractId > 0 && t->contractId != payment.contractId)
            refuse("installment", label,
                   PaymentService::tr(
                       "the payment is for contract %1; instalment %2 belongs to another contract")
                       .arg(payment.contractNo, label));
        else if (t->contractStatus != QLatin1String("active"))
            refuse("installment", label,
                   PaymentService::tr("contract %1 is not active; its instalments take no payments")
                       .arg(t->contractNo));
        else if (t->signedOn > on)
            refuse("installment", label,
                   PaymentService::tr("contract %1 is signed on %2, after the allocation date %3")
                       .arg(t->contractNo, iso(t->signedOn), iso(on)));
        if (seen.contains(t->installmentId))
            refuse("installment", label, PaymentService::tr("instalment %1 appears twice").arg(label));
        seen.insert(t->installmentId);
        if (line.amount <= 0)
            refuse("amount", money(line.amount), PaymentService::tr("the amount must be greater than zero"));
        else if (line.amount > t->collectable())
            refuse("amount", money(line.amount),
                   t->disputed > 0
                       ? PaymentService::tr(
                             "%1 is more than the %2 collectable on instalment %3 (balance %4, of which "
                             "%5 disputed)")
                             .arg(money(line.amount), money(t->collectable()), label, money(t->balance()),
                                  money(t->disputed))
                       : PaymentService::tr("%1 is more than the %2 collectable on instalment %3")
                             .arg(money(line.amount), money(t->collectable()), label));
        if (line.amount > 0)
            sum += line.amount;
        if (ok)
            lines.append({*t, line.amount});
    }
    if (sum > remaining)
        problems << problem(
            0, "amount", money(sum),
            PaymentService::tr("the allocations add up to %1, more than the %2 of payment %3 not yet "
                               "allocated")
                .arg(money(sum), money(remaining), payment.paymentNo));
    if (!problems.isEmpty())
        return Error::invalid(PaymentService::tr("Payment %1 cannot be allocated this way: %n problem(s).",
                                                 nullptr, int(problems.size()))
                                  .arg(payment.paymentNo),
                              problems);
    for (const auto& [t, amount] : lines)
        ledger.append(payment.id, payment.paymentNo, t, amount, on, QStringLiteral("manual"));
    return std::nullopt;
}

} // namespace

Result<qint64> PaymentService::record(const Payment& payment, AllocationMode mode,
                                      const QList<AllocationLine>& manual)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::RecordPayments))
            return Error::denied(tr("You may not record payments."));
        Payment p = payment;
        p.id = 0;
        p.paymentNo = notNull(p.paymentNo).trimmed();
        p.method = notNull(p.method).trimmed();
        p.reference = notNull(p.reference).trimmed();
        p.note = notNull(p.note);
        p.allocated = 0;
        Transaction tx(m_ctx.db);

        QList<FieldProblem> problems;
        if (p.paymentNo.isEmpty())
            problems << problem(0, "payment_no", {}, tr("the payment number is required"));
        else if (p.paymentNo.size() > 64)
            problems << problem(0, "payment_no", p.paymentNo,
                                tr("the payment number is longer than 64 characters"));
        else if (SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT 1 FROM payments WHERE payment_no = ?"),
                                  {p.paymentNo})
                     .isValid())
            problems << problem(
                0, "payment_no", p.paymentNo,
                tr("payment %1 is already recorded (payments are never edited)").arg(p.paymentNo));
        {
            SqlQuery q(m_ctx.db, QStringLiteral("SELECT code FROM customers WHERE id = ?"));
            q.bind(p.customerId).exec();
            if (q.next())
                p.customerCode = q.text(0);
            else
                problems << problem(0, "customer_code", QString::number(p.customerId),
                                    p.customerId <= 0 ? tr("the customer is required")
                                                      : tr("there is no customer %1").arg(p.customerId));
        }
        const QDate today = m_ctx.clock.today();
        if (!p.receivedOn.isValid())
            problems << problem(0, "received_on", {}, tr("the date received is missing or not a valid date"));
        else if (p.receivedOn > today)
            problems << problem(
                0, "received_on", iso(p.receivedOn),
                tr("the date received %1 is after today (%2)").arg(iso(p.receivedOn), iso(today)));
        if (p.amount <= 0)
            problems << problem(0, "amount", money(p.amount), tr("the amount must be greater than zero"));
        if (!paymentMethodKeys().contains(p.method))
            problems << problem(0, "method", p.method, tr("unknown payment method %1").arg(p.method));
        if (p.contractId != 0) {
            SqlQuery q(m_ctx.db,
                       QStringLiteral("SELECT contract_no, customer_id, status FROM contracts WHERE id = ?"));
            q.bind(p.contractId).exec();
            if (!q.next()) {
                problems << problem(0, "contract_no", QString::number(p.contractId),
                                    tr("there is no contract %1").arg(p.contractId));
            } else {
                p.contractNo = q.text(0);
                if (q.integer(1) != p.customerId)
                    problems << problem(0, "contract_no", p.contractNo,
                                        tr("contract %1 belongs to another customer").arg(p.contractNo));
                else if (q.text(2) != QLatin1String("active") && q.text(2) != QLatin1String("closed"))
                    problems << problem(
                        0, "contract_no", p.contractNo,
                        tr("contract %1 is a draft or cancelled; it takes no payments").arg(p.contractNo));
            }
        }
        if (!problems.isEmpty())
            return Error::invalid(
                tr("The payment %1 has %n problem(s).", nullptr, int(problems.size())).arg(p.paymentNo),
                problems);
        if (!LedgerScope(m_ctx).all() && !LedgerScope(m_ctx).customer(p.customerId))
            return Error::denied(tr("You may not record payments of this customer."));

        SqlQuery q(
            m_ctx.db,
            QStringLiteral("INSERT INTO payments (payment_no, customer_id, received_on, amount, method, "
                           "reference, contract_id, note, created_at, user_id) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?)"));
        q.bind(p.paymentNo)
            .bind(p.customerId)
            .bind(iso(p.receivedOn))
            .bind(p.amount)
            .bind(p.method)
            .bind(p.reference)
            .bind(SqlQuery::nullableId(p.contractId))
            .bind(p.note)
            .bind(m_ctx.clock.now().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")))
            .bind(SqlQuery::nullableId(m_ctx.session.userId))
            .exec();
        p.id = q.lastInsertId();
        AuditLog audit(m_ctx);
        audit.record(kPayments, p.id, p.paymentNo, QStringLiteral("create"), {},
                     AuditLog::snapshot(m_ctx.db, kPayments, p.id));

        LedgerWriter ledger(m_ctx, audit);
        if (auto error = allocate(ledger, p, p.receivedOn, mode, manual, false))
            return *error;
        ledger.refresh();
        notifyAfterCommit(tx, m_ctx.notifier, kPayments, {p.id});
        if (const QList<qint64> ids = ledger.touchedInstallments(); !ids.isEmpty())
            notifyAfterCommit(tx, m_ctx.notifier, QStringLiteral("installments"), ids);
        tx.commit();
        return p.id;
    });
}

Status PaymentService::allocateCredit(qint64 paymentId, const QDate& on, AllocationMode mode,
                                      const QList<AllocationLine>& manual)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::RecordPayments))
            return Error::denied(tr("You may not allocate payments."));
        Transaction tx(m_ctx.db);
        const auto p = loadPayment(m_ctx.db, paymentId);
        if (!p)
            return paymentNotFound(paymentId);
        const QString entity = QStringLiteral("payment:%1").arg(paymentId);
        if (!LedgerScope(m_ctx).customer(p->customerId))
            return Error::denied(tr("You may not allocate payments of this customer."));
        if (p->reversed())
            return Error::conflict(tr("Payment %1 was reversed on %2; it cannot be allocated again.")
                                       .arg(p->paymentNo, iso(p->reversedOn)),
                                   entity);
        if (mode == AllocationMode::None)
            return Error::invalid(tr("Choose an automatic or a manual allocation."));
        const QDate today = m_ctx.clock.today();
        if (!on.isValid() || on < p->receivedOn || on > today)
            return Error::invalid(
                tr("The allocation date must lie between the date payment %1 was received (%2) and "
                   "today (%3).")
                    .arg(p->paymentNo, iso(p->receivedOn), iso(today)),
                {problem(0, "on_date", iso(on), tr("the date is out of range"))});
        if (p->unallocated() <= 0)
            return Error::conflict(tr("Payment %1 is fully allocated; no credit is left.").arg(p->paymentNo),
                                   entity);

        AuditLog audit(m_ctx);
        LedgerWriter ledger(m_ctx, audit);
        if (auto error = allocate(ledger, *p, on, mode, manual, true))
            return *error;
        ledger.refresh();
        notifyAfterCommit(tx, m_ctx.notifier, kPayments, {p->id});
        notifyAfterCommit(tx, m_ctx.notifier, QStringLiteral("installments"), ledger.touchedInstallments());
        tx.commit();
        return {};
    });
}

Status PaymentService::unallocate(qint64 paymentId, qint64 installmentId, qint64 amount, const QDate& on)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::RecordPayments))
            return Error::denied(tr("You may not allocate payments."));
        Transaction tx(m_ctx.db);
        const auto p = loadPayment(m_ctx.db, paymentId);
        if (!p)
            return paymentNotFound(paymentId);
        const QString entity = QStringLiteral("payment:%1").arg(paymentId);
        if (!LedgerScope(m_ctx).customer(p->customerId))
            return Error::denied(tr("You may not allocate payments of this customer."));
        if (p->reversed())
            return Error::conflict(tr("Payment %1 was reversed on %2.").arg(p->paymentNo, iso(p->reversedOn)),
                                   entity);
        AuditLog audit(m_ctx);
        LedgerWriter ledger(m_ctx, audit);
        const auto t = ledger.target(installmentId);
        if (!t)
            return Error::notFound(tr("Instalment %1 does not exist.").arg(installmentId),
                                   QStringLiteral("installment:%1").arg(installmentId));
        SqlQuery q(m_ctx.db, QStringLiteral("SELECT coalesce(sum(amount), 0), max(on_date) FROM allocations "
                                            "WHERE payment_id = ? AND installment_id = ?"));
        q.bind(paymentId).bind(installmentId).exec();
        q.next();
        const qint64 net = q.integer(0);
        const QDate latest = QDate::fromString(q.text(1), Qt::ISODate);
        const QDate today = m_ctx.clock.today();
        QList<FieldProblem> problems;
        if (amount <= 0)
            problems << problem(0, "amount", money(amount), tr("the amount must be greater than zero"));
        else if (amount > net)
            problems << problem(0, "amount", money(amount),
                                tr("only %1 of payment %2 is allocated to instalment %3")
                                    .arg(money(net), p->paymentNo, t->label()));
        const QDate earliest = latest.isValid() && latest > p->receivedOn ? latest : p->receivedOn;
        if (!on.isValid() || on < earliest || on > today)
            problems << problem(
                0, "on_date", iso(on),
                tr("the date must lie between %1 and today (%2)").arg(iso(earliest), iso(today)));
        if (!problems.isEmpty())
            return Error::invalid(
                tr("The allocation of payment %1 to instalment %2 cannot be undone this way.")
                    .arg(p->paymentNo, t->label()),
                problems);
        ledger.append(p->id, p->paymentNo, *t, -amount, on, QStringLiteral("unallocate"));
        ledger.refresh();
        notifyAfterCommit(tx, m_ctx.notifier, kPayments, {p->id});
        notifyAfterCommit(tx, m_ctx.notifier, QStringLiteral("installments"), {installmentId});
        tx.commit();
        return {};
    });
}

Status PaymentService::reverse(qint64 paymentId, const QDate& on, const QString& reason)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::RecordPayments))
            return Error::denied(tr("You may not reverse payments."));
        Transaction tx(m_ctx.db);
        const auto p = loadPayment(m_ctx.db, paymentId);
        if (!p)
            return paymentNotFound(paymentId);
        const QString entity = QStringLiteral("payment:%1").arg(paymentId);
        if (!LedgerScope(m_ctx).customer(p->customerId))
            return Error::denied(tr("You may not reverse payments of this customer."));
        if (p->reversed())
            return Error::conflict(
                tr("Payment %1 was already reversed on %2.").arg(p->paymentNo, iso(p->reversedOn)), entity);
        const QDate latest = QDate::fromString(
            SqlQuery::scalar(m_ctx.db,
                             QStringLiteral("SELECT max(on_date) FROM allocations WHERE payment_id = ?"),
                             {paymentId})
                .toString(),
            Qt::ISODate);
        const QDate earliest = latest.isValid() && latest > p->receivedOn ? latest : p->receivedOn;
        const QDate today = m_ctx.clock.today();
        const QString why = notNull(reason).trimmed();
        QList<FieldProblem> problems;
        if (why.isEmpty())
            problems << problem(0, "reason", {}, tr("the reason is required"));
        if (!on.isValid() || on < earliest || on > today)
            problems << problem(
                0, "on_date", iso(on),
                tr("the date must lie between %1 and today (%2)").arg(iso(earliest), iso(today)));
        if (!problems.isEmpty())
            return Error::invalid(tr("Payment %1 cannot be reversed this way.").arg(p->paymentNo), problems);

        SqlQuery q(
            m_ctx.db,
            QStringLiteral("INSERT INTO payment_reversals (payment_id, reversed_on, reason, at, user_id) "
                           "VALUES (?,?,?,?,?)"));
        q.bind(paymentId)
            .bind(iso(on))
            .bind(why)
            .bind(m_ctx.clock.now().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")))
            .bind(SqlQuery::nullableId(m_ctx.session.userId))
            .exec();
        const qint64 reversalId = q.lastInsertId();
        AuditLog audit(m_ctx);
        audit.record(kReversals, reversalId, p->paymentNo, QStringLiteral("create"), {},
                     AuditLog::snapshot(m_ctx.db, kReversals, reversalId));

        LedgerWriter ledger(m_ctx, audit);
        SqlQuery nets(
            m_ctx.db,
            QStringLiteral("SELECT installment_id, sum(amount) FROM allocations WHERE payment_id = ? "
                           "GROUP BY installment_id HAVING sum(amount) <> 0 ORDER BY installment_id"));
        nets.bind(paymentId).exec();
        QList<std::pair<qint64, qint64>> open;
        while (nets.next())
            open.append({nets.integer(0), nets.integer(1)});
        for (const auto& [installmentId, net] : open) {
            const auto t = ledger.target(installmentId);
            if (t)
                ledger.append(p->id, p->paymentNo, *t, -net, on, QStringLiteral("reversal"));
        }
        ledger.touchPayment(p->id);
        ledger.refresh();
        notifyAfterCommit(tx, m_ctx.notifier, kPayments, {p->id});
        if (const QList<qint64> ids = ledger.touchedInstallments(); !ids.isEmpty())
            notifyAfterCommit(tx, m_ctx.notifier, QStringLiteral("installments"), ids);
        tx.commit();
        return {};
    });
}

Result<QList<AllocationCandidate>> PaymentService::allocationCandidates(qint64 customerId, qint64 contractId,
                                                                        const QDate& on, qint64 amount) const
{
    return guarded([&]() -> Result<QList<AllocationCandidate>> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view payments."));
        if (!LedgerScope(m_ctx).customer(customerId))
            return Error::denied(tr("You may not view the payments of this customer."));
        AuditLog audit(m_ctx); // LedgerWriter's; nothing is written here
        const LedgerWriter ledger(m_ctx, audit);
        QList<AllocationCandidate> list;
        qint64 remaining = std::max<qint64>(amount, 0);
        for (const LedgerWriter::Target& t : ledger.autoTargets(customerId, contractId, on)) {
            AllocationCandidate c;
            c.installmentId = t.installmentId;
            c.contractId = t.contractId;
            c.contractNo = t.contractNo;
            c.seq = t.seq;
            c.dueOn = t.dueOn;
            c.balance = t.balance();
            c.disputed = t.disputed;
            c.collectable = t.collectable();
            c.autoAmount = std::min(remaining, c.collectable); // as allocate() takes it
            remaining -= c.autoAmount;
            list << c;
        }
        return list;
    });
}

Result<Payment> PaymentService::get(qint64 paymentId) const
{
    return guarded([&]() -> Result<Payment> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view payments."));
        const auto p = loadPayment(m_ctx.db, paymentId);
        if (!p)
            return paymentNotFound(paymentId);
        if (!LedgerScope(m_ctx).customer(p->customerId))
            return Error::denied(tr("You may not view payment %1.").arg(p->paymentNo));
        return *p;
    });
}

Result<qint64> PaymentService::customerCredit(qint64 customerId) const
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view payments."));
        if (!SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {customerId})
                 .isValid())
            return Error::notFound(tr("Customer %1 does not exist.").arg(customerId),
                                   QStringLiteral("customer:%1").arg(customerId));
        if (!LedgerScope(m_ctx).customer(customerId))
            return Error::denied(tr("You may not view the payments of this customer."));
        return SqlQuery::scalar(
                   m_ctx.db,
                   QStringLiteral("SELECT coalesce(sum(p.amount - p.allocated_total), 0) FROM payments p "
                                  "INDEXED BY payments_unallocated WHERE p.customer_id = ? "
                                  "AND p.allocated_total < p.amount AND NOT EXISTS "
                                  "(SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id)"),
                   {customerId})
            .toLongLong();
    });
}

namespace {

const QString kAllocationSql = QStringLiteral(
    "SELECT a.id, a.payment_id, p.payment_no, a.installment_id, i.contract_id, c.contract_no, i.seq, "
    "a.amount, "
    "a.on_date, a.kind, a.at FROM allocations a JOIN payments p ON p.id = a.payment_id "
    "JOIN installments i ON i.id = a.installment_id JOIN contracts c ON c.id = i.contract_id ");

QList<Allocation> readAllocations(SqlQuery& q)
{
    QList<Allocation> list;
    while (q.next()) {
        Allocation a;
        a.id = q.integer(0);
        a.paymentId = q.integer(1);
        a.paymentNo = q.text(2);
        a.installmentId = q.integer(3);
        a.contractId = q.integer(4);
        a.contractNo = q.text(5);
        a.seq = int(q.integer(6));
        a.amount = q.integer(7);
        a.onDate = QDate::fromString(q.text(8), Qt::ISODate);
        a.kind = q.text(9);
        a.at = QDateTime::fromString(q.text(10), Qt::ISODate);
        list << a;
    }
    return list;
}

} // namespace

Result<QList<Allocation>> PaymentService::allocations(qint64 paymentId) const
{
    return guarded([&]() -> Result<QList<Allocation>> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view payments."));
        const auto p = loadPayment(m_ctx.db, paymentId);
        if (!p)
            return paymentNotFound(paymentId);
        if (!LedgerScope(m_ctx).customer(p->customerId))
            return Error::denied(tr("You may not view payment %1.").arg(p->paymentNo));
        SqlQuery q(m_ctx.db, kAllocationSql + QStringLiteral("WHERE a.payment_id = ? ORDER BY a.id"));
        q.bind(paymentId).exec();
        return readAllocations(q);
    });
}

Result<QList<Allocation>> PaymentService::allocationsOfInstallment(qint64 installmentId) const
{
    return guarded([&]() -> Result<QList<Allocation>> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view payments."));
        if (!SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT 1 FROM installments WHERE id = ?"),
                              {installmentId})
                 .isValid())
            return Error::notFound(tr("Instalment %1 does not exist.").arg(installmentId),
                                   QStringLiteral("installment:%1").arg(installmentId));
        if (!LedgerScope(m_ctx).installment(installmentId))
            return Error::denied(tr("You may not view this instalment."));
        SqlQuery q(m_ctx.db,
                   kAllocationSql + QStringLiteral("WHERE a.installment_id = ? ORDER BY a.on_date, a.id"));
        q.bind(installmentId).exec();
        return readAllocations(q);
    });
}

} // namespace tl::core
