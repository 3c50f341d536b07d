#include "payroll/PayslipDocument.h"

#include "common/Clock.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "money/ChineseCapitals.h"
#include "money/MoneyFormat.h"
#include "payroll/PayLines.h"
#include "payroll/PayrollPeriod.h"
#include "payroll/PayrollRunService.h"
#include "settings/CompanyService.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::core {

namespace {

struct EmployeeFacts
{
    QString bankName;
    QString bankAccount;
    QString position;
};

// Bank and position of the employees of the run's current calculation (one employee: employeeId).
QHash<qint64, EmployeeFacts> employeeFacts(const Context& ctx, const PayrollRun& run, qint64 employeeId)
{
    QString sql =
        QStringLiteral("SELECT e.id, e.bank_name, e.bank_account, e.position FROM payslips p "
                       "JOIN employees e ON e.id = p.employee_id WHERE p.run_id = ? AND p.calc_no = ?");
    if (employeeId != 0)
        sql += QStringLiteral(" AND p.employee_id = ?");
    SqlQuery q(ctx.db, sql);
    q.bind(run.id).bind(run.calcNo);
    if (employeeId != 0)
        q.bind(employeeId);
    q.exec();
    QHash<qint64, EmployeeFacts> facts;
    while (q.next())
        facts.insert(q.integer(0), {q.text(1), q.text(2), q.text(3)});
    return facts;
}

} // namespace

Money PayslipDocument::amount(const QString& code) const
{
    for (const QList<Line>* list : {&earnings, &deductions, &employerCosts})
        for (const Line& line : *list)
            if (line.code == code)
                return line.amount;
    return {};
}

QString PayslipDocument::documentName()
{
    return tr("Payslip");
}

Result<QList<PayslipDocument>> PayslipDocument::build(const Context& ctx, const QString& periodText,
                                                      const QString& employeeCode)
{
    const PayrollRunService service(ctx);
    const Result<QList<Payslip>> payslips = service.payslips(periodText, employeeCode);
    if (!payslips)
        return payslips.error();
    const Result<PayrollRun> run = service.run(periodText);
    if (!run)
        return run.error();

    return guarded([&]() -> Result<QList<PayslipDocument>> {
        const Session& s = ctx.session;
        const bool all = s.system || s.can(Permission::ViewSalary);
        const auto period = PayrollPeriod::parse(periodText);
        const QString key = period->key(); // valid: payslips() checked it
        if (payslips->isEmpty()) {
            if (!all && !run->isClosed())
                return Error::conflict(
                    tr("The payroll of %1 is %2: payslips are released to employees once it "
                       "is approved.")
                        .arg(key, PayrollStatus::name(run->status)),
                    QStringLiteral("payroll:%1").arg(key));
            if (!all)
                return Error::notFound(tr("You have no payslip in the payroll of %1.").arg(key),
                                       QStringLiteral("payroll:%1").arg(key));
            if (!employeeCode.isEmpty())
                return Error::notFound(
                    tr("Employee %1 has no payslip in the payroll of %2.").arg(employeeCode, key),
                    QStringLiteral("employee:%1").arg(employeeCode));
            return Error::notFound(tr("The payroll of %1 has no payslips.").arg(key),
                                   QStringLiteral("payroll:%1").arg(key));
        }

        const Result<Company> company = CompanyService(ctx).company();
        if (!company)
            return company.error();
        const QString companyName = company->legalName.isEmpty() ? company->name : company->legalName;
        const QHash<qint64, EmployeeFacts> facts =
            employeeFacts(ctx, *run, payslips->size() == 1 ? payslips->first().employeeId : 0);
        const bool bankVisible = s.system || s.can(Permission::ViewBankAccount);
        const QString statusName = PayrollStatus::name(run->status);
        const QDate today = ctx.clock.today();

        QList<PayslipDocument> documents;
        documents.reserve(payslips->size());
        for (const Payslip& p : *payslips) {
            PayslipDocument d;
            d.companyName = companyName;
            d.period = key;
            d.year = period->year;
            d.month = period->month;
            d.runStatus = run->status;
            d.runStatusName = statusName;
            d.released = run->isClosed();
            d.printedOn = today;
            d.payslipId = p.id;
            d.employeeId = p.employeeId;
            d.employeeCode = p.employeeCode;
            d.employeeName = p.employeeName;
            d.departmentName = p.departmentName;
            const EmployeeFacts f = facts.value(p.employeeId);
            d.position = f.position;
            d.bankName = f.bankName;
            d.bankMasked = !bankVisible && !f.bankAccount.isEmpty();
            d.bankAccount = d.bankMasked ? maskBankAccount(f.bankAccount) : f.bankAccount;

            Money earnings, deductions, employer;
            for (const PayslipLine& l : p.lines) {
                if (l.employer) {
                    d.employerCosts.append({l.code, l.name, l.amount, l.explanation});
                    employer += l.amount;
                } else if (l.code == QLatin1String("absence_deduction")) {
                    d.earnings.append({l.code, l.name, -l.amount, l.explanation});
                    earnings -= l.amount;
                } else if (isPayDeduction(l.code)) {
                    d.deductions.append({l.code, l.name, l.amount, l.explanation});
                    deductions += l.amount;
                } else {
                    d.earnings.append({l.code, l.name, l.amount, l.explanation});
                    earnings += l.amount;
                }
            }
            // The stored totals are the calculation's; the lines must add up to them.
            if (earnings != p.gross || p.gross - deductions != p.net || employer != p.employerCost)
                return Error::internal(
                    tr("The stored payslip of %1 in %2 does not add up: its lines give gross %3 and net %4.")
                        .arg(p.employeeCode, key, formatMoney(earnings), formatMoney(earnings - deductions)));
            d.gross = p.gross;
            d.deductionsTotal = deductions;
            d.net = p.net;
            d.netCapitals = chineseCapitals(p.net);
            d.employerCost = p.employerCost;
            d.employeeContributions = p.employeeContributions;
            d.incomeTax = p.amount(QStringLiteral("iit"));
            d.lossDeducted = p.lossDeducted;
            const QJsonObject inputs = QJsonDocument::fromJson(p.inputs.toUtf8()).object();
            d.lossCarriedForward = Money::fromFen(inputs.value(QStringLiteral("loss_carried")).toInteger());
            d.monthsEmployed = p.monthsEmployed;
            d.ytdIncome = p.ytdIncome;
            d.ytdSpecialDeduction = p.ytdSpecialDeduction;
            d.ytdSpecialAdditional = p.ytdSpecialAdditional;
            d.ytdWithheld = p.ytdWithheld;
            documents.append(std::move(d));
        }
        return documents;
    });
}

} // namespace tl::core
