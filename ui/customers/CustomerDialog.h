#pragma once

#include "common/Context.h"
#include "customers/Customer.h"
#include "employees/FieldProblemPresenter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace tl::ui {

class EmployeeCompleter;

// Create or edit one customer. Problems found by core::CustomerService::validate (and the typed
// coordinates and amounts that cannot be read) are shown in place, under their fields; nothing is saved
// until every problem is fixed, and after a failed attempt the messages follow the edits.
// A new customer belongs to the session's employee; a manager (AssignCustomers) may name another
// owner or leave it empty for the pool. The owner of an existing customer changes only through the pool
// (claim, release, assign), so it is read-only here. A new customer may come with its primary contact.
class CustomerDialog : public QDialog
{
    Q_OBJECT
public:
    // customerId 0 = a new customer.
    CustomerDialog(const core::Context& ctx, qint64 customerId, QWidget* parent = nullptr);
    ~CustomerDialog() override;

    qint64 customerId() const { return m_customer.id; } // the new id after a successful save
    bool isNew() const { return m_customer.id == 0; }
    // A warning after a save that did not fully succeed (the contact of a new customer); else empty.
    QString warning() const { return m_warning; }

    core::Customer customerFromFields() const;
    QString problemText(const QString& column) const { return m_problems.problemText(column); }
    QString generalProblemText() const { return m_problems.generalText(); }

public slots:
    void save();

private:
    void buildUi();
    void addRow(QFormLayout* form, const QString& label, const QString& column, QWidget* editor,
                QWidget* extra = nullptr);
    void loadCustomer(qint64 id);
    void fillFields();
    void updateOwnerName();
    QList<core::FieldProblem> problems(const core::Customer& customer) const;
    QList<core::FieldProblem> parseProblems() const;
    core::CustomerContact newContact() const; // the contact fields of a new customer
    void revalidate();

    core::Context m_ctx;
    core::Customer m_customer;
    bool m_attempted = false;
    bool m_canChooseOwner = false;
    QString m_warning;

    QLabel* m_general;
    FieldProblemPresenter m_problems;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_level = nullptr;
    QLineEdit* m_industry = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_latitude = nullptr;
    QLineEdit* m_longitude = nullptr;
    QLineEdit* m_creditLimit = nullptr;
    QSpinBox* m_paymentDays = nullptr;
    QLineEdit* m_owner = nullptr;
    QLabel* m_ownerName = nullptr;
    EmployeeCompleter* m_ownerCompleter = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_phone = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tl::ui
