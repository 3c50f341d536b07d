#pragma once

#include "sales/Contract.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tl::ui {

class AllocationTableModel;
class AppContext;
class ContractAttachmentsPanel;
class ContractInstallmentTableModel;
class MessageBar;

// 合同详情: the header (number, customer, salesperson, signing date, amount, kind, status, interest rate,
// collected), the instalments with received, written off, disputed, balance and collector, the payments
// allocated to them, and the files. Actions by status and permission: Edit…, Activate (a signed draft),
// Close (nothing left to collect), Reopen, Cancel… (after a confirmation; only while nothing was paid) and
// Record payment…. Follows the change notifications; problems appear in the dialog's own message bar.
class ContractDetailDialog : public QDialog
{
    Q_OBJECT
public:
    ContractDetailDialog(AppContext& app, qint64 contractId, QWidget* parent = nullptr);
    ~ContractDetailDialog() override;

    const core::Contract& contract() const { return m_contract; }
    MessageBar* messageBar() const { return m_bar; }
    ContractInstallmentTableModel* installmentModel() const { return m_installments; }
    AllocationTableModel* allocationModel() const { return m_allocations; }
    QString headerText() const;

public slots:
    void reload();
    void editContract();
    void activate();
    void closeContract();
    void reopen();
    // confirm = false: without the question (tests).
    void cancelContract(bool confirm = true);
    void recordPayment();

private:
    void buildUi();
    void fillHeader();
    void updateActions();
    void setStatus(core::ContractStatus status, const QString& done);
    void onChanged(const QString& entity, const QList<qint64>& ids);

    AppContext& m_app;
    qint64 m_contractId;
    core::Contract m_contract;
    bool m_available = false;
    MessageBar* m_bar = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QTabWidget* m_tabs = nullptr;
    ContractInstallmentTableModel* m_installments = nullptr;
    AllocationTableModel* m_allocations = nullptr;
    QTableView* m_installmentView = nullptr;
    QTableView* m_allocationView = nullptr;
    ContractAttachmentsPanel* m_files = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_activate = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_pay = nullptr;
};

} // namespace tl::ui
