#include "io/InstallmentImport.h"

#include "audit/AuditLog.h"
#include "audit/BulkAuditWriter.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/DbException.h"
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

const QString kInstallments = QStringLiteral("installments");
const QString kCollectors = QStringLiteral("installment_collectors");
constexpr int kRowsPerInsert = 64; // rows per INSERT statement (6 and 3 parameters a row: well under 32766)

QString iso(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

// "YYYY-MM-DD" into buffer (10 characters) without going through QString.
void isoDate(qint64 julianDay, char* buffer)
{
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(julianDay).getDate(&y, &m, &d);
    buffer[0] = char('0' + y / 1000 % 10);
    buffer[1] = char('0' + y / 100 % 10);
    buffer[2] = char('0' + y / 10 % 10);
    buffer[3] = char('0' + y % 10);
    buffer[4] = '-';
    buffer[5] = char('0' + m / 10);
    buffer[6] = char('0' + m % 10);
    buffer[7] = '-';
    buffer[8] = char('0' + d / 10);
    buffer[9] = char('0' + d % 10);
}

// Steps an INSERT whose bindings stay for the next row (only the changing ones are bound again).
qint64 insertRow(sqlite3* handle, sqlite3_stmt* statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        throw DbException(QString::fromUtf8(sqlite3_errmsg(handle)),
                          QString::fromUtf8(sqlite3_sql(statement)), (rc & 0xff) == SQLITE_CONSTRAINT);
    return sqlite3_last_insert_rowid(handle);
}

void exec(sqlite3* handle, const QByteArray& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
        sqlite3_free(message);
        throw DbException(text, QString::fromUtf8(sql.left(200)), (rc & 0xff) == SQLITE_CONSTRAINT);
    }
}

} // namespace

InstallmentImport::InstallmentImport(const Context& ctx) : m_ctx{ctx.db, ctx.clock, ctx.session, nullptr} {}

const QList<ImportColumn>& InstallmentImport::columnSpec()
{
    static const QList<ImportColumn> spec{
        {QStringLiteral("contract_no"),
         {QStringLiteral("合同编号"), QStringLiteral("合同号")},
         true,
         CellParsers::text(64)},
        {QStringLiteral("seq"),
         {QStringLiteral("期数"), QStringLiteral("期次")},
         true,
         CellParsers::integer(1, 999)},
        {QStringLiteral("due_on"),
         {QStringLiteral("应收日期"), QStringLiteral("到期日"), QStringLiteral("到期日期")},
         true,
         CellParsers::date()},
        {QStringLiteral("amount"),
         {QStringLiteral("应收金额"), QStringLiteral("金额")},
         true,
         CellParsers::yuanToFen()},
        // Written by InstallmentExport after the template's columns; ignored here.
        {QStringLiteral("customer_code"), {QStringLiteral("客户编号")}, false, {}, true},
        {QStringLiteral("customer_name"), {QStringLiteral("客户名称")}, false, {}, true},
        {QStringLiteral("collector_code"), {QStringLiteral("收款负责人工号")}, false, {}, true},
        {QStringLiteral("collector_name"), {QStringLiteral("收款负责人")}, false, {}, true},
        {QStringLiteral("paid"), {QStringLiteral("已回款")}, false, {}, true},
        {QStringLiteral("written_off"), {QStringLiteral("已核销")}, false, {}, true},
        {QStringLiteral("disputed"), {QStringLiteral("争议金额")}, false, {}, true},
        {QStringLiteral("balance"), {QStringLiteral("未收余额")}, false, {}, true},
        {QStringLiteral("last_paid_on"), {QStringLiteral("最近回款日期")}, false, {}, true},
        {QStringLiteral("contract_status"), {QStringLiteral("合同状态")}, false, {}, true},
    };
    return spec;
}

