#pragma once

#include "org/Employee.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// Labour-contract reminders and warnings (core::LabourContractService::alerts) for a table.
class LabourContractAlertTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Kind,
        Code,
        Name,
        Date,
        DaysLeft,
        Message,
        Count
    };
    enum DataRole
    {
        EmployeeIdRole = Qt::UserRole + 1,
        KindRole,
        SortRole
    };

    explicit LabourContractAlertTableModel(QObject* parent = nullptr);

    void setAlerts(const QList<core::ContractAlert>& alerts);
    const QList<core::ContractAlert>& alerts() const { return m_alerts; }
    const core::ContractAlert* alertAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QList<core::ContractAlert::Kind> allKinds();

private:
    QList<core::ContractAlert> m_alerts;
};

} // namespace tl::ui
