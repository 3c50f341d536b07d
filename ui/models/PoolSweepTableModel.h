#pragma once

#include "customers/PoolSweep.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// One list of a pool sweep's outcome (moved, warned or exempt customers): customer, owner, the rule
// that fires, the day it fires and the days left.
class PoolSweepTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Code,
        Customer,
        Owner,
        Rule,
        DueOn,
        DaysLeft,
        Count
    };
    enum DataRole
    {
        CustomerIdRole = Qt::UserRole + 1,
        ReasonKeyRole
    };

    explicit PoolSweepTableModel(QObject* parent = nullptr);

    void setItems(const QList<core::PoolSweep::Item>& items);
    const QList<core::PoolSweep::Item>& items() const { return m_items; }

    // The rule keys of PoolSweep::Item::reason, translated ("no_follow_up" → "No follow-up").
    static QString reasonName(const QString& key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::PoolSweep::Item> m_items;
};

} // namespace tl::ui
