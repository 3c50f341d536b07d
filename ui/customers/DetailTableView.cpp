#include "customers/DetailTableView.h"

#include "app/UiSettings.h"

#include <QHeaderView>
#include <QTableView>

namespace tl::ui {

QTableView* makeDetailTableView(QAbstractItemModel* model, const QString& settingsName, QWidget* parent,
                                const QList<int>& widths)
{
    auto* view = new QTableView(parent);
    view->setObjectName(settingsName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView* header = view->horizontalHeader();
    header->setDefaultSectionSize(120);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    for (int i = 0; i < widths.size(); ++i)
        if (widths.at(i) > 0)
            header->resizeSection(i, widths.at(i));
    UiSettings::rememberHeader(header, settingsName);
    return view;
}

} // namespace tl::ui
