#pragma once

#include "common/Context.h"

#include <QCompleter>

class QLineEdit;
class QStandardItemModel;
class QTimer;

namespace tl::ui {

// Completes an employee code in a line edit: typing part of a code, name, phone or position lists
// matching employees ("E001  张三 · 销售一部"); choosing one puts its code into the line edit.
class EmployeeCompleter : public QCompleter
{
    Q_OBJECT
public:
    EmployeeCompleter(const core::Context& ctx, QLineEdit* edit);

    static constexpr int MaxSuggestions = 15;

    // Queries now (normally debounced after typing); used by tests.
    void updateSuggestions(const QString& text);
    void setExcludedId(qint64 id) { m_excludedId = id; } // e.g. the employee being edited

private:
    core::Context m_ctx;
    QLineEdit* m_edit;
    QStandardItemModel* m_model;
    QTimer* m_timer;
    qint64 m_excludedId = 0;
};

} // namespace tl::ui
