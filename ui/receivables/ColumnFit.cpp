#include "receivables/ColumnFit.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace tl::ui::ColumnFit {

namespace {
constexpr int CellPadding = 16;
}

void fitToTitles(QHeaderView* header)
{
    for (int section = 0; section < header->count(); ++section)
        header->resizeSection(section,
                              std::max(header->sectionSize(section), header->sectionSizeHint(section)));
}

void fitToTexts(QTableView* view, int column, const QStringList& texts)
{
    const QFontMetrics metrics = view->fontMetrics();
    int widest = 0;
    for (const QString& text : texts)
        widest = std::max(widest, metrics.horizontalAdvance(text));
    QHeaderView* header = view->horizontalHeader();
    header->resizeSection(column, std::max(header->sectionSize(column), widest + CellPadding));
}

} // namespace tl::ui::ColumnFit
