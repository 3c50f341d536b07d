#include "payroll/TaxWithholdingList.h"

#include "audit/AuditLog.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "io/ExportService.h"
#include "io/TableWriter.h"
#include "money/MoneyFormat.h"
#include "payroll/IncomeTax.h"
#include "payroll/PayrollPeriod.h"
#include "payroll/PayrollRunService.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl::core {

namespace {

IncomeTax::DeductionRule deductionRule(const QString& key)
{
    if (key == QLatin1String("first_job"))
        return IncomeTax::DeductionRule::FirstJobInYear;
    if (key == QLatin1String("low_earner"))
        return IncomeTax::DeductionRule::LowEarnerPreviousYear;
    return IncomeTax::DeductionRule::Standard;
}

} // namespace

QStringList TaxWithholdingList::header()
{
    // The tax client's column names (its import format), not interface text.
    return {QStringLiteral("工号"),
            QStringLiteral("姓名"),
            QStringLiteral("证件类型"),
            QStringLiteral("证件号码"),
            QStringLiteral("本期收入"),
            QStringLiteral("本期免税收入"),
            QStringLiteral("基本养老保险费"),
            QStringLiteral("基本医疗保险费"),
            QStringLiteral("失业保险费"),
            QStringLiteral("住房公积金"),
            QStringLiteral("累计专项附加扣除"),
            QStringLiteral("累计收入"),
            QStringLiteral("累计减除费用"),
            QStringLiteral("累计专项扣除"),
            QStringLiteral("累计应纳税所得额"),
            QStringLiteral("累计应纳税额"),
            QStringLiteral("累计已预缴税额"),
            QStringLiteral("本期应预扣预缴税额")};
}

Result<TaxWithholdingList::Data> TaxWithholdingList::build(const QString& periodText) const
{
    const Session& s = m_ctx.session;
    if (!s.system && !(s.can(Permission::RunPayroll) || s.can(Permission::ApprovePayroll)))
        return Error::denied(tr("You may not write the income-tax withholding list."));
    if (!s.system && !s.can(Permission::ViewIdNumber))
        return Error::denied(tr("You may not see ID numbers, which the withholding list holds."));
    const Result<PayrollRun> run = PayrollRunService(m_ctx).run(periodText);
    if (!run)
        return run.error();
    if (!run->isClosed())
        return Error::conflict(
            tr("The payroll of %1 is %2: the withholding list is written only for an approved "
               "or locked run.")
                .arg(run->period, PayrollStatus::name(run->status)),
            QStringLiteral("payroll:%1").arg(run->period));
    const int month = PayrollPeriod::parse(run->period)->month;
    return guarded([&]() -> Result<Data> {
        Data data;
        data.period = run->period;
        data.status = run->status;

        // The employee's contributions of each payslip.
        QHash<qint64, QHash<QString, Money>> contributions;
        SqlQuery lines(m_ctx.db,
                       QStringLiteral("SELECT l.payslip_id, l.code, l.amount FROM payslip_lines l "
                                      "JOIN payslips p ON p.id = l.payslip_id "
                                      "WHERE p.run_id = ? AND p.calc_no = ? AND l.employer = 0 AND "
                                      "l.code IN ('pension', 'medical', 'unemployment', 'housing_fund')"));
        lines.bind(run->id).bind(run->calcNo).exec();
        while (lines.next())
            contributions[lines.integer(0)].insert(lines.text(1), Money::fromFen(lines.integer(2)));

        SqlQuery q(
            m_ctx.db,
            QStringLiteral("SELECT p.id, e.code, e.name, e.id_number, p.taxable_income, p.iit, p.bonus_tax, "
                           "p.months_employed, p.ytd_income, p.ytd_special_deduction, "
                           "p.ytd_special_additional, p.ytd_withheld, p.inputs FROM payslips p "
                           "JOIN employees e ON e.id = p.employee_id "
                           "WHERE p.run_id = ? AND p.calc_no = ? ORDER BY e.code"));
        q.bind(run->id).bind(run->calcNo).exec();
        while (q.next()) {
            Row r;
            r.employeeCode = q.text(1);
            r.employeeName = q.text(2);
            r.idNumber = q.text(3).trimmed();
            if (r.idNumber.isEmpty())
                data.warnings << tr("%1 %2 has no ID number: add it before the list is imported into the tax "
                                    "client.")
                                     .arg(r.employeeCode, r.employeeName);
            else
                r.idType = QStringLiteral("居民身份证"); // the client's name of the document type
            r.income = Money::fromFen(q.integer(4));
            r.tax = Money::fromFen(q.integer(5));
            const QHash<QString, Money> own = contributions.value(q.integer(0));
            r.pension = own.value(QStringLiteral("pension"));
            r.medical = own.value(QStringLiteral("medical"));
            r.unemployment = own.value(QStringLiteral("unemployment"));
            r.housingFund = own.value(QStringLiteral("housing_fund"));
            r.ytdIncome = Money::fromFen(q.integer(8));
            r.ytdSpecialDeduction = Money::fromFen(q.integer(9));
            r.ytdSpecialAdditional = Money::fromFen(q.integer(10));
            const Money ytdWithheld = Money::fromFen(q.integer(11));
            r.ytdWithheldBefore = ytdWithheld - r.tax;
            const QJsonObject inputs = QJsonDocument::fromJson(q.text(12).toUtf8()).object();
            r.ytdBasicDeduction = IncomeTax::basicDeduction(
                month, int(q.integer(7)),
                deductionRule(inputs.value(QStringLiteral("deduction_rule")).toString()));

            IncomeTax::Cumulative ytd;
            ytd.income = r.ytdIncome;
            ytd.basicDeduction = r.ytdBasicDeduction;
            ytd.specialDeduction = r.ytdSpecialDeduction;
            ytd.specialAdditional = r.ytdSpecialAdditional;
            ytd.withheldBefore = r.ytdWithheldBefore;
            const IncomeTax::Withholding w = IncomeTax::withhold(ytd);
            r.ytdTaxable = w.taxable;
            r.ytdTax = w.cumulativeTax;
            // The list must show the withholding the payslip made.
            if (w.thisMonth != r.tax)
                return Error::internal(
                    tr("The income tax of %1 in %2 (%3) does not follow from its cumulative "
                       "figures (%4).")
                        .arg(r.employeeCode, run->period, formatMoney(r.tax), formatMoney(w.thisMonth)));

            const Money bonusTax = Money::fromFen(q.integer(6));
            const Money bonus = Money::fromFen(inputs.value(QStringLiteral("components"))
                                                   .toObject()
                                                   .value(QStringLiteral("annual_bonus"))
                                                   .toInteger());
            const bool separately = inputs.value(QStringLiteral("salary_profile"))
                                        .toObject()
                                        .value(QStringLiteral("bonus_separately"))
                                        .toBool();
            if (bonus.isPositive() && separately)
                data.bonuses.append({r.employeeCode, r.employeeName, bonus, bonusTax});
            data.totalIncome += r.income;
            data.totalTax += r.tax;
            data.rows.append(r);
        }
        return data;
    });
}

