#include "LedgerTestSupport.h"

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "sales/ContractService.h"

#include <QCryptographicHash>
#include <QSqlRecord>

#include <stdexcept>

namespace tl::test {

LedgerCompany::LedgerCompany()
{
    team1 = makeDepartment(system, QStringLiteral("销售中心/销售一部"));
    team2 = makeDepartment(system, QStringLiteral("销售中心/销售二部"));
    financeDept = makeDepartment(system, QStringLiteral("财务部"));
    zhang = makeEmployee(system, QStringLiteral("E010"), QStringLiteral("张敏"), team1,
                         QStringLiteral("sales_manager"));
    wang = makeEmployee(system, QStringLiteral("E001"), QStringLiteral("王伟"), team1,
                        QStringLiteral("sales"), zhang);
    li = makeEmployee(system, QStringLiteral("E002"), QStringLiteral("李娜"), team1, QStringLiteral("sales"),
                      zhang);
    liu =
        makeEmployee(system, QStringLiteral("E003"), QStringLiteral("刘洋"), team2, QStringLiteral("sales"));
    chen = makeEmployee(system, QStringLiteral("E020"), QStringLiteral("陈静"), financeDept,
                        QStringLiteral("finance"));
    zhao = makeEmployee(system, QStringLiteral("E021"), QStringLiteral("赵磊"), financeDept,
                        QStringLiteral("finance"));
    const QDate created(2025, 6, 1);
    k1 = makeCustomer(system, QStringLiteral("K001"), QStringLiteral("上海远景贸易有限公司"), wang,
                      QStringLiteral("A"), created);
    k2 = makeCustomer(system, QStringLiteral("K002"), QStringLiteral("北京华信科技有限公司"), liu,
                      QStringLiteral("B"), created);
    htA = makeContract(system, contractSpec(QStringLiteral("HT-A"), k1, wang, QDate(2026, 1, 5), 6000,
                                            {{QDate(2026, 2, 1), 2000}, {QDate(2026, 4, 1), 4000}}));
    htB = makeContract(system, contractSpec(QStringLiteral("HT-B"), k1, wang, QDate(2026, 1, 10), 3000,
                                            {{QDate(2026, 3, 1), 3000}}));
    htK2 = makeContract(system, contractSpec(QStringLiteral("HT-K2"), k2, liu, QDate(2026, 1, 6), 1000,
                                             {{QDate(2026, 2, 15), 1000}}));
    auto id = [&](qint64 contract, int seq) {
        return core::SqlQuery::scalar(
                   t.db(), QStringLiteral("SELECT id FROM installments WHERE contract_id = ? AND seq = ?"),
                   {contract, seq})
            .toLongLong();
    };
    a1 = id(htA, 1);
    a2 = id(htA, 2);
    b1 = id(htB, 1);
    k21 = id(htK2, 1);
}

core::Session LedgerCompany::manager() const
{
    core::Session s = sessionFor(core::Role::SalesManager, zhang, {team1});
    s.userId = 10;
    return s;
}

core::Session LedgerCompany::financeChen() const
{
    core::Session s = sessionFor(core::Role::Finance, chen);
    s.userId = 20;
    return s;
}

core::Session LedgerCompany::financeZhao() const
{
    core::Session s = sessionFor(core::Role::Finance, zhao);
    s.userId = 21;
    return s;
}

core::Contract contractSpec(const QString& no, qint64 customerId, qint64 salespersonId, const QDate& signedOn,
                            qint64 amountYuan, const QList<std::pair<QDate, qint64>>& schedule)
{
    core::Contract c;
    c.contractNo = no;
    c.customerId = customerId;
    c.salespersonId = salespersonId;
    c.signedOn = signedOn;
    c.amount = amountYuan * 100;
    int seq = 0;
    for (const auto& [due, yuan] : schedule) {
        core::Installment i;
        i.seq = ++seq;
        i.dueOn = due;
        i.amount = yuan * 100;
        c.installments << i;
    }
    return c;
}

qint64 makeContract(const core::Context& ctx, const core::Contract& contract)
{
    auto id = core::ContractService(ctx).create(contract);
    if (!id)
        throw std::runtime_error("makeContract: " + id.error().fullText().toStdString());
    return *id;
}

core::Payment paymentSpec(const QString& no, qint64 customerId, const QDate& receivedOn, qint64 amountFen,
                          qint64 contractId)
{
    core::Payment p;
    p.paymentNo = no;
    p.customerId = customerId;
    p.receivedOn = receivedOn;
    p.amount = amountFen;
    p.contractId = contractId;
    p.reference = QStringLiteral("REF-") + no;
    return p;
}

qint64 recordPayment(const core::Context& ctx, const core::Payment& payment, core::AllocationMode mode,
                     const QList<core::AllocationLine>& manual)
{
    auto id = core::PaymentService(ctx).record(payment, mode, manual);
    if (!id)
        throw std::runtime_error("recordPayment: " + id.error().fullText().toStdString());
    return *id;
}

qint64 paidTotal(const core::Database& db, qint64 installmentId)
{
    return core::SqlQuery::scalar(db, QStringLiteral("SELECT paid_total FROM installments WHERE id = ?"),
                                  {installmentId})
        .toLongLong();
}

qint64 writtenOffTotal(const core::Database& db, qint64 installmentId)
{
    return core::SqlQuery::scalar(
               db, QStringLiteral("SELECT written_off_total FROM installments WHERE id = ?"), {installmentId})
        .toLongLong();
}

qint64 allocatedTotal(const core::Database& db, qint64 paymentId)
{
    return core::SqlQuery::scalar(db, QStringLiteral("SELECT allocated_total FROM payments WHERE id = ?"),
                                  {paymentId})
        .toLongLong();
}

QStringList ledgerRows(const core::Database& db, qint64 paymentId)
{
    core::SqlQuery q(
        db, QStringLiteral("SELECT c.contract_no || '#' || i.seq, a.amount, a.kind, a.on_date "
                           "FROM allocations a JOIN installments i ON i.id = a.installment_id "
                           "JOIN contracts c ON c.id = i.contract_id WHERE a.payment_id = ? ORDER BY a.id"));
    q.bind(paymentId).exec();
    QStringList list;
    while (q.next())
        list << QStringLiteral("%1 %2 %3 %4").arg(q.text(0)).arg(q.integer(1)).arg(q.text(2), q.text(3));
    return list;
}

QString ledgerChecksum(const core::Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"contracts", "installments", "installment_collectors", "payments",
                              "payment_reversals", "allocations", "disputes", "write_offs",
                              "payment_promises", "payment_demands", "interest_settlements", "audit_log"}) {
        core::SqlQuery q(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QString::fromLatin1(table)));
        q.exec();
        const int columns = q.raw().record().count();
        while (q.next())
            for (int i = 0; i < columns; ++i) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QStringList problemTexts(const QList<core::FieldProblem>& problems)
{
    QStringList list;
    for (const core::FieldProblem& p : problems)
        list << QString::number(p.row) + QLatin1Char('/') + p.column + QStringLiteral(": ") + p.reason;
    return list;
}

QStringList auditIssues(const core::Database& db)
{
    QStringList list;
    for (const core::AuditLog::Issue& issue : core::AuditLog::verify(db))
        list << issue.table + QStringLiteral(" ") + QString::number(issue.id) + QStringLiteral(": ") +
                    issue.what;
    return list;
}

} // namespace tl::test
