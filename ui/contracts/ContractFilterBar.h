#pragma once

#include "common/Context.h"
#include "sales/ContractQuery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace tl::ui {

class CustomerPicker;
class EmployeePicker;
class OptionalDateEdit;

// The filters of the contract list: search (contract number or customer name; debounced, Enter applies at
// once), salesperson and customer (codes with completion; the salesperson only for roles that see other
// people's contracts), status, kind and the signing period. Emits changed() when the filter changes.
class ContractFilterBar : public QWidget
{
    Q_OBJECT
public:
    ContractFilterBar(const core::Context& ctx, QWidget* parent = nullptr);

    core::ContractQuery::Filter filter() const;
    // A salesperson or customer code typed that names nobody (the list is then empty); "" when fine.
    QString problem() const;

    QLineEdit* searchEdit() const { return m_search; }
    EmployeePicker* salespersonPicker() const { return m_salesperson; }
    CustomerPicker* customerPicker() const { return m_customer; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* kindCombo() const { return m_kind; }
    OptionalDateEdit* signedFrom() const { return m_from; }
    OptionalDateEdit* signedTo() const { return m_to; }
    void setSearch(const QString& text); // applies at once

signals:
    void changed();

private:
    void applyNow();

    core::Context m_ctx;
    QLineEdit* m_search;
    EmployeePicker* m_salesperson;
    CustomerPicker* m_customer;
    QComboBox* m_status;
    QComboBox* m_kind;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QTimer* m_searchTimer;
};

} // namespace tl::ui