Status InstallmentImport::prepare(const ImportOptions&)
{
    if (!m_ctx.session.can(Permission::EditContracts))
        return Error::denied(tr("You may not change payment schedules."));
    m_groupOf.clear();
    m_groups.clear();
    m_rows.clear();
    m_order.clear();
    m_toInsert = 0;
    m_toReplace = 0;
    return guarded([&]() -> Status {
        m_departmentOf.clear();
        const auto employees = ReceivablesLookup::employees(m_ctx);
        for (auto it = employees.cbegin(); it != employees.cend(); ++it)
            m_departmentOf.insert(it->id, it->departmentId);
        return {};
    });
}

void InstallmentImport::addRow(const ImportRow& row, ProblemSink& problems)
{
    if (!row.present(ContractNo))
        return; // the missing column is reported on the header row
    const qint64 before = problems.count();
    Row r;
    r.number = row.number();
    const QString& contractNo = row.text(ContractNo);
    if (contractNo.isEmpty()) {
        problems.add(row.number(), ContractNo, {}, tr("the contract number is required"));
    } else if (!row.failed(ContractNo)) {
        const auto it = m_groupOf.constFind(contractNo);
        if (it != m_groupOf.constEnd()) {
            r.group = *it;
        } else {
            r.group = int(m_groups.size());
            m_groupOf.insert(contractNo, r.group);
            Group g;
            g.contractNo = contractNo;
            m_groups.push_back(std::move(g));
        }
    }
    if (row.has(Seq))
        r.seq = int(row.value(Seq).toLongLong());
    else if (row.present(Seq) && row.isEmpty(Seq))
        problems.add(row.number(), Seq, {}, tr("the instalment number is required"));
    if (row.has(DueOn))
        r.dueDay = row.value(DueOn).toDate().toJulianDay();
    else if (row.present(DueOn) && row.isEmpty(DueOn))
        problems.add(row.number(), DueOn, {}, tr("the due date is required"));
    if (row.has(Amount)) {
        r.amount = row.value(Amount).toLongLong();
        if (r.amount <= 0) {
            problems.add(row.number(), Amount, row.text(Amount), tr("the amount must be greater than zero"));
            r.amount = 0;
        }
    } else if (row.present(Amount) && row.isEmpty(Amount)) {
        problems.add(row.number(), Amount, {}, tr("the amount is required"));
    }
    const bool broken = problems.count() != before || row.failed(Seq) || row.failed(DueOn) ||
                        row.failed(Amount) || !row.present(Seq) || !row.present(DueOn) ||
                        !row.present(Amount);
    if (broken && r.group >= 0)
        m_groups[size_t(r.group)].broken = true;
    m_rows.push_back(r);
}

void InstallmentImport::problemOnRows(const Group& group, int column, const QString& reason,
                                      ProblemSink& problems) const
{
    for (int k = group.first; k < group.first + group.count; ++k) {
        const Row& r = m_rows[size_t(m_order[size_t(k)])];
        QString value;
        if (column == ContractNo)
            value = group.contractNo;
        else if (column == Amount && r.amount > 0)
            value = formatPlain(Money::fromFen(r.amount));
        problems.add(r.number, column, value, reason);
    }
}

