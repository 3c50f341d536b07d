#include "printing/cli/CliLookup.h"

#include "customers/CustomerRepository.h"
#include "db/ServiceGuard.h"
#include "org/EmployeeRepository.h"
#include "org/Validation.h"

#include <QDir>
#include <QFileInfo>

namespace tl::ui {

core::Result<qint64> CliLookup::employeeId(const core::Context& ctx, const QString& code)
{
    return core::guarded([&]() -> core::Result<qint64> {
        const std::optional<qint64> id = core::EmployeeRepository(ctx.db).idForCode(code);
        if (!id)
            return core::Error::notFound(tr("There is no employee with the code %1.").arg(code),
                                         QStringLiteral("employee:") + code);
        return *id;
    });
}

core::Result<qint64> CliLookup::customerId(const core::Context& ctx, const QString& code)
{
    return core::guarded([&]() -> core::Result<qint64> {
        const std::optional<qint64> id = core::CustomerRepository(ctx.db).idForCode(code);
        if (!id)
            return core::Error::notFound(tr("There is no customer with the code %1.").arg(code),
                                         QStringLiteral("customer:") + code);
        return *id;
    });
}

core::Result<QDate> CliLookup::date(const QString& option, const QString& text)
{
    const QDate date = core::parseUserDate(text);
    if (date.isValid())
        return date;
    const QString reason = core::checkUserDate(text);
    return core::Error::invalid(tr("The %1 date must be a date (YYYY-MM-DD): '%2'.").arg(option, text),
                                {core::FieldProblem{0, QStringLiteral("--") + option, text,
                                                    reason.isEmpty() ? tr("not a date") : reason}});
}

core::Result<QString> CliLookup::outputKind(const QString& path, const QStringList& accepted)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (!accepted.contains(suffix))
        return core::Error::invalid(
            tr("The output file %1 must end in %2.")
                .arg(path, QStringLiteral(".") + accepted.join(QStringLiteral(", ."))));
    if (!info.absoluteDir().exists())
        return core::Error::invalid(tr("The folder of the output file %1 does not exist.").arg(path));
    if (info.isDir())
        return core::Error::invalid(tr("The output file %1 is a folder.").arg(path));
    return suffix;
}

} // namespace tl::ui
