#include "customers/CheckinService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "customers/CheckinMatcher.h"
#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"

#include <optional>

namespace tl::core {

namespace {

const QString kTable = QStringLiteral("checkins");
constexpr int kDefaultMaxDistance = 500;
constexpr qint64 kMaxLatitude = 90000000;
constexpr qint64 kMaxLongitude = 180000000;

// Check-in times are stored as local ISO date-times without an offset ("2026-03-15T10:30:00").
QString storedTime(const QDateTime& at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

QDateTime readTime(QString text)
{
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    return QDateTime::fromString(text, Qt::ISODate);
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, const QList<qint64>& ids)
{
    tx.afterCommit([notifier, ids] {
        if (notifier)
            notifier->notify(QStringLiteral("checkins"), ids);
    });
}

struct EmployeeFacts
{
    QString code;
    QString name;
    QDate leaveDate;
    bool left = false;
};

std::optional<EmployeeFacts> loadEmployee(const Database& db, qint64 id)
{
    SqlQuery q(db, QStringLiteral("SELECT code, name, status, leave_date FROM employees WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return EmployeeFacts{q.text(0), q.text(1), QDate::fromString(q.text(3), Qt::ISODate),
                         q.text(2) == QLatin1String("left")};
}

// The row of the checkins template that a problem refers to (employee_code, at, latitude, longitude).
FieldProblem problem(const char* column, const QString& value, const QString& reason)
{
    return FieldProblem{0, QString::fromLatin1(column), value, reason};
}

} // namespace

QString checkinReasonName(const QString& key)
{
    if (key == CheckinMatcher::kEffective)
        return QCoreApplication::translate("tl::core::CheckinService",
                                           "Effective visit: close enough to the customer, and a follow-up "
                                           "with them was logged the same day");
    if (key == CheckinMatcher::kNoCustomerNearby)
        return QCoreApplication::translate("tl::core::CheckinService",
                                           "Not effective: no customer with coordinates is close enough");
    if (key == CheckinMatcher::kNoFollowUpSameDay)
        return QCoreApplication::translate(
            "tl::core::CheckinService",
            "Not effective: no follow-up with a nearby customer was logged by the same person that day");
    return key;
}

int CheckinService::maxDistanceMetres() const
{
    const auto value = CompanyService(m_ctx).intSetting(QString(SettingKey::VisitsMaxDistanceM));
    return value ? *value : kDefaultMaxDistance;
}

Result<qint64> CheckinService::add(const Checkin& checkin)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::EditCustomers))
            return Error::denied(tr("You may not record check-ins."));
        const qint64 employeeId = checkin.employeeId > 0 ? checkin.employeeId : m_ctx.session.employeeId;
        if (employeeId <= 0)
            return Error::invalid(tr("The check-in has no employee."),
                                  {problem("employee_code", {}, tr("employee is required"))});
        const int maxDistance = maxDistanceMetres();

        Transaction tx(m_ctx.db);
        const auto employee = loadEmployee(m_ctx.db, employeeId);
        if (!employee)
            return Error::notFound(tr("Employee %1 does not exist.").arg(employeeId),
                                   QStringLiteral("employee:%1").arg(employeeId));
        if (!OpportunityScope(m_ctx.session).includes(m_ctx.db, employeeId))
            return Error::denied(
                tr("You may not record check-ins for %1 (%2).").arg(employee->name, employee->code));

        QList<FieldProblem> problems;
        const QDate today = m_ctx.clock.today();
        if (!checkin.at.isValid())
            problems << problem("at", {}, tr("the time is required"));
        else if (checkin.at.date() > today)
            problems << problem(
                "at", storedTime(checkin.at),
                tr("the time %1 is after today (%2)").arg(storedTime(checkin.at), isoDate(today)));
        else if (employee->left && employee->leaveDate.isValid() && checkin.at.date() > employee->leaveDate)
            problems << problem(
                "at", storedTime(checkin.at),
                tr("%1 (%2) left on %3").arg(employee->name, employee->code, isoDate(employee->leaveDate)));
        if (qAbs(checkin.location.latitudeE6) > kMaxLatitude)
            problems << problem("latitude",
                                QString::number(double(checkin.location.latitudeE6) / 1e6, 'f', 6),
                                tr("a latitude lies between -90 and 90 degrees"));
        if (qAbs(checkin.location.longitudeE6) > kMaxLongitude)
            problems << problem("longitude",
                                QString::number(double(checkin.location.longitudeE6) / 1e6, 'f', 6),
                                tr("a longitude lies between -180 and 180 degrees"));
        if (!problems.isEmpty())
            return Error::invalid(
                tr("The check-in of %1 (%2) has %n problem(s).", nullptr, int(problems.size()))
                    .arg(employee->name, employee->code),
                problems);

