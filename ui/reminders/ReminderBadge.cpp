#include "reminders/ReminderBadge.h"

#include "app/AppContext.h"
#include "pool/BackgroundRead.h"
#include "reminders/ReminderCentre.h"

#include <QTimer>

namespace tl::ui {

ReminderBadge::ReminderBadge(AppContext& app, QObject* parent)
    : QObject(parent), m_app(app), m_interval(new QTimer(this)), m_delay(new QTimer(this))
{
    m_interval->setInterval(RefreshIntervalMs);
    m_delay->setSingleShot(true);
    m_delay->setInterval(ChangeDelayMs);
    connect(m_interval, &QTimer::timeout, this, &ReminderBadge::refresh);
    connect(m_delay, &QTimer::timeout, this, &ReminderBadge::refresh);
    connect(&app.notifier(), &core::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (m_interval->isActive() && watchedEntities().contains(entity))
            m_delay->start();
    });
}

const QStringList& ReminderBadge::watchedEntities()
{
    static const QStringList entities{QStringLiteral("installments"),
                                      QStringLiteral("payments"),
                                      QStringLiteral("contracts"),
                                      QStringLiteral("letters"),
                                      QStringLiteral("disputes"),
                                      QStringLiteral("promises"),
                                      QStringLiteral("demands"),
                                      QStringLiteral("write_offs"),
                                      QStringLiteral("reminder_marks"),
                                      QStringLiteral("customers"),
                                      QStringLiteral("customer_ownership"),
                                      QStringLiteral("followups"),
                                      QStringLiteral("pool_rules"),
                                      QStringLiteral("pool_sweeps"),
                                      QStringLiteral("labour_contracts"),
                                      QStringLiteral("employees"),
                                      QStringLiteral("settings")};
    return entities;
}

void ReminderBadge::start()
{
    m_interval->start();
    refresh();
}

void ReminderBadge::refresh()
{
    if (m_counting) {
        m_again = true;
        return;
    }
    m_counting = true;
    readInBackground<QList<core::ReminderCentre::KindCount>>(
        this, m_app, [](const core::Context& ctx) { return core::ReminderCentre(ctx).counts(); },
        [this](const core::Result<QList<core::ReminderCentre::KindCount>>& counts) {
            m_counting = false;
            if (counts) {
                qint64 total = 0;
                for (const core::ReminderCentre::KindCount& c : *counts)
                    total += c.count;
                if (total != m_count) {
                    m_count = total;
                    emit countChanged(total);
                }
            } else {
                qWarning("reminder count failed: %s", qPrintable(counts.error().fullText()));
            }
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

} // namespace tl::ui
