#pragma once

#include "app/Page.h"

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace tl::core {
struct PaymentRow;
}

namespace tl::ui {

class AllocationTableModel;
class PaymentFilterBar;
class PaymentTableModel;

// 回款: the keyset-paged payment list with its filters (customer, period, method, with credit only,
// include reversed) and, under it, where the selected payment's money went (its allocation rows).
// The first page reads at once; the count comes from a worker thread (countLoaded()).
// Actions: Record payment… (with the allocation preview), Allocate credit… for a payment with money left,
// Reverse… (date and reason, confirmed; payments are never edited).
class PaymentsPage : public Page
{
    Q_OBJECT
public:
    explicit PaymentsPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    PaymentTableModel* model() const { return m_model; }
    AllocationTableModel* allocationModel() const { return m_allocations; }
    QTableView* view() const { return m_view; }
    PaymentFilterBar* filterBar() const { return m_filters; }
    qint64 currentPaymentId() const;
    void selectPayment(qint64 id);

public slots:
    void applyFilter();
    // Counts the rows of the filter on a worker thread (the count of a big table may take longer than a
    // frame).
    void countInBackground();
    void recordPayment();
    void allocateCredit();
    void reverse();

signals:
    // The count of the current filter arrived.
    void countLoaded();

private:
    void buildUi();
    void updateButtons();
    void updateCount(qint64 total);
    void showAllocations();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    const core::PaymentRow* currentRow() const;
    void showError(const QString& message) const;
    void showSuccess(const QString& message) const;

    PaymentTableModel* m_model;
    AllocationTableModel* m_allocations;
    PaymentFilterBar* m_filters = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_allocate = nullptr;
    QPushButton* m_reverse = nullptr;
    QTableView* m_view = nullptr;
    QTableView* m_allocationView = nullptr;
    QSplitter* m_splitter = nullptr;
    QTimer* m_countTimer = nullptr;
    quint64 m_countGeneration = 0;
    qint64 m_keepCurrent = 0;
    bool m_loaded = false;
};

} // namespace tl::ui