void InstallmentImport::checkGroup(Group& g, ProblemSink& problems)
{
    const ReceivablesLookup::Contract& c = g.contract;
    if (c.id == 0) {
        problemOnRows(g, ContractNo, tr("contract %1 does not exist").arg(g.contractNo), problems);
        return;
    }
    if (c.status == QLatin1String("cancelled")) {
        problemOnRows(g, ContractNo, tr("contract %1 is cancelled").arg(g.contractNo), problems);
        return;
    }
    if (!ReceivablesLookup::inScope(m_ctx.session, c.salespersonId, m_departmentOf.value(c.salespersonId))) {
        problemOnRows(
            g, ContractNo,
            tr("you may not change the schedule of contract %1: it is not in your scope").arg(g.contractNo),
            problems);
        return;
    }
    if (c.paid) {
        problemOnRows(
            g, ContractNo,
            tr("the schedule of contract %1 cannot be replaced: its instalments already have payments "
               "or write-offs")
                .arg(g.contractNo),
            problems);
        return;
    }
    if (c.referenced) {
        problemOnRows(g, ContractNo,
                      tr("the schedule of contract %1 cannot be replaced: its instalments have disputes, "
                         "promises, letters or interest records")
                          .arg(g.contractNo),
                      problems);
        return;
    }
    if (g.broken)
        return; // its rows carry their problems; the schedule as a whole cannot be judged

    const qint64 signedDay = c.signedOn.toJulianDay();
    bool bad = false;
    int expected = 1;
    int previousSeq = 0;
    qint64 previousDue = 0;
    int previousRow = 0;
    qint64 sum = 0;
    for (int k = g.first; k < g.first + g.count; ++k) {
        const Row& r = m_rows[size_t(m_order[size_t(k)])];
        if (r.seq == previousSeq) {
            problems.add(r.number, Seq, QString::number(r.seq),
                         tr("instalment %1 of contract %2 already appears in row %3")
                             .arg(r.seq)
                             .arg(g.contractNo)
                             .arg(previousRow));
            bad = true;
            continue;
        }
        if (r.seq != expected) {
            problems.add(
                r.number, Seq, QString::number(r.seq),
                tr("the instalments of contract %1 must be numbered from 1 without gaps: %2 is missing")
                    .arg(g.contractNo)
                    .arg(expected));
            bad = true;
        }
        expected = r.seq + 1;
        if (r.dueDay < signedDay) {
            problems.add(r.number, DueOn, iso(r.dueDay),
                         tr("due date %1 is before the signing date %2 of contract %3")
                             .arg(iso(r.dueDay), iso(signedDay), g.contractNo));
            bad = true;
        } else if (previousDue != 0 && r.dueDay < previousDue) {
            problems.add(r.number, DueOn, iso(r.dueDay),
                         tr("due date %1 is before the due date %2 of instalment %3")
                             .arg(iso(r.dueDay), iso(previousDue))
                             .arg(previousSeq));
            bad = true;
        }
        previousSeq = r.seq;
        previousDue = r.dueDay;
        previousRow = r.number;
        sum += r.amount;
    }
    if (bad)
        return;
    if (sum != c.amount) {
        const qint64 difference = c.amount - sum;
        problemOnRows(g, Amount,
                      (difference > 0
                           ? tr("the instalments of contract %1 add up to %2, %3 less than the contract "
                                "amount %4")
                           : tr("the instalments of contract %1 add up to %2, %3 more than the contract "
                                "amount %4"))
                          .arg(g.contractNo, formatMoney(Money::fromFen(sum)),
                               formatMoney(Money::fromFen(difference > 0 ? difference : -difference)),
                               formatMoney(Money::fromFen(c.amount))),
                      problems);
        return;
    }
    g.valid = true;
    m_toInsert += g.count;
    m_toReplace += c.installments;
}

