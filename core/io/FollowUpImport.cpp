#include "io/FollowUpImport.h"

#include "audit/AuditLog.h"
#include "audit/BulkAuditWriter.h"
#include "common/Clock.h"
#include "customers/CheckinMatcher.h"
#include "customers/CheckinService.h"
#include "customers/CustomerRepository.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "io/BulkWriteCache.h"
#include "io/CellParsers.h"
#include "io/ImportService.h"

#include <sqlite3.h>

#include <algorithm>

namespace tl::core {

namespace {

const QString kFollowUps = QStringLiteral("followups");
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

FollowUpImport::FollowUpImport(const Context& ctx) : m_ctx{ctx.db, ctx.clock, ctx.session, nullptr} {}

const QList<ImportColumn>& FollowUpImport::columnSpec()
{
    static const QList<ImportColumn> spec{
        {QStringLiteral("customer_code"),
         {QStringLiteral("客户编号"), QStringLiteral("客户代码")},
         true,
         CellParsers::text(64)},
        {QStringLiteral("employee_code"),
         {QStringLiteral("工号"), QStringLiteral("员工工号"), QStringLiteral("跟进人工号")},
         true,
         CellParsers::text(64)},
        {QStringLiteral("at"),
         {QStringLiteral("时间"), QStringLiteral("跟进时间")},
         true,
         CellParsers::dateTime()},
        {QStringLiteral("method"),
         {QStringLiteral("方式"), QStringLiteral("跟进方式")},
         true,
         CellParsers::choice(followUpMethodFromText, followUpMethodKeys().join(QStringLiteral(", ")))},
        {QStringLiteral("content"),
         {QStringLiteral("内容"), QStringLiteral("跟进内容")},
         false,
         CellParsers::text(2000)},
        {QStringLiteral("next_at"),
         {QStringLiteral("下次跟进"), QStringLiteral("下次跟进日期")},
         false,
         CellParsers::dateTime()},
    };
    return spec;
}

Status FollowUpImport::prepare(const ImportOptions&)
{
    if (!m_ctx.session.can(Permission::EditCustomers))
        return Error::denied(tr("You may not log follow-ups."));
    m_rows.clear();
    m_rowNumbers.clear();
    m_employees.clear();
    m_rematched = 0;
    const Status loaded = m_customers.load(m_ctx);
    if (!loaded)
        return loaded;
    return guarded([&]() -> Status {
        NativeStatement q(m_ctx.db.nativeHandle(), "SELECT id, code, department_id FROM employees");
        while (q.step())
            m_employees.insert(columnText(q.raw(), 1),
                               Employee{sqlite3_column_int64(q.raw(), 0), sqlite3_column_int64(q.raw(), 2)});
        return {};
    });
}

// As FollowUpService::log: everyone for sessions that see all customers, else oneself and, for a sales
// manager, the people of the department scope.
bool FollowUpImport::employeeInScope(const Employee& employee) const
{
    const Session& s = m_ctx.session;
    if (s.system || s.can(Permission::ViewAllCustomers) || (s.employeeId != 0 && employee.id == s.employeeId))
        return true;
    return s.role == Role::SalesManager && s.departmentScope.contains(employee.departmentId);
}

void FollowUpImport::addRow(const ImportRow& row, ProblemSink& problems)
{
    PendingRow p;
    const QString customerCode = row.text(CustomerCode);
    if (row.present(CustomerCode)) {
        p.customer = customerCode.isEmpty() ? nullptr : m_customers.byCode(customerCode);
        if (customerCode.isEmpty())
            problems.add(row.number(), CustomerCode, {}, tr("the customer is required"));
        else if (!p.customer)
            problems.add(row.number(), CustomerCode, customerCode,
                         tr("customer %1 does not exist").arg(customerCode));
        else
            p.customerId = p.customer->id;
    }
    const QString employeeCode = row.text(EmployeeCode);
    const Employee* employee = nullptr;
    if (row.present(EmployeeCode)) {
        const auto it = m_employees.constFind(employeeCode);
        employee = it == m_employees.constEnd() ? nullptr : &*it;
        if (employeeCode.isEmpty())
            problems.add(row.number(), EmployeeCode, {}, tr("the employee who followed up is required"));
        else if (!employee)
            problems.add(row.number(), EmployeeCode, employeeCode,
                         tr("employee %1 does not exist").arg(employeeCode));
        else if (!employeeInScope(*employee))
            problems.add(row.number(), EmployeeCode, employeeCode,
                         tr("you may not log follow-ups for %1").arg(employeeCode));
        else
            p.employeeId = employee->id;
    }
    if (p.customer &&
        !CustomerRepository::isEditable(m_ctx.session, p.customer->ownerId, p.customer->ownerDepartmentId))
        problems.add(
            row.number(), CustomerCode, customerCode,
            tr("you may not log follow-ups for customer %1: it is not in your scope").arg(customerCode));

    const QDate today = m_ctx.clock.today();
    if (row.present(At) && !row.failed(At)) {
        if (row.isEmpty(At))
            problems.add(row.number(), At, {}, tr("the time of the follow-up is required"));
        else if ((p.at = row.value(At).toDateTime()).date() > today)
            problems.add(row.number(), At, row.text(At),
                         tr("follow-up date %1 is after today (%2)").arg(iso(p.at.date()), iso(today)));
    }
    if (row.present(Method) && !row.failed(Method)) {
        if (row.isEmpty(Method))
            problems.add(
                row.number(), Method, {},
                tr("the method is required: %1").arg(followUpMethodKeys().join(QStringLiteral(", "))));
        else
            p.method = row.value(Method).toString();
    }
    if (row.has(Content))
        p.content = row.value(Content).toString();
    if (row.has(NextAt)) {
        p.nextOn = row.value(NextAt).toDateTime().date();
        if (p.at.isValid() && p.nextOn < p.at.date())
            problems.add(row.number(), NextAt, row.text(NextAt),
                         tr("next follow-up date %1 is before the follow-up date %2")
                             .arg(iso(p.nextOn), iso(p.at.date())));
    }
    m_rowNumbers << row.number();
    m_rows.push_back(std::move(p));
}

void FollowUpImport::finish(ProblemSink&, ImportResult& result)
{
    result.created = int(m_rows.size());
    result.createdRows = m_rowNumbers;
}

Status FollowUpImport::write(ProblemSink&, Progress& progress, ImportResult& result)
{
    return guarded([&]() -> Status {
        // The row FollowUpService::log writes.
        NativeStatement insert(
            m_ctx.db.nativeHandle(),
            "INSERT INTO followups (customer_id, employee_id, at, method, content, next_on, "
            "promised_payment_on) VALUES (?,?,?,?,?,?,NULL)");
        // The derived pool clock, as log() keeps it: only forwards.
        NativeStatement clock(m_ctx.db.nativeHandle(),
                              "UPDATE customers SET last_owner_followup_at = ?1 WHERE id = ?2 AND "
                              "(last_owner_followup_at IS NULL OR last_owner_followup_at < ?1)");
        const BulkWriteCache cache(m_ctx.db.nativeHandle(),
                                   BulkWriteCache::kibibytesFor(qint64(m_rows.size())));
        QHash<qint64, QDateTime> latestByOwner; // customer id -> the owner's latest follow-up in this file
        std::vector<std::pair<qint64, QDate>> days;
        days.reserve(m_rows.size());
        {
            BulkAuditWriter audit(m_ctx);
            progress.setTotal(qint64(m_rows.size()));
            qint64 done = 0;
            for (const PendingRow& p : m_rows) {
                if (++done % 1024 == 0) {
                    progress.setDone(done);
                    if (progress.isCancelled())
                        return ImportService::cancelledError();
                }
                insert.bind(1, p.customerId)
                    .bind(2, p.employeeId)
                    .bind(3, CustomerRepository::dateTimeText(p.at))
                    .bind(4, p.method)
                    .bind(5, p.content)
                    .bindDate(6, p.nextOn);
                audit.addCreated(kFollowUps, insert.execute());
                days.emplace_back(p.employeeId, p.at.date());
                const CustomerDirectory::Entry& c = *p.customer;
                if (p.employeeId == c.ownerId && c.ownedSince.isValid() && p.at.date() >= c.ownedSince) {
                    QDateTime& latest = latestByOwner[p.customerId];
                    if (!latest.isValid() || latest < p.at)
                        latest = p.at;
                }
            }
            audit.flush();
            progress.setDone(done);
        }
        for (auto it = latestByOwner.cbegin(); it != latestByOwner.cend(); ++it)
            clock.bind(1, CustomerRepository::dateTimeText(it.value())).bind(2, it.key()).execute();

        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        m_rematched = rematchCheckins(days);
        if (m_rematched > 0)
            result.notes << tr("%n check-in(s) of the same people and days were matched again.", nullptr,
                               m_rematched);
        return {};
    });
}

// Matches again the check-ins of the given (employee, day) pairs, as CheckinService::rematch does for a
// period: a changed match is updated and audited. Returns how many changed. Throws DbException.
int FollowUpImport::rematchCheckins(const std::vector<std::pair<qint64, QDate>>& days)
{
    if (days.empty())
        return 0;
    QDate first = days.front().second, last = first;
    for (const auto& day : days) {
        first = std::min(first, day.second);
        last = std::max(last, day.second);
    }
    if (!SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT 1 FROM checkins WHERE at >= ? AND at < ? LIMIT 1"),
                          {iso(first), iso(last.addDays(1))})
             .isValid())
        return 0;

