#include "io/YtdOpeningImport.h"

#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/ServiceGuard.h"
#include "io/CellParsers.h"
#include "io/ImportService.h"
#include "money/MoneyFormat.h"

#include <sqlite3.h>

namespace tl::core {

namespace {

const QString kTable = QStringLiteral("ytd_openings");

QString columnText(sqlite3_stmt* s, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, i)),
                             sqlite3_column_bytes(s, i));
}

QString keyOf(qint64 employeeId, int year)
{
    return QStringLiteral("%1|%2").arg(employeeId).arg(year);
}

} // namespace

YtdOpeningImport::YtdOpeningImport(const Context& ctx) : m_ctx{ctx.db, ctx.clock, ctx.session, nullptr} {}

const QList<ImportColumn>& YtdOpeningImport::columnSpec()
{
    static const QList<ImportColumn> spec{
        {QStringLiteral("employee_code"),
         {QStringLiteral("工号"), QStringLiteral("员工工号")},
         true,
         CellParsers::text(64)},
        {QStringLiteral("year"), {QStringLiteral("年度")}, true, CellParsers::integer(2000, 2100)},
        {QStringLiteral("months_employed"),
         {QStringLiteral("已任职月数")},
         true,
         CellParsers::integer(0, 12)},
        {QStringLiteral("income"), {QStringLiteral("累计收入")}, false, CellParsers::yuanToFen()},
        {QStringLiteral("special_deduction"),
         {QStringLiteral("累计专项扣除")},
         false,
         CellParsers::yuanToFen()},
        {QStringLiteral("special_additional"),
         {QStringLiteral("累计专项附加扣除")},
         false,
         CellParsers::yuanToFen()},
        {QStringLiteral("withheld"),
         {QStringLiteral("累计已预扣预缴税额"), QStringLiteral("累计已预扣税额")},
         false,
         CellParsers::yuanToFen()},
        {QStringLiteral("note"), {QStringLiteral("备注")}, false, CellParsers::text(200)},
    };
    return spec;
}

Status YtdOpeningImport::prepare(const ImportOptions& options)
{
    if (!m_ctx.session.can(Permission::EditSalaryProfiles))
        return Error::denied(tr("You may not enter year-to-date payroll figures."));
    m_options = options;
    m_rows.clear();
    m_rowOfKey.clear();
    m_employees.clear();
    m_existing.clear();
    m_closedYears.clear();
    return guarded([&]() -> Status {
        sqlite3* h = m_ctx.db.nativeHandle();
        NativeStatement employees(h, "SELECT id, code FROM employees");
        while (employees.step())
            m_employees.insert(columnText(employees.raw(), 1), sqlite3_column_int64(employees.raw(), 0));
        NativeStatement openings(h,
                                 "SELECT id, employee_id, year, months_employed, income, special_deduction, "
                                 "special_additional, withheld, note FROM ytd_openings");
        while (openings.step()) {
            sqlite3_stmt* s = openings.raw();
            YtdOpening o;
            o.id = sqlite3_column_int64(s, 0);
            o.employeeId = sqlite3_column_int64(s, 1);
            o.year = sqlite3_column_int(s, 2);
            o.monthsEmployed = sqlite3_column_int(s, 3);
            o.income = Money::fromFen(sqlite3_column_int64(s, 4));
            o.specialDeduction = Money::fromFen(sqlite3_column_int64(s, 5));
            o.specialAdditional = Money::fromFen(sqlite3_column_int64(s, 6));
            o.withheld = Money::fromFen(sqlite3_column_int64(s, 7));
            o.note = columnText(s, 8);
            m_existing.insert(keyOf(o.employeeId, o.year), o);
        }
        NativeStatement closed(h, "SELECT substr(period, 1, 4), min(period) FROM payroll_runs "
                                  "WHERE status IN ('approved', 'locked') GROUP BY 1");
        while (closed.step())
            m_closedYears.insert(columnText(closed.raw(), 0).toInt(), columnText(closed.raw(), 1));
        return {};
    });
}