void InstallmentImport::finish(ProblemSink& problems, ImportResult& result)
{
    // Group the rows by contract (in order of first appearance) in linear time, then by seq and file order.
    m_order.assign(m_rows.size(), 0);
    int ungrouped = 0;
    for (const Row& r : m_rows) {
        if (r.group >= 0)
            ++m_groups[size_t(r.group)].count;
        else
            ++ungrouped;
    }
    int next = 0;
    for (Group& g : m_groups) {
        g.first = next;
        next += g.count;
        g.count = 0;
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const int group = m_rows[i].group;
        if (group < 0)
            continue;
        Group& g = m_groups[size_t(group)];
        m_order[size_t(g.first + g.count++)] = int(i);
    }
    m_order.resize(m_order.size() - size_t(ungrouped));
    for (const Group& g : m_groups) {
        const auto begin = m_order.begin() + g.first;
        const auto end = begin + g.count;
        if (!std::is_sorted(begin, end,
                            [&](int a, int b) { return m_rows[size_t(a)].seq < m_rows[size_t(b)].seq; }))
            std::stable_sort(begin, end,
                             [&](int a, int b) { return m_rows[size_t(a)].seq < m_rows[size_t(b)].seq; });
    }

    QStringList numbers;
    numbers.reserve(qsizetype(m_groups.size()));
    for (const Group& g : m_groups)
        numbers << g.contractNo;
    QHash<QString, ReceivablesLookup::Contract> stored;
    const Status looked = guarded([&]() -> Status {
        stored = ReceivablesLookup::contracts(m_ctx, numbers, true);
        return {};
    });
    if (!looked) {
        problems.add(FieldProblem{0, {}, {}, looked.error().message});
        return;
    }
    int replacedContracts = 0;
    for (Group& g : m_groups) {
        g.contract = stored.value(g.contractNo);
        checkGroup(g, problems);
        if (g.valid && g.contract.installments > 0)
            ++replacedContracts;
    }

    result.created = int(m_toInsert);
    if (problems.isEmpty()) {
        result.createdRows.reserve(qsizetype(m_toInsert));
        for (const Row& r : m_rows)
            result.createdRows << r.number;
    }
    if (m_toInsert > 0)
        result.notes << tr(
            "Payment schedules of %n contract(s).", nullptr,
            int(std::count_if(m_groups.begin(), m_groups.end(), [](const Group& g) { return g.valid; })));
    if (replacedContracts > 0)
        result.notes << tr("%n stored instalment(s) will be replaced by the new schedules.", nullptr,
                           int(m_toReplace));
}

