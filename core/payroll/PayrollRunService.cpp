#include "payroll/PayrollRunService.h"

#include "audit/AuditLog.h"
#include "audit/BulkAuditWriter.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "common/Progress.h"
#include "common/TrText.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "io/BulkWriteCache.h"
#include "money/MoneyFormat.h"
#include "payroll/PayComponentsSource.h"
#include "payroll/PayLines.h"
#include "payroll/PayrollInputs.h"
#include "payroll/PayrollPeriod.h"
#include "payroll/PayslipCalculator.h"
#include "payroll/RunInputs.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>

namespace tl::core {

namespace {

const QString kRuns = QStringLiteral("payroll_runs");
const QString kPayslips = QStringLiteral("payslips");
const QString kLines = QStringLiteral("payslip_lines");
const QString kRecoveries = QStringLiteral("loss_recoveries");
const QString kClaims = QStringLiteral("loss_claims");

const QString kRunSelect = QStringLiteral(
    "SELECT r.id, r.period, r.status, r.calc_no, r.payslip_count, r.gross_total, r.net_total, r.iit_total, "
    "r.employer_total, r.created_at, r.calculated_at, "
    "CASE WHEN r.calculated_at IS NULL THEN '' "
    "ELSE ifnull(coalesce(nullif(cu.display_name, ''), cu.username), '') END, r.approved_at, "
    "CASE WHEN r.approved_at IS NULL THEN '' "
    "ELSE ifnull(coalesce(nullif(au.display_name, ''), au.username), '') END, r.locked_at, "
    "CASE WHEN r.locked_at IS NULL THEN '' "
    "ELSE ifnull(coalesce(nullif(lu.display_name, ''), lu.username), '') END FROM payroll_runs r "
    "LEFT JOIN users cu ON cu.id = r.calculated_by LEFT JOIN users au ON au.id = r.approved_by "
    "LEFT JOIN users lu ON lu.id = r.locked_by ");

PayrollRun readRun(const SqlQuery& q)
{
    PayrollRun r;
    r.id = q.integer(0);
    r.period = q.text(1);
    r.status = q.text(2);
    r.calcNo = int(q.integer(3));
    r.payslipCount = int(q.integer(4));
    r.gross = Money::fromFen(q.integer(5));
    r.net = Money::fromFen(q.integer(6));
    r.iit = Money::fromFen(q.integer(7));
    r.employerCost = Money::fromFen(q.integer(8));
    r.createdAt = QDateTime::fromString(q.text(9), Qt::ISODate);
    r.calculatedAt = QDateTime::fromString(q.text(10), Qt::ISODate);
    r.calculatedBy = q.text(11);
    r.approvedAt = QDateTime::fromString(q.text(12), Qt::ISODate);
    r.approvedBy = q.text(13);
    r.lockedAt = QDateTime::fromString(q.text(14), Qt::ISODate);
    r.lockedBy = q.text(15);
    return r;
}

std::optional<PayrollRun> findRun(const Database& db, const QString& period)
{
    SqlQuery q(db, kRunSelect + QStringLiteral("WHERE r.period = ?"));
    q.bind(period).exec();
    if (!q.next())
        return std::nullopt;
    return readRun(q);
}

void notifyAfterCommit(Transaction& tx, ChangeNotifier* notifier, const QStringList& entities)
{
    tx.afterCommit([notifier, entities] {
        if (notifier)
            for (const QString& entity : entities)
                notifier->notify(entity);
    });
}

// One employee's payslip of the calculation.
struct Computed
{
    const PayrollInputs::Person* person = nullptr;
    PayResult result;
    QList<std::pair<qint64, Money>> loss; // claim, deducted
    QByteArray inputs;
};

// The run's state before a calculation: Conflict when it may not be (re)calculated now.
Status checkCalculable(const Database& db, const PayrollPeriod& period, const std::optional<PayrollRun>& run)
{
    const QString key = period.key();
    if (run && run->status == QLatin1String("locked"))
        return Error::conflict(
            PayrollRunService::tr(
                "The payroll of %1 is locked; correct it with an adjustment in a later run.")
                .arg(key),
            QStringLiteral("payroll:%1").arg(key));
    if (run && run->status == QLatin1String("approved"))
        return Error::conflict(
            PayrollRunService::tr("The payroll of %1 is approved; it can no longer be recalculated.")
                .arg(key),
            QStringLiteral("payroll:%1").arg(key));
    SqlQuery earlier(db, QStringLiteral("SELECT period, status FROM payroll_runs WHERE period < ? "
                                        "AND status <> 'locked' ORDER BY period LIMIT 1"));
    earlier.bind(key).exec();
    if (earlier.next())
        return Error::conflict(
            PayrollRunService::tr("The payroll of %1 is %2: lock it before %3 is calculated.")
                .arg(earlier.text(0), PayrollStatus::name(earlier.text(1)), key),
            QStringLiteral("payroll:%1").arg(earlier.text(0)));
    SqlQuery later(db, QStringLiteral("SELECT period, status FROM payroll_runs WHERE period > ? "
                                      "AND status IN ('approved', 'locked') ORDER BY period LIMIT 1"));
    later.bind(key).exec();
    if (later.next())
        return Error::conflict(
            PayrollRunService::tr("The payroll of %1 is already %2: %3 can no longer change.")
                .arg(later.text(0), PayrollStatus::name(later.text(1)), key),
            QStringLiteral("payroll:%1").arg(later.text(0)));
    return {};
}

Error cancelled(const QString& period)
{
    return Error{
        ErrorCode::Conflict,
        PayrollRunService::tr("The payroll run of %1 was cancelled; nothing was written.").arg(period),
        {},
        {},
        {}};
}

} // namespace

Money Payslip::amount(const QString& code) const
{
    for (const PayslipLine& line : lines)
        if (line.code == code)
            return line.amount;
    return {};
}

PayrollRunService::PayrollRunService(const Context& ctx, PayComponentsSource* components)
    : m_ctx(ctx), m_components(components)
{
    if (!m_components) {
        m_none = std::make_unique<NoPayComponents>();
        m_components = m_none.get();
    }
}

PayrollRunService::~PayrollRunService() = default;

Result<QList<PayrollRun>> PayrollRunService::runs() const
{
    return guarded([&]() -> Result<QList<PayrollRun>> {
        const Session& s = m_ctx.session;
        if (!s.can(Permission::ViewSalary) && !s.can(Permission::RunPayroll) &&
            !s.can(Permission::ApprovePayroll))
            return Error::denied(tr("You may not see payroll runs."));
        SqlQuery q(m_ctx.db, kRunSelect + QStringLiteral("ORDER BY r.period DESC"));
        q.exec();
        QList<PayrollRun> list;
        while (q.next())
            list << readRun(q);
        return list;
    });
}

Result<PayrollRun> PayrollRunService::run(const QString& periodText) const
{
    return guarded([&]() -> Result<PayrollRun> {
        const Session& s = m_ctx.session;
        const bool full = s.system || s.can(Permission::ViewSalary) || s.can(Permission::RunPayroll) ||
                          s.can(Permission::ApprovePayroll);
        if (!full && s.employeeId == 0)
            return Error::denied(tr("You may not see payroll runs."));
        const auto period = PayrollPeriod::parse(periodText);
        if (!period)
            return Error::invalid(tr("'%1' is not a payroll month (YYYY-MM).").arg(periodText));
        const auto found = findRun(m_ctx.db, period->key());
        if (!found)
            return Error::notFound(tr("There is no payroll run for %1.").arg(period->key()),
                                   QStringLiteral("payroll:%1").arg(period->key()));
        PayrollRun r = *found;
        if (!full) { // an employee looking for their own payslip: the state only, not the totals
            r.payslipCount = 0;
            r.gross = r.net = r.iit = r.employerCost = Money();
        }
        return r;
    });
}

Result<PayrollCalculation> PayrollRunService::calculate(const QString& periodText, Progress& progress)
{
    return guarded([&]() -> Result<PayrollCalculation> {
        if (!m_ctx.session.can(Permission::RunPayroll))
            return Error::denied(tr("You may not run the payroll."));
        const auto period = PayrollPeriod::parse(periodText);
        if (!period)
            return Error::invalid(tr("'%1' is not a payroll month (YYYY-MM).").arg(periodText));
        const QString key = period->key();
        if (period->first() > m_ctx.clock.today())
            return Error::invalid(
                tr("The payroll of %1 cannot be calculated before the month starts.").arg(key));

        Transaction tx(m_ctx.db);
        std::optional<PayrollRun> existing = findRun(m_ctx.db, key);
        if (Status s = checkCalculable(m_ctx.db, *period, existing); !s)
            return s.error();

        progress.setText(tr("Calculating the payroll of %1…").arg(key));
        const PayrollInputs inputs = PayrollInputs::load(m_ctx.db, *period);
        m_components->prepare(m_ctx.db, *period);

        // Compute every payslip in memory.
        PayrollCalculation calculation;
        std::vector<Computed> computed;
        computed.reserve(inputs.people.size());
        const qint64 total = qint64(inputs.people.size());
        progress.setTotal(total * 2); // computing, then writing
        qint64 done = 0;
        for (const PayrollInputs::Person& p : inputs.people) {
            if (++done % 256 == 0) {
                progress.setDone(done);
                if (progress.isCancelled())
                    return cancelled(key);
            }
            if (!p.issue.isEmpty()) {
                calculation.issues.append({p.employeeId, p.code, p.name, p.issue});
                continue;
            }
            const PayComponents c =
                m_components->components(p.employeeId, *period, p.profile->performanceSalary);
            const PayInputs in = payInputsOf(p, *period, c);

            Computed one;
            one.person = &p;
            one.result = PayslipCalculator::calculate(in, *p.cityProfile);
            // The month's loss deduction goes to the claims oldest first.
            Money left = one.result.lossDeducted;
            for (const auto& claim : p.lossClaims) {
                if (!left.isPositive())
                    break;
                const Money part = std::min(left, claim.outstanding);
                one.loss.append({claim.claimId, part});
                left -= part;
            }
            one.inputs = QJsonDocument(payslipInputsJson(p, in, c, one.loss, one.result))
                             .toJson(QJsonDocument::Compact);
            if (one.result.bonusTax.pastCliff())
                calculation.issues.append({p.employeeId, p.code, p.name,
                                           tr("The annual bonus %1 of %2 (%3) is past a bracket cliff: a "
                                              "bonus of %4 would leave %5 more after tax.")
                                               .arg(formatMoney(in.annualBonus), p.name, p.code,
                                                    formatMoney(one.result.bonusTax.cliffBonus),
                                                    formatMoney(one.result.bonusTax.netLoss)),
                                           true});
            computed.push_back(std::move(one));
        }

        if (progress.isCancelled())
            return cancelled(key);

        // The run row: created on the first calculation.
        qint64 runId = existing ? existing->id : 0;
        const QString now = m_ctx.clock.now().toString(Qt::ISODate);
        if (!existing) {
            SqlQuery q(m_ctx.db,
                       QStringLiteral("INSERT INTO payroll_runs (period, status, created_at, created_by) "
                                      "VALUES (?, 'draft', ?, ?)"));
            q.bind(key).bind(now).bind(SqlQuery::nullableId(m_ctx.session.userId)).exec();
            runId = q.lastInsertId();
            AuditLog(m_ctx).record(kRuns, runId, key, QStringLiteral("create"), {},
                                   AuditLog::snapshot(m_ctx.db, kRuns, runId));
        }
        const int calcNo = (existing ? existing->calcNo : 0) + 1;

        // The payslips and their lines, in bulk (audited as runs of created rows).
        Money gross, net, iit, employer;
        {
            sqlite3* h = m_ctx.db.nativeHandle();
            const BulkWriteCache cache(h, BulkWriteCache::kibibytesFor(qint64(computed.size()) * 14));
            NativeStatement payslip(
                h,
                "INSERT INTO payslips (run_id, calc_no, employee_id, department_id, city, gross, "
                "employee_contributions, taxable_income, special_additional, iit, bonus_tax, loss_deducted, "
                "net, "
                "employer_cost, months_employed, ytd_income, ytd_special_deduction, ytd_special_additional, "
                "ytd_withheld, inputs) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            NativeStatement line(
                h, "INSERT INTO payslip_lines (payslip_id, seq, code, amount, explanation, employer) "
                   "VALUES (?,?,?,?,?,?)");
            BulkAuditWriter audit(m_ctx);
            for (const Computed& one : computed) {
                if (++done % 256 == 0) {
                    progress.setDone(done);
                    if (progress.isCancelled())
                        return cancelled(key);
                }
                const PayrollInputs::Person& p = *one.person;
                const PayResult& r = one.result;
                const Money tax = r.withholding.thisMonth;
                payslip.bind(1, runId)
                    .bind(2, qint64(calcNo))
                    .bind(3, p.employeeId)
                    .bindId(4, p.departmentId)
                    .bind(5, p.city)
                    .bind(6, r.gross.fen())
                    .bind(7, r.employeeContributions.fen())
                    .bind(8, r.taxableThisMonth.fen())
                    .bind(9, p.profile->specialDeduction.fen())
                    .bind(10, tax.fen())
                    .bind(11, r.annualBonusTax.fen())
                    .bind(12, r.lossDeducted.fen())
                    .bind(13, r.net.fen())
                    .bind(14, r.employerCost.fen())
                    .bind(15, qint64(r.monthsEmployed))
                    .bind(16, r.ytdIncome.fen())
                    .bind(17, r.ytdSpecialDeduction.fen())
                    .bind(18, r.ytdSpecialAdditional.fen())
                    .bind(19, r.ytdWithheld.fen())
                    .bind(20, QString::fromUtf8(one.inputs));
                const qint64 payslipId = payslip.execute();
                audit.addCreated(kPayslips, payslipId);
                qint64 seq = 0;
                for (const PayLine& l : r.lines) {
                    line.bind(1, payslipId)
                        .bind(2, ++seq)
                        .bind(3, l.code)
                        .bind(4, l.amount.fen())
                        .bind(5, l.explanation.serialize())
                        .bind(6, qint64(l.employerCost ? 1 : 0));
                    audit.addCreated(kLines, line.execute());
                }
                gross += r.gross;
                net += r.net;
                iit += tax + r.annualBonusTax;
                employer += r.employerCost;
            }
            audit.flush();
        }

        // The run points to the new calculation.
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kRuns, runId);
        SqlQuery u(m_ctx.db,
                   QStringLiteral("UPDATE payroll_runs SET status = 'calculated', calc_no = ?, "
                                  "payslip_count = ?, gross_total = ?, net_total = ?, iit_total = ?, "
                                  "employer_total = ?, calculated_at = ?, calculated_by = ? WHERE id = ?"));
        u.bind(calcNo)
            .bind(qint64(computed.size()))
            .bind(gross.fen())
            .bind(net.fen())
            .bind(iit.fen())
            .bind(employer.fen())
            .bind(now)
            .bind(SqlQuery::nullableId(m_ctx.session.userId))
            .bind(runId)
            .exec();
        AuditLog(m_ctx).record(kRuns, runId, key, QStringLiteral("calculate"), before,
                               AuditLog::snapshot(m_ctx.db, kRuns, runId));
        calculation.run = *findRun(m_ctx.db, key);
        notifyAfterCommit(tx, m_ctx.notifier, {kRuns, kPayslips});
        tx.commit();
        progress.setDone(total * 2);
        return calculation;
    });
}

