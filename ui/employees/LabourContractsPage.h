#pragma once

#include "app/Page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tl::ui {

class LabourContractAlertProxy;
class LabourContractAlertTableModel;

// 劳动合同提醒: contracts ending within 30 days, probation ending within 7 days, and the legal warnings
// (third fixed-term renewal, ten years of service, no written contract) as of today, filtered by kind.
// Double-click opens the employee.
class LabourContractsPage : public Page
{
    Q_OBJECT
public:
    explicit LabourContractsPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    LabourContractAlertTableModel* model() const { return m_model; }
    LabourContractAlertProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }

public slots:
    void reload();
    void openEmployee();
    // Opens the contract dialog for the selected alert's employee: a renewal of the last contract, or the
    // first contract when there is none.
    void renewContract();

private:
    void applyKind();
    void updateSummary();
    qint64 selectedEmployeeId() const;

    LabourContractAlertTableModel* m_model;
    LabourContractAlertProxy* m_proxy;
    QComboBox* m_kind;
    QLabel* m_summary;
    QPushButton* m_refresh;
    QPushButton* m_open;
    QPushButton* m_renew;
    QTableView* m_view;
    bool m_stale = true;
};

} // namespace tl::ui
