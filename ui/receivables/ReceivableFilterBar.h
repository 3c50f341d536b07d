#pragma once

#include "common/Context.h"
#include "receivables/ReceivableQuery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace tl::ui {

class CustomerPicker;
class EmployeePicker;
class OptionalDateEdit;

// The filters of the Receivables list: search (contract number or customer name; debounced, Enter applies
// at once), collector (salesperson; not shown to salespeople, who see only their own), customer, ageing
// bucket (from the company's bucket setting), status (open by default; overdue, disputed, paid, written off,
// all) and the due period. Emits changed() when the filter changes.
class ReceivableFilterBar : public QWidget
{
    Q_OBJECT
public:
    ReceivableFilterBar(const core::Context& ctx, QWidget* parent = nullptr);

    core::ReceivableQuery::Filter filter() const;
    QString problem() const; // a code that names nobody; "" when fine

    QLineEdit* searchEdit() const { return m_search; }
    EmployeePicker* collectorPicker() const { return m_collector; }
    CustomerPicker* customerPicker() const { return m_customer; }
    QComboBox* bucketCombo() const { return m_bucket; }
    QComboBox* statusCombo() const { return m_status; }
    OptionalDateEdit* dueFrom() const { return m_from; }
    OptionalDateEdit* dueTo() const { return m_to; }
    void setStatus(core::ReceivableQuery::Status status);
    void setSearch(const QString& text); // applies at once

signals:
    void changed();

private:
    void applyNow();

    core::Context m_ctx;
    QLineEdit* m_search;
    EmployeePicker* m_collector;
    CustomerPicker* m_customer;
    QComboBox* m_bucket;
    QComboBox* m_status;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QTimer* m_searchTimer;
};

} // namespace tl::ui