Result<PayEstimate> PayrollRunService::estimate(const QString& periodText, qint64 employeeId) const
{
    return guarded([&]() -> Result<PayEstimate> {
        const Session& s = m_ctx.session;
        const bool own = employeeId != 0 && employeeId == s.employeeId;
        if (!own && !s.can(Permission::RunPayroll))
            return Error::denied(tr("You may only estimate your own pay."));
        const auto period = PayrollPeriod::parse(periodText);
        if (!period)
            return Error::invalid(tr("'%1' is not a payroll month (YYYY-MM).").arg(periodText));
        const PayrollInputs inputs = PayrollInputs::load(m_ctx.db, *period);
        for (const PayrollInputs::Person& p : inputs.people) {
            if (p.employeeId != employeeId)
                continue;
            PayEstimate e;
            if (!p.issue.isEmpty()) {
                e.issue = p.issue;
                return e;
            }
            m_components->prepare(m_ctx.db, *period);
            const PayComponents c =
                m_components->components(p.employeeId, *period, p.profile->performanceSalary);
            e.payable = true;
            e.result = PayslipCalculator::calculate(payInputsOf(p, *period, c), *p.cityProfile);
            return e;
        }
        PayEstimate e;
        e.issue = tr("Not employed in %1.").arg(period->key());
        return e;
    });
}