Status InstallmentImport::write(ProblemSink&, Progress& progress, ImportResult&)
{
    return guarded([&]() -> Status {
        sqlite3* handle = m_ctx.db.nativeHandle();
        const QByteArray now = m_ctx.clock.now().toString(Qt::ISODate).toUtf8();
        const BulkWriteCache cache(handle, BulkWriteCache::kibibytesFor(m_toInsert * 2));

        // 1. Stored schedules being replaced: delete the instalments, then their collector history (the
        //    history may only go once its instalment is gone; foreign keys are checked at commit).
        if (m_toReplace > 0) {
            exec(handle, "PRAGMA defer_foreign_keys = ON");
            AuditLog audit(m_ctx);
            NativeStatement instalments(handle,
                                        "SELECT id FROM installments WHERE contract_id = ? ORDER BY seq");
            NativeStatement history(
                handle, "SELECT id FROM installment_collectors WHERE installment_id = ? ORDER BY id");
            NativeStatement dropInstalment(handle, "DELETE FROM installments WHERE id = ?");
            NativeStatement dropHistory(handle, "DELETE FROM installment_collectors WHERE id = ?");
            for (const Group& g : m_groups) {
                if (!g.valid || g.contract.installments == 0)
                    continue;
                QList<qint64> ids;
                instalments.bind(1, g.contract.id);
                while (instalments.step())
                    ids << sqlite3_column_int64(instalments.raw(), 0);
                for (const qint64 id : std::as_const(ids)) {
                    QList<qint64> historyIds;
                    history.bind(1, id);
                    while (history.step())
                        historyIds << sqlite3_column_int64(history.raw(), 0);
                    const QJsonObject before = AuditLog::snapshot(m_ctx.db, kInstallments, id);
                    dropInstalment.bind(1, id).execute();
                    audit.record(kInstallments, id, g.contractNo, QStringLiteral("delete"), before, {});
                    for (const qint64 historyId : std::as_const(historyIds)) {
                        const QJsonObject was = AuditLog::snapshot(m_ctx.db, kCollectors, historyId);
                        dropHistory.bind(1, historyId).execute();
                        audit.record(kCollectors, historyId, g.contractNo, QStringLiteral("delete"), was, {});
                    }
                }
            }
        }

        // 2. Many rows into a small table: build the secondary indexes once afterwards.
        BulkIndexRebuild indexes(m_ctx.db, kInstallments, m_toInsert);

        // 3. The new schedules, in (contract, seq) order, kRowsPerInsert rows per INSERT statement (fewer
        //    statement executions). A new row's id is one more than the largest id so far, so the rows of
        //    one statement have consecutive ids ending at the last insert rowid.
        // Instalment tuple i: ?(6i+1)..?(6i+6); history tuple i: ?(3i+3)..?(3i+5), at = ?1, user_id = ?2.
        const auto instalmentValues = [](int i) {
            QByteArray t = "(";
            for (int k = 1; k <= 6; ++k)
                t += (k == 1 ? "?" : ",?") + QByteArray::number(6 * i + k);
            return t + ")";
        };
        const auto historyValues = [](int i) {
            return "(?" + QByteArray::number(3 * i + 3) + ",?" + QByteArray::number(3 * i + 4) + ",?" +
                   QByteArray::number(3 * i + 5) + ",?1,'import','',?2)";
        };
        const auto insertSql = [](const char* head, const auto& tuple, int rows) {
            QByteArray sql(head);
            for (int i = 0; i < rows; ++i)
                sql += (i == 0 ? QByteArray() : QByteArray(",")) + tuple(i);
            return sql;
        };
        const char* instalmentHead =
            "INSERT INTO installments (contract_id, customer_id, seq, due_on, amount, collector_id) VALUES ";
        const char* historyHead =
            "INSERT INTO installment_collectors (installment_id, collector_id, from_on, at, reason, note, "
            "user_id) VALUES ";
        NativeStatement manyInstalments(
            handle, insertSql(instalmentHead, instalmentValues, kRowsPerInsert).constData());
        NativeStatement oneInstalment(handle, insertSql(instalmentHead, instalmentValues, 1).constData());
        NativeStatement manyHistory(handle,
                                    insertSql(historyHead, historyValues, kRowsPerInsert).constData());
        NativeStatement oneHistory(handle, insertSql(historyHead, historyValues, 1).constData());
        for (sqlite3_stmt* h : {manyHistory.raw(), oneHistory.raw()}) {
            sqlite3_bind_text(h, 1, now.constData(), int(now.size()), SQLITE_STATIC);
            if (m_ctx.session.userId > 0)
                sqlite3_bind_int64(h, 2, m_ctx.session.userId);
            else
                sqlite3_bind_null(h, 2);
        }

        // Audit fingerprints from the values bound (no read-back), hashed on a helper thread.
        using Value = CreatedRowFingerprints::Value;
        CreatedRowFingerprints instalmentPrints(
            m_ctx.db, kInstallments,
            {"contract_id", "customer_id", "seq", "due_on", "amount", "collector_id"});
        CreatedRowFingerprints historyPrints(
            m_ctx.db, kCollectors,
            {"installment_id", "collector_id", "from_on", "at", "reason", "note", "user_id"});
        const Value user = m_ctx.session.userId > 0 ? Value::of(m_ctx.session.userId) : Value::null();
        BulkAuditWriter audit(m_ctx);

        struct Pending
        {
            const ReceivablesLookup::Contract* contract;
            const Row* row;
            char due[10];
            char from[10];
        };
        std::vector<Pending> batch;
        batch.reserve(kRowsPerInsert);
        qint64 lastInstalment = 0, lastHistory = 0;
        const auto flush = [&]() {
            const int n = int(batch.size());
            if (n == 0)
                return;
            sqlite3_stmt* many = (n == kRowsPerInsert ? manyInstalments : oneInstalment).raw();
            sqlite3_stmt* history = (n == kRowsPerInsert ? manyHistory : oneHistory).raw();
            for (int from = 0; from < n; from += (n == kRowsPerInsert ? n : 1)) {
                const int rows = n == kRowsPerInsert ? n : 1;
                for (int i = 0; i < rows; ++i) {
                    const Pending& p = batch[size_t(from + i)];
                    const int b = i * 6;
                    sqlite3_bind_int64(many, b + 1, p.contract->id);
                    sqlite3_bind_int64(many, b + 2, p.contract->customerId);
                    sqlite3_bind_int64(many, b + 3, p.row->seq);
                    sqlite3_bind_text(many, b + 4, p.due, 10, SQLITE_STATIC);
                    sqlite3_bind_int64(many, b + 5, p.row->amount);
                    sqlite3_bind_int64(many, b + 6, p.contract->salespersonId);
                }
                const qint64 last = insertRow(handle, many);
                const qint64 first = last - rows + 1;
                if (first <= lastInstalment)
                    throw DbException(QStringLiteral("instalment ids are not consecutive"), {}, false);
                lastInstalment = last;
                for (int i = 0; i < rows; ++i) {
                    const Pending& p = batch[size_t(from + i)];
                    const int b = 2 + i * 3;
                    sqlite3_bind_int64(history, b + 1, first + i);
                    sqlite3_bind_int64(history, b + 2, p.contract->salespersonId);
                    sqlite3_bind_text(history, b + 3, p.from, 10, SQLITE_STATIC);
                }
                const qint64 lastId = insertRow(handle, history);
                const qint64 firstHistory = lastId - rows + 1;
                if (firstHistory <= lastHistory)
                    throw DbException(QStringLiteral("collector history ids are not consecutive"), {}, false);
                lastHistory = lastId;
                for (int i = 0; i < rows; ++i) {
                    const Pending& p = batch[size_t(from + i)];
                    const qint64 id = first + i;
                    if (instalmentPrints.valid()) {
                        const Value values[] = {
                            Value::of(p.contract->id), Value::of(p.contract->customerId),
                            Value::of(p.row->seq),     Value::of(QByteArrayView(p.due, 10)),
                            Value::of(p.row->amount),  Value::of(p.contract->salespersonId)};
                        instalmentPrints.add(id, values);
                    } else {
                        audit.addCreated(kInstallments, id);
                    }
                    if (historyPrints.valid()) {
                        const Value values[] = {Value::of(id),
                                                Value::of(p.contract->salespersonId),
                                                Value::of(QByteArrayView(p.from, 10)),
                                                Value::of(QByteArrayView(now)),
                                                Value::of(QByteArrayView("import")),
                                                Value::of(QByteArrayView("")),
                                                user};
                        historyPrints.add(firstHistory + i, values);
                    } else {
                        audit.addCreated(kCollectors, firstHistory + i);
                    }
                }
            }
            batch.clear();
        };

        progress.setTotal(m_toInsert);
        qint64 done = 0;
        for (const Group& g : m_groups) {
            if (!g.valid)
                continue;
            char from[10];
            isoDate(g.contract.signedOn.toJulianDay(), from);
            for (int k = g.first; k < g.first + g.count; ++k) {
                Pending p{&g.contract, &m_rows[size_t(m_order[size_t(k)])], {}, {}};
                isoDate(p.row->dueDay, p.due);
                std::copy(from, from + 10, p.from);
                batch.push_back(p);
                if (int(batch.size()) == kRowsPerInsert)
                    flush();
                if (++done % 4096 == 0) {
                    progress.setDone(done);
                    if (progress.isCancelled())
                        return ImportService::cancelledError();
                }
            }
        }
        flush();
        instalmentPrints.finish(audit);
        historyPrints.finish(audit);
        audit.flush();
        progress.setDone(done);

        indexes.rebuild();
        return {};
    });
}

QStringList InstallmentImport::changedEntities() const
{
    return {kInstallments, QStringLiteral("contracts")};
}

} // namespace tl::core
