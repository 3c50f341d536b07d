#include "receivables/CustomerPicker.h"

#include "customers/CustomerService.h"
#include "receivables/CustomerCompleter.h"

#include <QLineEdit>

namespace tl::ui {

CustomerPicker::CustomerPicker(const core::Context& ctx, QWidget* parent)
    : RecordPicker(ctx, tr("customer code or name"), parent),
      m_completer(new CustomerCompleter(ctx, lineEdit()))
{
    setCompleter(m_completer);
}

std::optional<RecordPicker::Found> CustomerPicker::findByCode(const QString& code) const
{
    auto customer = core::CustomerService(m_ctx).getByCode(code);
    if (!customer)
        return std::nullopt;
    return Found{customer->id, customer->code, customer->name};
}

std::optional<RecordPicker::Found> CustomerPicker::findById(qint64 id) const
{
    auto customer = core::CustomerService(m_ctx).get(id);
    if (!customer)
        return std::nullopt;
    return Found{customer->id, customer->code, customer->name};
}

QString CustomerPicker::unknownText(const QString& code) const
{
    return tr("No customer %1 in your view").arg(code);
}

} // namespace tl::ui
