#pragma once

#include "customers/CustomerQuery.h"
#include "models/KeysetTableModel.h"

#include "receivables/RiskScore.h"

#include <QHash>

namespace tl::ui {

// A customer list (My customers, Team customers), fed page by page (keyset paging, see KeysetTableModel) by
// core::CustomerQuery through canFetchMore/fetchMore; sorting and filters re-query core, the total
// comes from the separate count query. Each owned row shows its pool countdown ("还剩 N 天进入公海"),
// coloured within the warning window of the customer's level. Reacts to ChangeNotifier "customers",
// "customer_contacts", "customer_ownership" and "followups" by re-reading the loaded rows (a follow-up
// moves the countdown, an ownership change moves rows in and out of the list). With ViewReceivables the Risk
// column shows each customer's risk (core::RiskScore as of today: "中 45", the formula in the tooltip),
// computed in one batch for every page as it loads and again on "installments", "payments", "letters",
// "disputes" and "write_offs".
class CustomerTableModel : public KeysetTableModel<core::CustomerRow, core::CustomerQuery>
{
    Q_OBJECT
public:
    enum class Column
    {
        Code,
        Name,
        Type,
        Level,
        Risk, // empty without ViewReceivables
        Region,
        Owner,
        OwnedSince,
        LastFollowUp,
        Reclaim,
        Phone,
        Count
    };
    enum DataRole
    {
        CustomerIdRole = Qt::UserRole + 1,
        CustomerCodeRole,
        OwnerIdRole,
        DaysToReclaimRole,
        CountdownStateRole, // CustomerCountdown::State as int
        RiskScoreRole,      // 0..100; invalid without ViewReceivables or history
        RiskLevelRole       // RiskScore::levelKey
    };

    static constexpr int MaxRowsReloadedInPlace = 5000;

    explicit CustomerTableModel(const core::Context& ctx, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the filter and re-queries from the first page. Nothing is read before the first
    // setFilter() or reload().
    void setFilter(const core::CustomerQuery::Filter& filter);

    static bool isSortable(Column column);
    // The warning window (days) of a level as of the filter's date (pool rules in force then).
    int warnDays(const QString& level) const;

public slots:
    // Also re-reads the warning windows (sorting re-reads only the rows).
    void reload() override;

private:
    void onChanged(const QString& entity, const QList<qint64>& ids);
    void loadWarnDays();
    QVariant display(const core::CustomerRow& row, Column column) const;
    // The risks of the rows [first, last] not scored yet; refreshRisks() scores every loaded row again.
    void loadRisks(int first, int last);
    void refreshRisks();
    const core::RiskScore::Risk* riskOf(const core::CustomerRow& row) const;
    QVariant toolTip(const core::CustomerRow& row, Column column) const;
    bool isSortableColumn(int column) const override { return isSortable(Column(column)); }
    qint64 rowId(const core::CustomerRow& row) const override { return row.customer.id; }
    core::CustomerQuery::SortKey sortKey() const override;

    QHash<QString, int> m_warnDays;               // level -> warning window
    QHash<qint64, core::RiskScore::Risk> m_risks; // customer id -> risk (loaded rows)
    bool m_showRisk = false;                      // the session may view receivables
};

} // namespace tl::ui
