#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace tl::ui {

// A read-only, row-selecting table for the small lists of the customer detail (contacts, timeline,
// ownership history, opportunities), with initial column widths (0 = default), its header state
// remembered under tables/<settingsName>.
QTableView* makeDetailTableView(QAbstractItemModel* model, const QString& settingsName, QWidget* parent,
                                const QList<int>& widths = {});

} // namespace tl::ui
