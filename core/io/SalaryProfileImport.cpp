#include "io/SalaryProfileImport.h"

#include "audit/BulkAuditWriter.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/ServiceGuard.h"
#include "io/CellParsers.h"
#include "io/ImportProblems.h"
#include "io/ImportService.h"
#include "money/Rate.h"
#include "payroll/PayrollPeriod.h"
#include "payroll/SalaryProfileRepository.h"

#include <sqlite3.h>

namespace tl::core {

namespace {

const QString kTable = QStringLiteral("salary_profiles");

QString columnText(sqlite3_stmt* s, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, i)),
                             sqlite3_column_bytes(s, i));
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// A percentage: "7", "7%", "7.5"; the value is the rate in ppm.
CellParser percent()
{
    return [](const QString& text) {
        const Result<Rate> rate = Rate::fromPercentText(text);
        if (!rate)
            return CellValue::reject(rate.error().message);
        return CellValue::accept(rate->ppm());
    };
}

// yes/no, 是/否, 1/0, true/false, y/n; the value is a bool.
CellParser yesNo()
{
    return [](const QString& text) {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("yes") || t == QLatin1String("y") || t == QLatin1String("true") ||
            t == QLatin1String("1") || t == QStringLiteral("是"))
            return CellValue::accept(true);
        if (t == QLatin1String("no") || t == QLatin1String("n") || t == QLatin1String("false") ||
            t == QLatin1String("0") || t == QStringLiteral("否"))
            return CellValue::accept(false);
        return CellValue::reject(SalaryProfileImport::tr("%1 is not yes or no (是/否)").arg(text));
    };
}

} // namespace

SalaryProfileImport::SalaryProfileImport(const Context& ctx) : m_ctx{ctx.db, ctx.clock, ctx.session, nullptr}
{}

const QList<ImportColumn>& SalaryProfileImport::columnSpec()
{
    static const QList<ImportColumn> spec{
        {QStringLiteral("employee_code"),
         {QStringLiteral("工号"), QStringLiteral("员工工号")},
         true,
         CellParsers::text(64)},
        {QStringLiteral("effective_from"), {QStringLiteral("生效日期")}, true, CellParsers::date()},
        {QStringLiteral("base_salary"), {QStringLiteral("基本工资")}, true, CellParsers::yuanToFen()},
        {QStringLiteral("performance_salary"),
         {QStringLiteral("绩效工资基数"), QStringLiteral("绩效工资")},
         false,
         CellParsers::yuanToFen()},
        {QStringLiteral("allowance"),
         {QStringLiteral("固定津贴"), QStringLiteral("津贴")},
         false,
         CellParsers::yuanToFen()},
        {QStringLiteral("si_base"), {QStringLiteral("社保基数")}, false, CellParsers::yuanToFen()},
        {QStringLiteral("hf_base"), {QStringLiteral("公积金基数")}, false, CellParsers::yuanToFen()},
        {QStringLiteral("hf_rate"), {QStringLiteral("公积金比例")}, false, percent()},
        {QStringLiteral("special_deduction"),
         {QStringLiteral("专项附加扣除")},
         false,
         CellParsers::yuanToFen()},
        {QStringLiteral("commission_plan"), {QStringLiteral("提成方案")}, false, CellParsers::text(100)},
        {QStringLiteral("first_job"), {QStringLiteral("首次就业")}, false, yesNo()},
        {QStringLiteral("low_earner"), {QStringLiteral("上年低收入")}, false, yesNo()},
        {QStringLiteral("bonus_separately"), {QStringLiteral("年终奖单独计税")}, false, yesNo()},
    };
    return spec;
}

Status SalaryProfileImport::prepare(const ImportOptions& options)
{
    if (!m_ctx.session.can(Permission::EditSalaryProfiles))
        return Error::denied(tr("You may not edit salary profiles."));
    m_options = options;
    m_rows.clear();
    m_rowOfKey.clear();
    m_employees.clear();
    return guarded([&]() -> Status {
        NativeStatement q(m_ctx.db.nativeHandle(), "SELECT id, code, name FROM employees");
        while (q.step())
            m_employees.insert(columnText(q.raw(), 1),
                               Employee{sqlite3_column_int64(q.raw(), 0), columnText(q.raw(), 2)});
        return {};
    });
}

