#include "common/Error.h"

#include <QCoreApplication>

namespace tl::core {

QString FieldProblem::toString() const
{
    if (row > 0 && !column.isEmpty())
        return QCoreApplication::translate("tl::core::Error", "row %1, column %2: %3")
            .arg(row)
            .arg(column, reason);
    if (row > 0)
        return QCoreApplication::translate("tl::core::Error", "row %1: %2").arg(row).arg(reason);
    if (!column.isEmpty())
        return QCoreApplication::translate("tl::core::Error", "column %1: %2").arg(column, reason);
    return reason;
}

Error Error::invalid(const QString& message, QList<FieldProblem> problems)
{
    return Error{ErrorCode::Invalid, message, {}, {}, std::move(problems)};
}

Error Error::denied(const QString& message)
{
    return Error{ErrorCode::PermissionDenied, message, {}, {}, {}};
}

Error Error::notFound(const QString& message, const QString& entity)
{
    return Error{ErrorCode::NotFound, message, {}, entity, {}};
}

Error Error::conflict(const QString& message, const QString& entity)
{
    return Error{ErrorCode::Conflict, message, {}, entity, {}};
}

Error Error::internal(const QString& message, const QString& detail)
{
    return Error{ErrorCode::Internal, message, detail, {}, {}};
}

QString Error::fullText() const
{
    QString text = message;
    for (const FieldProblem& p : problems)
        text += QLatin1Char('\n') + p.toString();
    if (code == ErrorCode::Internal && !detail.isEmpty())
        text += QLatin1Char('\n') + detail;
    return text;
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid:
        return 2;
    case ErrorCode::PermissionDenied:
        return 3;
    case ErrorCode::NotFound:
        return 4;
    case ErrorCode::Conflict:
        return 5;
    case ErrorCode::Internal:
        return 10;
    }
    return 10;
}

} // namespace tl::core
