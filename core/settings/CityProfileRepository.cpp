#include "settings/CityProfileRepository.h"

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace tl::core {

namespace {

const QString kTable = QStringLiteral("city_profiles");

const QString kColumns = QStringLiteral(
    "city, name, effective_from, si_base_min, si_base_max, pension_employee_ppm, medical_employee_ppm, "
    "unemployment_employee_ppm, pension_employer_ppm, medical_employer_ppm, unemployment_employer_ppm, "
    "injury_employer_ppm, hf_base_min, hf_base_max, hf_rate_ppm, minimum_wage, si_rounding, hf_rounding");

CityProfile readProfile(const SqlQuery& q)
{
    CityProfile p;
    p.id = q.integer(0);
    p.city = q.text(1);
    p.name = q.text(2);
    p.effectiveFrom = QDate::fromString(q.text(3), Qt::ISODate);
    p.siBaseMin = q.integer(4);
    p.siBaseMax = q.integer(5);
    p.pensionEmployeePpm = int(q.integer(6));
    p.medicalEmployeePpm = int(q.integer(7));
    p.unemploymentEmployeePpm = int(q.integer(8));
    p.pensionEmployerPpm = int(q.integer(9));
    p.medicalEmployerPpm = int(q.integer(10));
    p.unemploymentEmployerPpm = int(q.integer(11));
    p.injuryEmployerPpm = int(q.integer(12));
    p.hfBaseMin = q.integer(13);
    p.hfBaseMax = q.integer(14);
    p.hfRatePpm = int(q.integer(15));
    p.minimumWage = q.integer(16);
    p.siRounding = q.text(17);
    p.hfRounding = q.text(18);
    return p;
}

// Binds the columns of kColumns in order.
void bindProfile(SqlQuery& q, const CityProfile& p)
{
    q.bind(p.city)
        .bind(p.name)
        .bind(p.effectiveFrom.toString(Qt::ISODate))
        .bind(p.siBaseMin)
        .bind(p.siBaseMax)
        .bind(p.pensionEmployeePpm)
        .bind(p.medicalEmployeePpm)
        .bind(p.unemploymentEmployeePpm)
        .bind(p.pensionEmployerPpm)
        .bind(p.medicalEmployerPpm)
        .bind(p.unemploymentEmployerPpm)
        .bind(p.injuryEmployerPpm)
        .bind(p.hfBaseMin)
        .bind(p.hfBaseMax)
        .bind(p.hfRatePpm)
        .bind(p.minimumWage)
        .bind(p.siRounding)
        .bind(p.hfRounding);
}

QString selectSql(const QString& tail)
{
    return QStringLiteral("SELECT id, %1 FROM city_profiles %2").arg(kColumns, tail);
}

QString label(const CityProfile& p)
{
    return p.city + QLatin1Char(' ') + p.effectiveFrom.toString(Qt::ISODate);
}

} // namespace

QList<CityProfile> CityProfileRepository::list(const Database& db, const QString& city)
{
    SqlQuery q(
        db, selectSql(QStringLiteral("WHERE ifnull(?, '') = '' OR city = ? ORDER BY city, effective_from")));
    q.bind(city).bind(city).exec();
    QList<CityProfile> profiles;
    while (q.next())
        profiles.append(readProfile(q));
    return profiles;
}

std::optional<CityProfile> CityProfileRepository::get(const Database& db, qint64 id)
{
    SqlQuery q(db, selectSql(QStringLiteral("WHERE id = ?")));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readProfile(q);
}

std::optional<CityProfile> CityProfileRepository::effective(const Database& db, const QString& city,
                                                            const QDate& date)
{
    SqlQuery q(db, selectSql(QStringLiteral("WHERE city = ? AND effective_from <= ? "
                                            "ORDER BY effective_from DESC LIMIT 1")));
    q.bind(city).bind(date.toString(Qt::ISODate)).exec();
    if (!q.next())
        return std::nullopt;
    return readProfile(q);
}

qint64 CityProfileRepository::idStartingOn(const Database& db, const QString& city, const QDate& from,
                                           qint64 exceptId)
{
    return SqlQuery::scalar(
               db,
               QStringLiteral("SELECT id FROM city_profiles WHERE city = ? AND effective_from = ? "
                              "AND id <> ?"),
               {city, from.toString(Qt::ISODate), exceptId})
        .toLongLong();
}

qint64 CityProfileRepository::insert(const Context& ctx, const CityProfile& profile)
{
    SqlQuery q(ctx.db,
               QStringLiteral("INSERT INTO city_profiles (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                   .arg(kColumns));
    bindProfile(q, profile);
    q.exec();
    const qint64 id = q.lastInsertId();
    AuditLog(ctx).record(kTable, id, label(profile), QStringLiteral("create"), {},
                         AuditLog::snapshot(ctx.db, kTable, id));
    return id;
}

void CityProfileRepository::update(const Context& ctx, const CityProfile& profile)
{
    const QJsonObject before = AuditLog::snapshot(ctx.db, kTable, profile.id);
    QString assignments = kColumns;
    assignments.replace(QLatin1String(","), QLatin1String(" = ?,")).append(QLatin1String(" = ?"));
    SqlQuery q(ctx.db, QStringLiteral("UPDATE city_profiles SET %1 WHERE id = ?").arg(assignments));
    bindProfile(q, profile);
    q.bind(profile.id).exec();
    AuditLog(ctx).record(kTable, profile.id, label(profile), QStringLiteral("update"), before,
                         AuditLog::snapshot(ctx.db, kTable, profile.id));
}

} // namespace tl::core