Status TaxWithholdingList::write(const Data& data, TableWriter& writer)
{
    QList<ColumnType> types{ColumnType::Text, ColumnType::Text, ColumnType::Text, ColumnType::Text};
    while (types.size() < header().size())
        types << ColumnType::Money;
    writer.setColumnTypes(types);
    if (Status s = writer.writeRow(header()); !s)
        return s;
    for (const Row& r : data.rows) {
        const QStringList cells{r.employeeCode,
                                r.employeeName,
                                r.idType,
                                r.idNumber,
                                formatPlain(r.income),
                                formatPlain(r.taxFreeIncome),
                                formatPlain(r.pension),
                                formatPlain(r.medical),
                                formatPlain(r.unemployment),
                                formatPlain(r.housingFund),
                                formatPlain(r.ytdSpecialAdditional),
                                formatPlain(r.ytdIncome),
                                formatPlain(r.ytdBasicDeduction),
                                formatPlain(r.ytdSpecialDeduction),
                                formatPlain(r.ytdTaxable),
                                formatPlain(r.ytdTax),
                                formatPlain(r.ytdWithheldBefore),
                                formatPlain(r.tax)};
        if (Status s = writer.writeRow(cells); !s)
            return s;
    }
    return {};
}

Result<TaxWithholdingList::Data> TaxWithholdingList::exportFile(const QString& period,
                                                                const QString& path) const
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
                              QStringLiteral("tax_withholding %1").arg(data->period),
                              QJsonObject{{QStringLiteral("rows"), qint64(data->rows.size())},
                                          {QStringLiteral("tax"), data->totalTax.fen()}});
        tx.commit();
        return {};
    });
    if (!audited)
        return audited.error();
    return data;
}

} // namespace tl::core
