#include "payroll/SalaryProfileRepository.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace tl::core {

namespace {

// Qt binds a null QString as NULL; the text columns are NOT NULL DEFAULT ''.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QString kTable = QStringLiteral("salary_profiles");

const char* const kColumns =
    "employee_id, effective_from, base_salary, performance_salary, allowance, si_base, hf_base, "
    "hf_rate_ppm, special_deduction, commission_plan, first_job, low_earner, bonus_separately, note";

QString selectSql(const QString& tail)
{
    return QStringLiteral("SELECT s.id, e.code, e.name, s.%1 FROM salary_profiles s "
                          "JOIN employees e ON e.id = s.employee_id %2")
        .arg(QString::fromLatin1(kColumns).replace(QLatin1String(", "), QLatin1String(", s.")), tail);
}

SalaryProfile readProfile(const SqlQuery& q)
{
    SalaryProfile p;
    p.id = q.integer(0);
    p.employeeCode = q.text(1);
    p.employeeName = q.text(2);
    p.employeeId = q.integer(3);
    p.effectiveFrom = QDate::fromString(q.text(4), Qt::ISODate);
    p.baseSalary = Money::fromFen(q.integer(5));
    p.performanceSalary = Money::fromFen(q.integer(6));
    p.allowance = Money::fromFen(q.integer(7));
    p.siBase = Money::fromFen(q.integer(8));
    p.hfBase = Money::fromFen(q.integer(9));
    p.hfRatePpm = int(q.integer(10));
    p.specialDeduction = Money::fromFen(q.integer(11));
    p.commissionPlan = q.text(12);
    p.firstJobInYear = q.integer(13) != 0;
    p.lowEarnerPreviousYear = q.integer(14) != 0;
    p.bonusSeparately = q.integer(15) != 0;
    p.note = q.text(16);
    return p;
}

void bindProfile(SqlQuery& q, const SalaryProfile& p)
{
    q.bind(p.employeeId)
        .bind(p.effectiveFrom.toString(Qt::ISODate))
        .bind(p.baseSalary.fen())
        .bind(p.performanceSalary.fen())
        .bind(p.allowance.fen())
        .bind(p.siBase.fen())
        .bind(p.hfBase.fen())
        .bind(p.hfRatePpm)
        .bind(p.specialDeduction.fen())
        .bind(notNull(p.commissionPlan))
        .bind(p.firstJobInYear ? 1 : 0)
        .bind(p.lowEarnerPreviousYear ? 1 : 0)
        .bind(p.bonusSeparately ? 1 : 0)
        .bind(notNull(p.note));
}

QString employeeCode(const Database& db, qint64 employeeId)
{
    return SqlQuery::scalar(db, QStringLiteral("SELECT code FROM employees WHERE id = ?"), {employeeId})
        .toString();
}

} // namespace

const char* SalaryProfileRepository::columnList()
{
    return kColumns;
}

QString SalaryProfileRepository::label(const QString& employeeCode, const QDate& from)
{
    return employeeCode + QLatin1Char(' ') + from.toString(Qt::ISODate);
}

QList<SalaryProfile> SalaryProfileRepository::forEmployee(const Database& db, qint64 employeeId)
{
    SqlQuery q(db, selectSql(QStringLiteral("WHERE s.employee_id = ? ORDER BY s.effective_from")));
    q.bind(employeeId).exec();
    QList<SalaryProfile> list;
    while (q.next())
        list.append(readProfile(q));
    return list;
}

std::optional<SalaryProfile> SalaryProfileRepository::get(const Database& db, qint64 id)
{
    SqlQuery q(db, selectSql(QStringLiteral("WHERE s.id = ?")));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readProfile(q);
}

std::optional<SalaryProfile> SalaryProfileRepository::inForce(const Database& db, qint64 employeeId,
                                                              const QDate& date)
{
    SqlQuery q(db, selectSql(QStringLiteral("WHERE s.employee_id = ? AND s.effective_from <= ? "
                                            "ORDER BY s.effective_from DESC LIMIT 1")));
    q.bind(employeeId).bind(date.toString(Qt::ISODate)).exec();
    if (!q.next())
        return std::nullopt;
    return readProfile(q);
}

