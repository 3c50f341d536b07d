#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "settings/CityProfile.h"
#include "settings/Company.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

namespace tl::core {

class Transaction;

// Company data, company rules (key/value settings) and city profiles. Anyone may read them (documents,
// payroll and the pool sweep need them); writes need ManageSettings, are audited with a snapshot of the
// row and notify "company", "settings" or "city_profiles" after commit.
class CompanyService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::CompanyService)
public:
    explicit CompanyService(const Context& ctx) : m_ctx(ctx) {}

    // NotFound before SetupService::initialize.
    Result<Company> company() const;
    // Problems (columns: name, city, language, tax_id); empty = valid.
    QList<FieldProblem> validate(const Company& company) const;
    Status updateCompany(const Company& company);

    // The stored value, else the default of a known key (SettingDefinitions), else NotFound.
    Result<QString> setting(const QString& key) const;
    Result<int> intSetting(const QString& key) const;
    Result<QList<int>> intListSetting(const QString& key) const;
    // Every known key with its value (default when not stored), plus every other stored key.
    Result<QMap<QString, QString>> settings() const;
    Status setSetting(const QString& key, const QString& value);

    Result<QList<CityProfile>> cityProfiles(const QString& city = {}) const; // by city and date
    Result<CityProfile> cityProfile(qint64 id) const;
    // The profile in force in the city on the date; NotFound when the city has none starting by then.
    Result<CityProfile> effectiveCityProfile(const QString& city, const QDate& date) const;
    // A new dated profile (a change from a date on); city names are normalised (上海 -> shanghai).
    Result<qint64> addCityProfile(const CityProfile& profile);
    // Corrects a stored profile (profile.id).
    Status updateCityProfile(const CityProfile& profile);

private:
    Status requireManage() const;
    Status requireCityProfiles() const; // EditCityProfiles
    Status checkProfile(const CityProfile& profile) const;
    void notifyAfterCommit(Transaction& tx, const QString& entity, qint64 id) const;
    const Context& m_ctx;
};

} // namespace tl::core