        CheckinMatcher matcher(m_ctx.db, maxDistance);
        const CheckinMatch match = matcher.match(employeeId, checkin.at, checkin.location);
        const QString at = storedTime(checkin.at);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("INSERT INTO checkins (employee_id, at, latitude_e6, longitude_e6, "
                                  "address, customer_id, distance_m, effective, reason) "
                                  "VALUES (?,?,?,?,?,?,?,?,?)"));
        q.bind(employeeId)
            .bind(at)
            .bind(checkin.location.latitudeE6)
            .bind(checkin.location.longitudeE6)
            .bind(checkin.address.isNull() ? QStringLiteral("") : checkin.address.trimmed())
            .bind(SqlQuery::nullableId(match.customerId))
            .bind(match.distanceMetres >= 0 ? QVariant(match.distanceMetres)
                                            : QVariant(QMetaType(QMetaType::Int)))
            .bind(match.effective ? 1 : 0)
            .bind(match.reason)
            .exec();
        const qint64 id = q.lastInsertId();
        AuditLog(m_ctx).record(kTable, id, employee->code + QLatin1Char(' ') + at, QStringLiteral("create"),
                               {}, AuditLog::snapshot(m_ctx.db, kTable, id));
        notifyAfterCommit(tx, m_ctx.notifier, {id});
        tx.commit();
        return id;
    });
}

Result<int> CheckinService::rematch(const QDate& from, const QDate& to)
{
    return guarded([&]() -> Result<int> {
        if (!m_ctx.session.can(Permission::EditCustomers))
            return Error::denied(tr("You may not re-match check-ins."));
        if (!from.isValid() || !to.isValid() || from > to)
            return Error::invalid(tr("The period to re-match is not valid."));
        const int maxDistance = maxDistanceMetres();

        struct Stored
        {
            qint64 id = 0;
            qint64 employeeId = 0;
            QString label;
            QDateTime at;
            GeoPoint location;
            CheckinMatch match;
        };
        Transaction tx(m_ctx.db);
        QVariantList args{isoDate(from), isoDate(to.addDays(1))};
        const QString scope =
            OpportunityScope(m_ctx.session)
                .condition(QStringLiteral("c.employee_id"), QStringLiteral("e.department_id"), args);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT c.id, c.employee_id, e.code, c.at, c.latitude_e6, c.longitude_e6, "
                                  "c.customer_id, c.distance_m, c.effective, c.reason "
                                  "FROM checkins c JOIN employees e ON e.id = c.employee_id "
                                  "WHERE c.at >= ? AND c.at < ? AND %1 ORDER BY c.id")
                       .arg(scope));
        for (const QVariant& a : std::as_const(args))
            q.bind(a);
        q.exec();
        QList<Stored> rows;
        while (q.next()) {
            Stored s;
            s.id = q.integer(0);
            s.employeeId = q.integer(1);
            s.label = q.text(2) + QLatin1Char(' ') + q.text(3);
            s.at = readTime(q.text(3));
            s.location = GeoPoint{q.integer(4), q.integer(5)};
            s.match = CheckinMatch{q.isNull(6) ? 0 : q.integer(6), q.isNull(7) ? -1 : int(q.integer(7)),
                                   q.integer(8) != 0, q.text(9)};
            rows << s;
        }

        CheckinMatcher matcher(m_ctx.db, maxDistance);
        AuditLog audit(m_ctx);
        SqlQuery update(m_ctx.db,
                        QStringLiteral("UPDATE checkins SET customer_id = ?, distance_m = ?, effective = ?, "
                                       "reason = ? WHERE id = ?"));
        QList<qint64> changed;
        for (const Stored& s : std::as_const(rows)) {
            const CheckinMatch now = matcher.match(s.employeeId, s.at, s.location);
            if (now == s.match)
                continue;
            const QJsonObject before = AuditLog::snapshot(m_ctx.db, kTable, s.id);
            update.bind(SqlQuery::nullableId(now.customerId))
                .bind(now.distanceMetres >= 0 ? QVariant(now.distanceMetres)
                                              : QVariant(QMetaType(QMetaType::Int)))
                .bind(now.effective ? 1 : 0)
                .bind(now.reason)
                .bind(s.id)
                .exec();
            audit.record(kTable, s.id, s.label, QStringLiteral("rematch"), before,
                         AuditLog::snapshot(m_ctx.db, kTable, s.id));
            changed << s.id;
        }
        if (!changed.isEmpty())
            notifyAfterCommit(tx, m_ctx.notifier, changed);
        tx.commit();
        return int(changed.size());
    });
}

