#include "employees/EmployeeCompleter.h"

#include "org/EmployeeQuery.h"

#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>

namespace tl::ui {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
}

EmployeeCompleter::EmployeeCompleter(const core::Context& ctx, QLineEdit* edit)
    : QCompleter(edit), m_ctx(ctx), m_edit(edit), m_model(new QStandardItemModel(this)),
      m_timer(new QTimer(this))
{
    setModel(m_model);
    setCompletionRole(CodeRole);
    setCompletionMode(QCompleter::UnfilteredPopupCompletion); // the model is already the filtered list
    setCaseSensitivity(Qt::CaseInsensitive);
    setMaxVisibleItems(MaxSuggestions);
    m_edit->setCompleter(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_edit, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, [this] {
        updateSuggestions(m_edit->text());
        if (m_model->rowCount() > 0 && m_edit->hasFocus())
            complete();
    });
}

void EmployeeCompleter::updateSuggestions(const QString& text)
{
    m_model->clear();
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return;
    core::EmployeeQuery::Filter filter;
    filter.search = needle;
    const core::EmployeeQuery query(m_ctx, filter, core::EmployeeQuery::SortKey::Code, true);
    auto page = query.page({}, MaxSuggestions + 1);
    if (!page)
        return;
    for (const core::Employee& e : page->rows) {
        if (e.id == m_excludedId)
            continue;
        QString display = e.code + QStringLiteral("  ") + e.name;
        if (!e.departmentName.isEmpty())
            display += QStringLiteral(" · ") + e.departmentName;
        auto* item = new QStandardItem(display);
        item->setData(e.code, CodeRole);
        item->setEditable(false);
        m_model->appendRow(item);
        if (m_model->rowCount() >= MaxSuggestions)
            break;
    }
}

} // namespace tl::ui
