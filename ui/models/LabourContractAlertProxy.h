#pragma once

#include "org/Employee.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace tl::ui {

// Filters the (small) list of labour-contract alerts by kind and sorts it by the model's SortRole.
class LabourContractAlertProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LabourContractAlertProxy(QObject* parent = nullptr);

    void setKind(std::optional<core::ContractAlert::Kind> kind); // nothing = all kinds
    std::optional<core::ContractAlert::Kind> kind() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<core::ContractAlert::Kind> m_kind;
};

} // namespace tl::ui
