#pragma once

#include <QStringList>

class QHeaderView;
class QTableView;

namespace tl::ui::ColumnFit {

// Widens every section of the header to at least what its title needs (sort indicator included), so that
// the translated titles of the ledger lists are never cut.
void fitToTitles(QHeaderView* header);
// Widens a column to the widest of the texts it shows (e.g. every translated kind or method name).
void fitToTexts(QTableView* view, int column, const QStringList& texts);

} // namespace tl::ui::ColumnFit
