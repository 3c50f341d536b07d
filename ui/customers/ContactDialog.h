#pragma once

#include "common/Context.h"
#include "customers/Customer.h"
#include "employees/FieldProblemPresenter.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tl::ui {

// Add or edit one contact of a customer (name, title, phone, email, WeChat, primary). Problems reported
// by core::CustomerService are shown under their fields.
class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    // contact.id 0 = a new contact of contact.customerId.
    ContactDialog(const core::Context& ctx, const core::CustomerContact& contact, QWidget* parent = nullptr);

    core::CustomerContact contactFromFields() const;
    qint64 contactId() const { return m_contact.id; }
    QString problemText(const QString& column) const { return m_problems.problemText(column); }
    QString generalProblemText() const { return m_problems.generalText(); }

public slots:
    void save();

private:
    core::Context m_ctx;
    core::CustomerContact m_contact;
    QLabel* m_general;
    FieldProblemPresenter m_problems;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_wechat = nullptr;
    QCheckBox* m_primary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tl::ui
