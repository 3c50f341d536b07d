#pragma once

#include "receivables/RecordPicker.h"

namespace tl::ui {

class CustomerCompleter;

// Chooses a customer by code, with completion on code and name (CustomerCompleter).
class CustomerPicker : public RecordPicker
{
    Q_OBJECT
public:
    explicit CustomerPicker(const core::Context& ctx, QWidget* parent = nullptr);

    CustomerCompleter* completer() const { return m_completer; }

protected:
    std::optional<Found> findByCode(const QString& code) const override;
    std::optional<Found> findById(qint64 id) const override;
    QString unknownText(const QString& code) const override;

private:
    CustomerCompleter* m_completer;
};

} // namespace tl::ui
