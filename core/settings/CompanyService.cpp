#include "settings/CompanyService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "settings/CityProfileRepository.h"
#include "settings/SettingDefinitions.h"

#include <QRegularExpression>

namespace tl::core {

namespace {

const QString kCompany = QStringLiteral("company");
const QString kSettings = QStringLiteral("settings");
const QString kCityProfiles = QStringLiteral("city_profiles");

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

CityProfile normalized(const CityProfile& profile)
{
    CityProfile p = profile;
    p.city = normalizeCityKey(p.city);
    p.name = p.name.trimmed().isEmpty() ? cityDisplayName(p.city) : p.name.trimmed();
    return p;
}

} // namespace

Status CompanyService::requireManage() const
{
    if (!m_ctx.session.can(Permission::ManageSettings))
        return Error::denied(tr("Only a system administrator may change the company settings."));
    return {};
}

void CompanyService::notifyAfterCommit(Transaction& tx, const QString& entity, qint64 id) const
{
    ChangeNotifier* notifier = m_ctx.notifier;
    tx.afterCommit([notifier, entity, id] {
        if (notifier)
            notifier->notify(entity, id > 0 ? QList<qint64>{id} : QList<qint64>{});
    });
}

Result<Company> CompanyService::company() const
{
    return guarded([&]() -> Result<Company> {
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT name, legal_name, city, address, phone, tax_id, language, "
                                  "created_at FROM company WHERE id = 1"));
        q.exec();
        if (!q.next())
            return Error::notFound(tr("The company has not been set up yet."));
        Company c;
        c.name = q.text(0);
        c.legalName = q.text(1);
        c.city = q.text(2);
        c.address = q.text(3);
        c.phone = q.text(4);
        c.taxId = q.text(5);
        c.language = q.text(6);
        c.createdAt = QDateTime::fromString(q.text(7), Qt::ISODate);
        return c;
    });
}

QList<FieldProblem> CompanyService::validate(const Company& c) const
{
    QList<FieldProblem> problems;
    if (c.name.trimmed().isEmpty())
        problems.append({0, QStringLiteral("name"), c.name, tr("a company name is required")});
    if (normalizeCityKey(c.city).isEmpty())
        problems.append({0, QStringLiteral("city"), c.city, tr("a city is required")});
    if (c.language != QLatin1String("zh_CN") && c.language != QLatin1String("en"))
        problems.append({0, QStringLiteral("language"), c.language, tr("the language is zh_CN or en")});
    // 统一社会信用代码 (18 characters) or an older tax number (15 or 20): digits and capital letters.
    static const QRegularExpression taxId(QStringLiteral("^([0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20})$"));
    if (!c.taxId.trimmed().isEmpty() && !taxId.match(c.taxId.trimmed()).hasMatch())
        problems.append({0, QStringLiteral("tax_id"), c.taxId,
                         tr("a tax ID has 18 digits or capital letters (15 or 20 for older numbers)")});
    return problems;
}

Status CompanyService::updateCompany(const Company& c)
{
    if (Status s = requireManage(); !s)
        return s;
    if (const auto problems = validate(c); !problems.isEmpty())
        return Error::invalid(tr("The company data cannot be saved."), problems);
    return guarded([&]() -> Status {
        Transaction tx(m_ctx.db);
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kCompany, 1);
        if (before.isEmpty())
            return Error::notFound(tr("The company has not been set up yet."));
        SqlQuery(m_ctx.db,
                 QStringLiteral("UPDATE company SET name = ?, legal_name = ?, city = ?, address = ?, "
                                "phone = ?, tax_id = ?, language = ? WHERE id = 1"))
            .bind(c.name.trimmed())
            .bind(notNull(c.legalName.trimmed()))
            .bind(normalizeCityKey(c.city))
            .bind(notNull(c.address.trimmed()))
            .bind(notNull(c.phone.trimmed()))
            .bind(notNull(c.taxId.trimmed()))
            .bind(c.language)
            .exec();
        AuditLog(m_ctx).record(kCompany, 1, c.name.trimmed(), QStringLiteral("update"), before,
                               AuditLog::snapshot(m_ctx.db, kCompany, 1));
        notifyAfterCommit(tx, kCompany, 1);
        tx.commit();
        return {};
    });
}

Result<QString> CompanyService::setting(const QString& key) const
{
    return guarded([&]() -> Result<QString> {
        const QVariant stored =
            SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
        if (stored.isValid())
            return stored.toString();
        if (const SettingDefinition* d = findSettingDefinition(key))
            return QString(d->defaultValue);
        return Error::notFound(tr("There is no setting %1.").arg(key), QStringLiteral("setting:%1").arg(key));
    });
}

Result<int> CompanyService::intSetting(const QString& key) const
{
    auto list = intListSetting(key);
    if (!list)
        return list.error();
    if (list->size() != 1)
        return Error::invalid(tr("The setting %1 is not a single number.").arg(key));
    return list->first();
}

Result<QList<int>> CompanyService::intListSetting(const QString& key) const
{
    auto value = setting(key);
    if (!value)
        return value.error();
    static const QRegularExpression numbers(QStringLiteral("^\\s*-?\\d+\\s*(,\\s*-?\\d+\\s*)*$"));
    if (!numbers.match(*value).hasMatch())
        return Error::invalid(
            tr("The setting %1 has the value \"%2\", which is not a number.").arg(key, *value));
    return parseSettingIntegers(*value);
}

