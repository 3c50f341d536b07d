#pragma once

#include "common/Context.h"
#include "customers/Customer.h"
#include "io/ImportKind.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <vector>

namespace tl::core {

// The `customers` import (DESIGN §5): code(客户编号), name(客户名称), type(客户类型), level(客户等级),
// industry(行业), region(区域), address(地址), latitude(纬度), longitude(经度), contact(联系人),
// phone(电话), owner_code(负责人工号; empty = the pool), created_on(创建日期), owned_since(归属日期,
// default created_on). Required columns: code and name.
//
// Rules:
// - The import creates customers; a code already in the database or twice in the file is a problem.
// - Each row is checked as CustomerService::create checks a record (CustomerValidator: type and level as
//   keys or names, coordinates both or neither and within range, owner exists and has not left, dates not
//   in the future, ownership not before creation) and the contact as addContact checks it; the session
//   needs ImportData and EditCustomers, pool customers need the right to put customers into the pool,
//   owned ones an owner in the session's scope.
// - Writing produces exactly the rows the services produce (customers, the primary contact, and for an
//   owner the "created" ownership row from owned_since, noted "import"), through reused native statements
//   and compact bulk audit records: files of 100,000 customers import in seconds.
class CustomerImport final : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::CustomerImport)

public:
    enum Column
    {
        Code,
        Name,
        Type,
        Level,
        Industry,
        Region,
        Address,
        Latitude,
        Longitude,
        Contact,
        Phone,
        OwnerCode,
        CreatedOn,
        OwnedSince,
        ColumnCount
    };

    explicit CustomerImport(const Context& ctx);

    static const QList<ImportColumn>& columnSpec();

    QString key() const override { return QStringLiteral("customers"); }
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
        Customer customer; // validated and completed (owner id, created_on, owned_since)
        std::optional<CustomerContact> contact;
    };

    Customer customerFrom(const ImportRow& row, QList<FieldProblem>& problems) const;
    void checkScope(const Customer& customer, QList<FieldProblem>& problems) const;

    Context m_ctx; // the caller's context without notifier: ImportService announces the changes once
    QHash<qint64, qint64> m_departmentOf; // employee id -> department id
    QHash<QString, int> m_rowOfCode;      // code -> row number in the file
    std::vector<PendingRow> m_rows;
    int m_toPool = 0;
};

} // namespace tl::core
