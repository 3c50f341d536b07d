#include "io/EmployeeExport.h"

#include "io/EmployeeDirectory.h"
#include "io/EmployeeImport.h"
#include "org/EmployeeRepository.h"

namespace tl::core {

Result<qint64> EmployeeExport::write(TableWriter& writer, Progress& progress)
{
    const Session& session = m_ctx.session;
    if (!session.can(permission()))
        return Error::denied(tr("You may not export the employee list."));
    EmployeeDirectory directory;
    const Status loaded = directory.load(m_ctx);
    if (!loaded)
        return loaded.error();

    QStringList header;
    for (const ImportColumn& column : EmployeeImport::columnSpec())
        header << column.header(m_options.headers);
    Status written = writer.writeRow(header);
    if (!written)
        return written.error();

    progress.setTotal(directory.employees().size());
    qint64 rows = 0;
    qint64 seen = 0;
    for (Employee e : directory.employees()) {
        if (++seen % 256 == 0) {
            progress.setDone(seen);
            if (progress.isCancelled())
                return Error{ErrorCode::Conflict, tr("The export was cancelled."), {}, {}, {}};
        }
        if (e.status == EmployeeStatus::Left && !m_options.includeLeft)
            continue;
        if (!session.canSeeEmployee(e.id, e.departmentId))
            continue;
        EmployeeRepository::mask(e, session);
        // The order of EmployeeImport::Column.
        written = writer.writeRow({e.code, e.name, directory.departmentPath(e.departmentId), e.position,
                                   e.role, e.managerCode, e.hireDate.toString(Qt::ISODate), e.idNumber,
                                   e.phone, e.bankName, e.bankAccount, e.city});
        if (!written)
            return written.error();
        ++rows;
    }
    progress.setDone(seen);
    return rows;
}

} // namespace tl::core
