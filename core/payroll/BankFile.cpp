#include "payroll/BankFile.h"

#include "audit/AuditLog.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "io/ExportService.h"
#include "io/TableWriter.h"
#include "money/MoneyFormat.h"
#include "payroll/PayrollPeriod.h"
#include "payroll/PayrollRunService.h"

#include <QJsonObject>

namespace tl::core {

QStringList BankFile::header()
{
    return {tr("No."),  tr("Employee code"), tr("Name"),   tr("Bank account"),
            tr("Bank"), tr("Amount"),        tr("Purpose")};
}

Result<BankFile::Data> BankFile::build(const QString& periodText) const
{
    const Session& s = m_ctx.session;
    if (!s.system && !(s.can(Permission::RunPayroll) || s.can(Permission::ApprovePayroll)))
        return Error::denied(tr("You may not write the bank file of the payroll."));
    if (!s.system && !s.can(Permission::ViewBankAccount))
        return Error::denied(tr("You may not see bank accounts, which the bank file holds."));
    const Result<PayrollRun> run = PayrollRunService(m_ctx).run(periodText);
    if (!run)
        return run.error();
    if (!run->isClosed())
        return Error::conflict(tr("The payroll of %1 is %2: the bank file is written only for an approved or "
                                  "locked run.")
                                   .arg(run->period, PayrollStatus::name(run->status)),
                               QStringLiteral("payroll:%1").arg(run->period));
    return guarded([&]() -> Result<Data> {
        Data data;
        data.period = run->period;
        data.status = run->status;
        data.purpose = tr("Salary %1").arg(run->period);
        data.runNet = run->net;
        SqlQuery q(m_ctx.db, QStringLiteral("SELECT e.code, e.name, e.bank_account, e.bank_name, p.net "
                                            "FROM payslips p JOIN employees e ON e.id = p.employee_id "
                                            "WHERE p.run_id = ? AND p.calc_no = ? ORDER BY e.code"));
        q.bind(run->id).bind(run->calcNo).exec();
        Money skipped;
        while (q.next()) {
            const Money amount = Money::fromFen(q.integer(4));
            const QString account = q.text(2).trimmed();
            if (!amount.isPositive() || account.isEmpty()) {
                data.skipped.append({q.text(0), q.text(1), amount,
                                     account.isEmpty() ? tr("no bank account") : tr("nothing to pay")});
                skipped += amount;
                continue;
            }
            data.transfers.append(
                {int(data.transfers.size()) + 1, q.text(0), q.text(1), account, q.text(3).trimmed(), amount});
            data.total += amount;
        }
        // The totals check: every fen of the run's net pay is in the file or listed as left out.
        if (data.total + skipped != run->net)
            return Error::internal(tr("The payslips of %1 do not add up to the run's net total %2.")
                                       .arg(run->period, formatMoney(run->net)));
        return data;
    });
}

Status BankFile::write(const Data& data, TableWriter& writer)
{
    writer.setColumnTypes({ColumnType::Integer, ColumnType::Text, ColumnType::Text, ColumnType::Text,
                           ColumnType::Text, ColumnType::Money, ColumnType::Text});
    if (Status s = writer.writeRow(header()); !s)
        return s;
    for (const Transfer& t : data.transfers)
        if (Status s = writer.writeRow({QString::number(t.seq), t.employeeCode, t.employeeName, t.bankAccount,
                                        t.bankName, formatPlain(t.amount), data.purpose});
            !s)
            return s;
    return writer.writeRow({tr("Total"), QString(), tr("%n transfer(s)", nullptr, int(data.transfers.size())),
                            QString(), QString(), formatPlain(data.total), QString()});
}

Result<BankFile::Data> BankFile::exportFile(const QString& period, const QString& path) const
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
        AuditLog(m_ctx).event(QStringLiteral("export"), QStringLiteral("bank_file %1").arg(data->period),
                              QJsonObject{{QStringLiteral("transfers"), qint64(data->transfers.size())},
                                          {QStringLiteral("total"), data->total.fen()},
                                          {QStringLiteral("skipped"), qint64(data->skipped.size())}});
        tx.commit();
        return {};
    });
    if (!audited)
        return audited.error();
    return data;
}

} // namespace tl::core
