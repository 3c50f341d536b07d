#include "demo/DemoReceivablesWriter.h"

#include "common/Clock.h"
#include "db/SqlQuery.h"
#include "demo/DemoCustomerPlan.h"
#include "demo/DemoReceivablesPlan.h"
#include "demo/DemoRows.h"
#include "money/Money.h"
#include "money/MoneyFormat.h"
#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"

namespace tl::core::demo {

// The receivables tables, every column as the services store them, in insertion order (parents first;
// disputes after letters, which some of them name).
struct ReceivablesTables
{
    RowTable contracts{"contracts",
                       {"id", "contract_no", "customer_id", "salesperson_id", "signed_on", "amount", "kind",
                        "status", "interest_rate_ppm", "title", "note", "created_at"}};
    RowTable installments{"installments",
                          {"id", "contract_id", "customer_id", "seq", "due_on", "amount", "collector_id",
                           "paid_total", "written_off_total", "last_paid_on"}};
    RowTable collectors{
        "installment_collectors",
        {"id", "installment_id", "collector_id", "from_on", "at", "reason", "note", "user_id"}};
    RowTable payments{"payments",
                      {"id", "payment_no", "customer_id", "received_on", "amount", "method", "reference",
                       "contract_id", "note", "created_at", "user_id", "allocated_total"}};
    RowTable reversals{"payment_reversals", {"id", "payment_id", "reversed_on", "reason", "at", "user_id"}};
    RowTable allocations{
        "allocations", {"id", "payment_id", "installment_id", "amount", "on_date", "kind", "at", "user_id"}};
    RowTable writeOffs{"write_offs",
                       {"id", "installment_id", "amount", "reason", "evidence_name", "evidence_mime",
                        "evidence", "requested_on", "requested_by", "status", "decided_on", "decided_by",
                        "decision_note"}};
    RowTable promises{"payment_promises",
                      {"id", "customer_id", "installment_id", "followup_id", "made_on", "promised_on",
                       "amount", "employee_id", "note"}};
    RowTable demands{"payment_demands",
                     {"id", "customer_id", "contract_id", "kind", "on_date", "method", "note",
                      "evidence_name", "evidence_mime", "evidence", "at", "user_id"}};
    RowTable interest{"interest_settlements",
                      {"id", "installment_id", "on_date", "amount", "kind", "note", "at", "user_id"}};
    RowTable letters{"letters",
                     {"id",
                      "letter_no",
                      "customer_id",
                      "salesperson_id",
                      "as_of",
                      "balance",
                      "pay_by",
                      "reply_by",
                      "status",
                      "created_at",
                      "created_by",
                      "sent_on",
                      "sent_method",
                      "tracking_no",
                      "confirmed_on",
                      "confirmed_balance",
                      "difference_amount",
                      "difference_note",
                      "scan_name",
                      "scan_mime",
                      "scan",
                      "note"}};
    RowTable letterItems{
        "letter_items",
        {"id", "letter_id", "installment_id", "contract_no", "seq", "due_on", "amount", "paid", "balance"}};
    RowTable disputes{"disputes",
                      {"id", "installment_id", "amount", "reason", "opened_on", "opened_by", "letter_id",
                       "status", "resolved_on", "resolution", "resolution_note"}};
};

namespace {

// Read on the writing thread before the stream starts.
int setting(const Context& ctx, QLatin1String key, int fallback)
{
    const Result<int> value = CompanyService(ctx).intSetting(QString(key));
    return value ? *value : fallback;
}

qint64 userId(const Context& ctx, const char* username)
{
    return SqlQuery::scalar(ctx.db, QStringLiteral("SELECT id FROM users WHERE username = ?"),
                            {QString::fromLatin1(username)})
        .toLongLong();
}

void addDispute(RowBatch& b, qint64 id, qint64 installmentId, const PlanDispute& d, const QString& reason,
                qint64 openedBy, qint64 letterId)
{
    b.add(id)
        .add(installmentId)
        .add(d.amount)
        .add(reason)
        .addDate(d.openedOn)
        .addId(openedBy)
        .addId(letterId);
    if (d.resolvedOn.isValid())
        b.add(QStringLiteral("resolved")).addDate(d.resolvedOn).add(d.resolution);
    else
        b.add(QStringLiteral("open")).addNull().addNull();
    b.add(d.resolutionNote).end();
}

} // namespace

DemoReceivablesWriter::DemoReceivablesWriter(const Context& ctx, const OrgPlan& org,
                                             const QList<qint64>& employeeIds, quint64 seed)
    : m_employeeIds(employeeIds), m_tables(std::make_unique<ReceivablesTables>())
{
    m_financeUser = userId(ctx, "finance");
    m_managerUser = userId(ctx, "manager");
    ReceivablesSettings settings;
    settings.now = QDateTime(ctx.clock.now().date(), ctx.clock.now().time(), Qt::UTC);
    m_letterPayDays = setting(ctx, SettingKey::LetterPayDays, 15);
    m_letterReplyDays = setting(ctx, SettingKey::LetterReplyDays, 15);
    settings.letterPayDays = m_letterPayDays;
    settings.letterReplyDays = m_letterReplyDays;
    settings.defaultInterestPpm = setting(ctx, SettingKey::DefaultInterestRatePpm, 45000);
    settings.checkinsFrom = QDate(settings.now.date().year(), settings.now.date().month(), 1).addMonths(-1);
    m_planner = std::make_unique<ReceivablesPlanner>(org, settings, seed);
}

DemoReceivablesWriter::~DemoReceivablesWriter() = default;

QList<RowTable*> DemoReceivablesWriter::tables()
{
    ReceivablesTables& t = *m_tables;
    return {&t.contracts,   &t.installments, &t.collectors, &t.payments, &t.reversals,
            &t.allocations, &t.writeOffs,    &t.promises,   &t.demands,  &t.interest,
            &t.letters,     &t.letterItems,  &t.disputes};
}

QStringList DemoReceivablesWriter::sequentialIndexes() const
{
    // Rows are planned customer by customer, ids in plan order: these follow the ids.
    return {QStringLiteral("contracts_customer"),
            QStringLiteral("installments_customer"),
            QStringLiteral("installment_collectors_installment"),
            QStringLiteral("payments_customer"),
            QStringLiteral("payments_contract"),
            QStringLiteral("allocations_installment"),
            QStringLiteral("allocations_payment"),
            QStringLiteral("disputes_installment"),
            QStringLiteral("write_offs_installment"),
            QStringLiteral("payment_promises_customer"),
            QStringLiteral("payment_demands_customer"),
            QStringLiteral("interest_settlements_installment"),
            QStringLiteral("letter_items_letter")};
}

void DemoReceivablesWriter::plan(PlannedCustomer& c, qint64 customerId)
{
    m_planner->plan(c, customerId);
}

void DemoReceivablesWriter::addRows(const PlannedCustomer& c, qint64 customerId, RowSet& rows)
{
    CustomerReceivables& r = m_planner->current();
    if (r.contracts.empty())
        return;
    ReceivablesTables& t = *m_tables;

    RowBatch& contracts = rows[t.contracts];
    for (PlanContract& k : r.contracts) {
        k.id = t.contracts.takeId();
        contracts.add(k.id)
            .add(k.number)
            .add(customerId)
            .add(employee(k.salesperson))
            .addDate(k.signedOn)
            .add(k.amount)
            .add(k.kind)
            .add(k.status);
        if (k.interestPpm > 0)
            contracts.add(k.interestPpm);
        else
            contracts.addNull();
        contracts.add(k.title).add(QString()).addTime(k.createdAt).end();
    }
    RowBatch& installments = rows[t.installments];
    for (PlanInstallment& i : r.installments) {
        i.id = t.installments.takeId();
        const int collector = i.handedTo >= 0 ? i.handedTo : i.collector;
        installments.add(i.id)
            .add(r.contracts[size_t(i.contract)].id)
            .add(customerId)
            .add(qint64(i.seq))
            .addDate(i.dueOn)
            .add(i.amount)
            .add(employee(collector))
            .add(i.paid)
            .add(i.writtenOff)
            .addDate(i.lastPaidOn)
            .end();
    }
    // The collector history: the credited salesperson from the signing, the successor from a handover.
    RowBatch& collectors = rows[t.collectors];
    for (const PlanInstallment& i : r.installments) {
        const PlanContract& k = r.contracts[size_t(i.contract)];
        collectors.add(t.collectors.takeId())
            .add(i.id)
            .add(employee(i.collector))
            .addDate(k.signedOn)
            .addTime(k.createdAt)
            .add(QStringLiteral("contract"))
            .add(QString())
            .addNull()
            .end();
    }
    for (const PlanInstallment& i : r.installments)
        if (i.handedTo >= 0)
            collectors.add(t.collectors.takeId())
                .add(i.id)
                .add(employee(i.handedTo))
                .addDate(i.handedOn)
                .addTime(QDateTime(i.handedOn, QTime(17, 30), Qt::UTC))
                .add(QStringLiteral("handover"))
                .add(QString::fromUtf8("离职交接"))
                .addNull()
                .end();

    RowBatch& payments = rows[t.payments];
    RowBatch& reversals = rows[t.reversals];
    for (PlanPayment& p : r.payments) {
        p.id = t.payments.takeId();
        payments.add(p.id)
            .add(p.number)
            .add(customerId)
            .addDate(p.receivedOn)
            .add(p.amount)
            .add(p.method)
            .add(p.reference)
            .addId(p.contract >= 0 ? r.contracts[size_t(p.contract)].id : 0)
            .add(QString())
            .addTime(p.createdAt)
            .addId(m_financeUser)
            .add(p.allocated)
            .end();
    }
    for (const PlanPayment& p : r.payments)
        if (p.reversedOn.isValid())
            reversals.add(t.reversals.takeId())
                .add(p.id)
                .addDate(p.reversedOn)
                .add(p.reversalReason)
                .addTime(p.reversedAt)
                .addId(m_financeUser)
                .end();
    RowBatch& allocations = rows[t.allocations];
    for (const PlanAllocation& a : r.allocations)
        allocations.add(t.allocations.takeId())
            .add(r.payments[size_t(a.payment)].id)
            .add(r.installments[size_t(a.installment)].id)
            .add(a.amount)
            .addDate(a.onDate)
            .add(a.kind)
            .addTime(a.at)
            .addId(m_financeUser)
            .end();
    RowBatch& writeOffs = rows[t.writeOffs];
    for (const PlanWriteOff& w : r.writeOffs) {
        writeOffs.add(t.writeOffs.takeId())
            .add(r.installments[size_t(w.installment)].id)
            .add(w.amount)
            .add(w.reason)
            .add(w.evidenceName)
            .add(w.evidenceMime);
        if (w.evidence.isEmpty())
            writeOffs.addNull();
        else
            writeOffs.addBlob(w.evidence);
        writeOffs.addDate(w.requestedOn).addId(m_managerUser).add(w.status).addDate(w.decidedOn);
        writeOffs.addId(w.decidedOn.isValid() ? m_financeUser : 0).add(w.decisionNote).end();
    }
    RowBatch& promises = rows[t.promises];
    for (const PlanPromise& p : r.promises)
        promises.add(t.promises.takeId())
            .add(customerId)
            .addId(p.installment >= 0 ? r.installments[size_t(p.installment)].id : 0)
            .addId(p.followUp >= 0 ? c.followUps.at(p.followUp).id : 0)
            .addDate(p.madeOn)
            .addDate(p.promisedOn)
            .add(p.amount)
            .addId(employee(p.employee))
            .add(p.note)
            .end();
    RowBatch& demands = rows[t.demands];
    for (const PlanDemand& d : r.demands)
        demands.add(t.demands.takeId())
            .add(customerId)
            .addId(d.contract >= 0 ? r.contracts[size_t(d.contract)].id : 0)
            .add(d.kind)
            .addDate(d.onDate)
            .add(d.method)
            .add(d.note)
            .add(QString())
            .add(QString())
            .addNull()
            .addTime(d.at)
            .addId(d.kind == QLatin1String("demand") ? m_managerUser : m_financeUser)
            .end();
    RowBatch& interest = rows[t.interest];
    for (const PlanInterest& s : r.interest)
        interest.add(t.interest.takeId())
            .add(r.installments[size_t(s.installment)].id)
            .addDate(s.onDate)
            .add(s.amount)
            .add(s.kind)
            .add(s.note)
            .addTime(s.at)
            .addId(m_financeUser)
            .end();
    RowBatch& disputes = rows[t.disputes];
    for (const PlanDispute& d : r.disputes)
        addDispute(disputes, t.disputes.takeId(), r.installments[size_t(d.installment)].id, d, d.reason,
                   m_managerUser, 0);

    // Letters and the disputes their replies opened wait for the end; they learn the instalment ids now.
    for (int li : r.letters)
        for (PlanLetterItem& item : m_planner->letters()[size_t(li)].items)
            item.installmentId = r.installments[size_t(item.installment)].id;
    for (int di : m_planner->currentLetterDisputes()) {
        ReceivablesPlanner::LetterDispute& d = m_planner->letterDisputes()[size_t(di)];
        d.installmentId = r.installments[size_t(d.dispute.installment)].id;
    }
}

void DemoReceivablesWriter::finish(RowSet& rows)
{
    ReceivablesTables& t = *m_tables;
    m_planner->numberLetters();
    RowBatch& letters = rows[t.letters];
    RowBatch& items = rows[t.letterItems];
    for (PlanLetter& l : m_planner->letters()) {
        l.id = t.letters.takeId();
        const QDate created = l.createdAt.date();
        letters.add(l.id)
            .add(l.number)
            .add(l.customerId)
            .addId(employee(l.salesperson))
            .addDate(l.asOf)
            .add(l.balance)
            .addDate(created.addDays(m_letterPayDays))
            .addDate(created.addDays(m_letterReplyDays))
            .add(l.status)
            .addTime(l.createdAt)
            .addId(m_financeUser)
            .addDate(l.sentOn)
            .add(l.sentMethod)
            .add(l.trackingNo)
            .addDate(l.confirmedOn);
        if (l.confirmedBalance >= 0)
            letters.add(l.confirmedBalance);
        else
            letters.addNull();
        if (l.differenceAmount >= 0)
            letters.add(l.differenceAmount);
        else
            letters.addNull();
        letters.add(l.differenceNote).add(QString()).add(QString()).addNull().add(l.note).end();
        for (const PlanLetterItem& item : l.items)
            items.add(t.letterItems.takeId())
                .add(l.id)
                .add(item.installmentId)
                .add(item.contractNo)
                .add(qint64(item.seq))
                .addDate(item.dueOn)
                .add(item.amount)
                .add(item.paid)
                .add(item.balance)
                .end();
    }
    // Disputes opened by letters confirmed with a difference (LetterService::recordDifference's reason).
    RowBatch& disputes = rows[t.disputes];
    for (const ReceivablesPlanner::LetterDispute& d : m_planner->letterDisputes()) {
        const PlanLetter& l = m_planner->letters()[size_t(d.dispute.letter)];
        const QString reason = QString::fromUtf8("对账函 %1：客户确认余额为 %2，与我方记录的 %3 不符。%4")
                                   .arg(l.number, formatMoney(Money::fromFen(l.confirmedBalance)),
                                        formatMoney(Money::fromFen(l.balance)), l.differenceNote);
        addDispute(disputes, t.disputes.takeId(), d.installmentId, d.dispute, reason, m_financeUser, l.id);
    }
}

} // namespace tl::core::demo