Result<QMap<QString, QString>> CompanyService::settings() const
{
    return guarded([&]() -> Result<QMap<QString, QString>> {
        QMap<QString, QString> all;
        for (const SettingDefinition& d : settingDefinitions())
            all.insert(QString(d.key), QString(d.defaultValue));
        SqlQuery q(m_ctx.db, QStringLiteral("SELECT key, value FROM settings"));
        q.exec();
        while (q.next())
            all.insert(q.text(0), q.text(1));
        return all;
    });
}

Status CompanyService::setSetting(const QString& key, const QString& value)
{
    if (Status s = requireManage(); !s)
        return s;
    const QString clean = notNull(value.trimmed());
    if (const QString problem = settingProblem(key, clean); !problem.isEmpty())
        return Error::invalid(tr("The setting %1 cannot be saved.").arg(key), {{0, key, clean, problem}});
    return guarded([&]() -> Status {
        Transaction tx(m_ctx.db);
        const qint64 existing =
            SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT id FROM settings WHERE key = ?"), {key})
                .toLongLong();
        qint64 id = existing;
        QJsonObject before;
        if (existing) {
            before = AuditLog::snapshot(m_ctx.db, kSettings, existing);
            if (before.value(QStringLiteral("value")).toString() == clean)
                return {};
            SqlQuery(m_ctx.db, QStringLiteral("UPDATE settings SET value = ? WHERE id = ?"))
                .bind(clean)
                .bind(existing)
                .exec();
        } else {
            SqlQuery q(m_ctx.db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
            q.bind(key).bind(clean).exec();
            id = q.lastInsertId();
        }
        AuditLog(m_ctx).record(kSettings, id, key,
                               existing ? QStringLiteral("update") : QStringLiteral("create"), before,
                               AuditLog::snapshot(m_ctx.db, kSettings, id));
        notifyAfterCommit(tx, kSettings, id);
        tx.commit();
        return {};
    });
}

Result<QList<CityProfile>> CompanyService::cityProfiles(const QString& city) const
{
    return guarded([&]() -> Result<QList<CityProfile>> {
        return CityProfileRepository::list(m_ctx.db, normalizeCityKey(city));
    });
}

Result<CityProfile> CompanyService::cityProfile(qint64 id) const
{
    return guarded([&]() -> Result<CityProfile> {
        auto p = CityProfileRepository::get(m_ctx.db, id);
        if (!p)
            return Error::notFound(tr("City profile %1 does not exist.").arg(id),
                                   QStringLiteral("city_profile:%1").arg(id));
        return *p;
    });
}

Result<CityProfile> CompanyService::effectiveCityProfile(const QString& city, const QDate& date) const
{
    return guarded([&]() -> Result<CityProfile> {
        const QString key = normalizeCityKey(city);
        auto p = CityProfileRepository::effective(m_ctx.db, key, date);
        if (!p)
            return Error::notFound(tr("There is no city profile for %1 in force on %2.")
                                       .arg(cityDisplayName(key), date.toString(Qt::ISODate)),
                                   QStringLiteral("city_profile:%1").arg(key));
        return *p;
    });
}

Status CompanyService::checkProfile(const CityProfile& p) const
{
    if (const auto problems = cityProfileProblems(p); !problems.isEmpty())
        return Error::invalid(tr("The city profile cannot be saved."), problems);
    if (CityProfileRepository::idStartingOn(m_ctx.db, p.city, p.effectiveFrom, p.id))
        return Error::conflict(tr("%1 already has a profile starting on %2.")
                                   .arg(cityDisplayName(p.city), p.effectiveFrom.toString(Qt::ISODate)));
    return {};
}

Status CompanyService::requireCityProfiles() const
{
    if (!m_ctx.session.can(Permission::EditCityProfiles))
        return Error::denied(tr("Only a system administrator or an HR administrator may change the city "
                                "profiles."));
    return {};
}

Result<qint64> CompanyService::addCityProfile(const CityProfile& profile)
{
    if (Status s = requireCityProfiles(); !s)
        return s.error();
    CityProfile p = normalized(profile);
    p.id = 0;
    return guarded([&]() -> Result<qint64> {
        Transaction tx(m_ctx.db);
        if (Status s = checkProfile(p); !s)
            return s.error();
        const qint64 id = CityProfileRepository::insert(m_ctx, p);
        notifyAfterCommit(tx, kCityProfiles, id);
        tx.commit();
        return id;
    });
}

Status CompanyService::updateCityProfile(const CityProfile& profile)
{
    if (Status s = requireCityProfiles(); !s)
        return s;
    const CityProfile p = normalized(profile);
    return guarded([&]() -> Status {
        Transaction tx(m_ctx.db);
        if (!CityProfileRepository::get(m_ctx.db, p.id))
            return Error::notFound(tr("City profile %1 does not exist.").arg(p.id),
                                   QStringLiteral("city_profile:%1").arg(p.id));
        if (Status s = checkProfile(p); !s)
            return s;
        CityProfileRepository::update(m_ctx, p);
        notifyAfterCommit(tx, kCityProfiles, p.id);
        tx.commit();
        return {};
    });
}

} // namespace tl::core
