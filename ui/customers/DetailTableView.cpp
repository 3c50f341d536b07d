#include "customers/DetailTableView.h"

#include "app/UiSettings.h"
#include "widgets/ListViewSetup.h"

#include <QHeaderView>
#include <QTableView>

namespace tl::ui {

QTableView* makeDetailTableView(QAbstractItemModel* model, const QString& settingsName, QWidget* parent,
                                const QList<int>& widths)
{
    auto* view = new QTableView(parent);
    view->setObjectName(settingsName);
    view->setModel(model);
    setUpListView(view, QAbstractItemView::SingleSelection, 120);
    view->setTabKeyNavigation(false);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionsMovable(true);
    for (int i = 0; i < widths.size(); ++i)
        if (widths.at(i) > 0)
            header->resizeSection(i, widths.at(i));
    UiSettings::rememberHeader(header, settingsName);
    return view;
}

} // namespace tl::ui