qint64 SalaryProfileRepository::idStartingOn(const Database& db, qint64 employeeId, const QDate& from)
{
    return SqlQuery::scalar(
               db,
               QStringLiteral("SELECT id FROM salary_profiles WHERE employee_id = ? AND effective_from = ?"),
               {employeeId, from.toString(Qt::ISODate)})
        .toLongLong();
}

std::optional<SalaryProfileRepository::ClosedUse>
SalaryProfileRepository::closedUse(const Database& db, qint64 employeeId, const QDate& from)
{
    const QString day = from.toString(Qt::ISODate);
    SqlQuery q(db,
               QStringLiteral(
                   "SELECT r.period, r.status FROM payroll_runs r "
                   "WHERE r.status IN ('approved', 'locked') "
                   "AND date(r.period || '-01', '+1 month', '-1 day') >= ? "
                   "AND EXISTS (SELECT 1 FROM payslips p WHERE p.employee_id = ? AND p.run_id = r.id "
                   "            AND p.calc_no = r.calc_no) "
                   "AND NOT EXISTS (SELECT 1 FROM salary_profiles s WHERE s.employee_id = ? "
                   "                AND s.effective_from > ? "
                   "                AND s.effective_from <= date(r.period || '-01', '+1 month', '-1 day')) "
                   "ORDER BY r.period LIMIT 1"));
    q.bind(day).bind(employeeId).bind(employeeId).bind(day).exec();
    if (!q.next())
        return std::nullopt;
    return ClosedUse{q.text(0), q.text(1)};
}

qint64 SalaryProfileRepository::insert(const Context& ctx, const SalaryProfile& profile)
{
    const QString now = ctx.clock.now().toString(Qt::ISODate);
    SqlQuery q(ctx.db, QStringLiteral("INSERT INTO salary_profiles (%1, created_at, updated_at) "
                                      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                           .arg(QLatin1String(kColumns)));
    bindProfile(q, profile);
    q.bind(now).bind(now).exec();
    const qint64 id = q.lastInsertId();
    AuditLog(ctx).record(kTable, id, label(employeeCode(ctx.db, profile.employeeId), profile.effectiveFrom),
                         QStringLiteral("create"), {}, AuditLog::snapshot(ctx.db, kTable, id));
    return id;
}

void SalaryProfileRepository::update(const Context& ctx, const SalaryProfile& profile)
{
    const QJsonObject before = AuditLog::snapshot(ctx.db, kTable, profile.id);
    QString assignments = QLatin1String(kColumns);
    assignments.replace(QLatin1String(","), QLatin1String(" = ?,")).append(QLatin1String(" = ?"));
    SqlQuery q(ctx.db,
               QStringLiteral("UPDATE salary_profiles SET %1, updated_at = ? WHERE id = ?").arg(assignments));
    bindProfile(q, profile);
    q.bind(ctx.clock.now().toString(Qt::ISODate)).bind(profile.id).exec();
    AuditLog(ctx).record(kTable, profile.id,
                         label(employeeCode(ctx.db, profile.employeeId), profile.effectiveFrom),
                         QStringLiteral("update"), before, AuditLog::snapshot(ctx.db, kTable, profile.id));
}

void SalaryProfileRepository::remove(const Context& ctx, qint64 id)
{
    const auto stored = get(ctx.db, id);
    if (!stored)
        return;
    const QJsonObject before = AuditLog::snapshot(ctx.db, kTable, id);
    SqlQuery(ctx.db, QStringLiteral("DELETE FROM salary_profiles WHERE id = ?")).bind(id).exec();
    AuditLog(ctx).record(kTable, id, label(stored->employeeCode, stored->effectiveFrom),
                         QStringLiteral("delete"), before, {});
}

} // namespace tl::core