void YtdOpeningImport::addRow(const ImportRow& row, ProblemSink& problems)
{
    if (!row.present(EmployeeCode) || !row.present(Year) || !row.present(MonthsEmployed))
        return; // a missing required column is reported on the header row
    const QString code = row.text(EmployeeCode);
    if (code.isEmpty()) {
        problems.add(row.number(), EmployeeCode, {}, tr("the employee is required"));
        return;
    }
    const auto employee = m_employees.constFind(code);
    if (employee == m_employees.constEnd()) {
        problems.add(row.number(), EmployeeCode, code, tr("employee %1 does not exist").arg(code));
        return;
    }
    if (row.failed(Year))
        return;
    if (row.isEmpty(Year)) {
        problems.add(row.number(), Year, {}, tr("the year is required"));
        return;
    }
    const int year = int(row.value(Year).toLongLong());
    const QString key = keyOf(*employee, year);
    if (const auto it = m_rowOfKey.constFind(key); it != m_rowOfKey.constEnd()) {
        problems.add(row.number(), Year, row.text(Year),
                     tr("the figures of %1 for %2 already appear in row %3").arg(code).arg(year).arg(*it));
        return;
    }
    m_rowOfKey.insert(key, row.number());
    if (const auto closed = m_closedYears.constFind(year); closed != m_closedYears.constEnd()) {
        problems.add(row.number(), Year, row.text(Year),
                     tr("the payroll of %1 is approved or locked: the figures of %2 can no longer change")
                         .arg(*closed)
                         .arg(year));
        return;
    }

    PendingRow pending;
    pending.number = row.number();
    YtdOpening& o = pending.opening;
    if (const auto stored = m_existing.constFind(key); stored != m_existing.constEnd()) {
        if (m_options.existing == ImportOptions::Existing::Reject) {
            problems.add(row.number(), Year, row.text(Year),
                         tr("%1 already has year-to-date figures for %2").arg(code).arg(year));
            return;
        }
        o = *stored;
        pending.isNew = false;
    } else {
        o.employeeId = *employee;
        o.year = year;
    }
    o.employeeCode = code;
    if (row.isEmpty(MonthsEmployed) && !row.failed(MonthsEmployed))
        problems.add(row.number(), MonthsEmployed, {}, tr("the months employed are required"));
    if (row.has(MonthsEmployed))
        o.monthsEmployed = int(row.value(MonthsEmployed).toLongLong());
    const std::pair<int, Money*> amounts[] = {{Income, &o.income},
                                              {SpecialDeduction, &o.specialDeduction},
                                              {SpecialAdditional, &o.specialAdditional},
                                              {Withheld, &o.withheld}};
    for (const auto& [column, field] : amounts)
        if (row.has(column))
            *field = Money::fromFen(row.value(column).toLongLong());
    if (row.has(Note))
        o.note = row.value(Note).toString();
    m_rows.push_back(std::move(pending));
}

void YtdOpeningImport::finish(ProblemSink&, ImportResult& result)
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

Status YtdOpeningImport::write(ProblemSink& problems, Progress& progress, ImportResult&)
{
    progress.setTotal(qint64(m_rows.size()));
    qint64 done = 0;
    YtdOpeningService service(m_ctx);
    for (const PendingRow& p : m_rows) {
        if (++done % 64 == 0) {
            progress.setDone(done);
            if (progress.isCancelled())
                return ImportService::cancelledError();
        }
        const auto saved = service.save(p.opening); // audited; checked again
        if (!saved) {
            for (FieldProblem f : saved.error().problems) {
                f.row = p.number;
                problems.add(f);
            }
            if (saved.error().problems.isEmpty())
                problems.add(FieldProblem{p.number, {}, {}, saved.error().message});
            return saved.error();
        }
    }
    progress.setDone(qint64(m_rows.size()));
    return {};
}

QStringList YtdOpeningImport::changedEntities() const
{
    return {kTable};
}

} // namespace tl::core
