#pragma once

#include "common/Context.h"
#include "customers/Customer.h"
#include "io/ImportKind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <vector>

namespace tl::core {

// The `checkins` import (DESIGN §5): employee_code(工号), at(时间: "YYYY-MM-DD HH:MM[:SS]"),
// latitude(纬度), longitude(经度), address(地址), as exported by field-attendance apps. All columns but the
// address are required.
//
// Each row is checked as CheckinService::add checks a check-in (the employee exists and is in the
// session's scope, the time is not after today nor after the employee's leaving date, the coordinates are
// a valid pair) and matched to customers with the service's rules (CheckinMatcher: the nearest customer
// within the configured distance with a follow-up by the same person that day makes it an effective
// visit). Writing produces exactly the service's rows through a reused native statement, with compact bulk
// audit records.
class CheckinImport final : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::CheckinImport)

public:
    enum Column
    {
        EmployeeCode,
        At,
        Latitude,
        Longitude,
        Address,
        ColumnCount
    };

    explicit CheckinImport(const Context& ctx);

    static const QList<ImportColumn>& columnSpec();

    QString key() const override { return QStringLiteral("checkins"); }
    const QList<ImportColumn>& columns() const override { return columnSpec(); }
    Status prepare(const ImportOptions& options) override;
    void addRow(const ImportRow& row, ProblemSink& problems) override;
    void finish(ProblemSink& problems, ImportResult& result) override;
    Status write(ProblemSink& problems, Progress& progress, ImportResult& result) override;
    QStringList changedEntities() const override;

private:
    struct Employee
    {
        qint64 id = 0;
        qint64 departmentId = 0;
        QString name;
        QDate leftOn; // invalid unless the employee has left
    };
    struct PendingRow
    {
        qint64 employeeId = 0;
        QDateTime at;
        GeoPoint where;
        QString address;
    };

    bool inScope(const Employee& employee) const;

    Context m_ctx; // the caller's context without notifier: ImportService announces the changes once
    QHash<QString, Employee> m_employees; // by code
    std::vector<PendingRow> m_rows;
    QList<int> m_rowNumbers;
    int m_effective = 0;
};

} // namespace tl::core
