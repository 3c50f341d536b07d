#include "io/CustomerExport.h"

#include "customers/CustomerRepository.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "io/CustomerImport.h"

namespace tl::core {

QString CustomerExport::degrees(qint64 e6)
{
    const qint64 magnitude = e6 < 0 ? -e6 : e6;
    return QStringLiteral("%1%2.%3")
        .arg(e6 < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 1000000)
        .arg(magnitude % 1000000, 6, 10, QLatin1Char('0'));
}

Result<qint64> CustomerExport::write(TableWriter& writer, Progress& progress)
{
    const Session& session = m_ctx.session;
    if (!session.can(permission()))
        return Error::denied(tr("You may not export the customer list."));

    QStringList header;
    for (const ImportColumn& column : CustomerImport::columnSpec())
        header << column.header(m_options.headers);
    if (Status written = writer.writeRow(header); !written)
        return written.error();

    return guarded([&]() -> Result<qint64> {
        // The pool and the owners the session's scope covers (everything for ViewAllCustomers).
        const CustomerRepository::Condition owners =
            CustomerRepository::ownerScope(session, QStringLiteral("c.owner_id"));
        QString sql = QStringLiteral(
            "SELECT c.code, c.name, c.type, c.level, c.industry, c.region, c.address, c.latitude_e6, "
            "c.longitude_e6, "
            "c.owner_id, o.code, o.department_id, c.created_on, c.owned_since, k.name, k.phone "
            "FROM customers c LEFT JOIN employees o ON o.id = c.owner_id "
            "LEFT JOIN customer_contacts k ON k.id = (SELECT id FROM customer_contacts "
            "WHERE customer_id = c.id ORDER BY is_primary DESC, id LIMIT 1)");
        if (!owners.sql.isEmpty())
            sql += QStringLiteral(" WHERE (c.owner_id IS NULL OR %1)").arg(owners.sql);
        sql += QStringLiteral(" ORDER BY c.code");
        SqlQuery q(m_ctx.db, sql);
        for (const QVariant& arg : owners.args)
            q.bind(arg);
        q.exec();

        qint64 rows = 0;
        while (q.next()) {
            if (++rows % 256 == 0) {
                progress.setDone(rows);
                if (progress.isCancelled())
                    return Error{ErrorCode::Conflict, tr("The export was cancelled."), {}, {}, {}};
            }
            const qint64 ownerId = q.integer(9);
            const qint64 department = q.integer(11);
            if (!CustomerRepository::isVisible(session, ownerId, department)) {
                --rows;
                continue;
            }
            const bool contacts = CustomerRepository::contactsVisible(session, ownerId, department);
            const bool located = !q.isNull(7) && !q.isNull(8);
            // The order of CustomerImport::Column.
            const Status written = writer.writeRow(
                {q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6),
                 located ? degrees(q.integer(7)) : QString(), located ? degrees(q.integer(8)) : QString(),
                 contacts ? q.text(14) : QString(), contacts ? q.text(15) : QString(), q.text(10), q.text(12),
                 q.text(13)});
            if (!written)
                return written.error();
        }
        progress.setDone(rows);
        return rows;
    });
}

} // namespace tl::core
