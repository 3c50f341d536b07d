#pragma once

#include "customers/Customer.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tl::ui {

class AppContext;
class CustomerContactsPanel;
class CustomerLocationPanel;
class CustomerOpportunitiesPanel;
class FollowUpTimelinePanel;
class MessageBar;
class OwnershipTableModel;

// 客户详情: a header (code, name, type, level, owner, pool countdown) and tabs for the contacts
// (add/edit/remove), the follow-up timeline, the ownership history, the opportunities with their
// stages, the location, and (with ViewReceivables) the customer's risk score with its components and formula
// (core::RiskScore; the level and score also in the header). Edit, Log follow-up (Ctrl+F) and Release to the
// pool act on the customer; every tab follows the change notifications, and problems appear in the dialog's
// own message bar.
class CustomerDetailDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Tab
    {
        Contacts,
        FollowUps,
        Ownership,
        Opportunities,
        Location,
        Risk // only with ViewReceivables
    };

    CustomerDetailDialog(AppContext& app, qint64 customerId, QWidget* parent = nullptr);
    ~CustomerDetailDialog() override;

    const core::Customer& customer() const { return m_customer; }
    void showTab(Tab tab);
    QString headerText() const;      // code and name, as shown
    QString countdownText() const;   // the pool countdown, as shown ("" in the pool or when none applies)
    QString riskText() const;        // the header's risk ("Risk: Medium 45"; "" without ViewReceivables)
    QString riskExplanation() const; // the Risk tab's text: the components and the formula
    MessageBar* messageBar() const { return m_bar; }
    CustomerContactsPanel* contactsPanel() const { return m_contacts; }
    FollowUpTimelinePanel* timelinePanel() const { return m_timeline; }
    CustomerOpportunitiesPanel* opportunitiesPanel() const { return m_opportunities; }
    OwnershipTableModel* ownershipModel() const { return m_ownership; }

public slots:
    void reload();
    void editCustomer();
    void logFollowUp();
    void releaseToPool();

private:
    void buildUi();
    void fillHeader();
    void updateCountdown();
    void updateRisk();
    void updateActions();
    void onChanged(const QString& entity, const QList<qint64>& ids);

    AppContext& m_app;
    qint64 m_customerId;
    core::Customer m_customer;
    bool m_available = false;
    MessageBar* m_bar = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_owner = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_risk = nullptr;
    QLabel* m_riskExplanation = nullptr;
    QTabWidget* m_tabs = nullptr;
    CustomerContactsPanel* m_contacts = nullptr;
    FollowUpTimelinePanel* m_timeline = nullptr;
    OwnershipTableModel* m_ownership = nullptr;
    QTableView* m_ownershipView = nullptr;
    CustomerOpportunitiesPanel* m_opportunities = nullptr;
    CustomerLocationPanel* m_location = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_log = nullptr;
    QPushButton* m_release = nullptr;
};

} // namespace tl::ui
