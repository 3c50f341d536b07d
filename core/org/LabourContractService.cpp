#include "org/LabourContractService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "org/ContractRules.h"
#include "org/EmployeeRepository.h"

#include <QHash>

#include <algorithm>

namespace tl::core {

namespace {

const QString kTable = QStringLiteral("labour_contracts");
const char* const kColumns =
    "id, employee_id, seq, type, start_date, end_date, probation_end, signed_on, note";

LabourContract contractFromRow(const SqlQuery& q)
{
    LabourContract c;
    c.id = q.integer(0);
    c.employeeId = q.integer(1);
    c.seq = int(q.integer(2));
    c.type = contractTypeFromKey(q.text(3)).value_or(ContractType::FixedTerm);
    c.startDate = QDate::fromString(q.text(4), Qt::ISODate);
    c.endDate = QDate::fromString(q.text(5), Qt::ISODate);
    c.probationEnd = QDate::fromString(q.text(6), Qt::ISODate);
    c.signedOn = QDate::fromString(q.text(7), Qt::ISODate);
    c.note = q.text(8);
    return c;
}

QList<LabourContract> loadContracts(const Database& db, qint64 employeeId)
{
    SqlQuery q(db, QStringLiteral("SELECT %1 FROM labour_contracts WHERE employee_id = ? ORDER BY seq")
                       .arg(QLatin1String(kColumns)));
    q.bind(employeeId).exec();
    QList<LabourContract> list;
    while (q.next())
        list << contractFromRow(q);
    return list;
}

std::optional<LabourContract> loadContract(const Database& db, qint64 id)
{
    SqlQuery q(db,
               QStringLiteral("SELECT %1 FROM labour_contracts WHERE id = ?").arg(QLatin1String(kColumns)));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return contractFromRow(q);
}

ContractRules::Person personOf(const Employee& e)
{
    return ContractRules::Person{e.id, e.code, e.name, e.hireDate, e.status, e.leaveDate};
}

QString label(const Employee& e, int seq)
{
    return QStringLiteral("%1/%2").arg(e.code).arg(seq);
}

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, qint64 id)
{
    tx.afterCommit([notifier, id] {
        if (notifier)
            notifier->notify(QStringLiteral("labour_contracts"), {id});
    });
}

void bindFields(SqlQuery& q, const LabourContract& c)
{
    q.bind(contractTypeKey(c.type))
        .bind(c.startDate.toString(Qt::ISODate))
        .bind(SqlQuery::nullable(c.endDate))
        .bind(SqlQuery::nullable(c.probationEnd))
        .bind(SqlQuery::nullable(c.signedOn))
        .bind(c.note.isNull() ? QStringLiteral("") : c.note.trimmed());
}

} // namespace

Result<QList<LabourContract>> LabourContractService::history(qint64 employeeId) const
{
    return guarded([&]() -> Result<QList<LabourContract>> {
        if (!m_ctx.session.can(Permission::ViewLabourContracts))
            return Error::denied(tr("You may not view labour contracts."));
        const auto e = EmployeeRepository(m_ctx.db).load(employeeId);
        if (!e)
            return Error::notFound(tr("Employee %1 does not exist.").arg(employeeId),
                                   QStringLiteral("employee:%1").arg(employeeId));
        if (!m_ctx.session.canSeeEmployee(e->id, e->departmentId))
            return Error::denied(tr("You may not view the contracts of %1 (%2).").arg(e->name, e->code));
        return loadContracts(m_ctx.db, employeeId);
    });
}

