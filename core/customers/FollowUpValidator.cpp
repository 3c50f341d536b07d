#include "customers/FollowUpValidator.h"

#include "db/SqlQuery.h"

namespace tl::core {

namespace {

FieldProblem problem(const char* column, const QString& value, const QString& reason)
{
    return FieldProblem{0, QString::fromLatin1(column), value, reason};
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

void FollowUpValidator::normalize(FollowUp& f)
{
    f.content = f.content.trimmed();
    f.method = f.method.trimmed();
    if (const auto key = followUpMethodFromText(f.method))
        f.method = *key;
}

QList<FieldProblem> FollowUpValidator::check(FollowUp& f) const
{
    QList<FieldProblem> problems;
    {
        const bool byCode = f.customerId == 0 && !f.customerCode.trimmed().isEmpty();
        const QString sql = byCode ? QStringLiteral("SELECT id, code, name FROM customers WHERE code = ?")
                                   : QStringLiteral("SELECT id, code, name FROM customers WHERE id = ?");
        SqlQuery q(m_db, sql);
        if (byCode)
            q.bind(f.customerCode.trimmed());
        else
            q.bind(f.customerId);
        q.exec();
        if (q.next()) {
            f.customerId = q.integer(0);
            f.customerCode = q.text(1);
            f.customerName = q.text(2);
        } else {
            const QString shown = f.customerCode.isEmpty() ? QString::number(f.customerId) : f.customerCode;
            problems << problem("customer_code", shown, tr("customer %1 does not exist").arg(shown));
        }
    }
    if (f.employeeId == 0) {
        problems << problem("employee_code", QString(), tr("the employee who followed up is required"));
    } else {
        SqlQuery q(m_db, QStringLiteral("SELECT name FROM employees WHERE id = ?"));
        q.bind(f.employeeId).exec();
        if (q.next())
            f.employeeName = q.text(0);
        else
            problems << problem("employee_code", QString::number(f.employeeId),
                                tr("employee %1 does not exist").arg(f.employeeId));
    }

    if (!f.at.isValid())
        problems << problem("at", QString(), tr("the time of the follow-up is required"));
    else if (f.at.date() > m_today)
        problems << problem("at", iso(f.at.date()),
                            tr("follow-up date %1 is in the future").arg(iso(f.at.date())));

    if (!followUpMethodKeys().contains(f.method))
        problems << problem(
            "method", f.method,
            tr("unknown follow-up method %1; use phone, visit, wechat, email or other").arg(f.method));

    if (f.nextOn.isValid() && f.at.isValid() && f.nextOn < f.at.date())
        problems << problem("next_at", iso(f.nextOn),
                            tr("next follow-up date %1 is before the follow-up date %2")
                                .arg(iso(f.nextOn), iso(f.at.date())));
    if (f.promisedPaymentOn.isValid() && f.at.isValid() && f.promisedPaymentOn < f.at.date())
        problems << problem("promised_payment_on", iso(f.promisedPaymentOn),
                            tr("promised payment date %1 is before the follow-up date %2")
                                .arg(iso(f.promisedPaymentOn), iso(f.at.date())));
    return problems;
}

} // namespace tl::core
