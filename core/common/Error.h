#pragma once

#include <QList>
#include <QString>

namespace tl::core {

// Kinds of failure at the core boundary. The CLI maps them to exit codes (DESIGN §4).
enum class ErrorCode
{
    Invalid,          // bad input; exit 2
    PermissionDenied, // role may not do this, or wrong password; exit 3
    NotFound,         // exit 4
    Conflict,         // locked or conflicting state; exit 5
    Internal,         // exit 10
};

// One bad cell or field: "row N, column C: reason". row 0 = not from a file.
struct FieldProblem
{
    int row = 0;
    QString column;
    QString value;
    QString reason;

    QString toString() const;
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // translated, for the user
    QString detail;  // technical detail (SQL error text...)
    QString entity;  // e.g. "employee:E001"
    QList<FieldProblem> problems;

    static Error invalid(const QString& message, QList<FieldProblem> problems = {});
    static Error denied(const QString& message);
    static Error notFound(const QString& message, const QString& entity = {});
    static Error conflict(const QString& message, const QString& entity = {});
    static Error internal(const QString& message, const QString& detail = {});

    // Message plus every problem, one per line.
    QString fullText() const;
};

int exitCodeFor(ErrorCode code);

} // namespace tl::core