Status PayrollRunService::approve(const QString& periodText)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::ApprovePayroll))
            return Error::denied(tr("You may not approve the payroll."));
        const auto period = PayrollPeriod::parse(periodText);
        if (!period)
            return Error::invalid(tr("'%1' is not a payroll month (YYYY-MM).").arg(periodText));
        const QString key = period->key();
        Transaction tx(m_ctx.db);
        const auto run = findRun(m_ctx.db, key);
        if (!run)
            return Error::notFound(tr("There is no payroll run for %1.").arg(key),
                                   QStringLiteral("payroll:%1").arg(key));
        if (run->status != QLatin1String("calculated"))
            return Error::conflict(tr("The payroll of %1 is %2: only a calculated run can be approved.")
                                       .arg(key, PayrollStatus::name(run->status)),
                                   QStringLiteral("payroll:%1").arg(key));
        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kRuns, run->id);
        SqlQuery u(m_ctx.db, QStringLiteral("UPDATE payroll_runs SET status = 'approved', approved_at = ?, "
                                            "approved_by = ? WHERE id = ?"));
        u.bind(m_ctx.clock.now().toString(Qt::ISODate))
            .bind(SqlQuery::nullableId(m_ctx.session.userId))
            .bind(run->id)
            .exec();
        AuditLog(m_ctx).record(kRuns, run->id, key, QStringLiteral("approve"), before,
                               AuditLog::snapshot(m_ctx.db, kRuns, run->id));
        notifyAfterCommit(tx, m_ctx.notifier, {kRuns});
        tx.commit();
        return {};
    });
}

