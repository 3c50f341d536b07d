#include "io/ContractImport.h"

#include "audit/AuditLog.h"
#include "audit/BulkAuditWriter.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/ServiceGuard.h"
#include "io/BulkIndexRebuild.h"
#include "io/BulkWriteCache.h"
#include "io/CellParsers.h"
#include "io/CreatedRowFingerprints.h"
#include "io/ImportService.h"
#include "money/MoneyFormat.h"

#include <sqlite3.h>

#include <algorithm>

namespace tl::core {

namespace {

const QString kContracts = QStringLiteral("contracts");
const QString kInstallments = QStringLiteral("installments");
const QString kCollectors = QStringLiteral("installment_collectors");

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

ContractImport::ContractImport(const Context& ctx) : m_ctx{ctx.db, ctx.clock, ctx.session, nullptr} {}

std::optional<QString> ContractImport::kindFromText(const QString& text)
{
    const QString t = text.trimmed().toCaseFolded();
    if (t == QLatin1String("new") || t == QStringLiteral("新签") || t == QStringLiteral("新客户") ||
        t == QStringLiteral("新签合同") || t == QStringLiteral("新客户新签"))
        return QStringLiteral("new");
    if (t == QLatin1String("renewal") || t == QStringLiteral("续约") || t == QStringLiteral("续签") ||
        t == QStringLiteral("续费"))
        return QStringLiteral("renewal");
    if (t == QLatin1String("addon") || t == QLatin1String("add-on") || t == QLatin1String("add_on") ||
        t == QStringLiteral("增购") || t == QStringLiteral("加购") || t == QStringLiteral("追加"))
        return QStringLiteral("addon");
    return std::nullopt;
}

const QList<ImportColumn>& ContractImport::columnSpec()
{
    static const QList<ImportColumn> spec{
        {QStringLiteral("contract_no"),
         {QStringLiteral("合同编号"), QStringLiteral("合同号")},
         true,
         CellParsers::text(64)},
        {QStringLiteral("customer_code"),
         {QStringLiteral("客户编号"), QStringLiteral("客户代码")},
         true,
         CellParsers::text(64)},
        {QStringLiteral("salesperson_code"),
         {QStringLiteral("业务员工号"), QStringLiteral("业务员"), QStringLiteral("销售员工号")},
         true,
         CellParsers::text(64)},
        {QStringLiteral("signed_on"),
         {QStringLiteral("签约日期"), QStringLiteral("签订日期")},
         true,
         CellParsers::date()},
        {QStringLiteral("amount"),
         {QStringLiteral("合同金额"), QStringLiteral("金额")},
         true,
         CellParsers::yuanToFen()},
        {QStringLiteral("kind"),
         {QStringLiteral("类型"), QStringLiteral("合同类型")},
         false,
         CellParsers::choice(&ContractImport::kindFromText,
                             QStringLiteral("new, renewal, addon, 新签, 续约, 增购"))},
        // Written by ContractExport after the template's columns; ignored here.
        {QStringLiteral("customer_name"), {QStringLiteral("客户名称")}, false, {}, true},
        {QStringLiteral("salesperson_name"), {QStringLiteral("业务员姓名")}, false, {}, true},
        {QStringLiteral("status"), {QStringLiteral("合同状态")}, false, {}, true},
        {QStringLiteral("installment_count"), {QStringLiteral("分期数")}, false, {}, true},
        {QStringLiteral("collected"), {QStringLiteral("已回款")}, false, {}, true},
        {QStringLiteral("written_off"), {QStringLiteral("已核销")}, false, {}, true},
        {QStringLiteral("balance"), {QStringLiteral("未收余额")}, false, {}, true},
    };
    return spec;
}

Status ContractImport::prepare(const ImportOptions& options)
{
    if (!m_ctx.session.can(Permission::EditContracts))
        return Error::denied(tr("You may not create or change contracts."));
    m_options = options;
    m_rows.clear();
    m_rowOfNumber.clear();
    m_present.clear();
    m_collectorsMoved = false;
    const Status loaded = m_customers.load(m_ctx);
    if (!loaded)
        return loaded;
    return guarded([&]() -> Status {
        m_employees = ReceivablesLookup::employees(m_ctx);
        m_departmentOf.clear();
        for (auto it = m_employees.cbegin(); it != m_employees.cend(); ++it)
            m_departmentOf.insert(it->id, it->departmentId);
        return {};
    });
}

void ContractImport::addRow(const ImportRow& row, ProblemSink& problems)
{
    if (!row.present(ContractNo))
        return; // the missing column is reported on the header row
    if (m_present.isEmpty())
        for (int c = 0; c < ColumnCount; ++c)
            m_present << row.present(c);
    PendingRow p;
    p.number = row.number();
    p.contractNo = row.text(ContractNo);
    p.customerCode = row.text(CustomerCode);
    const qint64 before = problems.count();
    if (p.contractNo.isEmpty()) {
        problems.add(row.number(), ContractNo, {}, tr("the contract number is required"));
        return;
    }
    if (const auto it = m_rowOfNumber.constFind(p.contractNo); it != m_rowOfNumber.constEnd()) {
        problems.add(row.number(), ContractNo, p.contractNo,
                     tr("contract %1 already appears in row %2").arg(p.contractNo).arg(*it));
        return;
    }
    m_rowOfNumber.insert(p.contractNo, row.number());

    if (row.has(CustomerCode)) {
        const QString code = row.text(CustomerCode);
        if (const CustomerDirectory::Entry* customer = m_customers.byCode(code))
            p.customerId = customer->id;
        else
            problems.add(row.number(), CustomerCode, code, tr("customer %1 does not exist").arg(code));
    }
    if (row.has(SalespersonCode)) {
        const QString code = row.text(SalespersonCode);
        const auto it = m_employees.constFind(code);
        if (it == m_employees.constEnd())
            problems.add(row.number(), SalespersonCode, code, tr("employee %1 does not exist").arg(code));
        else if (!ReceivablesLookup::inScope(m_ctx.session, it->id, it->departmentId))
            problems.add(row.number(), SalespersonCode, code,
                         tr("you may not import contracts of %1").arg(code));
        else
            p.salespersonId = it->id;
    }
    if (row.has(SignedOn))
        p.signedOn = row.value(SignedOn).toDate(); // not after today unless a stored draft: see finish()
    if (row.has(Amount)) {
        p.amount = row.value(Amount).toLongLong();
        if (p.amount <= 0) {
            problems.add(row.number(), Amount, row.text(Amount),
                         tr("the contract amount must be greater than zero"));
            p.amount = 0;
        }
    }
    if (row.has(Kind))
        p.kind = row.value(Kind).toString();
    p.complete = problems.count() == before && !row.failed(CustomerCode) && !row.failed(SalespersonCode) &&
                 !row.failed(SignedOn) && !row.failed(Amount) && !row.failed(Kind);
    m_rows.push_back(std::move(p));
}

// As ContractService: a signed contract's date is not after today (a draft's may be).
bool ContractImport::checkSigningDate(const PendingRow& p, bool draft, ProblemSink& problems) const
{
    const QDate today = m_ctx.clock.today();
    if (draft || !p.signedOn.isValid() || p.signedOn <= today)
        return true;
    problems.add(p.number, SignedOn, iso(p.signedOn),
                 tr("signing date %1 is after today (%2)").arg(iso(p.signedOn), iso(today)));
    return false;
}

// A new contract: every cell but kind is required.
void ContractImport::checkNew(PendingRow& p, ProblemSink& problems) const
{
    const auto require = [&](int column, bool given, const QString& reason) {
        if (!given && m_present.value(column)) // a missing column is reported on the header row
            problems.add(p.number, column, {}, reason);
        return given;
    };
    const bool dated = checkSigningDate(p, false, problems);
    if (!p.complete)
        return; // the row's own problems are reported; empty cells of failed parses are not new ones
    bool ok = require(CustomerCode, p.customerId != 0, tr("the customer is required"));
    ok = require(SalespersonCode, p.salespersonId != 0, tr("the credited salesperson is required")) && ok;
    ok = require(SignedOn, p.signedOn.isValid(), tr("the signing date is required")) && ok;
    ok = require(Amount, p.amount > 0, tr("the contract amount is required")) && ok && dated;
    if (p.kind.isEmpty())
        p.kind = QStringLiteral("new");
    p.changed = ok;
}

// An existing contract: the rules of ContractService::update for header fields.
void ContractImport::checkUpdate(PendingRow& p, ProblemSink& problems) const
{
    const ReceivablesLookup::Contract& s = p.stored;
    if (m_options.existing == ImportOptions::Existing::Reject) {
        problems.add(p.number, ContractNo, p.contractNo, tr("contract %1 already exists").arg(p.contractNo));
        return;
    }
    if (s.status == QLatin1String("cancelled")) {
        problems.add(p.number, ContractNo, p.contractNo,
                     tr("contract %1 is cancelled and cannot be changed").arg(p.contractNo));
        return;
    }
    if (!ReceivablesLookup::inScope(m_ctx.session, s.salespersonId, m_departmentOf.value(s.salespersonId))) {
        problems.add(p.number, ContractNo, p.contractNo,
                     tr("you may not change contract %1: it is not in your scope").arg(p.contractNo));
        return;
    }
    if (p.customerId == 0)
        p.customerId = s.customerId;
    if (p.salespersonId == 0)
        p.salespersonId = s.salespersonId;
    if (!p.signedOn.isValid())
        p.signedOn = s.signedOn;
    if (p.amount <= 0)
        p.amount = s.amount;
    if (p.kind.isEmpty())
        p.kind = s.kind;

    bool ok = checkSigningDate(p, s.status == QLatin1String("draft"), problems) && p.complete;
    if (p.customerId != s.customerId && (s.paid || s.referenced)) {
        problems.add(p.number, CustomerCode, p.customerCode,
                     tr("the customer of contract %1 cannot change: its instalments already have payments, "
                        "write-offs, disputes, promises, letters or interest records")
                         .arg(p.contractNo));
        ok = false;
    }
    if (s.installments > 0 && p.amount != s.scheduled) {
        const qint64 difference = p.amount - s.scheduled;
        problems.add(p.number, Amount, formatPlain(Money::fromFen(p.amount)),
                     (difference > 0 ? tr("the instalments of contract %1 add up to %2, %3 less than the "
                                          "contract amount; change the amount and the schedule together")
                                     : tr("the instalments of contract %1 add up to %2, %3 more than the "
                                          "contract amount; change the amount and the schedule together"))
                         .arg(p.contractNo, formatMoney(Money::fromFen(s.scheduled)),
                              formatMoney(Money::fromFen(difference > 0 ? difference : -difference))));
        ok = false;
    }
    if (s.firstDue.isValid() && p.signedOn > s.firstDue) {
        problems.add(p.number, SignedOn, iso(p.signedOn),
                     tr("signing date %1 is after the due date of the first instalment (%2)")
                         .arg(iso(p.signedOn), iso(s.firstDue)));
        ok = false;
    }
    p.changed = ok && (p.customerId != s.customerId || p.salespersonId != s.salespersonId ||
                       p.signedOn != s.signedOn || p.amount != s.amount || p.kind != s.kind);
}

void ContractImport::finish(ProblemSink& problems, ImportResult& result)
{
    QStringList numbers;
    numbers.reserve(qsizetype(m_rows.size()));
    for (const PendingRow& p : m_rows)
        numbers << p.contractNo;
    QHash<QString, ReceivablesLookup::Contract> stored;
    const Status looked = guarded([&]() -> Status {
        stored = ReceivablesLookup::contracts(m_ctx, numbers, true);
        return {};
    });
    if (!looked) {
        problems.add(FieldProblem{0, {}, {}, looked.error().message});
        return;
    }
    for (PendingRow& p : m_rows) {
        const auto it = stored.constFind(p.contractNo);
        if (it == stored.constEnd()) {
            checkNew(p, problems);
            if (p.changed) {
                ++result.created;
                result.createdRows << p.number;
            }
            continue;
        }
        p.existingId = it->id;
        p.stored = *it;
        checkUpdate(p, problems);
        if (p.changed) {
            ++result.updated;
            result.updatedRows << p.number;
        } else if (p.complete) {
            ++result.unchanged;
            result.unchangedRows << p.number;
        }
    }
}

Status ContractImport::write(ProblemSink&, Progress& progress, ImportResult& result)
{
    return guarded([&]() -> Status {
        sqlite3* handle = m_ctx.db.nativeHandle();
        const QString now = m_ctx.clock.now().toString(Qt::ISODate);
        const QDate today = m_ctx.clock.today();
        progress.setTotal(qint64(m_rows.size()));
        qint64 done = 0;
        const auto tick = [&]() {
            if (++done % 256 == 0) {
                progress.setDone(done);
                if (progress.isCancelled())
                    return false;
            }
            return true;
        };

        // Updates first, audited row by row (AuditLog), then creations in bulk (BulkAuditWriter continues
        // the hash chain from the last record).
        {
            AuditLog audit(m_ctx);
            NativeStatement update(handle, "UPDATE contracts SET customer_id = ?, salesperson_id = ?, "
                                           "signed_on = ?, amount = ?, kind = ? WHERE id = ?");
            NativeStatement instalmentsOf(handle, "SELECT id, collector_id FROM installments "
                                                  "WHERE contract_id = ? ORDER BY seq");
            NativeStatement setCustomer(handle, "UPDATE installments SET customer_id = ? WHERE id = ?");
            NativeStatement setCollector(handle, "UPDATE installments SET collector_id = ? WHERE id = ?");
            NativeStatement history(
                handle, "INSERT INTO installment_collectors (installment_id, collector_id, from_on, "
                        "at, reason, note, user_id) VALUES (?,?,?,?,'import','',?)");
            NativeStatement latestFrom(
                handle, "SELECT max(from_on) FROM installment_collectors WHERE installment_id = ?");
            for (const PendingRow& p : m_rows) {
                if (p.existingId == 0 || !p.changed)
                    continue;
                if (!tick())
                    return ImportService::cancelledError();
                const QJsonObject before = AuditLog::snapshot(m_ctx.db, kContracts, p.existingId);
                update.bind(1, p.customerId)
                    .bind(2, p.salespersonId)
                    .bindDate(3, p.signedOn)
                    .bind(4, p.amount)
                    .bind(5, p.kind)
                    .bind(6, p.existingId)
                    .execute();
                audit.record(kContracts, p.existingId, p.contractNo, QStringLiteral("update"), before,
                             AuditLog::snapshot(m_ctx.db, kContracts, p.existingId));

                const bool customerMoved = p.customerId != p.stored.customerId;
                const bool salespersonMoved = p.salespersonId != p.stored.salespersonId;
                if (!customerMoved && !salespersonMoved)
                    continue;
                QList<std::pair<qint64, qint64>> instalments; // id, collector
                instalmentsOf.bind(1, p.existingId);
                while (instalmentsOf.step())
                    instalments.append({sqlite3_column_int64(instalmentsOf.raw(), 0),
                                        sqlite3_column_int64(instalmentsOf.raw(), 1)});
                for (const auto& [id, collector] : std::as_const(instalments)) {
                    const bool takeOver = salespersonMoved && collector == p.stored.salespersonId;
                    if (!customerMoved && !takeOver)
                        continue;
                    const QJsonObject was = AuditLog::snapshot(m_ctx.db, kInstallments, id);
                    if (customerMoved)
                        setCustomer.bind(1, p.customerId).bind(2, id).execute();
                    if (takeOver)
                        setCollector.bind(1, p.salespersonId).bind(2, id).execute();
                    audit.record(kInstallments, id, p.contractNo, QStringLiteral("update"), was,
                                 AuditLog::snapshot(m_ctx.db, kInstallments, id));
                    if (takeOver) {
                        // From today, or from a later takeover already recorded (as ContractService::update).
                        QDate from = today;
                        latestFrom.bind(1, id);
                        if (latestFrom.step()) {
                            const QDate latest =
                                QDate::fromString(QString::fromUtf8(reinterpret_cast<const char*>(
                                                      sqlite3_column_text(latestFrom.raw(), 0))),
                                                  Qt::ISODate);
                            latestFrom.reset();
                            if (latest.isValid() && latest > from)
                                from = latest;
                        }
                        const qint64 historyId = history.bind(1, id)
                                                     .bind(2, p.salespersonId)
                                                     .bindDate(3, from)
                                                     .bind(4, now)
                                                     .bindId(5, m_ctx.session.userId)
                                                     .execute();
                        audit.record(kCollectors, historyId, p.contractNo, QStringLiteral("create"), {},
                                     AuditLog::snapshot(m_ctx.db, kCollectors, historyId));
                        m_collectorsMoved = true;
                    }
                }
            }
        }

        NativeStatement insert(handle, "INSERT INTO contracts (contract_no, customer_id, salesperson_id, "
                                       "signed_on, amount, kind, status, interest_rate_ppm, title, note, "
                                       "created_at) VALUES (?,?,?,?,?,?,'active',NULL,'','',?)");
        const BulkWriteCache cache(handle, BulkWriteCache::kibibytesFor(qint64(result.created)));
        BulkIndexRebuild indexes(m_ctx.db, kContracts, qint64(result.created));
        // Audit fingerprints from the values bound (no read-back), hashed on a helper thread.
        using Value = CreatedRowFingerprints::Value;
        CreatedRowFingerprints prints(m_ctx.db, kContracts,
                                      {"contract_no", "customer_id", "salesperson_id", "signed_on", "amount",
                                       "kind", "status", "interest_rate_ppm", "title", "note", "created_at"});
        const QByteArray created = now.toUtf8();
        BulkAuditWriter audit(m_ctx);
        for (const PendingRow& p : m_rows) {
            if (p.existingId != 0 || !p.changed)
                continue;
            if (!tick())
                return ImportService::cancelledError();
            insert.bind(1, p.contractNo)
                .bind(2, p.customerId)
                .bind(3, p.salespersonId)
                .bindDate(4, p.signedOn)
                .bind(5, p.amount)
                .bind(6, p.kind)
                .bind(7, now);
            const qint64 id = insert.execute();
            // Text SQLite hands back differently through UTF-16 (U+FFFE, U+FFFF, broken surrogates) takes
            // the read-back path.
            const bool plain = std::none_of(p.contractNo.cbegin(), p.contractNo.cend(),
                                            [](QChar c) { return c.isSurrogate() || c.unicode() >= 0xFFFE; });
            if (!prints.valid() || !plain) {
                audit.addCreated(kContracts, id);
                continue;
            }
            const QByteArray number = p.contractNo.toUtf8();
            const QByteArray signedOn = p.signedOn.toString(Qt::ISODate).toLatin1();
            const QByteArray kind = p.kind.toLatin1();
            const Value values[] = {Value::of(number),
                                    Value::of(p.customerId),
                                    Value::of(p.salespersonId),
                                    Value::of(signedOn),
                                    Value::of(p.amount),
                                    Value::of(kind),
                                    Value::of(QByteArrayView("active")),
                                    Value::null(),
                                    Value::of(QByteArrayView("")),
                                    Value::of(QByteArrayView("")),
                                    Value::of(created)};
            prints.add(id, values);
        }
        prints.finish(audit);
        audit.flush();
        indexes.rebuild();
        progress.setDone(done);
        return {};
    });
}

QStringList ContractImport::changedEntities() const
{
    QStringList entities{kContracts};
    if (m_collectorsMoved)
        entities << kInstallments;
    return entities;
}

} // namespace tl::core
