#include "io/CheckinImport.h"

#include "audit/BulkAuditWriter.h"
#include "common/Clock.h"
#include "customers/CheckinMatcher.h"
#include "customers/CheckinService.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerValidator.h"
#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/ServiceGuard.h"
#include "io/BulkWriteCache.h"
#include "io/CellParsers.h"
#include "io/ImportProblems.h"
#include "io/ImportService.h"

#include <sqlite3.h>

namespace tl::core {

namespace {

const QString kCheckins = QStringLiteral("checkins");

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString columnText(sqlite3_stmt* s, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, i)),
                             sqlite3_column_bytes(s, i));
}

} // namespace

CheckinImport::CheckinImport(const Context& ctx) : m_ctx{ctx.db, ctx.clock, ctx.session, nullptr} {}

const QList<ImportColumn>& CheckinImport::columnSpec()
{
    static const QList<ImportColumn> spec{
        {QStringLiteral("employee_code"),
         {QStringLiteral("工号"), QStringLiteral("员工工号")},
         true,
         CellParsers::text(64)},
        {QStringLiteral("at"),
         {QStringLiteral("时间"), QStringLiteral("签到时间")},
         true,
         CellParsers::dateTime()},
        // Coordinates are read as a pair (CustomerValidator::parseCoordinates).
        {QStringLiteral("latitude"), {QStringLiteral("纬度")}, true, {}},
        {QStringLiteral("longitude"), {QStringLiteral("经度")}, true, {}},
        {QStringLiteral("address"),
         {QStringLiteral("地址"), QStringLiteral("签到地址")},
         false,
         CellParsers::text(300)},
    };
    return spec;
}

Status CheckinImport::prepare(const ImportOptions&)
{
    if (!m_ctx.session.can(Permission::EditCustomers))
        return Error::denied(tr("You may not record check-ins."));
    m_rows.clear();
    m_rowNumbers.clear();
    m_employees.clear();
    m_effective = 0;
    return guarded([&]() -> Status {
        NativeStatement q(m_ctx.db.nativeHandle(),
                          "SELECT id, code, department_id, name, status, leave_date FROM employees");
        while (q.step()) {
            sqlite3_stmt* s = q.raw();
            Employee e{sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 2), columnText(s, 3), {}};
            if (columnText(s, 4) == QLatin1String("left"))
                e.leftOn = QDate::fromString(columnText(s, 5), Qt::ISODate);
            m_employees.insert(columnText(s, 1), e);
        }
        return {};
    });
}

// As CheckinService::add (OpportunityScope): all for roles beyond sales, else oneself and, for a sales
// manager, the people of the department scope.
bool CheckinImport::inScope(const Employee& employee) const
{
    const Session& s = m_ctx.session;
    return (s.employeeId != 0 && employee.id == s.employeeId) ||
           OpportunityScope(s).includesDepartment(employee.departmentId);
}

void CheckinImport::addRow(const ImportRow& row, ProblemSink& problems)
{
    PendingRow p;
    const Employee* employee = nullptr;
    const QString code = row.text(EmployeeCode);
    if (row.present(EmployeeCode)) {
        const auto it = m_employees.constFind(code);
        employee = it == m_employees.constEnd() ? nullptr : &*it;
        if (code.isEmpty())
            problems.add(row.number(), EmployeeCode, {}, tr("the employee is required"));
        else if (!employee)
            problems.add(row.number(), EmployeeCode, code, tr("employee %1 does not exist").arg(code));
        else if (!inScope(*employee))
            problems.add(row.number(), EmployeeCode, code,
                         tr("you may not record check-ins for %1 (%2)").arg(employee->name, code));
        else
            p.employeeId = employee->id;
    }

    if (row.present(At) && !row.failed(At)) {
        const QDate today = m_ctx.clock.today();
        if (row.isEmpty(At)) {
            problems.add(row.number(), At, {}, tr("the time is required"));
        } else {
            p.at = row.value(At).toDateTime();
            if (p.at.date() > today)
                problems.add(row.number(), At, row.text(At),
                             tr("the time %1 is after today (%2)").arg(row.text(At), iso(today)));
            else if (employee && employee->leftOn.isValid() && p.at.date() > employee->leftOn)
                problems.add(row.number(), At, row.text(At),
                             tr("%1 (%2) left on %3").arg(employee->name, code, iso(employee->leftOn)));
        }
    }

    if (row.present(Latitude) && row.present(Longitude)) {
        QList<FieldProblem> found;
        if (row.isEmpty(Latitude) && row.isEmpty(Longitude))
            found << FieldProblem{0, QStringLiteral("latitude"), {}, tr("the coordinates are required")};
        else if (const auto where =
                     CustomerValidator::parseCoordinates(row.text(Latitude), row.text(Longitude), found))
            p.where = *where;
        addRowProblems(columnSpec(), row, found, problems);
    }
    if (row.has(Address))
        p.address = row.value(Address).toString();
    m_rowNumbers << row.number();
    m_rows.push_back(std::move(p));
}

void CheckinImport::finish(ProblemSink&, ImportResult& result)
{
    result.created = int(m_rows.size());
    result.createdRows = m_rowNumbers;
}

Status CheckinImport::write(ProblemSink&, Progress& progress, ImportResult& result)
{
    return guarded([&]() -> Status {
        const BulkWriteCache cache(m_ctx.db.nativeHandle(),
                                   BulkWriteCache::kibibytesFor(qint64(m_rows.size())));
        CheckinMatcher matcher(m_ctx.db, CheckinService(m_ctx).maxDistanceMetres());
        // The row CheckinService::add writes.
        NativeStatement insert(m_ctx.db.nativeHandle(),
                               "INSERT INTO checkins (employee_id, at, latitude_e6, longitude_e6, address, "
                               "customer_id, distance_m, effective, reason) VALUES (?,?,?,?,?,?,?,?,?)");
        BulkAuditWriter audit(m_ctx);
        progress.setTotal(qint64(m_rows.size()));
        qint64 done = 0;
        for (const PendingRow& p : m_rows) {
            if (++done % 256 == 0) {
                progress.setDone(done);
                if (progress.isCancelled())
                    return ImportService::cancelledError();
            }
            const CheckinMatch match = matcher.match(p.employeeId, p.at, p.where);
            insert.bind(1, p.employeeId)
                .bind(2, CustomerRepository::dateTimeText(p.at))
                .bind(3, p.where.latitudeE6)
                .bind(4, p.where.longitudeE6)
                .bind(5, p.address)
                .bindId(6, match.customerId);
            if (match.distanceMetres >= 0)
                insert.bind(7, qint64(match.distanceMetres));
            else
                insert.bindNull(7);
            insert.bind(8, qint64(match.effective ? 1 : 0)).bind(9, match.reason);
            audit.addCreated(kCheckins, insert.execute());
            if (match.effective)
                ++m_effective;
        }
        audit.flush();
        progress.setDone(done);
        result.notes
            << tr("Effective visits: %1 of %n check-in(s).", nullptr, int(m_rows.size())).arg(m_effective);
        return {};
    });
}

QStringList CheckinImport::changedEntities() const
{
    return {kCheckins};
}

} // namespace tl::core
