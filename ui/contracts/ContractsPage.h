#pragma once

#include "app/Page.h"

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace tl::core {
struct ContractRow;
}

namespace tl::ui {

class ContractFilterBar;
class ContractTableModel;

// 销售合同: the keyset-paged contract list with filters (search, salesperson, customer, status, kind,
// signing period) showing per contract what was collected, the instalments paid and the next due date.
// The first page reads at once; the count comes from a worker thread (countLoaded()).
// Actions: New contract…, Edit…, Details… (Enter: instalments, payments allocated, files, status
// actions) and Record payment… for the selected contract.
class ContractsPage : public Page
{
    Q_OBJECT
public:
    explicit ContractsPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    ContractTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ContractFilterBar* filterBar() const { return m_filters; }
    qint64 currentContractId() const;
    void selectContract(qint64 id);

public slots:
    void applyFilter();
    // Counts the rows of the filter on a worker thread (the count of a big table may take longer than a
    // frame).
    void countInBackground();
    void newContract();
    void editContract();
    void openDetails();
    void recordPayment();

signals:
    // The count of the current filter arrived.
    void countLoaded();

private:
    void buildUi();
    void updateButtons();
    void updateCount(qint64 total);
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    const core::ContractRow* currentRow() const;
    void showError(const QString& message) const;
    void showSuccess(const QString& message) const;

    ContractTableModel* m_model;
    ContractFilterBar* m_filters = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_details = nullptr;
    QPushButton* m_pay = nullptr;
    QTableView* m_view = nullptr;
    QTimer* m_countTimer = nullptr;
    quint64 m_countGeneration = 0;
    qint64 m_keepCurrent = 0;
    bool m_loaded = false;
};

} // namespace tl::ui