Status PayrollRunService::lock(const QString& periodText)
{
    return guarded([&]() -> Status {
        if (!m_ctx.session.can(Permission::ApprovePayroll))
            return Error::denied(tr("You may not lock the payroll."));
        const auto period = PayrollPeriod::parse(periodText);
        if (!period)
            return Error::invalid(tr("'%1' is not a payroll month (YYYY-MM).").arg(periodText));
        const QString key = period->key();
        Transaction tx(m_ctx.db);
        const auto run = findRun(m_ctx.db, key);
        if (!run)
            return Error::notFound(tr("There is no payroll run for %1.").arg(key),
                                   QStringLiteral("payroll:%1").arg(key));
        if (run->status == QLatin1String("locked"))
            return Error::conflict(tr("The payroll of %1 is locked already.").arg(key),
                                   QStringLiteral("payroll:%1").arg(key));
        if (run->status != QLatin1String("approved"))
            return Error::conflict(tr("The payroll of %1 is %2: approve it before it is locked.")
                                       .arg(key, PayrollStatus::name(run->status)),
                                   QStringLiteral("payroll:%1").arg(key));

        // The loss recoveries of the run, and the claims they settle.
        AuditLog audit(m_ctx);
        SqlQuery q(
            m_ctx.db,
            QStringLiteral("SELECT p.id, e.code, p.inputs FROM payslips p "
                           "JOIN employees e ON e.id = p.employee_id "
                           "WHERE p.run_id = ? AND p.calc_no = ? AND p.loss_deducted > 0 ORDER BY p.id"));
        q.bind(run->id).bind(run->calcNo).exec();
        struct Share
        {
            qint64 payslipId;
            QString code;
            qint64 claimId;
            qint64 amount;
        };
        QList<Share> shares;
        while (q.next()) {
            const QJsonObject inputs = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
            for (const QJsonValue& v : inputs.value(QStringLiteral("loss_claims")).toArray()) {
                const QJsonObject o = v.toObject();
                const qint64 amount = o.value(QStringLiteral("deducted")).toInteger();
                if (amount > 0)
                    shares.append(
                        {q.integer(0), q.text(1), o.value(QStringLiteral("claim")).toInteger(), amount});
            }
        }
        QList<qint64> claimIds;
        for (const Share& s : shares) {
            SqlQuery c(m_ctx.db,
                       QStringLiteral("SELECT status, amount - recovered FROM loss_claims WHERE id = ?"));
            c.bind(s.claimId).exec();
            if (!c.next() || c.text(0) != QLatin1String("approved") || c.integer(1) < s.amount)
                return Error::internal(tr("Loss claim %1 no longer matches the deduction of payslip %2.")
                                           .arg(s.claimId)
                                           .arg(s.payslipId));
            SqlQuery r(
                m_ctx.db,
                QStringLiteral("INSERT INTO loss_recoveries (claim_id, payslip_id, amount) VALUES (?,?,?)"));
            r.bind(s.claimId).bind(s.payslipId).bind(s.amount).exec();
            const qint64 recoveryId = r.lastInsertId();
            audit.record(kRecoveries, recoveryId, QStringLiteral("%1 %2 #%3").arg(key, s.code).arg(s.claimId),
                         QStringLiteral("create"), {}, AuditLog::snapshot(m_ctx.db, kRecoveries, recoveryId));
            const QJsonObject before = AuditLog::snapshot(m_ctx.db, kClaims, s.claimId);
            SqlQuery u(m_ctx.db,
                       QStringLiteral("UPDATE loss_claims SET recovered = recovered + ?, status = "
                                      "CASE WHEN recovered + ? = amount THEN 'settled' ELSE status END "
                                      "WHERE id = ?"));
            u.bind(s.amount).bind(s.amount).bind(s.claimId).exec();
            audit.record(kClaims, s.claimId, QStringLiteral("%1 #%2").arg(s.code).arg(s.claimId),
                         QStringLiteral("recover"), before, AuditLog::snapshot(m_ctx.db, kClaims, s.claimId));
            claimIds << s.claimId;
        }

        const QJsonObject before = AuditLog::snapshot(m_ctx.db, kRuns, run->id);
        SqlQuery u(m_ctx.db,
                   QStringLiteral("UPDATE payroll_runs SET status = 'locked', locked_at = ?, locked_by = ? "
                                  "WHERE id = ?"));
        u.bind(m_ctx.clock.now().toString(Qt::ISODate))
            .bind(SqlQuery::nullableId(m_ctx.session.userId))
            .bind(run->id)
            .exec();
        audit.record(kRuns, run->id, key, QStringLiteral("lock"), before,
                     AuditLog::snapshot(m_ctx.db, kRuns, run->id));
        notifyAfterCommit(tx, m_ctx.notifier, {kRuns, kRecoveries});
        if (!claimIds.isEmpty()) {
            ChangeNotifier* notifier = m_ctx.notifier;
            tx.afterCommit([notifier, claimIds] {
                if (notifier)
                    notifier->notify(kClaims, claimIds);
            });
        }
        tx.commit();
        return {};
    });
}

