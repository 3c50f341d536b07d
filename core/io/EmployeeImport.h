#pragma once

#include "common/Context.h"
#include "io/EmployeeDirectory.h"
#include "io/ImportKind.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace tl::core {

// The `employees` import (DESIGN §5): code(工号), name(姓名), department(部门), position(岗位),
// role(角色), manager_code(上级工号), hire_date(入职日期), id_number(身份证号), phone(手机号),
// bank_name(开户行), bank_account(银行账号), city(工作城市). Required columns: code and name.
//
// Rules:
// - A row whose code exists in the database UPDATES that employee ("upsert"), unless the options say
//   Existing::Reject ("new only"), which makes such a row a problem. In an update, an empty cell or a
//   missing column keeps the stored value (an import never erases data); status and leave date are not
//   touched. A row equal to the stored record is counted as unchanged and not written.
// - New rows need name and hire date; the role defaults to `other`. Roles are accepted as keys or
//   Chinese/English names (业务员, 销售经理, 人事, 财务, 其他...), cities as keys or names (上海 ->
//   shanghai).
// - Each row is checked by EmployeeService::validate(); across the file: a code may appear once, an ID
//   number once (among people employed), manager_code may name an employee earlier or later in the file or
//   in the database, and manager chains must not form a cycle (also through stored employees).
// - Departments are given by name or path ("销售中心/销售一部"); missing ones are created (listed in the
//   summary).
// - Writes go through DepartmentService and EmployeeService (validated again and audited there), managers
//   before the people who report to them. Lookups are preloaded (EmployeeDirectory): no SELECT per row
//   for codes, managers or departments.
class EmployeeImport final : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::EmployeeImport)

public:
    enum Column
    {
        Code,
        Name,
        Department,
        Position,
        Role,
        ManagerCode,
        HireDate,
        IdNumber,
        Phone,
        BankName,
        BankAccount,
        City,
        ColumnCount
    };

    explicit EmployeeImport(const Context& ctx);

    static const QList<ImportColumn>& columnSpec();

    QString key() const override { return QStringLiteral("employees"); }
    const QList<ImportColumn>& columns() const override { return columnSpec(); }
    Status prepare(const ImportOptions& options) override;
    void addRow(const ImportRow& row, ProblemSink& problems) override;
    void finish(ProblemSink& problems, ImportResult& result) override;
    Status write(ProblemSink& problems, Progress& progress, ImportResult& result) override;
    QStringList changedEntities() const override;

private:
    struct PendingRow
    {
        int number = 0;
        Employee employee;   // the stored record overlaid with the file's cells
        QString managerCode; // the manager after the import ("" = none)
        bool managerFromFile = false;
        QString department; // the department path as given ("" = keep the stored one)
        bool isNew = true;
        bool changed = true;
    };
    struct DepartmentRef
    {
        qint64 id = 0;   // 0 = to be created
        QString problem; // why the text is not usable
    };

    const DepartmentRef& department(const QString& text);
    void applyCells(const ImportRow& row, PendingRow& pending);
    void validate(const ImportRow& row, const PendingRow& pending, ProblemSink& problems) const;
    void checkManagers(ProblemSink& problems) const;
    QString managerOf(const QString& code) const;
    std::vector<size_t> writeOrder() const;
    bool differsFromStored(const PendingRow& pending) const;
    void reportServiceProblems(const Error& error, const PendingRow& pending, ProblemSink& problems) const;

    Context m_ctx; // the caller's context without notifier: ImportService announces the changes once
    ImportOptions m_options;
    EmployeeDirectory m_directory;
    std::vector<PendingRow> m_rows;
    QHash<QString, size_t> m_rowByCode;
    QHash<QString, int> m_rowByIdNumber; // ID number -> row number (people employed)
    QHash<QString, DepartmentRef> m_departments;
    QHash<QString, qint64> m_existingPaths; // full path -> id
    QStringList m_newDepartments;           // paths to create, parents first
};

} // namespace tl::core
