#include "models/KeysetTableModel.h"

#include <algorithm>

namespace tl::ui {

void KeysetTableModelBase::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount() || !isSortableColumn(column))
        return;
    const bool ascending = order == Qt::AscendingOrder;
    if (column == m_sortColumn && ascending == m_ascending)
        return;
    m_sortColumn = column;
    m_ascending = ascending;
    if (m_loaded) // before the first load (e.g. a restored header), only remember the order
        resetRows(m_pageSize);
}

void KeysetTableModelBase::reload()
{
    m_loaded = true;
    resetRows(m_pageSize);
}

void KeysetTableModelBase::reloadLoadedRows(int maxRowsInPlace)
{
    const int loaded = rowCount();
    resetRows(loaded > maxRowsInPlace ? m_pageSize : std::max(m_pageSize, loaded));
}

} // namespace tl::ui
