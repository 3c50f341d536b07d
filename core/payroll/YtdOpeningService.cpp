#include "payroll/YtdOpeningService.h"

#include "audit/AuditLog.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "money/MoneyFormat.h"

namespace tl::core {

namespace {

// Qt binds a null QString as NULL; the text columns are NOT NULL DEFAULT ''.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QString kTable = QStringLiteral("ytd_openings");

} // namespace

Result<QList<YtdOpening>> YtdOpeningService::forYear(int year) const
{
    return guarded([&]() -> Result<QList<YtdOpening>> {
        if (!m_ctx.session.can(Permission::ViewSalary))
            return Error::denied(tr("You may not see year-to-date payroll figures."));
        SqlQuery q(m_ctx.db,
                   QStringLiteral("SELECT o.id, o.employee_id, e.code, e.name, o.year, o.months_employed, "
                                  "o.income, o.special_deduction, o.special_additional, o.withheld, o.note "
                                  "FROM ytd_openings o JOIN employees e ON e.id = o.employee_id "
                                  "WHERE o.year = ? ORDER BY e.code"));
        q.bind(year).exec();
        QList<YtdOpening> list;
        while (q.next()) {
            YtdOpening o;
            o.id = q.integer(0);
            o.employeeId = q.integer(1);
            o.employeeCode = q.text(2);
            o.employeeName = q.text(3);
            o.year = int(q.integer(4));
            o.monthsEmployed = int(q.integer(5));
            o.income = Money::fromFen(q.integer(6));
            o.specialDeduction = Money::fromFen(q.integer(7));
            o.specialAdditional = Money::fromFen(q.integer(8));
            o.withheld = Money::fromFen(q.integer(9));
            o.note = q.text(10);
            list.append(o);
        }
        return list;
    });
}

Result<qint64> YtdOpeningService::save(const YtdOpening& o)
{
    return guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::EditSalaryProfiles))
            return Error::denied(tr("You may not enter year-to-date payroll figures."));
        QList<FieldProblem> problems;
        auto add = [&](const char* column, const QString& value, const QString& reason) {
            problems.append({0, QString::fromLatin1(column), value, reason});
        };
        const QString code =
            SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT code FROM employees WHERE id = ?"),
                             {o.employeeId})
                .toString();
        if (code.isEmpty())
            add("employee_code", QString::number(o.employeeId), tr("the employee does not exist"));
        if (o.year < 2000 || o.year > 2100)
            add("year", QString::number(o.year), tr("the year must be between 2000 and 2100"));
        if (o.monthsEmployed < 0 || o.monthsEmployed > 12)
            add("months_employed", QString::number(o.monthsEmployed),
                tr("the months employed must be between 0 and 12"));
        const std::pair<const char*, Money> amounts[] = {{"income", o.income},
                                                         {"special_deduction", o.specialDeduction},
                                                         {"special_additional", o.specialAdditional},
                                                         {"withheld", o.withheld}};
        for (const auto& [column, amount] : amounts)
            if (amount.isNegative())
                add(column, formatPlain(amount), tr("the amount must not be negative"));
        if (!problems.isEmpty())
            return Error::invalid(tr("The year-to-date figures cannot be saved."), problems);

        Transaction tx(m_ctx.db);
        const QString closed =
            SqlQuery::scalar(m_ctx.db,
                             QStringLiteral("SELECT period FROM payroll_runs WHERE period LIKE ? "
                                            "AND status IN ('approved', 'locked') ORDER BY period LIMIT 1"),
                             {QStringLiteral("%1-%").arg(o.year)})
                .toString();
        const QString label = QStringLiteral("%1 %2").arg(code).arg(o.year);
        if (!closed.isEmpty())
            return Error::conflict(
                tr("The year-to-date figures of %1 for %2 cannot change: the payroll of %3 "
                   "is approved or locked.")
                    .arg(code)
                    .arg(o.year)
                    .arg(closed),
                label);
        const qint64 existing =
            SqlQuery::scalar(m_ctx.db,
                             QStringLiteral("SELECT id FROM ytd_openings WHERE employee_id = ? AND year = ?"),
                             {o.employeeId, o.year})
                .toLongLong();
        const QString now = m_ctx.clock.now().toString(Qt::ISODate);
        AuditLog audit(m_ctx);
        qint64 id = existing;
        if (existing != 0) {
            const QJsonObject before = AuditLog::snapshot(m_ctx.db, kTable, existing);
            SqlQuery q(m_ctx.db, QStringLiteral(
                                     "UPDATE ytd_openings SET months_employed = ?, income = ?, "
                                     "special_deduction = ?, special_additional = ?, withheld = ?, note = ?, "
                                     "updated_at = ? WHERE id = ?"));
            q.bind(o.monthsEmployed)
                .bind(o.income.fen())
                .bind(o.specialDeduction.fen())
                .bind(o.specialAdditional.fen())
                .bind(o.withheld.fen())
                .bind(notNull(o.note))
                .bind(now)
                .bind(existing)
                .exec();
            audit.record(kTable, id, label, QStringLiteral("update"), before,
                         AuditLog::snapshot(m_ctx.db, kTable, id));
        } else {
            SqlQuery q(m_ctx.db,
                       QStringLiteral("INSERT INTO ytd_openings (employee_id, year, months_employed, income, "
                                      "special_deduction, special_additional, withheld, note, created_at, "
                                      "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
            q.bind(o.employeeId)
                .bind(o.year)
                .bind(o.monthsEmployed)
                .bind(o.income.fen())
                .bind(o.specialDeduction.fen())
                .bind(o.specialAdditional.fen())
                .bind(o.withheld.fen())
                .bind(notNull(o.note))
                .bind(now)
                .bind(now)
                .exec();
            id = q.lastInsertId();
            audit.record(kTable, id, label, QStringLiteral("create"), {},
                         AuditLog::snapshot(m_ctx.db, kTable, id));
        }
        ChangeNotifier* notifier = m_ctx.notifier;
        tx.afterCommit([notifier, id] {
            if (notifier)
                notifier->notify(kTable, {id});
        });
        tx.commit();
        return id;
    });
}

} // namespace tl::core