    QHash<qint64, QString> codes;
    for (auto it = m_employees.cbegin(); it != m_employees.cend(); ++it)
        codes.insert(it->id, it.key());
    CheckinMatcher matcher(m_ctx.db, CheckinService(m_ctx).maxDistanceMetres());
    NativeStatement select(
        m_ctx.db.nativeHandle(),
        "SELECT id, at, latitude_e6, longitude_e6, customer_id, distance_m, effective, reason "
        "FROM checkins WHERE employee_id = ? AND at >= ? AND at < ? ORDER BY id");
    SqlQuery update(m_ctx.db,
                    QStringLiteral("UPDATE checkins SET customer_id = ?, distance_m = ?, effective = ?, "
                                   "reason = ? WHERE id = ?"));
    AuditLog audit(m_ctx);
    int changed = 0;
    for (const auto& [employeeId, day] : days) {
        struct Stored
        {
            qint64 id;
            QString at;
            GeoPoint where;
            CheckinMatch match;
        };
        QList<Stored> stored;
        select.bind(1, employeeId).bind(2, iso(day)).bind(3, iso(day.addDays(1)));
        while (select.step()) {
            sqlite3_stmt* s = select.raw();
            stored << Stored{
                sqlite3_column_int64(s, 0), columnText(s, 1),
                GeoPoint{sqlite3_column_int64(s, 2), sqlite3_column_int64(s, 3)},
                CheckinMatch{sqlite3_column_int64(s, 4),
                             sqlite3_column_type(s, 5) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 5),
                             sqlite3_column_int(s, 6) != 0, columnText(s, 7)}};
        }
        for (const Stored& c : std::as_const(stored)) {
            const CheckinMatch now =
                matcher.match(employeeId, CustomerRepository::dateTimeFromText(c.at), c.where);
            if (now == c.match)
                continue;
            const QJsonObject before = AuditLog::snapshot(m_ctx.db, kCheckins, c.id);
            update.bind(SqlQuery::nullableId(now.customerId))
                .bind(now.distanceMetres >= 0 ? QVariant(now.distanceMetres)
                                              : QVariant(QMetaType(QMetaType::Int)))
                .bind(now.effective ? 1 : 0)
                .bind(now.reason)
                .bind(c.id)
                .exec();
            audit.record(kCheckins, c.id, codes.value(employeeId) + QLatin1Char(' ') + c.at,
                         QStringLiteral("rematch"), before, AuditLog::snapshot(m_ctx.db, kCheckins, c.id));
            ++changed;
        }
    }
    return changed;
}

QStringList FollowUpImport::changedEntities() const
{
    QStringList entities{kFollowUps, QStringLiteral("customers")};
    if (m_rematched > 0)
        entities << kCheckins;
    return entities;
}

} // namespace tl::core
