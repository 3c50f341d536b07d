#include "org/Employee.h"

#include <QCoreApplication>
#include <QStringList>

namespace tl::core {

namespace {

struct RoleAliases
{
    const char* key;
    QStringList aliases; // accepted spellings besides the key and the display names (import files)
};

const QList<RoleAliases>& roleAliases()
{
    static const QList<RoleAliases> aliases{
        {"sales",
         {QStringLiteral("业务员"), QStringLiteral("销售"), QStringLiteral("销售员"),
          QStringLiteral("销售代表"), QStringLiteral("salesperson")}},
        {"sales_manager",
         {QStringLiteral("销售经理"), QStringLiteral("销售主管"), QStringLiteral("sales manager")}},
        {"hr",
         {QStringLiteral("人事"), QStringLiteral("人力资源"), QStringLiteral("人事专员"),
          QStringLiteral("人事管理员")}},
        {"finance", {QStringLiteral("财务"), QStringLiteral("会计"), QStringLiteral("出纳")}},
        {"other", {QStringLiteral("其他"), QStringLiteral("其它")}},
    };
    return aliases;
}

} // namespace

QString employeeStatusKey(EmployeeStatus status)
{
    switch (status) {
    case EmployeeStatus::Active:
        return QStringLiteral("active");
    case EmployeeStatus::Probation:
        return QStringLiteral("probation");
    case EmployeeStatus::Leaving:
        return QStringLiteral("leaving");
    case EmployeeStatus::Left:
        return QStringLiteral("left");
    }
    return {};
}

std::optional<EmployeeStatus> employeeStatusFromKey(const QString& key)
{
    for (EmployeeStatus s : allEmployeeStatuses())
        if (employeeStatusKey(s) == key)
            return s;
    return std::nullopt;
}

QString employeeStatusName(EmployeeStatus status)
{
    switch (status) {
    case EmployeeStatus::Active:
        return QCoreApplication::translate("tl::core::Employee", "Employed");
    case EmployeeStatus::Probation:
        return QCoreApplication::translate("tl::core::Employee", "On probation");
    case EmployeeStatus::Leaving:
        return QCoreApplication::translate("tl::core::Employee", "Leaving");
    case EmployeeStatus::Left:
        return QCoreApplication::translate("tl::core::Employee", "Left");
    }
    return {};
}

QList<EmployeeStatus> allEmployeeStatuses()
{
    return {EmployeeStatus::Active, EmployeeStatus::Probation, EmployeeStatus::Leaving, EmployeeStatus::Left};
}

QStringList employeeRoleKeys()
{
    return {QStringLiteral("sales"), QStringLiteral("sales_manager"), QStringLiteral("hr"),
            QStringLiteral("finance"), QStringLiteral("other")};
}

QString employeeRoleName(const QString& key)
{
    if (key == QLatin1String("sales"))
        return QCoreApplication::translate("tl::core::Employee", "Salesperson");
    if (key == QLatin1String("sales_manager"))
        return QCoreApplication::translate("tl::core::Employee", "Sales manager");
    if (key == QLatin1String("hr"))
        return QCoreApplication::translate("tl::core::Employee", "HR");
    if (key == QLatin1String("finance"))
        return QCoreApplication::translate("tl::core::Employee", "Finance");
    if (key == QLatin1String("other"))
        return QCoreApplication::translate("tl::core::Employee", "Other");
    return key;
}

std::optional<QString> employeeRoleFromText(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    for (const RoleAliases& r : roleAliases()) {
        const QString key = QString::fromLatin1(r.key);
        if (t.compare(key, Qt::CaseInsensitive) == 0 ||
            t.compare(employeeRoleName(key), Qt::CaseInsensitive) == 0)
            return key;
        for (const QString& alias : r.aliases)
            if (t.compare(alias, Qt::CaseInsensitive) == 0)
                return key;
    }
    return std::nullopt;
}

QString contractTypeKey(ContractType type)
{
    switch (type) {
    case ContractType::FixedTerm:
        return QStringLiteral("fixed");
    case ContractType::OpenEnded:
        return QStringLiteral("open_ended");
    case ContractType::Task:
        return QStringLiteral("task");
    }
    return {};
}

std::optional<ContractType> contractTypeFromKey(const QString& key)
{
    for (ContractType t : {ContractType::FixedTerm, ContractType::OpenEnded, ContractType::Task})
        if (contractTypeKey(t) == key)
            return t;
    return std::nullopt;
}

QString contractTypeName(ContractType type)
{
    switch (type) {
    case ContractType::FixedTerm:
        return QCoreApplication::translate("tl::core::Employee", "Fixed term");
    case ContractType::OpenEnded:
        return QCoreApplication::translate("tl::core::Employee", "Open-ended");
    case ContractType::Task:
        return QCoreApplication::translate("tl::core::Employee", "Until completion of a task");
    }
    return {};
}

QString contractAlertKindName(ContractAlert::Kind kind)
{
    using K = ContractAlert::Kind;
    switch (kind) {
    case K::EndingSoon:
        return QCoreApplication::translate("tl::core::Employee", "Contract ending");
    case K::ProbationEnding:
        return QCoreApplication::translate("tl::core::Employee", "Probation ending");
    case K::ThirdFixedTerm:
        return QCoreApplication::translate("tl::core::Employee", "Third fixed-term contract");
    case K::TenYears:
        return QCoreApplication::translate("tl::core::Employee", "Ten years of service");
    case K::ProbationTooLong:
        return QCoreApplication::translate("tl::core::Employee", "Probation too long");
    case K::SecondProbation:
        return QCoreApplication::translate("tl::core::Employee", "Second probation");
    case K::NoContract:
        return QCoreApplication::translate("tl::core::Employee", "No written contract");
    }
    return {};
}

} // namespace tl::core
