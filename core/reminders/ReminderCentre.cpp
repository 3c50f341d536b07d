#include "reminders/ReminderCentre.h"

#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "reminders/LabourContractReminders.h"
#include "reminders/LetterReplyReminders.h"
#include "reminders/LimitationReminders.h"
#include "reminders/PoolReclaimReminders.h"
#include "reminders/PromiseReminders.h"
#include "reminders/ReceivableDueReminders.h"
#include "reminders/ReminderProvider.h"

#include <QHash>

#include <algorithm>

namespace tl::core {

ReminderCentre::ReminderCentre(const Context& ctx) : m_ctx(ctx)
{
    addProvider(std::make_unique<ReceivableDueReminders>());
    addProvider(std::make_unique<PromiseReminders>());
    addProvider(std::make_unique<LetterReplyReminders>());
    addProvider(std::make_unique<LimitationReminders>());
    addProvider(std::make_unique<PoolReclaimReminders>());
    addProvider(std::make_unique<LabourContractReminders>());
}

ReminderCentre::~ReminderCentre() = default;

void ReminderCentre::addProvider(std::unique_ptr<ReminderProvider> provider)
{
    if (provider)
        m_providers.push_back(std::move(provider));
}

QStringList ReminderCentre::kinds() const
{
    QStringList kinds;
    for (const auto& p : m_providers)
        kinds << p->kinds();
    return kinds;
}

QString ReminderCentre::kindName(const QString& kind) const
{
    for (const auto& p : m_providers)
        if (p->kinds().contains(kind))
            return p->kindName(kind);
    return kind;
}

QDate ReminderCentre::dayOf(const QDate& today) const
{
    return today.isValid() ? today : m_ctx.clock.today();
}

namespace {

// Runs every provider; stops at the first error.
Result<ReminderCentre::Overview> run(const Context& ctx,
                                     const std::vector<std::unique_ptr<ReminderProvider>>& providers,
                                     const QDate& day, int limitPerKind, ReminderProvider::Marks marks)
{
    ReminderCentre::Overview out;
    out.today = day;
    QHash<QString, int> order;
    for (const auto& p : providers) {
        auto batch = p->collect(ctx, day, std::max(limitPerKind, 0), marks);
        if (!batch)
            return batch.error();
        for (const QString& kind : p->kinds()) {
            order.insert(kind, int(order.size()));
            const qint64 count = batch->totals.value(kind);
            out.counts << ReminderCentre::KindCount{kind, p->kindName(kind), count};
            out.total += count;
        }
        out.reminders << batch->reminders;
    }
    std::stable_sort(out.reminders.begin(), out.reminders.end(), [&](const Reminder& a, const Reminder& b) {
        const int ka = order.value(a.kind), kb = order.value(b.kind);
        if (ka != kb)
            return ka < kb;
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        return a.key < b.key;
    });
    return out;
}

} // namespace

Result<ReminderCentre::Overview> ReminderCentre::collect(int limitPerKind, const QDate& today) const
{
    return run(m_ctx, m_providers, dayOf(today), limitPerKind, ReminderProvider::Marks::HideDismissed);
}

Result<QList<ReminderCentre::KindCount>> ReminderCentre::counts(const QDate& today) const
{
    auto overview = run(m_ctx, m_providers, dayOf(today), 0, ReminderProvider::Marks::HideDismissed);
    if (!overview)
        return overview.error();
    return overview->counts;
}

Result<QList<Reminder>> ReminderCentre::unnotified(int limitPerKind, const QDate& today)
{
    auto overview = run(m_ctx, m_providers, dayOf(today), limitPerKind, ReminderProvider::Marks::HideMarked);
    if (!overview)
        return overview.error();
    const QList<Reminder> fresh = overview->reminders;
    const Status marked = guarded([&]() -> Status {
        Transaction tx(m_ctx.db);
        SqlQuery q(m_ctx.db, QStringLiteral("INSERT INTO reminder_marks (user_id, key, dismissed, at) "
                                            "VALUES (?, ?, 0, ?) ON CONFLICT (user_id, key) DO NOTHING"));
        const QString at = m_ctx.clock.now().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
        for (const Reminder& r : fresh)
            q.bind(m_ctx.session.userId).bind(r.key).bind(at).exec();
        tx.commit();
        return {};
    });
    if (!marked)
        return marked.error();
    return fresh;
}

Status ReminderCentre::checkKey(const QString& key) const
{
    const QStringList parts = key.split(QLatin1Char(':'));
    bool numeric = false;
    if (parts.size() == 3)
        parts.at(1).toLongLong(&numeric);
    if (parts.size() != 3 || !kinds().contains(parts.at(0)) || !numeric ||
        !QDate::fromString(parts.at(2), Qt::ISODate).isValid())
        return Error::invalid(tr("\"%1\" is not the key of a reminder.").arg(key));
    return {};
}

Status ReminderCentre::mark(const QString& key, bool dismissed)
{
    if (const Status ok = checkKey(key); !ok)
        return ok;
    return guarded([&]() -> Status {
        Transaction tx(m_ctx.db);
        SqlQuery q(
            m_ctx.db,
            QStringLiteral("INSERT INTO reminder_marks (user_id, key, dismissed, at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (user_id, key) DO UPDATE SET dismissed = excluded.dismissed, "
                           "at = excluded.at"));
        q.bind(m_ctx.session.userId)
            .bind(key)
            .bind(dismissed ? 1 : 0)
            .bind(m_ctx.clock.now().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")))
            .exec();
        tx.afterCommit([notifier = m_ctx.notifier] {
            if (notifier)
                notifier->notify(QStringLiteral("reminder_marks"));
        });
        tx.commit();
        return {};
    });
}

Status ReminderCentre::dismiss(const QString& key)
{
    return mark(key, true);
}

Status ReminderCentre::restore(const QString& key)
{
    return mark(key, false);
}

} // namespace tl::core
