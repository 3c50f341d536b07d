#pragma once

#include "app/Page.h"
#include "common/Result.h"
#include "printing/PrintDocument.h"

#include <QList>

class QAction;
class QLabel;
class QTableView;
class QTimer;
class QToolButton;

namespace tl::core {
struct ReceivableRow;
}

namespace tl::ui {

class ReceivableFilterBar;
class ReceivableTableModel;
class ReceivableTotalsBar;

// 应收账款: every instalment as a receivable (2,000,000 in the large demo), keyset-paged (the first page
// reads at once, sorting and filters go to indexed SQL); the count and the totals over all matching rows
// (ReceivableQuery::totals) are computed on a worker thread with the page's own connection and shown in the
// totals bar. Filters: collector, customer, ageing bucket, status, due period, search. Overdue rows are
// tinted by bucket. Actions on the selected instalment(s): record payment (customer and contract filled in),
// allocate credit, open / resolve a dispute, request a write-off (reason, evidence), the pending write-offs
// for approvers, record a promise or a demand, change the collector, interest and limitation, and print the
// customer's or the collector's receivables list or a dunning letter (preview, print, PDF).
class ReceivablesPage : public Page
{
    Q_OBJECT
public:
    enum class PrintKind
    {
        CustomerList,
        CollectorList,
        DunningLetter
    };

    explicit ReceivablesPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    ReceivableTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ReceivableFilterBar* filterBar() const { return m_filters; }
    ReceivableTotalsBar* totalsBar() const { return m_totals; }
    QAction* action(const QString& objectName) const; // the actions below, by object name
    bool totalsPending() const { return m_totalsGeneration != m_totalsShown; }

    const core::ReceivableRow* currentRow() const;
    QList<core::ReceivableRow> selectedRows() const;
    void selectInstallment(qint64 id);

    // The printable document for the current row (customer list, the collector's list, dunning letter).
    core::Result<PrintDocument> document(PrintKind kind) const;

public slots:
    void applyFilter();
    void refreshTotals();
    void recordPayment();
    void allocateCredit();
    void openDispute();
    void resolveDispute();
    void requestWriteOff();
    void pendingWriteOffs();
    void recordPromise();
    void recordDemand();
    void changeCollector();
    void showInterest();
    void print(PrintKind kind);

signals:
    // The totals of the current filter arrived (or failed).
    void totalsLoaded();

private:
    void buildUi();
    QAction* makeAction(const QString& name, const QString& text, void (ReceivablesPage::*slot)());
    void updateActions();
    void updatePendingCount();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void onChanged(const QString& entity, const QList<qint64>& ids);
    void showError(const QString& message) const;
    void showSuccess(const QString& message) const;
    void showMessage(const QString& message) const;

    ReceivableTableModel* m_model;
    ReceivableFilterBar* m_filters = nullptr;
    ReceivableTotalsBar* m_totals = nullptr;
    QTableView* m_view = nullptr;
    QTimer* m_totalsTimer = nullptr;
    QList<QAction*> m_actions;
    QToolButton* m_writeOffButton = nullptr;
    qint64 m_keepCurrent = 0;
    quint64 m_totalsGeneration = 0;
    quint64 m_totalsShown = 0;
    bool m_loaded = false;
};

} // namespace tl::ui
