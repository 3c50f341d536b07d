#pragma once

#include <QAbstractItemView>

class QTableView;

namespace tl::ui {

// The common set-up of the read-only lists (paged tables, previews, detail lists): whole rows selected,
// no editing, alternating rows, one line per row of a fixed height that follows the font, no row header,
// last column stretched. Callers add their own column widths, sorting and header memory.
void setUpListView(QTableView* view, QAbstractItemView::SelectionMode selection, int defaultColumnWidth);

} // namespace tl::ui