Result<QList<Checkin>> CheckinService::list(const QDate& from, const QDate& to, qint64 employeeId) const
{
    return guarded([&]() -> Result<QList<Checkin>> {
        if (!m_ctx.session.can(Permission::ViewCustomers))
            return Error::denied(tr("You may not view check-ins."));
        if (!from.isValid() || !to.isValid() || from > to)
            return Error::invalid(tr("The period is not valid."));
        const OpportunityScope scope(m_ctx.session);
        QVariantList args{isoDate(from), isoDate(to.addDays(1))};
        QString where = QStringLiteral("c.at >= ? AND c.at < ?");
        if (employeeId > 0) {
            const auto employee = loadEmployee(m_ctx.db, employeeId);
            if (!employee)
                return Error::notFound(tr("Employee %1 does not exist.").arg(employeeId),
                                       QStringLiteral("employee:%1").arg(employeeId));
            if (!scope.includes(m_ctx.db, employeeId))
                return Error::denied(
                    tr("You may not view the check-ins of %1 (%2).").arg(employee->name, employee->code));
            where += QStringLiteral(" AND c.employee_id = ?");
            args << employeeId;
        }
        where += QStringLiteral(" AND ") +
                 scope.condition(QStringLiteral("c.employee_id"), QStringLiteral("e.department_id"), args);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT c.id, c.employee_id, e.code, e.name, c.at, c.latitude_e6, "
                                  "c.longitude_e6, c.address, c.customer_id, cu.code, cu.name, "
                                  "c.distance_m, c.effective, c.reason "
                                  "FROM checkins c JOIN employees e ON e.id = c.employee_id "
                                  "LEFT JOIN customers cu ON cu.id = c.customer_id "
                                  "WHERE %1 ORDER BY c.at, c.id")
                       .arg(where));
        for (const QVariant& a : std::as_const(args))
            q.bind(a);
        q.exec();
        QList<Checkin> list;
        while (q.next()) {
            Checkin c;
            c.id = q.integer(0);
            c.employeeId = q.integer(1);
            c.employeeCode = q.text(2);
            c.employeeName = q.text(3);
            c.at = readTime(q.text(4));
            c.location = GeoPoint{q.integer(5), q.integer(6)};
            c.address = q.text(7);
            c.customerId = q.isNull(8) ? 0 : q.integer(8);
            c.customerCode = q.text(9);
            c.customerName = q.text(10);
            c.distanceMetres = q.isNull(11) ? -1 : int(q.integer(11));
            c.effective = q.integer(12) != 0;
            c.reason = q.text(13);
            list << c;
        }
        return list;
    });
}

Result<QList<CheckinService::MonthCount>> CheckinService::monthCounts(int year, int month) const
{
    return guarded([&]() -> Result<QList<MonthCount>> {
        // Salespeople and managers through the customer permissions; HR for the visit allowance.
        if (!m_ctx.session.can(Permission::ViewCustomers) && !m_ctx.session.can(Permission::ViewEmployees))
            return Error::denied(tr("You may not view check-ins."));
        const QDate first(year, month, 1);
        if (!first.isValid())
            return Error::invalid(tr("%1-%2 is not a month.").arg(year).arg(month));
        QVariantList args{isoDate(first), isoDate(first.addMonths(1))};
        const QString scope =
            OpportunityScope(m_ctx.session)
                .condition(QStringLiteral("c.employee_id"), QStringLiteral("e.department_id"), args);
        SqlQuery q(m_ctx.db, QStringLiteral("SELECT e.id, e.code, e.name, count(*), sum(c.effective) "
                                            "FROM checkins c JOIN employees e ON e.id = c.employee_id "
                                            "WHERE c.at >= ? AND c.at < ? AND %1 "
                                            "GROUP BY e.id ORDER BY e.code")
                                 .arg(scope));
        for (const QVariant& a : std::as_const(args))
            q.bind(a);
        q.exec();
        QList<MonthCount> counts;
        while (q.next())
            counts << MonthCount{q.integer(0), q.text(1), q.text(2), int(q.integer(3)), int(q.integer(4))};
        return counts;
    });
}

} // namespace tl::core
