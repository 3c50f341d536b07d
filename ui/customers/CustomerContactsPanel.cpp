#include "customers/CustomerContactsPanel.h"

#include "auth/Session.h"
#include "customers/ContactDialog.h"
#include "customers/CustomerService.h"
#include "customers/DetailTableView.h"
#include "models/CustomerContactTableModel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

using Column = CustomerContactTableModel::Column;

CustomerContactsPanel::CustomerContactsPanel(const core::Context& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_model(new CustomerContactTableModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add contact…"), this);
    m_add->setObjectName(QStringLiteral("addContact"));
    m_edit = new QPushButton(tr("Edit co&ntact…"), this);
    m_edit->setObjectName(QStringLiteral("editContact"));
    m_remove = new QPushButton(tr("Remo&ve contact"), this);
    m_remove->setObjectName(QStringLiteral("removeContact"));
    for (QPushButton* button : {m_add, m_edit, m_remove}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_hiddenNote = new QLabel(this);
    m_hiddenNote->setObjectName(QStringLiteral("contactsHidden"));
    m_hiddenNote->setWordWrap(true);
    m_hiddenNote->setStyleSheet(QStringLiteral("QLabel { color: #666; }"));
    m_hiddenNote->hide();
    layout->addWidget(m_hiddenNote);
    m_view = makeDetailTableView(m_model, QStringLiteral("customer-contacts"), this,
                                 {110, 130, 130, 180, 120, 60});
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, &CustomerContactsPanel::addContact);
    connect(m_edit, &QPushButton::clicked, this, &CustomerContactsPanel::editContact);
    connect(m_remove, &QPushButton::clicked, this, &CustomerContactsPanel::removeContact);
    connect(m_view, &QTableView::doubleClicked, this, &CustomerContactsPanel::editContact);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomerContactsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerContactsPanel::updateButtons);
    updateButtons();
}

void CustomerContactsPanel::setCustomer(const core::Customer& customer)
{
    m_customer = customer;
    m_editable = m_ctx.session.can(core::Permission::EditCustomers) && !customer.contactsHidden;
    m_model->setContacts(customer.contacts, customer.contactsHidden);
    if (customer.contactsHidden)
        m_hiddenNote->setText(
            customer.ownerId == 0
                ? tr("Contact details of pool customers are shown after the customer is claimed.")
                : tr("Contact details are shown to the customer's owner and their managers."));
    m_hiddenNote->setVisible(customer.contactsHidden);
    for (QPushButton* button : {m_add, m_edit, m_remove})
        button->setVisible(m_editable);
    updateButtons();
}

const core::CustomerContact* CustomerContactsPanel::selectedContact() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->contactAt(rows.first().row());
}

void CustomerContactsPanel::updateButtons()
{
    const bool selected = selectedContact() != nullptr;
    m_add->setEnabled(m_editable && m_customer.id != 0);
    m_edit->setEnabled(m_editable && selected);
    m_remove->setEnabled(m_editable && selected);
}

void CustomerContactsPanel::addContact()
{
    if (!m_editable)
        return;
    core::CustomerContact contact;
    contact.customerId = m_customer.id;
    contact.primary = m_customer.contacts.isEmpty();
    ContactDialog dialog(m_ctx, contact, this);
    if (dialog.exec() == QDialog::Accepted)
        emit succeeded(tr("Contact %1 was added.").arg(dialog.contactFromFields().name));
}

void CustomerContactsPanel::editContact()
{
    const core::CustomerContact* contact = selectedContact();
    if (!m_editable || !contact)
        return;
    ContactDialog dialog(m_ctx, *contact, this);
    if (dialog.exec() == QDialog::Accepted)
        emit succeeded(tr("Contact %1 was saved.").arg(dialog.contactFromFields().name));
}

void CustomerContactsPanel::removeContact()
{
    const core::CustomerContact* selected = selectedContact();
    if (!m_editable || !selected)
        return;
    const core::CustomerContact contact = *selected;
    const auto answer =
        QMessageBox::question(this, tr("Remove contact"),
                              tr("Remove %1 from the contacts of %2?").arg(contact.name, m_customer.name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = core::CustomerService(m_ctx).removeContact(contact.id); !removed)
        emit failed(removed.error().message);
    else
        emit succeeded(tr("Contact %1 was removed.").arg(contact.name));
}

} // namespace tl::ui
