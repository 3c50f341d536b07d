#pragma once

#include "app/Page.h"

#include <QList>

class QLabel;
class QPushButton;
class QTableView;

namespace tl::core {
struct CustomerRow;
}

namespace tl::ui {

class CustomerFilterBar;
class CustomerTableModel;

// 我的客户 / 团队客户: the keyset-paged customer list with its pool countdown, filters (search, level,
// type, reclaimed within N days; the team list also by owner) and sortable columns. Actions: new
// customer, details (Enter), edit, log follow-up (Ctrl+F), release to the pool, and on the team list
// assign / distribute (the pool's AssignDialog, with preview).
class CustomerListPage : public Page
{
    Q_OBJECT
public:
    enum class Mode
    {
        Mine,
        Team
    };

    CustomerListPage(AppContext& app, Mode mode, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    Mode mode() const { return m_mode; }
    CustomerTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    CustomerFilterBar* filterBar() const { return m_filters; }
    qint64 currentCustomerId() const;
    QList<qint64> selectedCustomerIds() const;
    void selectCustomer(qint64 id);

public slots:
    void applyFilter();
    void newCustomer();
    void openDetails();
    void editCustomer();
    void logFollowUp();
    void releaseSelected();
    void assignSelected();

private:
    void buildUi();
    void updateButtons();
    void updateCount(qint64 total);
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    const core::CustomerRow* currentRow() const;
    QList<const core::CustomerRow*> selectedRows() const;
    bool canEdit(const core::CustomerRow& row) const;
    bool canRelease(const core::CustomerRow& row) const;
    void showError(const QString& message) const;
    void showSuccess(const QString& message) const;

    Mode m_mode;
    CustomerTableModel* m_model;
    CustomerFilterBar* m_filters = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_details = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_log = nullptr;
    QPushButton* m_release = nullptr;
    QPushButton* m_assign = nullptr;
    QTableView* m_view = nullptr;
    qint64 m_keepCurrent = 0;
    bool m_loaded = false;
};

} // namespace tl::ui