void SalaryProfileImport::addRow(const ImportRow& row, ProblemSink& problems)
{
    if (!row.present(EmployeeCode) || !row.present(EffectiveFrom) || !row.present(BaseSalary))
        return; // a missing required column is reported on the header row
    const QString code = row.text(EmployeeCode);
    const auto employee = m_employees.constFind(code);
    if (code.isEmpty()) {
        problems.add(row.number(), EmployeeCode, {}, tr("the employee is required"));
        return;
    }
    if (employee == m_employees.constEnd()) {
        problems.add(row.number(), EmployeeCode, code, tr("employee %1 does not exist").arg(code));
        return;
    }
    if (row.failed(EffectiveFrom))
        return;
    if (row.isEmpty(EffectiveFrom)) {
        problems.add(row.number(), EffectiveFrom, {}, tr("the start date is required"));
        return;
    }
    const QDate from = row.value(EffectiveFrom).toDate();
    const QString key = QStringLiteral("%1|%2").arg(employee->id).arg(iso(from));
    if (const auto it = m_rowOfKey.constFind(key); it != m_rowOfKey.constEnd()) {
        problems.add(row.number(), EffectiveFrom, row.text(EffectiveFrom),
                     tr("the profile of %1 from %2 already appears in row %3").arg(code, iso(from)).arg(*it));
        return;
    }
    m_rowOfKey.insert(key, row.number());

    PendingRow pending;
    pending.number = row.number();
    SalaryProfile& p = pending.profile;
    const auto stored = SalaryProfileRepository::idStartingOn(m_ctx.db, employee->id, from);
    if (stored != 0) {
        if (m_options.existing == ImportOptions::Existing::Reject) {
            problems.add(row.number(), EffectiveFrom, row.text(EffectiveFrom),
                         tr("%1 already has a salary profile from %2").arg(code, iso(from)));
            return;
        }
        p = *SalaryProfileRepository::get(m_ctx.db, stored);
        pending.isNew = false;
    } else {
        p.employeeId = employee->id;
        p.effectiveFrom = from;
    }
    p.employeeCode = code;
    p.employeeName = employee->name;

    auto money = [&row](int column, Money& field) {
        if (row.has(column))
            field = Money::fromFen(row.value(column).toLongLong());
    };
    money(BaseSalary, p.baseSalary);
    if (row.isEmpty(BaseSalary) && !row.failed(BaseSalary))
        problems.add(row.number(), BaseSalary, {}, tr("the base salary is required"));
    money(PerformanceSalary, p.performanceSalary);
    money(Allowance, p.allowance);
    money(SpecialDeduction, p.specialDeduction);
    if (row.has(SiBase))
        money(SiBase, p.siBase);
    else if (pending.isNew)
        p.siBase = p.baseSalary;
    if (row.has(HfBase))
        money(HfBase, p.hfBase);
    else if (pending.isNew)
        p.hfBase = p.siBase;
    if (row.has(HfRate))
        p.hfRatePpm = int(row.value(HfRate).toLongLong());
    if (row.has(CommissionPlan))
        p.commissionPlan = row.value(CommissionPlan).toString();
    if (row.has(FirstJob))
        p.firstJobInYear = row.value(FirstJob).toBool();
    if (row.has(LowEarner))
        p.lowEarnerPreviousYear = row.value(LowEarner).toBool();
    if (row.has(BonusSeparately))
        p.bonusSeparately = row.value(BonusSeparately).toBool();

    QList<FieldProblem> found = salaryProfileProblems(p);
    if (const auto used = SalaryProfileRepository::closedUse(m_ctx.db, p.employeeId, p.effectiveFrom))
        found << FieldProblem{0, QStringLiteral("effective_from"), iso(from),
                              PayrollStatus::closedReason(*PayrollPeriod::parse(used->period), used->status)};
    addRowProblems(columnSpec(), row, found, problems);
    m_rows.push_back(std::move(pending));
}

void SalaryProfileImport::finish(ProblemSink&, ImportResult& result)
{
    for (const PendingRow& p : m_rows) {
        if (p.isNew) {
            ++result.created;
            result.createdRows << p.number;
        } else {
            ++result.updated;
            result.updatedRows << p.number;
        }
    }
}

Status SalaryProfileImport::write(ProblemSink&, Progress& progress, ImportResult&)
{
    return guarded([&]() -> Status {
        progress.setTotal(qint64(m_rows.size()));
        qint64 done = 0;
        // Updates first, audited row by row (SalaryProfileRepository), then the new profiles in bulk.
        for (const PendingRow& p : m_rows) {
            if (p.isNew)
                continue;
            SalaryProfileRepository::update(m_ctx, p.profile);
            ++done;
        }
        const QByteArray sql = QByteArray("INSERT INTO salary_profiles (") +
                               SalaryProfileRepository::columnList() +
                               ", created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        NativeStatement insert(m_ctx.db.nativeHandle(), sql.constData());
        BulkAuditWriter audit(m_ctx);
        const QString now = m_ctx.clock.now().toString(Qt::ISODate);
        for (const PendingRow& pending : m_rows) {
            if (!pending.isNew)
                continue;
            if (++done % 256 == 0) {
                progress.setDone(done);
                if (progress.isCancelled())
                    return ImportService::cancelledError();
            }
            const SalaryProfile& p = pending.profile;
            insert.bind(1, p.employeeId)
                .bind(2, iso(p.effectiveFrom))
                .bind(3, p.baseSalary.fen())
                .bind(4, p.performanceSalary.fen())
                .bind(5, p.allowance.fen())
                .bind(6, p.siBase.fen())
                .bind(7, p.hfBase.fen())
                .bind(8, qint64(p.hfRatePpm))
                .bind(9, p.specialDeduction.fen())
                .bind(10, p.commissionPlan)
                .bind(11, qint64(p.firstJobInYear ? 1 : 0))
                .bind(12, qint64(p.lowEarnerPreviousYear ? 1 : 0))
                .bind(13, qint64(p.bonusSeparately ? 1 : 0))
                .bind(14, p.note)
                .bind(15, now)
                .bind(16, now);
            audit.recordCreate(kTable, insert.execute(),
                               SalaryProfileRepository::label(p.employeeCode, p.effectiveFrom));
        }
        audit.flush();
        progress.setDone(qint64(m_rows.size()));
        return {};
    });
}

QStringList SalaryProfileImport::changedEntities() const
{
    return {kTable};
}

} // namespace tl::core
