#include "settings/SetupService.h"

#include "audit/AuditLog.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "customers/PoolRules.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "settings/BuiltinCityProfiles.h"
#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"

namespace tl::core {

bool SetupService::isInitialized(const Database& db)
{
    const Result<bool> found = guarded([&]() -> Result<bool> {
        return SqlQuery::scalar(db, QStringLiteral("SELECT 1 FROM company WHERE id = 1")).isValid();
    });
    return found.ok() && found.value();
}

Status SetupService::initialize(Database& db, const Clock& clock, const QString& companyName,
                                const QString& city, const QString& adminUsername,
                                const QString& adminPassword, const QString& adminDisplayName)
{
    const QString cityKey = normalizeCityKey(city);
    QList<FieldProblem> problems;
    if (companyName.trimmed().isEmpty())
        problems.append({0, QStringLiteral("company"), companyName, tr("a company name is required")});
    if (cityKey != QLatin1String("shanghai") && cityKey != QLatin1String("beijing"))
        problems.append({0, QStringLiteral("city"), city, tr("the city is shanghai or beijing")});

    const Context ctx{db, clock, Session::systemSession(), nullptr};
    UserService users(ctx);
    const UserFields admin{adminDisplayName.trimmed(), Role::Admin, 0};
    return guarded([&]() -> Status {
        if (isInitialized(db))
            return Error::conflict(tr("This database already holds a company; it is not set up again."));
        problems += users.validate(0, adminUsername, admin, adminPassword);
        if (!problems.isEmpty())
            return Error::invalid(tr("The company cannot be set up."), problems);

        Transaction tx(db);
        SqlQuery(db, QStringLiteral("INSERT INTO company (id, name, legal_name, city, language, created_at) "
                                    "VALUES (1, ?, ?, ?, 'zh_CN', ?)"))
            .bind(companyName.trimmed())
            .bind(companyName.trimmed())
            .bind(cityKey)
            .bind(clock.now().toString(Qt::ISODate))
            .exec();
        AuditLog(ctx).record(QStringLiteral("company"), 1, companyName.trimmed(), QStringLiteral("create"),
                             {}, AuditLog::snapshot(db, QStringLiteral("company"), 1));

        CompanyService company(ctx);
        for (const CityProfile& profile : builtinCityProfiles())
            if (auto added = company.addCityProfile(profile); !added)
                return added.error();
        for (const SettingDefinition& d : settingDefinitions())
            if (Status s = company.setSetting(QString(d.key), QString(d.defaultValue)); !s)
                return s;
        PoolRules pool(ctx); // DESIGN §5 pool defaults: dated versions per customer level and per role
        for (const PoolRule& rule : PoolRules::defaultRules())
            if (auto added = pool.addRule(rule); !added)
                return added.error();
        for (const PoolLimit& limit : PoolRules::defaultLimits())
            if (auto added = pool.addLimit(limit); !added)
                return added.error();
        if (auto created = users.create(adminUsername, admin, adminPassword); !created)
            return created.error();
        tx.commit();
        return {};
    });
}

} // namespace tl::core
