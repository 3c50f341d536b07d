#include "widgets/ListViewSetup.h"

#include <QHeaderView>
#include <QTableView>

namespace tl::ui {

void setUpListView(QTableView* view, QAbstractItemView::SelectionMode selection, int defaultColumnWidth)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setDefaultSectionSize(defaultColumnWidth);
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace tl::ui
