#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tl::core {

// A scan or document kept with an employee record (ID card, signed contract, certificates).
struct EmployeeAttachment
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0; // bytes
    QDateTime addedAt;
};

// Attachments of employee records (DESIGN §2.1). They hold identity documents, so reading them needs
// ViewIdNumber besides seeing the employee; writing needs EditEmployees. Every write is audited (the
// audit log keeps the file's SHA-256) and announced as "employee_attachments".
class EmployeeAttachmentService
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::EmployeeAttachmentService)

public:
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    explicit EmployeeAttachmentService(const Context& ctx) : m_ctx(ctx) {}

    Result<QList<EmployeeAttachment>> list(qint64 employeeId) const; // without the data, newest first
    Result<QByteArray> data(qint64 id) const;
    // fileName: a path is reduced to its file name; mimeType empty = application/octet-stream.
    Result<qint64> add(qint64 employeeId, const QString& fileName, const QString& mimeType,
                       const QByteArray& data);
    Status remove(qint64 id);

private:
    const Context m_ctx;
};

} // namespace tl::core
