#include "models/LabourContractAlertProxy.h"

#include "models/LabourContractAlertTableModel.h"

namespace tl::ui {

LabourContractAlertProxy::LabourContractAlertProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(LabourContractAlertTableModel::SortRole);
    setSortLocaleAware(true);
}

void LabourContractAlertProxy::setKind(std::optional<core::ContractAlert::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

bool LabourContractAlertProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_kind)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(LabourContractAlertTableModel::KindRole).toInt() == int(*m_kind);
}

} // namespace tl::ui
