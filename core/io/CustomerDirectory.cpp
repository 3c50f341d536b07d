#include "io/CustomerDirectory.h"

#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/ServiceGuard.h"

#include <sqlite3.h>

namespace tl::core {

namespace {

QString columnText(sqlite3_stmt* s, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, i)),
                             sqlite3_column_bytes(s, i));
}

} // namespace

Status CustomerDirectory::load(const Context& ctx)
{
    return guarded([&]() -> Status {
        m_byCode.clear();
        NativeStatement q(
            ctx.db.nativeHandle(),
            "SELECT c.id, c.code, c.owner_id, o.department_id, c.owned_since, c.last_owner_followup_at "
            "FROM customers c LEFT JOIN employees o ON o.id = c.owner_id");
        while (q.step()) {
            sqlite3_stmt* s = q.raw();
            Entry e;
            e.id = sqlite3_column_int64(s, 0);
            e.ownerId = sqlite3_column_int64(s, 2);
            e.ownerDepartmentId = sqlite3_column_int64(s, 3);
            e.ownedSince = QDate::fromString(columnText(s, 4), Qt::ISODate);
            e.lastOwnerFollowUpAt = columnText(s, 5);
            m_byCode.insert(columnText(s, 1), e);
        }
        return {};
    });
}

const CustomerDirectory::Entry* CustomerDirectory::byCode(const QString& code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? nullptr : &*it;
}

} // namespace tl::core
