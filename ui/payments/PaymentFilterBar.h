#pragma once

#include "common/Context.h"
#include "receivables/PaymentQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace tl::ui {

class CustomerPicker;
class OptionalDateEdit;

// The filters of the payment list: customer (code with completion), the period received, the method,
// "only with credit left" and "include reversed". Emits changed() when the filter changes.
class PaymentFilterBar : public QWidget
{
    Q_OBJECT
public:
    PaymentFilterBar(const core::Context& ctx, QWidget* parent = nullptr);

    core::PaymentQuery::Filter filter() const;
    QString problem() const; // a customer code that names nobody; "" when fine

    CustomerPicker* customerPicker() const { return m_customer; }
    OptionalDateEdit* fromEdit() const { return m_from; }
    OptionalDateEdit* toEdit() const { return m_to; }
    QComboBox* methodCombo() const { return m_method; }
    QCheckBox* creditOnly() const { return m_credit; }
    QCheckBox* includeReversed() const { return m_reversed; }

signals:
    void changed();

private:
    CustomerPicker* m_customer;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QComboBox* m_method;
    QCheckBox* m_credit;
    QCheckBox* m_reversed;
};

} // namespace tl::ui
