#include "payroll/PayrollPeriod.h"

#include "db/SqlQuery.h"

#include <QRegularExpression>

namespace tl::core {

QString PayrollPeriod::key() const
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

std::optional<PayrollPeriod> PayrollPeriod::parse(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})[-/](\\d{1,2})$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const PayrollPeriod period{m.captured(1).toInt(), m.captured(2).toInt()};
    if (!period.isValid())
        return std::nullopt;
    return period;
}

QString PayrollStatus::name(const QString& key)
{
    if (key == QLatin1String("draft"))
        return tr("draft");
    if (key == QLatin1String("calculated"))
        return tr("calculated");
    if (key == QLatin1String("approved"))
        return tr("approved");
    if (key == QLatin1String("locked"))
        return tr("locked");
    return key;
}

QString PayrollStatus::of(const Database& db, const PayrollPeriod& period)
{
    return SqlQuery::scalar(db, QStringLiteral("SELECT status FROM payroll_runs WHERE period = ?"),
                            {period.key()})
        .toString();
}

bool PayrollStatus::isClosed(const Database& db, const QDate& date)
{
    const QString status = of(db, PayrollPeriod::of(date));
    return status == QLatin1String("approved") || status == QLatin1String("locked");
}

QString PayrollStatus::closedReason(const PayrollPeriod& period, const QString& status)
{
    if (status == QLatin1String("locked"))
        return tr("the payroll of %1 is locked: a change can only apply from a later month")
            .arg(period.key());
    return tr("the payroll of %1 is approved: a change can only apply from a later month").arg(period.key());
}

} // namespace tl::core
