#include "reminders/ReminderProvider.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

namespace tl::core {

QString ReminderProvider::markCondition(const QString& keySql, const Context& ctx, Marks marks,
                                        QVariantList& args)
{
    // One lookup on reminder_marks' UNIQUE (user_id, key) index per candidate reminder. The marks are read
    // through a derived table without reminder_marks.id, so that an unqualified "id" in keySql names the
    // provider's row, not the mark's (SQLite flattens the derived table: the index is still used).
    args << ctx.session.userId;
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM (SELECT user_id, key, dismissed FROM reminder_marks) rm "
                          "WHERE rm.key = %1 AND rm.user_id = ?%2)")
        .arg(keySql, marks == Marks::HideDismissed ? QStringLiteral(" AND rm.dismissed = 1") : QString());
}

QHash<QString, bool> ReminderProvider::markedKeys(const Context& ctx, const QString& kind)
{
    QHash<QString, bool> marked;
    const QString prefix = kind + QLatin1Char(':');
    // The range of keys starting with "kind:" on the (user_id, key) index (';' follows ':').
    SqlQuery q(ctx.db,
               QStringLiteral("SELECT key, dismissed FROM reminder_marks WHERE user_id = ? AND key >= ? "
                              "AND key < ?"));
    q.bind(ctx.session.userId).bind(prefix).bind(kind + QLatin1Char(';')).exec();
    while (q.next())
        marked.insert(q.text(0), q.integer(1) != 0);
    return marked;
}

bool ReminderProvider::hidden(const QHash<QString, bool>& marked, const QString& key, Marks marks)
{
    const auto it = marked.constFind(key);
    if (it == marked.constEnd())
        return false;
    return marks == Marks::HideMarked || it.value();
}

} // namespace tl::core
