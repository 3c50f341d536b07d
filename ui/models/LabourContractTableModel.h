#pragma once

#include "org/Employee.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// One employee's labour-contract history (renewals as rows, by seq), as given by
// core::LabourContractService::history.
class LabourContractTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Seq,
        Type,
        Start,
        End,
        ProbationEnd,
        SignedOn,
        Note,
        Count
    };
    enum DataRole
    {
        ContractIdRole = Qt::UserRole + 1
    };

    explicit LabourContractTableModel(QObject* parent = nullptr);

    void setContracts(const QList<core::LabourContract>& contracts);
    const QList<core::LabourContract>& contracts() const { return m_contracts; }
    const core::LabourContract* contractAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::LabourContract> m_contracts;
};

} // namespace tl::ui
