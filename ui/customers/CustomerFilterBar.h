#pragma once

#include "common/Context.h"
#include "customers/CustomerQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace tl::ui {

class EmployeeCompleter;

// The filters of the customer lists: search (code, name, region, industry; debounced, Enter applies at
// once), level, type, "reclaimed within N days" and, on the team list, the owner (an employee code with
// completion). Emits changed() when the filter to apply changes.
class CustomerFilterBar : public QWidget
{
    Q_OBJECT
public:
    CustomerFilterBar(const core::Context& ctx, bool withOwner, QWidget* parent = nullptr);

    // The filter as the controls describe it (scope left as given).
    core::CustomerQuery::Filter filter(core::CustomerQuery::Scope scope) const;
    // The owner code typed but not found (the list then shows nobody's customers); "" when fine.
    QString ownerProblem() const { return m_ownerProblem; }

    QLineEdit* searchEdit() const { return m_search; }
    void setSearch(const QString& text);    // applies at once
    void setLevel(const QString& level);    // "" = any
    void setType(const QString& typeKey);   // "" = any
    void setReclaimWithin(int days);        // < 0 = off
    void setOwnerCode(const QString& code); // applies at once

signals:
    void changed();

private:
    void resolveOwner();
    void applyNow();

    core::Context m_ctx;
    QLineEdit* m_search;
    QComboBox* m_level;
    QComboBox* m_type;
    QCheckBox* m_reclaim;
    QSpinBox* m_reclaimDays;
    QLineEdit* m_owner = nullptr;
    QLabel* m_ownerName = nullptr;
    EmployeeCompleter* m_ownerCompleter = nullptr;
    QTimer* m_searchTimer;
    qint64 m_ownerId = 0; // -1 = typed code not found
    QString m_ownerProblem;
};

} // namespace tl::ui
