#pragma once

#include "letters/LetterQuery.h"
#include "models/KeysetTableModel.h"

namespace tl::ui {

// 对账函 list: the letters of the filter, fed page by page (keyset paging, see KeysetTableModel) by
// core::LetterQuery; newest letter first by default. Sent letters past their reply deadline are shown in
// red. Reacts to ChangeNotifier "letters" (and "customers", "employees" for the names) by re-reading the
// loaded rows.
class LetterTableModel : public KeysetTableModel<core::Letter, core::LetterQuery>
{
    Q_OBJECT
public:
    enum class Column
    {
        LetterNo,
        Customer,
        Salesperson,
        AsOf,
        Balance,
        Status,
        SentOn,
        Method,
        TrackingNo,
        ReplyBy,
        Reply,
        Scan,
        Count
    };
    enum DataRole
    {
        LetterIdRole = Qt::UserRole + 1,
        LetterNoRole,
        StatusKeyRole, // letterStatusKey
        BalanceFenRole,
        CustomerIdRole,
        ReplyOverdueRole // sent and past the reply deadline
    };

    static constexpr int MaxRowsReloadedInPlace = 5000;

    explicit LetterTableModel(const core::Context& ctx, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the filter and re-queries from the first page. Nothing is read before the first setFilter()
    // or reload().
    void setFilter(const core::LetterQuery::Filter& filter);

    static bool isSortable(Column column);

private:
    void onChanged(const QString& entity, const QList<qint64>& ids);
    QVariant display(const core::Letter& letter, Column column) const;
    QVariant toolTip(const core::Letter& letter, Column column) const;
    bool isSortableColumn(int column) const override { return isSortable(Column(column)); }
    qint64 rowId(const core::Letter& letter) const override { return letter.id; }
    core::LetterQuery::SortKey sortKey() const override;
};

} // namespace tl::ui
