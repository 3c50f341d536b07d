#pragma once

#include "customers/Customer.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// The contacts of one customer (filled from core::Customer::contacts; contact details may have been
// withheld by core for this session).
class CustomerContactTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Name,
        Title,
        Phone,
        Email,
        WeChat,
        Primary,
        Count
    };
    enum DataRole
    {
        ContactIdRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setContacts(const QList<core::CustomerContact>& contacts, bool detailsHidden);
    const core::CustomerContact* contactAt(int row) const;
    bool detailsHidden() const { return m_hidden; }

private:
    QList<core::CustomerContact> m_rows;
    bool m_hidden = false;
};

} // namespace tl::ui
