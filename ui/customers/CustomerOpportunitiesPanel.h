#pragma once

#include "common/Context.h"

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class QToolButton;

namespace tl::ui {

class CustomerOpportunityTableModel;

// The Opportunities tab of the customer detail: the list with stages, New / Edit, "Move to stage"
// (forward, back, won, lost, reopen; each move a history row) and the selected one's stage history.
class CustomerOpportunitiesPanel : public QWidget
{
    Q_OBJECT
public:
    CustomerOpportunitiesPanel(const core::Context& ctx, QWidget* parent = nullptr);

    void setCustomer(qint64 customerId, bool editable);
    CustomerOpportunityTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    qint64 selectedOpportunityId() const;
    void selectOpportunity(qint64 id);

public slots:
    void newOpportunity();
    void editOpportunity();
    void moveTo(const QString& stage);

signals:
    void failed(const QString& message);
    void succeeded(const QString& message);

private:
    void updateSelection();
    void fillStageMenu();

    core::Context m_ctx;
    qint64 m_customerId = 0;
    bool m_editable = false;
    qint64 m_keepSelected = 0;
    CustomerOpportunityTableModel* m_model;
    QTableView* m_view = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QToolButton* m_move = nullptr;
    QMenu* m_stageMenu = nullptr;
    QLabel* m_history = nullptr;
};

} // namespace tl::ui
