#include "payroll/PayrollSummary.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "io/ExportService.h"
#include "io/TableWriter.h"
#include "money/MoneyFormat.h"
#include "payroll/PayLines.h"
#include "payroll/PayrollRunService.h"
#include "settings/CompanyService.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>

namespace tl::core {

namespace {

// Every department's path from the root ("销售中心/销售一部").
const QString kDepartmentPaths = QStringLiteral(
    "WITH RECURSIVE tree(id, path) AS (SELECT id, name FROM departments WHERE parent_id IS NULL "
    "UNION ALL SELECT d.id, tree.path || '/' || d.name FROM departments d JOIN tree ON d.parent_id = "
    "tree.id) ");

} // namespace

QStringList PayrollSummary::deductionCodes()
{
    return {QStringLiteral("pension"),      QStringLiteral("medical"), QStringLiteral("unemployment"),
            QStringLiteral("housing_fund"), QStringLiteral("iit"),     QStringLiteral("loss_deduction")};
}

QStringList PayrollSummary::employerCodes()
{
    return {QStringLiteral("employer_pension"), QStringLiteral("employer_medical"),
            QStringLiteral("employer_unemployment"), QStringLiteral("employer_injury"),
            QStringLiteral("employer_housing_fund")};
}

QStringList PayrollSummary::header()
{
    QStringList h{tr("Department"), tr("Headcount"), tr("Gross pay")};
    for (const QString& code : deductionCodes())
        h << payLineName(code);
    h << tr("Net pay");
    for (const QString& code : employerCodes())
        h << payLineName(code);
    h << tr("Employer contributions");
    return h;
}

Result<PayrollSummary::Data> PayrollSummary::build(const QString& periodText) const
{
    if (!m_ctx.session.system && !m_ctx.session.can(Permission::ViewSalary))
        return Error::denied(tr("You may not see the payroll summary."));
    const Result<PayrollRun> run = PayrollRunService(m_ctx).run(periodText);
    if (!run)
        return run.error();
    return guarded([&]() -> Result<Data> {
        const Result<Company> company = CompanyService(m_ctx).company();
        if (!company)
            return company.error();
        Data data;
        data.companyName = company->legalName.isEmpty() ? company->name : company->legalName;
        data.period = run->period;
        data.status = run->status;
        data.printedOn = m_ctx.clock.today();

        // Per department: headcount and totals, then the sums of each line code.
        SqlQuery q(m_ctx.db,
                   kDepartmentPaths +
                       QStringLiteral("SELECT ifnull(p.department_id, 0), tree.path, count(*), "
                                      "sum(p.gross), sum(p.net), sum(p.employer_cost) FROM payslips p "
                                      "LEFT JOIN tree ON tree.id = p.department_id "
                                      "WHERE p.run_id = ? AND p.calc_no = ? GROUP BY 1"));
        q.bind(run->id).bind(run->calcNo).exec();
        QHash<qint64, qsizetype> index;
        while (q.next()) {
            Row row;
            row.departmentId = q.integer(0);
            row.department = q.text(1);
            if (row.departmentId == 0)
                row.department = tr("(no department)");
            else if (row.department.isEmpty()) // removed since the calculation
                row.department = tr("(department %1)").arg(row.departmentId);
            row.headcount = int(q.integer(2));
            row.gross = Money::fromFen(q.integer(3));
            row.net = Money::fromFen(q.integer(4));
            row.employerCost = Money::fromFen(q.integer(5));
            index.insert(row.departmentId, data.rows.size());
            data.rows.append(row);
        }
        SqlQuery lines(m_ctx.db, QStringLiteral("SELECT ifnull(p.department_id, 0), l.code, sum(l.amount) "
                                                "FROM payslip_lines l JOIN payslips p ON p.id = l.payslip_id "
                                                "WHERE p.run_id = ? AND p.calc_no = ? GROUP BY 1, 2"));
        lines.bind(run->id).bind(run->calcNo).exec();
        while (lines.next()) {
            const auto it = index.constFind(lines.integer(0));
            if (it != index.constEnd())
                data.rows[*it].lines.insert(lines.text(1), Money::fromFen(lines.integer(2)));
        }
        std::sort(data.rows.begin(), data.rows.end(), [](const Row& a, const Row& b) {
            if ((a.departmentId == 0) != (b.departmentId == 0))
                return b.departmentId == 0;
            return a.department < b.department;
        });

        Row& total = data.total;
        total.department = tr("Total");
        for (const Row& row : std::as_const(data.rows)) {
            total.headcount += row.headcount;
            total.gross += row.gross;
            total.net += row.net;
            total.employerCost += row.employerCost;
            for (auto it = row.lines.constBegin(); it != row.lines.constEnd(); ++it)
                total.lines[it.key()] += it.value();
        }
        // The totals check: the summary adds up to the run.
        if (total.headcount != run->payslipCount || total.gross != run->gross || total.net != run->net ||
            total.employerCost != run->employerCost || total.amount(QStringLiteral("iit")) != run->iit)
            return Error::internal(
                tr("The payslips of %1 do not add up to the run's totals.").arg(run->period));
        return data;
    });
}

Status PayrollSummary::write(const Data& data, TableWriter& writer)
{
    QList<ColumnType> types{ColumnType::Text, ColumnType::Integer};
    while (types.size() < header().size())
        types << ColumnType::Money;
    writer.setColumnTypes(types);
    if (Status s = writer.writeRow(header()); !s)
        return s;
    const auto cells = [](const Row& row) {
        QStringList c{row.department, QString::number(row.headcount), formatPlain(row.gross)};
        for (const QString& code : deductionCodes())
            c << formatPlain(row.amount(code));
        c << formatPlain(row.net);
        for (const QString& code : employerCodes())
            c << formatPlain(row.amount(code));
        c << formatPlain(row.employerCost);
        return c;
    };
    for (const Row& row : data.rows)
        if (Status s = writer.writeRow(cells(row)); !s)
            return s;
    return writer.writeRow(cells(data.total));
}

Result<PayrollSummary::Data> PayrollSummary::exportFile(const QString& period, const QString& path) const
{
    Result<Data> data = build(period);
    if (!data)
        return data;
    auto writer = ExportService::openWriter(path);
    if (!writer)
        return writer.error();
    if (Status s = write(*data, **writer); !s)
        return s.error();
    if (Status s = (*writer)->finish(); !s)
        return s.error();
    const Status audited = guarded([&]() -> Status {
        Transaction tx(m_ctx.db);
        AuditLog(m_ctx).event(QStringLiteral("export"),
                              QStringLiteral("payroll_summary %1").arg(data->period),
                              QJsonObject{{QStringLiteral("departments"), qint64(data->rows.size())},
                                          {QStringLiteral("payslips"), data->total.headcount},
                                          {QStringLiteral("net"), data->total.net.fen()}});
        tx.commit();
        return {};
    });
    if (!audited)
        return audited.error();
    return data;
}

} // namespace tl::core
