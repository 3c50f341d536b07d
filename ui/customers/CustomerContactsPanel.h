#pragma once

#include "common/Context.h"
#include "customers/Customer.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tl::ui {

class CustomerContactTableModel;

// The Contacts tab of the customer detail: the list with Add / Edit / Remove (for sessions that may
// edit the customer and see its contacts).
class CustomerContactsPanel : public QWidget
{
    Q_OBJECT
public:
    CustomerContactsPanel(const core::Context& ctx, QWidget* parent = nullptr);

    void setCustomer(const core::Customer& customer);
    CustomerContactTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

public slots:
    void addContact();
    void editContact();
    void removeContact();

signals:
    void failed(const QString& message);
    void succeeded(const QString& message);

private:
    void updateButtons();
    const core::CustomerContact* selectedContact() const;

    core::Context m_ctx;
    core::Customer m_customer;
    bool m_editable = false;
    CustomerContactTableModel* m_model;
    QTableView* m_view = nullptr;
    QLabel* m_hiddenNote = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace tl::ui
