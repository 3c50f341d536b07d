#pragma once

#include "common/Context.h"
#include "io/CustomerDirectory.h"
#include "io/ImportKind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <vector>

namespace tl::core {

// The `followups` import (DESIGN §5): customer_code(客户编号), employee_code(工号), at(时间:
// "YYYY-MM-DD HH:MM[:SS]" or a date), method(方式: phone, visit, wechat, email, other or 电话, 拜访, 微信,
// 邮件, 其他), content(内容), next_at(下次跟进, a date). Required columns: customer_code, employee_code, at
// and method.
//
// Every row creates a follow-up, checked as FollowUpService::log checks one (customer and employee exist,
// the time is not after today, the next contact not before the follow-up, the employee in the session's
// scope and the customer editable by the session), with lookups loaded once (no SELECT per row). Writing
// produces exactly the rows the service produces, through a reused native statement and compact bulk audit
// records (100,000 follow-ups import in seconds), and then keeps the derived pool clock current: a
// customer's last_owner_followup_at moves to the owner's latest imported follow-up since the ownership
// started (never backwards). Check-ins of the same people on the same days are matched again
// (CheckinMatcher), since a follow-up can make a visit effective.
class FollowUpImport final : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::FollowUpImport)

public:
    enum Column
    {
        CustomerCode,
        EmployeeCode,
        At,
        Method,
        Content,
        NextAt,
        ColumnCount
    };

    explicit FollowUpImport(const Context& ctx);

    static const QList<ImportColumn>& columnSpec();

    QString key() const override { return QStringLiteral("followups"); }
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
    };
    struct PendingRow
    {
        qint64 customerId = 0;
        qint64 employeeId = 0;
        QDateTime at;
        QString method;
        QString content;
        QDate nextOn;
        const CustomerDirectory::Entry* customer = nullptr;
    };

    bool employeeInScope(const Employee& employee) const;
    int rematchCheckins(const std::vector<std::pair<qint64, QDate>>& days);

    Context m_ctx; // the caller's context without notifier: ImportService announces the changes once
    CustomerDirectory m_customers;
    QHash<QString, Employee> m_employees; // by code
    std::vector<PendingRow> m_rows;
    QList<int> m_rowNumbers;
    int m_rematched = 0;
};

} // namespace tl::core
