#pragma once

#include "app/Page.h"

#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace tl::ui {

class PoolTableModel;

// 公海: the public list of customers without an owner (keyset paged; search, level and type filters;
// sortable by code, name, level and date in the pool). Salespeople and managers claim from it (the reason
// is shown when a claim would be refused, before and after clicking); managers assign a selection with a
// preview; whoever manages the pool rules previews and runs the sweep. Contact phones stay hidden until
// a customer is claimed (the core withholds them).
class PoolPage : public Page
{
    Q_OBJECT
public:
    explicit PoolPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    PoolTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QList<qint64> selectedCustomerIds() const;
    qint64 currentCustomerId() const;
    void selectCustomer(qint64 id);
    // What the claim line under the list says about the current customer.
    QString claimStatusText() const;
    QString previousOwnerText() const;

public slots:
    void applyFilter();
    // Claims the selected customers one by one; stops at the first refusal and shows its reason.
    void claimSelected();
    void assignSelected();
    void runSweep();
    // The customer detail (contacts hidden until claimed, history, follow-ups).
    void openCustomer();

private:
    void buildUi();
    void updateCount(qint64 total);
    void onCurrentChanged();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void updateButtons();
    void showError(const QString& message) const;
    void showSuccess(const QString& message) const;

    PoolTableModel* m_model;
    QLineEdit* m_search = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_type = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_claim = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_sweep = nullptr;
    QPushButton* m_open = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_claimStatus = nullptr;
    QLabel* m_previousOwner = nullptr;
    QTimer* m_searchTimer = nullptr;
    bool m_loaded = false;
};

} // namespace tl::ui
