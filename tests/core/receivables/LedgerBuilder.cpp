#include "LedgerBuilder.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "support/Builders.h"

#include <stdexcept>

using namespace tl::core;

namespace tl::test {

namespace {

const QString kAt = QStringLiteral("2026-03-15T09:00:00");

QVariant iso(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

void LedgerBuilder::exec(const QString& sql, const QVariantList& args) const
{
    SqlQuery q(m_db, sql);
    for (const QVariant& a : args)
        q.bind(a);
    q.exec();
}

qint64 LedgerBuilder::insert(const QString& sql, const QVariantList& args) const
{
    SqlQuery q(m_db, sql);
    for (const QVariant& a : args)
        q.bind(a);
    q.exec();
    return q.lastInsertId();
}

qint64 LedgerBuilder::scalar(const QString& sql, const QVariantList& args) const
{
    return SqlQuery::scalar(m_db, sql, args).toLongLong();
}

qint64 LedgerBuilder::contract(const QString& contractNo, qint64 customerId, qint64 salespersonId,
                               const QDate& signedOn, const QList<Due>& schedule, const QString& status,
                               qint64 ratePpm)
{
    qint64 amount = 0;
    for (const Due& d : schedule)
        amount += d.amount;
    const qint64 id =
        insert(QStringLiteral("INSERT INTO contracts (contract_no, customer_id, salesperson_id, signed_on, "
                              "amount, kind, status, interest_rate_ppm, created_at) VALUES "
                              "(?, ?, ?, ?, ?, 'new', ?, ?, ?)"),
               {contractNo, customerId, salespersonId, iso(signedOn), amount, status,
                ratePpm < 0 ? QVariant() : QVariant(ratePpm), kAt});
    int seq = 0;
    for (const Due& d : schedule) {
        const qint64 installment =
            insert(QStringLiteral("INSERT INTO installments (contract_id, customer_id, seq, due_on, amount, "
                                  "collector_id) VALUES (?, ?, ?, ?, ?, ?)"),
                   {id, customerId, ++seq, iso(d.on), d.amount, salespersonId});
        insert(QStringLiteral(
                   "INSERT INTO installment_collectors (installment_id, collector_id, from_on, at, reason) "
                   "VALUES (?, ?, ?, ?, 'contract')"),
               {installment, salespersonId, iso(signedOn), kAt});
    }
    return id;
}

QList<qint64> LedgerBuilder::installments(qint64 contractId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM installments WHERE contract_id = ? ORDER BY seq"));
    q.bind(contractId).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.integer(0);
    return ids;
}

qint64 LedgerBuilder::installment(qint64 contractId, int seq) const
{
    return scalar(QStringLiteral("SELECT id FROM installments WHERE contract_id = ? AND seq = ?"),
                  {contractId, seq});
}

qint64 LedgerBuilder::payment(const QString& paymentNo, qint64 customerId, const QDate& receivedOn,
                              qint64 amount)
{
    return insert(
        QStringLiteral("INSERT INTO payments (payment_no, customer_id, received_on, amount, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {paymentNo, customerId, iso(receivedOn), amount, kAt});
}

void LedgerBuilder::refreshInstallment(qint64 installmentId) const
{
    exec(QStringLiteral(
             "UPDATE installments SET paid_total = coalesce((SELECT sum(amount) FROM allocations WHERE "
             "installment_id = installments.id), 0), written_off_total = coalesce((SELECT sum(amount) "
             "FROM write_offs WHERE installment_id = installments.id AND status = 'approved'), 0), "
             "last_paid_on = (SELECT max(on_date) FROM allocations WHERE installment_id = installments.id "
             "AND amount > 0) WHERE id = ?"),
         {installmentId});
}

void LedgerBuilder::refreshPayment(qint64 paymentId) const
{
    exec(QStringLiteral(
             "UPDATE payments SET allocated_total = coalesce((SELECT sum(amount) FROM allocations WHERE "
             "payment_id = payments.id), 0) WHERE id = ?"),
         {paymentId});
}

void LedgerBuilder::allocate(qint64 paymentId, qint64 installmentId, qint64 amount, const QDate& on,
                             const QString& kind)
{
    insert(QStringLiteral(
               "INSERT INTO allocations (payment_id, installment_id, amount, on_date, kind, at) VALUES "
               "(?, ?, ?, ?, ?, ?)"),
           {paymentId, installmentId, amount, iso(on), kind, kAt});
    refreshInstallment(installmentId);
    refreshPayment(paymentId);
}

qint64 LedgerBuilder::pay(const QString& paymentNo, qint64 installmentId, qint64 amount, const QDate& on)
{
    const qint64 customer =
        scalar(QStringLiteral("SELECT customer_id FROM installments WHERE id = ?"), {installmentId});
    const qint64 id = payment(paymentNo, customer, on, amount);
    allocate(id, installmentId, amount, on);
    return id;
}

void LedgerBuilder::reverse(qint64 paymentId, const QDate& on)
{
    insert(QStringLiteral("INSERT INTO payment_reversals (payment_id, reversed_on, reason, at) VALUES (?, ?, "
                          "'bounced', ?)"),
           {paymentId, iso(on), kAt});
    SqlQuery q(m_db,
               QStringLiteral("SELECT installment_id, sum(amount) FROM allocations WHERE payment_id = ? "
                              "GROUP BY installment_id HAVING sum(amount) <> 0"));
    q.bind(paymentId).exec();
    QList<QPair<qint64, qint64>> net;
    while (q.next())
        net << qMakePair(q.integer(0), q.integer(1));
    for (const auto& [installment, amount] : net)
        allocate(paymentId, installment, -amount, on, QStringLiteral("reversal"));
}

qint64 LedgerBuilder::writeOff(qint64 installmentId, qint64 amount, const QDate& requestedOn,
                               const QDate& decidedOn, bool approved)
{
    const QString status = decidedOn.isValid()
                               ? (approved ? QStringLiteral("approved") : QStringLiteral("rejected"))
                               : QStringLiteral("pending");
    const qint64 id =
        insert(QStringLiteral("INSERT INTO write_offs (installment_id, amount, reason, requested_on, "
                              "status, decided_on) VALUES (?, ?, 'bankrupt', ?, ?, ?)"),
               {installmentId, amount, iso(requestedOn), status, iso(decidedOn)});
    refreshInstallment(installmentId);
    return id;
}

qint64 LedgerBuilder::dispute(qint64 installmentId, qint64 amount, const QDate& openedOn,
                              const QDate& resolvedOn)
{
    return insert(QStringLiteral(
                      "INSERT INTO disputes (installment_id, amount, reason, opened_on, status, resolved_on, "
                      "resolution) VALUES (?, ?, 'quality', ?, ?, ?, ?)"),
                  {installmentId, amount, iso(openedOn),
                   resolvedOn.isValid() ? QStringLiteral("resolved") : QStringLiteral("open"),
                   iso(resolvedOn),
                   resolvedOn.isValid() ? QVariant(QStringLiteral("customer_pays")) : QVariant()});
}

qint64 LedgerBuilder::letter(const QString& letterNo, qint64 customerId, const QDate& asOf,
                             const QString& status, const QDate& replyBy, const QList<qint64>& installmentIds,
                             const QDate& sentOn, const QDate& confirmedOn)
{
    const qint64 id =
        insert(QStringLiteral("INSERT INTO letters (letter_no, customer_id, as_of, balance, pay_by, "
                              "reply_by, status, created_at, sent_on, confirmed_on) VALUES (?, ?, ?, 0, "
                              "?, ?, ?, ?, ?, ?)"),
               {letterNo, customerId, iso(asOf), iso(replyBy), iso(replyBy), status, kAt, iso(sentOn),
                iso(confirmedOn)});
    for (qint64 installment : installmentIds)
        insert(QStringLiteral(
                   "INSERT INTO letter_items (letter_id, installment_id, contract_no, seq, due_on, amount, "
                   "paid, balance) SELECT ?, i.id, c.contract_no, i.seq, i.due_on, i.amount, i.paid_total, "
                   "i.amount - i.paid_total - i.written_off_total FROM installments i JOIN contracts c ON "
                   "c.id = i.contract_id WHERE i.id = ?"),
               {id, installment});
    return id;
}

qint64 LedgerBuilder::demand(qint64 customerId, qint64 contractId, const QDate& on, const QString& kind,
                             const QString& method)
{
    return insert(
        QStringLiteral("INSERT INTO payment_demands (customer_id, contract_id, kind, on_date, method, at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {customerId, contractId > 0 ? QVariant(contractId) : QVariant(), kind, iso(on),
         method.isEmpty() ? QStringLiteral("") : method, kAt});
}

qint64 LedgerBuilder::settleInterest(qint64 installmentId, const QDate& on, qint64 amount,
                                     const QString& kind)
{
    return insert(
        QStringLiteral("INSERT INTO interest_settlements (installment_id, on_date, amount, kind, at) VALUES "
                       "(?, ?, ?, ?, ?)"),
        {installmentId, iso(on), amount, kind, kAt});
}

void LedgerBuilder::setCollector(qint64 installmentId, qint64 collectorId, const QDate& from)
{
    insert(QStringLiteral(
               "INSERT INTO installment_collectors (installment_id, collector_id, from_on, at, reason) "
               "VALUES (?, ?, ?, ?, 'manual')"),
           {installmentId, collectorId, iso(from), kAt});
    exec(QStringLiteral("UPDATE installments SET collector_id = ? WHERE id = ?"),
         {collectorId, installmentId});
}

ReceivablesFixture::ReceivablesFixture() : sys(t.context()), ledger(t.db())
{
    teamOne = makeDepartment(sys, QStringLiteral("销售中心/销售一部"));
    teamTwo = makeDepartment(sys, QStringLiteral("销售中心/销售二部"));
    e1 = makeEmployee(sys, QStringLiteral("E001"), QStringLiteral("王一"), teamOne);
    e2 = makeEmployee(sys, QStringLiteral("E002"), QStringLiteral("王二"), teamOne);
    e3 = makeEmployee(sys, QStringLiteral("E003"), QStringLiteral("张三"), teamTwo);
    manager = makeEmployee(sys, QStringLiteral("M001"), QStringLiteral("李经理"), teamOne,
                           QStringLiteral("sales_manager"));
    c1 = customer(QStringLiteral("C001"), QStringLiteral("甲公司"), e1, QStringLiteral("key_account"));
    c2 = customer(QStringLiteral("C002"), QStringLiteral("乙公司"), e2);
    c3 = customer(QStringLiteral("C003"), QStringLiteral("丙公司"), e3);
}

qint64 ReceivablesFixture::customer(const QString& code, const QString& name, qint64 ownerId,
                                    const QString& type)
{
    core::Customer c = customerSpec(code, name, ownerId);
    c.type = type;
    c.createdOn = QDate(2024, 1, 1);
    c.ownedSince = ownerId ? QDate(2024, 1, 1) : QDate();
    return makeCustomer(sys, c);
}

core::Session ReceivablesFixture::sales(qint64 employeeId) const
{
    return sessionFor(Role::Sales, employeeId);
}

core::Session ReceivablesFixture::managerOfTeamOne() const
{
    return sessionFor(Role::SalesManager, manager, {teamOne});
}

core::Session ReceivablesFixture::finance() const
{
    return sessionFor(Role::Finance);
}

} // namespace tl::test
