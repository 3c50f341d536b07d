#include "letters/CustomerCodeCompleter.h"

#include "customers/CustomerQuery.h"

#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>

namespace tl::ui {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
}

CustomerCodeCompleter::CustomerCodeCompleter(const core::Context& ctx, QLineEdit* edit)
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

int CustomerCodeCompleter::suggestionCount() const
{
    return m_model->rowCount();
}

void CustomerCodeCompleter::updateSuggestions(const QString& text)
{
    m_model->clear();
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return;
    core::CustomerQuery::Filter filter;
    filter.scope = core::CustomerQuery::Scope::All;
    filter.search = needle;
    const core::CustomerQuery query(m_ctx, filter, core::CustomerQuery::SortKey::Code, true);
    auto page = query.page({}, MaxSuggestions);
    if (!page)
        return;
    for (const core::CustomerRow& row : page->rows) {
        auto* item = new QStandardItem(row.customer.code + QStringLiteral("  ") + row.customer.name);
        item->setData(row.customer.code, CodeRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
}

} // namespace tl::ui