Result<QList<ContractAlert>> LabourContractService::preview(const LabourContract& contract) const
{
    return guarded([&]() -> Result<QList<ContractAlert>> {
        if (!m_ctx.session.can(Permission::ViewLabourContracts) &&
            !m_ctx.session.can(Permission::EditEmployees))
            return Error::denied(tr("You may not view labour contracts."));
        const auto e = EmployeeRepository(m_ctx.db).load(contract.employeeId);
        if (!e)
            return Error::notFound(tr("Employee %1 does not exist.").arg(contract.employeeId),
                                   QStringLiteral("employee:%1").arg(contract.employeeId));
        if (!m_ctx.session.canSeeEmployee(e->id, e->departmentId))
            return Error::denied(tr("You may not view the contracts of %1 (%2).").arg(e->name, e->code));
        return ContractRules::preview(personOf(*e), loadContracts(m_ctx.db, e->id), contract,
                                      m_ctx.clock.today());
    });
}

Result<qint64> LabourContractService::add(const LabourContract& contract)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::EditEmployees))
            return Error::denied(tr("You may not edit labour contracts."));
        Transaction tx(m_ctx.db);
        const auto e = EmployeeRepository(m_ctx.db).load(contract.employeeId);
        if (!e)
            return Error::notFound(tr("Employee %1 does not exist.").arg(contract.employeeId),
                                   QStringLiteral("employee:%1").arg(contract.employeeId));
        if (!m_ctx.session.canSeeEmployee(e->id, e->departmentId))
            return Error::denied(tr("You may not edit the contracts of %1 (%2).").arg(e->name, e->code));

        const QList<LabourContract> others = loadContracts(m_ctx.db, e->id);
        LabourContract c = contract;
        c.id = 0;
        c.seq = others.isEmpty() ? 1 : others.last().seq + 1;
        const QList<FieldProblem> problems = ContractRules::check(c, others);
        if (!problems.isEmpty())
            return Error::invalid(tr("The labour contract of %1 (%2) cannot be saved.").arg(e->name, e->code),
                                  problems);

        SqlQuery q(
            m_ctx.db,
            QStringLiteral("INSERT INTO labour_contracts (type, start_date, end_date, probation_end, "
                           "signed_on, note, employee_id, seq, created_at) VALUES (?,?,?,?,?,?,?,?,?)"));
        bindFields(q, c);
        q.bind(e->id).bind(c.seq).bind(m_ctx.clock.now().toString(Qt::ISODate)).exec();
        const qint64 id = q.lastInsertId();
        AuditLog(m_ctx).record(kTable, id, label(*e, c.seq), QStringLiteral("create"), {},
                               AuditLog::snapshot(m_ctx.db, kTable, id));
        notifyAfterCommit(tx, m_ctx.notifier, id);
        tx.commit();
        return id;
    });
}

Status LabourContractService::update(const LabourContract& contract)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditEmployees))
            return Error::denied(tr("You may not edit labour contracts."));
        Transaction tx(m_ctx.db);
        const auto stored = loadContract(m_ctx.db, contract.id);
        if (!stored)
            return Error::notFound(tr("Labour contract %1 does not exist.").arg(contract.id),
                                   QStringLiteral("labour_contract:%1").arg(contract.id));
        const auto e = EmployeeRepository(m_ctx.db).load(stored->employeeId);
        if (!e || !m_ctx.session.canSeeEmployee(e->id, e->departmentId))
            return Error::denied(tr("You may not edit this labour contract."));

        LabourContract c = contract;
        c.employeeId = stored->employeeId;
        c.seq = stored->seq;
        const QList<FieldProblem> problems = ContractRules::check(c, loadContracts(m_ctx.db, e->id));
        if (!problems.isEmpty())
            return Error::invalid(tr("The labour contract of %1 (%2) cannot be saved.").arg(e->name, e->code),
                                  problems);

        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kTable, c.id);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("UPDATE labour_contracts SET type = ?, start_date = ?, end_date = ?, "
                                  "probation_end = ?, signed_on = ?, note = ? WHERE id = ?"));
        bindFields(q, c);
        q.bind(c.id).exec();
        AuditLog(m_ctx).record(kTable, c.id, label(*e, c.seq), QStringLiteral("update"), before,
                               AuditLog::snapshot(m_ctx.db, kTable, c.id));
        notifyAfterCommit(tx, m_ctx.notifier, c.id);
        tx.commit();
        return {};
    });
}