Result<QList<Payslip>> PayrollRunService::payslips(const QString& periodText,
                                                   const QString& employeeCode) const
{
    return guarded([&]() -> Result<QList<Payslip>> {
        const Session& s = m_ctx.session;
        const auto period = PayrollPeriod::parse(periodText);
        if (!period)
            return Error::invalid(tr("'%1' is not a payroll month (YYYY-MM).").arg(periodText));
        const QString key = period->key();
        const bool all = s.system || s.can(Permission::ViewSalary);
        if (!all && s.employeeId == 0)
            return Error::denied(tr("You may not see payslips."));

        qint64 employeeId = 0;
        if (!employeeCode.isEmpty()) {
            employeeId = SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT id FROM employees WHERE code = ?"),
                                          {employeeCode})
                             .toLongLong();
            if (employeeId == 0)
                return Error::notFound(tr("Employee %1 does not exist.").arg(employeeCode),
                                       QStringLiteral("employee:%1").arg(employeeCode));
        }
        if (!all) {
            if (employeeId != 0 && employeeId != s.employeeId)
                return Error::denied(tr("You may see only your own payslips."));
            employeeId = s.employeeId;
        }
        const auto run = findRun(m_ctx.db, key);
        if (!run)
            return Error::notFound(tr("There is no payroll run for %1.").arg(key),
                                   QStringLiteral("payroll:%1").arg(key));
        QList<Payslip> list;
        if (!all && !run->isClosed())
            return list; // not released to employees before approval

        const QString filter = employeeId != 0 ? QStringLiteral(" AND p.employee_id = ?") : QString();
        SqlQuery q(m_ctx.db,
                   QStringLiteral(
                       "SELECT p.id, p.employee_id, e.code, e.name, ifnull(p.department_id, 0), "
                       "ifnull(d.name, ''), p.city, p.gross, p.employee_contributions, p.taxable_income, "
                       "p.special_additional, p.iit, p.bonus_tax, p.loss_deducted, p.net, p.employer_cost, "
                       "p.months_employed, p.ytd_income, p.ytd_special_deduction, "
                       "p.ytd_special_additional, p.ytd_withheld, p.inputs FROM payslips p "
                       "JOIN employees e ON e.id = p.employee_id "
                       "LEFT JOIN departments d ON d.id = p.department_id "
                       "WHERE p.run_id = ? AND p.calc_no = ?%1 ORDER BY e.code")
                       .arg(filter));
        q.bind(run->id).bind(run->calcNo);
        if (employeeId != 0)
            q.bind(employeeId);
        q.exec();
        QHash<qint64, qsizetype> index;
        while (q.next()) {
            Payslip p;
            p.id = q.integer(0);
            p.employeeId = q.integer(1);
            p.employeeCode = q.text(2);
            p.employeeName = q.text(3);
            p.departmentId = q.integer(4);
            p.departmentName = q.text(5);
            p.city = q.text(6);
            p.gross = Money::fromFen(q.integer(7));
            p.employeeContributions = Money::fromFen(q.integer(8));
            p.taxableIncome = Money::fromFen(q.integer(9));
            p.specialAdditional = Money::fromFen(q.integer(10));
            p.iit = Money::fromFen(q.integer(11));
            p.bonusTax = Money::fromFen(q.integer(12));
            p.lossDeducted = Money::fromFen(q.integer(13));
            p.net = Money::fromFen(q.integer(14));
            p.employerCost = Money::fromFen(q.integer(15));
            p.monthsEmployed = int(q.integer(16));
            p.ytdIncome = Money::fromFen(q.integer(17));
            p.ytdSpecialDeduction = Money::fromFen(q.integer(18));
            p.ytdSpecialAdditional = Money::fromFen(q.integer(19));
            p.ytdWithheld = Money::fromFen(q.integer(20));
            p.inputs = q.text(21);
            index.insert(p.id, list.size());
            list << p;
        }
        SqlQuery lines(m_ctx.db,
                       QStringLiteral("SELECT l.payslip_id, l.code, l.amount, l.explanation, l.employer "
                                      "FROM payslip_lines l JOIN payslips p ON p.id = l.payslip_id "
                                      "WHERE p.run_id = ? AND p.calc_no = ?%1 ORDER BY l.payslip_id, l.seq")
                           .arg(filter));
        lines.bind(run->id).bind(run->calcNo);
        if (employeeId != 0)
            lines.bind(employeeId);
        lines.exec();
        // Explanations are stored as TrText and shown in this session's language; many lines share one
        // (the same base and rate), so each stored text is rendered once.
        QHash<QString, QString> rendered;
        while (lines.next()) {
            const auto it = index.constFind(lines.integer(0));
            if (it == index.constEnd())
                continue;
            const QString code = lines.text(1);
            const QString stored = lines.text(3);
            auto text = rendered.constFind(stored);
            if (text == rendered.constEnd())
                text = rendered.insert(stored, TrText::render(stored));
            list[*it].lines.append(
                {code, payLineName(code), Money::fromFen(lines.integer(2)), *text, lines.integer(4) != 0});
        }
        return list;
    });
}

} // namespace tl::core
