#include "sales/Contract.h"

#include <QCoreApplication>

namespace tl::core {

QString contractStatusKey(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Draft:
        return QStringLiteral("draft");
    case ContractStatus::Active:
        return QStringLiteral("active");
    case ContractStatus::Closed:
        return QStringLiteral("closed");
    case ContractStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ContractStatus> contractStatusFromKey(const QString& key)
{
    for (ContractStatus s :
         {ContractStatus::Draft, ContractStatus::Active, ContractStatus::Closed, ContractStatus::Cancelled})
        if (contractStatusKey(s) == key)
            return s;
    return std::nullopt;
}

QString contractStatusName(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Draft:
        return QCoreApplication::translate("tl::core::Contract", "Draft");
    case ContractStatus::Active:
        return QCoreApplication::translate("tl::core::Contract", "Active");
    case ContractStatus::Closed:
        return QCoreApplication::translate("tl::core::Contract", "Closed");
    case ContractStatus::Cancelled:
        return QCoreApplication::translate("tl::core::Contract", "Cancelled");
    }
    return {};
}

QStringList contractKindKeys()
{
    return {QStringLiteral("new"), QStringLiteral("renewal"), QStringLiteral("addon")};
}

QString contractKindName(const QString& key)
{
    if (key == QLatin1String("new"))
        return QCoreApplication::translate("tl::core::Contract", "New customer");
    if (key == QLatin1String("renewal"))
        return QCoreApplication::translate("tl::core::Contract", "Renewal");
    if (key == QLatin1String("addon"))
        return QCoreApplication::translate("tl::core::Contract", "Add-on");
    return key;
}

} // namespace tl::core
