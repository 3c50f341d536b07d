#pragma once

#include "common/Context.h"

#include <QCompleter>

class QLineEdit;
class QStandardItemModel;
class QTimer;

namespace tl::ui {

// Completes a customer code in a line edit: typing part of a code, name, region or industry lists the
// matching customers the session may see ("C001  深圳某某科技"); choosing one puts its code into the line
// edit.
class CustomerCodeCompleter : public QCompleter
{
    Q_OBJECT
public:
    CustomerCodeCompleter(const core::Context& ctx, QLineEdit* edit);

    static constexpr int MaxSuggestions = 15;

    // Queries now (normally debounced after typing); used by tests.
    void updateSuggestions(const QString& text);
    int suggestionCount() const;

private:
    core::Context m_ctx;
    QLineEdit* m_edit;
    QStandardItemModel* m_model;
    QTimer* m_timer;
};

} // namespace tl::ui
