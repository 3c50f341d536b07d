#include "SalesTestSupport.h"

#include "audit/AuditLog.h"
#include "sales/ContractService.h"

#include <stdexcept>

namespace tl::test {

SalesCompany::SalesCompany()
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
    const QDate created(2025, 6, 1);
    k1 = makeCustomer(system, QStringLiteral("K001"), QStringLiteral("上海远景贸易有限公司"), wang,
                      QStringLiteral("A"), created);
    k2 = makeCustomer(system, QStringLiteral("K002"), QStringLiteral("北京华信科技有限公司"), liu,
                      QStringLiteral("B"), created);
    k3 = makeCustomer(system, QStringLiteral("K003"), QStringLiteral("杭州青禾食品有限公司"), li,
                      QStringLiteral("C"), created);
}

core::Session SalesCompany::finance() const
{
    core::Session s = sessionFor(core::Role::Finance, chen);
    s.userId = 20;
    return s;
}

core::Contract contractSpec(const QString& no, qint64 customerId, qint64 salespersonId, const QDate& signedOn,
                            qint64 amountYuan, const QList<std::pair<QDate, qint64>>& schedule,
                            const QString& kind)
{
    core::Contract c;
    c.contractNo = no;
    c.customerId = customerId;
    c.salespersonId = salespersonId;
    c.signedOn = signedOn;
    c.amount = amountYuan * 100;
    c.kind = kind;
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