Status LabourContractService::remove(qint64 id)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::EditEmployees))
            return Error::denied(tr("You may not edit labour contracts."));
        Transaction tx(m_ctx.db);
        const auto stored = loadContract(m_ctx.db, id);
        if (!stored)
            return Error::notFound(tr("Labour contract %1 does not exist.").arg(id),
                                   QStringLiteral("labour_contract:%1").arg(id));
        const auto e = EmployeeRepository(m_ctx.db).load(stored->employeeId);
        if (!e || !m_ctx.session.canSeeEmployee(e->id, e->departmentId))
            return Error::denied(tr("You may not edit this labour contract."));
        const QList<LabourContract> all = loadContracts(m_ctx.db, e->id);
        if (all.last().id != id)
            return Error::conflict(
                tr("Only the latest labour contract of %1 (%2) can be deleted.").arg(e->name, e->code),
                QStringLiteral("labour_contract:%1").arg(id));

        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kTable, id);
        SqlQuery(m_ctx.db, QStringLiteral("DELETE FROM labour_contracts WHERE id = ?")).bind(id).exec();
        AuditLog(m_ctx).record(kTable, id, label(*e, stored->seq), QStringLiteral("delete"), before, {});
        notifyAfterCommit(tx, m_ctx.notifier, id);
        tx.commit();
        return {};
    });
}

Result<QList<ContractAlert>> LabourContractService::alerts(const QDate& asOf) const
{
    return guarded([&]() -> Result<QList<ContractAlert>> {
        if (!m_ctx.session.can(Permission::ViewLabourContracts))
            return Error::denied(tr("You may not view labour contracts."));
        const EmployeeRepository::Condition scope = EmployeeRepository::scope(m_ctx.session);
        const QString where = QStringLiteral(" WHERE e.status <> 'left'") +
                              (scope.sql.isEmpty() ? QString() : QStringLiteral(" AND ") + scope.sql);

        QHash<qint64, QList<LabourContract>> contracts;
        {
            SqlQuery q(m_ctx.db,
                       QStringLiteral("SELECT c.id, c.employee_id, c.seq, c.type, c.start_date, c.end_date, "
                                      "c.probation_end, c.signed_on, c.note FROM labour_contracts c "
                                      "JOIN employees e ON e.id = c.employee_id") +
                           where + QStringLiteral(" ORDER BY c.employee_id, c.seq"));
            for (const QVariant& arg : scope.args)
                q.bind(arg);
            q.exec();
            while (q.next()) {
                const LabourContract c = contractFromRow(q);
                contracts[c.employeeId].append(c);
            }
        }

        QList<ContractAlert> all;
        SqlQuery q(m_ctx.db,
                   QStringLiteral(
                       "SELECT e.id, e.code, e.name, e.hire_date, e.status, e.leave_date FROM employees e") +
                       where);
        for (const QVariant& arg : scope.args)
            q.bind(arg);
        q.exec();
        while (q.next()) {
            ContractRules::Person p{q.integer(0),
                                    q.text(1),
                                    q.text(2),
                                    QDate::fromString(q.text(3), Qt::ISODate),
                                    employeeStatusFromKey(q.text(4)).value_or(EmployeeStatus::Active),
                                    QDate::fromString(q.text(5), Qt::ISODate)};
            all << ContractRules::alerts(p, contracts.value(p.id), asOf);
        }
        std::stable_sort(all.begin(), all.end(), [](const ContractAlert& a, const ContractAlert& b) {
            if (a.date != b.date)
                return a.date < b.date;
            if (a.employeeCode != b.employeeCode)
                return a.employeeCode < b.employeeCode;
            return int(a.kind) < int(b.kind);
        });
        return all;
    });
}

} // namespace tl::core
