#include "models/CustomerContactTableModel.h"

#include <QFont>

namespace tl::ui {

int CustomerContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CustomerContactTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CustomerContact& c = m_rows.at(index.row());
    const Column column = Column(index.column());
    const bool detail = column == Column::Phone || column == Column::Email || column == Column::WeChat;
    switch (role) {
    case ContactIdRole:
        return c.id;
    case Qt::DisplayRole:
        switch (column) {
        case Column::Name:
            return c.name;
        case Column::Title:
            return c.title;
        case Column::Phone:
            return c.phone;
        case Column::Email:
            return c.email;
        case Column::WeChat:
            return c.wechat;
        case Column::Primary:
            return c.primary ? tr("Primary") : QString();
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (detail && m_hidden)
            return tr("Hidden: contact details are shown to the customer's owner and their managers");
        return {};
    case Qt::FontRole:
        if (c.primary && column == Column::Name) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant CustomerContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Title:
        return tr("Title");
    case Column::Phone:
        return tr("Phone");
    case Column::Email:
        return tr("Email");
    case Column::WeChat:
        return tr("WeChat");
    case Column::Primary:
        return tr("Primary");
    case Column::Count:
        break;
    }
    return {};
}

void CustomerContactTableModel::setContacts(const QList<core::CustomerContact>& contacts, bool detailsHidden)
{
    beginResetModel();
    m_rows = contacts;
    m_hidden = detailsHidden;
    endResetModel();
}

const core::CustomerContact* CustomerContactTableModel::contactAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace tl::ui
