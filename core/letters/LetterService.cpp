#include "letters/LetterService.h"

#include "audit/AuditLog.h"
#include "audit/BulkAuditWriter.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "common/Progress.h"
#include "customers/OpportunityScope.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/ServiceGuard.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "letters/LetterRepository.h"
#include "money/Money.h"
#include "money/MoneyFormat.h"
#include "org/EmployeeRepository.h"
#include "receivables/DisputeService.h"
#include "receivables/LedgerScope.h"
#include "receivables/OpenItems.h"
#include "settings/CompanyService.h"
#include "settings/SettingDefinitions.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <functional>

namespace tl::core {

namespace {

const QString kLetters = QStringLiteral("letters");
const QString kItems = QStringLiteral("letter_items");

// Up to this many letters a batch writes one audit record per row (letters and their items); bigger batches
// write fingerprint runs (BulkAuditWriter::addCreated), which AuditLog::verify checks just as well.
std::atomic<int> g_perRowAuditLetters{2000};
constexpr int kProgressEvery = 50;

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// One customer's letter before it is written.
struct Draft
{
    qint64 customerId = 0;
    QString customerCode;
    QList<OpenItem> items;
};

// The customers' codes (for the order of a batch).
QHash<qint64, QString> customerCodes(const Database& db, const QList<qint64>& ids)
{
    QHash<qint64, QString> codes;
    if (ids.isEmpty())
        return codes;
    SqlQuery q(db,
               QStringLiteral("SELECT id, code FROM customers WHERE id IN (SELECT value FROM json_each(?))"));
    q.bind(EmployeeRepository::idArray(ids)).exec();
    while (q.next())
        codes.insert(q.integer(0), q.text(1));
    return codes;
}

// The largest serial of the year's letter numbers ("DZ-2026-000123" -> 123), 0 when none; read over the
// unique index on letter_no.
qint64 lastSerial(const Database& db, const QString& yearPrefix)
{
    const QString upper = yearPrefix.left(yearPrefix.size() - 1) + QLatin1Char('.'); // '-' + 1 = '.'
    return SqlQuery::scalar(db,
                            QStringLiteral("SELECT max(CAST(substr(letter_no, ?) AS INTEGER)) FROM letters "
                                           "WHERE letter_no >= ? AND letter_no < ?"),
                            {int(yearPrefix.size()) + 1, yearPrefix, upper})
        .toLongLong();
}

QString letterNumber(const QString& yearPrefix, qint64 serial)
{
    return yearPrefix + QStringLiteral("%1").arg(serial, 6, 10, QLatin1Char('0'));
}

// Whether the content starts with the signature of its declared type.
bool contentMatches(const QString& mime, const QByteArray& content)
{
    if (mime == QLatin1String("application/pdf"))
        return content.startsWith("%PDF-");
    if (mime == QLatin1String("image/png"))
        return content.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8));
    if (mime == QLatin1String("image/jpeg"))
        return content.startsWith(QByteArray("\xFF\xD8\xFF", 3));
    return false;
}

void notifyLetters(Transaction& tx, ChangeNotifier* notifier, const QList<qint64>& ids)
{
    tx.afterCommit([notifier, ids] {
        if (notifier)
            notifier->notify(kLetters, ids);
    });
}

} // namespace

Result<LetterService::Generated> LetterService::generate(const QDate& asOf, const LetterSubject& subject)
{
    NullProgress progress;
    return generate(asOf, subject, progress);
}

Result<LetterService::Generated> LetterService::generate(const QDate& asOf, const LetterSubject& subject,
                                                         Progress& progress)
{
    return guarded([&]() -> Result<Generated> {
        const Session& s = m_ctx.session;
        if (!s.can(Permission::ManageLetters) || !s.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not generate reconciliation letters."));
        const QDate today = m_ctx.clock.today();
        if (!asOf.isValid())
            return Error::invalid(tr("The letters need a valid as-of date."));
        if (asOf > today)
            return Error::invalid(
                tr("The as-of date %1 is in the future; a letter states a balance that exists.")
                    .arg(asOf.toString(Qt::ISODate)));

        const CompanyService company(m_ctx);
        const auto payDays = company.intSetting(QString(SettingKey::LetterPayDays));
        if (!payDays)
            return payDays.error();
        const auto replyDays = company.intSetting(QString(SettingKey::LetterReplyDays));
        if (!replyDays)
            return replyDays.error();

        const Error cancelled{ErrorCode::Conflict,
                              tr("The letter generation was cancelled; no letter was created."),
                              {},
                              {},
                              {}};

        Transaction tx(m_ctx.db);
        const OpenItems open(m_ctx);
        progress.setText(tr("Reading the open items"));

        // The customers of the subject, each with its open items, by customer code.
        QList<Draft> drafts;
        qint64 salespersonId = 0;
        switch (subject.kind) {
        case LetterSubject::Kind::Customer: {
            const QVariant code = SqlQuery::scalar(
                m_ctx.db, QStringLiteral("SELECT code FROM customers WHERE id = ?"), {subject.id});
            if (!code.isValid())
                return Error::notFound(tr("Customer %1 does not exist.").arg(subject.id),
                                       QStringLiteral("customer:%1").arg(subject.id));
            if (!LedgerScope(m_ctx).customer(subject.id))
                return Error::denied(tr("You may not send letters to customer %1.").arg(code.toString()));
            auto items = open.forCustomer(subject.id, asOf);
            if (!items)
                return items.error();
            drafts << Draft{subject.id, code.toString(), *items};
            break;
        }
        case LetterSubject::Kind::Salesperson: {
            if (!SqlQuery::scalar(m_ctx.db, QStringLiteral("SELECT 1 FROM employees WHERE id = ?"),
                                  {subject.id})
                     .isValid())
                return Error::notFound(tr("Employee %1 does not exist.").arg(subject.id),
                                       QStringLiteral("employee:%1").arg(subject.id));
            if (!OpportunityScope(s).includes(m_ctx.db, subject.id))
                return Error::denied(tr("You may not send letters for the receivables of this salesperson."));
            salespersonId = subject.id;
            auto items = open.forCollector(subject.id, asOf);
            if (!items)
                return items.error();
            QHash<qint64, int> index;
            for (const OpenItem& item : *items) {
                auto it = index.find(item.customerId);
                if (it == index.end()) {
                    it = index.insert(item.customerId, int(drafts.size()));
                    drafts << Draft{item.customerId, {}, {}};
                }
                drafts[*it].items << item;
            }
            const QHash<qint64, QString> codes = customerCodes(m_ctx.db, index.keys());
            for (Draft& d : drafts)
                d.customerCode = codes.value(d.customerId);
            std::sort(drafts.begin(), drafts.end(),
                      [](const Draft& a, const Draft& b) { return a.customerCode < b.customerCode; });
            break;
        }
        case LetterSubject::Kind::All: {
            auto customers = open.customersWithBalance(asOf);
            if (!customers)
                return customers.error();
            progress.setTotal(customers->size());
            const QHash<qint64, QString> codes = customerCodes(m_ctx.db, *customers);
            qint64 done = 0;
            for (qint64 customerId : *customers) {
                if (++done % kProgressEvery == 0) {
                    progress.setDone(done);
                    if (progress.isCancelled())
                        return cancelled;
                }
                auto items = open.forCustomer(customerId, asOf);
                if (!items)
                    return items.error();
                drafts << Draft{customerId, codes.value(customerId), *items};
            }
            break;
        }
        }
        if (progress.isCancelled())
            return cancelled;

        // Customers without a positive balance get no letter.
        drafts.erase(std::remove_if(drafts.begin(), drafts.end(),
                                    [](const Draft& d) {
                                        qint64 balance = 0;
                                        for (const OpenItem& item : d.items)
                                            balance += item.balance;
                                        return d.items.isEmpty() || balance <= 0;
                                    }),
                     drafts.end());

        Generated out;
        if (drafts.isEmpty()) {
            tx.commit();
            return out;
        }

        progress.setText(tr("Writing %n letter(s)", nullptr, int(drafts.size())));
        progress.setTotal(drafts.size());
        progress.setDone(0);

        const QString yearPrefix = letterNoPrefix() + QStringLiteral("-%1-").arg(today.year());
        qint64 serial = lastSerial(m_ctx.db, yearPrefix);
        const QString createdAt = LetterRepository::dateTimeText(m_ctx.clock.now());
        const QString asOfText = asOf.toString(Qt::ISODate);
        const QString payBy = today.addDays(*payDays).toString(Qt::ISODate);
        const QString replyBy = today.addDays(*replyDays).toString(Qt::ISODate);

        NativeStatement insertLetter(
            m_ctx.db.nativeHandle(),
            "INSERT INTO letters (letter_no, customer_id, salesperson_id, as_of, balance, "
            "pay_by, reply_by, status, created_at, created_by) "
            "VALUES (?,?,?,?,?,?,?,'draft',?,?)");
        NativeStatement insertItem(
            m_ctx.db.nativeHandle(),
            "INSERT INTO letter_items (letter_id, installment_id, contract_no, seq, due_on, "
            "amount, paid, balance) VALUES (?,?,?,?,?,?,?,?)");
        BulkAuditWriter audit(m_ctx);
        const bool perRow = drafts.size() <= g_perRowAuditLetters.load();

        qint64 done = 0;
        for (const Draft& d : drafts) {
            if (++done % kProgressEvery == 0) {
                progress.setDone(done);
                if (progress.isCancelled())
                    return cancelled;
            }
            qint64 balance = 0;
            QSet<qint64> collectors;
            for (const OpenItem& item : d.items) {
                balance += item.balance;
                collectors.insert(item.collectorId);
            }
            qint64 letterSalesperson = salespersonId;
            if (letterSalesperson == 0 && collectors.size() == 1)
                letterSalesperson = *collectors.begin();

            const QString letterNo = letterNumber(yearPrefix, ++serial);
            insertLetter.bind(1, letterNo)
                .bind(2, d.customerId)
                .bindId(3, letterSalesperson)
                .bind(4, asOfText)
                .bind(5, balance)
                .bind(6, payBy)
                .bind(7, replyBy)
                .bind(8, createdAt)
                .bindId(9, s.userId);
            const qint64 letterId = insertLetter.execute();
            if (perRow)
                audit.recordCreate(kLetters, letterId, letterNo);
            else
                audit.addCreated(kLetters, letterId);

            for (const OpenItem& item : d.items) {
                insertItem.bind(1, letterId)
                    .bind(2, item.installmentId)
                    .bind(3, item.contractNo)
                    .bind(4, qint64(item.seq))
                    .bindDate(5, item.dueOn)
                    .bind(6, item.amount)
                    .bind(7, item.amount - item.balance)
                    .bind(8, item.balance);
                const qint64 itemId = insertItem.execute();
                if (perRow)
                    audit.recordCreate(kItems, itemId,
                                       letterNo + QStringLiteral(": ") + item.contractNo +
                                           QStringLiteral("/%1").arg(item.seq));
                else
                    audit.addCreated(kItems, itemId);
            }
            out.letterIds << letterId;
            out.letterNos << letterNo;
            out.totalBalance += balance;
        }
        audit.flush();
        progress.setDone(done);
        if (progress.isCancelled())
            return cancelled;

        notifyLetters(tx, m_ctx.notifier, out.letterIds);
        tx.commit();
        return out;
    });
}

int LetterService::perRowAuditLetters()
{
    return g_perRowAuditLetters.load();
}

void LetterService::setPerRowAuditLetters(int letters)
{
    g_perRowAuditLetters.store(std::max(letters, 0));
}

Result<Letter> LetterService::get(qint64 letterId) const
{
    return guarded([&]() -> Result<Letter> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view reconciliation letters."));
        const LetterRepository repo(m_ctx.db);
        auto letter = repo.load(letterId);
        if (!letter)
            return Error::notFound(tr("Letter %1 does not exist.").arg(letterId),
                                   QStringLiteral("letter:%1").arg(letterId));
        if (!repo.inScope(m_ctx.session, *letter))
            return Error::denied(tr("You may not view letter %1.").arg(letter->letterNo));
        letter->items = repo.items(letterId);
        return *letter;
    });
}

Result<Letter> LetterService::getByNo(const QString& letterNo) const
{
    const auto id = guarded([&]() -> Result<qint64> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view reconciliation letters."));
        const auto found = LetterRepository(m_ctx.db).idForNo(letterNo.trimmed());
        if (!found)
            return Error::notFound(tr("Letter %1 does not exist.").arg(letterNo),
                                   QStringLiteral("letter:%1").arg(letterNo));
        return *found;
    });
    if (!id)
        return id.error();
    return get(*id);
}

namespace {

// One change of a stored letter: permission, existence, scope, the transaction, the audit record with the
// row before and after, the notification. `body` checks the state and runs the UPDATE; an error from it
// rolls everything back.
Status changeLetter(const Context& ctx, qint64 letterId, const QString& action,
                    const std::function<Status(const Letter&)>& body)
{
    return guarded([&]() -> Status {
        if (!ctx.session.can(Permission::ManageLetters))
            return Error::denied(LetterService::tr("You may not change reconciliation letters."));
        Transaction tx(ctx.db);
        const LetterRepository repo(ctx.db);
        const auto letter = repo.load(letterId);
        if (!letter)
            return Error::notFound(LetterService::tr("Letter %1 does not exist.").arg(letterId),
                                   QStringLiteral("letter:%1").arg(letterId));
        if (!repo.inScope(ctx.session, *letter))
            return Error::denied(LetterService::tr("You may not change letter %1.").arg(letter->letterNo));
        const QJsonObject before = AuditLog::snapshot(ctx.db, kLetters, letterId);
        const Status done = body(*letter);
        if (!done)
            return done;
        AuditLog(ctx).record(kLetters, letterId, letter->letterNo, action, before,
                             AuditLog::snapshot(ctx.db, kLetters, letterId));
        notifyLetters(tx, ctx.notifier, {letterId});
        tx.commit();
        return {};
    });
}

Error wrongState(const Letter& letter, const QString& what)
{
    return Error::conflict(
        LetterService::tr("Letter %1 is %2: %3").arg(letter.letterNo, letterStatusName(letter.status), what),
        QStringLiteral("letter:%1").arg(letter.id));
}

// The reply date of a confirmation or difference: from the day it was sent up to today.
QList<FieldProblem> replyDateProblems(const Letter& letter, const QDate& on, const QDate& today)
{
    QList<FieldProblem> problems;
    const QString column = QStringLiteral("confirmed_on");
    if (!on.isValid())
        problems << FieldProblem{0, column, {}, LetterService::tr("The reply date is missing.")};
    else if (on > today)
        problems << FieldProblem{0, column, on.toString(Qt::ISODate),
                                 LetterService::tr("The reply date is in the future.")};
    else if (letter.sentOn.isValid() && on < letter.sentOn)
        problems << FieldProblem{0, column, on.toString(Qt::ISODate),
                                 LetterService::tr("The reply date is before the letter was sent (%1).")
                                     .arg(letter.sentOn.toString(Qt::ISODate))};
    return problems;
}

} // namespace

Status LetterService::markSent(qint64 letterId, const QDate& on, const QString& method,
                               const QString& trackingNo)
{
    const QDate today = m_ctx.clock.today();
    return changeLetter(m_ctx, letterId, QStringLiteral("send"), [&](const Letter& letter) -> Status {
        if (letter.status != LetterStatus::Draft)
            return wrongState(letter, tr("only a draft can be sent."));
        QList<FieldProblem> problems;
        if (!on.isValid())
            problems << FieldProblem{0, QStringLiteral("sent_on"), {}, tr("The date sent is missing.")};
        else if (on > today)
            problems << FieldProblem{0, QStringLiteral("sent_on"), on.toString(Qt::ISODate),
                                     tr("The date sent is in the future.")};
        else if (on < letter.letterDate)
            problems << FieldProblem{
                0, QStringLiteral("sent_on"), on.toString(Qt::ISODate),
                tr("The letter was only written on %1.").arg(letter.letterDate.toString(Qt::ISODate))};
        const QString m = method.trimmed();
        if (!letterSendMethodKeys().contains(m))
            problems << FieldProblem{0, QStringLiteral("sent_method"), method,
                                     tr("Choose how the letter was sent: %1.")
                                         .arg(letterSendMethodKeys().join(QStringLiteral(", ")))};
        else if (letterSendMethodNeedsTracking(m) && trackingNo.trimmed().isEmpty())
            problems << FieldProblem{0,
                                     QStringLiteral("tracking_no"),
                                     {},
                                     tr("A letter sent by %1 needs its tracking number as proof of delivery.")
                                         .arg(letterSendMethodName(m))};
        if (!problems.isEmpty())
            return Error::invalid(tr("Letter %1 cannot be marked as sent.").arg(letter.letterNo), problems);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("UPDATE letters SET status = 'sent', sent_on = ?, sent_method = ?, "
                                  "tracking_no = ? WHERE id = ?"));
        q.bind(on.toString(Qt::ISODate)).bind(m).bind(notNull(trackingNo.trimmed())).bind(letterId).exec();
        return {};
    });
}

Status LetterService::recordConfirmed(qint64 letterId, const QDate& on, const std::optional<LetterScan>& scan)
{
    const QDate today = m_ctx.clock.today();
    return changeLetter(m_ctx, letterId, QStringLiteral("confirm"), [&](const Letter& letter) -> Status {
        if (letter.status != LetterStatus::Sent && letter.status != LetterStatus::NoReply)
            return wrongState(letter, tr("only a letter that was sent can be confirmed."));
        QList<FieldProblem> problems = replyDateProblems(letter, on, today);
        if (scan)
            problems << validateScan(*scan);
        if (!problems.isEmpty())
            return Error::invalid(
                tr("The confirmation of letter %1 cannot be recorded.").arg(letter.letterNo), problems);
        SqlQuery q(
            m_ctx.db,
            QStringLiteral("UPDATE letters SET status = 'confirmed', confirmed_on = ?, confirmed_balance = "
                           "balance, difference_amount = NULL, difference_note = '' WHERE id = ?"));
        q.bind(on.toString(Qt::ISODate)).bind(letterId).exec();
        if (scan) {
            SqlQuery u(
                m_ctx.db,
                QStringLiteral("UPDATE letters SET scan_name = ?, scan_mime = ?, scan = ? WHERE id = ?"));
            u.bind(scan->fileName.trimmed()).bind(scan->mime).bind(scan->content).bind(letterId).exec();
        }
        return {};
    });
}

Result<LetterService::DifferenceOutcome>
LetterService::recordDifference(qint64 letterId, const QDate& on, qint64 statedBalance,
                                const QString& explanation, const std::optional<LetterScan>& scan)
{
    const QDate today = m_ctx.clock.today();
    DifferenceOutcome outcome;
    const Status done =
        changeLetter(m_ctx, letterId, QStringLiteral("difference"), [&](const Letter& letter) -> Status {
            if (letter.status != LetterStatus::Sent && letter.status != LetterStatus::NoReply)
                return wrongState(letter, tr("only a letter that was sent can record the customer's reply."));
            QList<FieldProblem> problems = replyDateProblems(letter, on, today);
            if (statedBalance < 0)
                problems << FieldProblem{0, QStringLiteral("confirmed_balance"),
                                         formatPlain(Money::fromFen(statedBalance)),
                                         tr("The stated balance cannot be negative.")};
            else if (statedBalance == letter.balance)
                problems << FieldProblem{0, QStringLiteral("confirmed_balance"),
                                         formatPlain(Money::fromFen(statedBalance)),
                                         tr("The stated balance equals the letter's balance: record a "
                                            "confirmation instead.")};
            if (explanation.trimmed().isEmpty())
                problems << FieldProblem{0,
                                         QStringLiteral("difference_note"),
                                         {},
                                         tr("Write down the customer's explanation of the difference.")};
            if (scan)
                problems << validateScan(*scan);
            if (!problems.isEmpty())
                return Error::invalid(
                    tr("The difference on letter %1 cannot be recorded.").arg(letter.letterNo), problems);
            outcome.difference = letter.balance - statedBalance;
            if (outcome.difference > 0 && !m_ctx.session.can(Permission::ManageCollections))
                return Error::denied(tr("Recording this difference opens a dispute, which you may not do."));

            SqlQuery q(m_ctx.db, QStringLiteral("UPDATE letters SET status = 'difference', confirmed_on = ?, "
                                                "confirmed_balance = ?, difference_amount = ?, "
                                                "difference_note = ? WHERE id = ?"));
            q.bind(on.toString(Qt::ISODate))
                .bind(statedBalance)
                .bind(outcome.difference)
                .bind(explanation.trimmed())
                .bind(letterId)
                .exec();
            if (scan) {
                SqlQuery u(
                    m_ctx.db,
                    QStringLiteral("UPDATE letters SET scan_name = ?, scan_mime = ?, scan = ? WHERE id = ?"));
                u.bind(scan->fileName.trimmed()).bind(scan->mime).bind(scan->content).bind(letterId).exec();
            }
            if (outcome.difference <= 0)
                return {};

            // The denied part, spread over the letter's items from the latest due first, each up to what the
            // letter claimed on it and what is still collectable on it now.
            QList<LetterItem> items = LetterRepository(m_ctx.db).items(letterId);
            std::sort(items.begin(), items.end(), [](const LetterItem& a, const LetterItem& b) {
                if (a.dueOn != b.dueOn)
                    return a.dueOn > b.dueOn;
                if (a.contractNo != b.contractNo)
                    return a.contractNo > b.contractNo;
                return a.seq > b.seq;
            });
            const auto current = OpenItems(m_ctx).forCustomer(letter.customerId, today);
            if (!current)
                return current.error();
            QHash<qint64, qint64> collectable;
            for (const OpenItem& item : *current)
                collectable.insert(item.installmentId, std::max<qint64>(0, item.balance - item.disputed));

            const QString reason =
                tr("Reconciliation letter %1: the customer states a balance of %2 instead of %3. %4")
                    .arg(letter.letterNo, formatMoney(Money::fromFen(statedBalance)),
                         formatMoney(Money::fromFen(letter.balance)), explanation.trimmed());
            DisputeService disputes(m_ctx);
            qint64 remaining = outcome.difference;
            for (const LetterItem& item : items) {
                if (remaining <= 0)
                    break;
                const qint64 part =
                    std::min({remaining, item.balance, collectable.value(item.installmentId, 0)});
                if (part <= 0)
                    continue;
                const auto id = disputes.open(item.installmentId, part, reason, on, letterId);
                if (!id)
                    return id.error();
                outcome.disputeIds << *id;
                outcome.disputed += part;
                remaining -= part;
            }
            outcome.notDisputed = remaining;
            return {};
        });
    if (!done)
        return done.error();
    return outcome;
}

Status LetterService::markNoReply(qint64 letterId)
{
    const QDate today = m_ctx.clock.today();
    return changeLetter(m_ctx, letterId, QStringLiteral("no_reply"), [&](const Letter& letter) -> Status {
        if (letter.status != LetterStatus::Sent)
            return wrongState(letter, tr("only a letter that was sent can be marked as unanswered."));
        if (!(letter.replyBy < today))
            return Error::conflict(tr("The reply deadline of letter %1 is %2: it can be marked as unanswered "
                                      "from %3 on.")
                                       .arg(letter.letterNo, letter.replyBy.toString(Qt::ISODate),
                                            letter.replyBy.addDays(1).toString(Qt::ISODate)),
                                   QStringLiteral("letter:%1").arg(letterId));
        SqlQuery q(m_ctx.db, QStringLiteral("UPDATE letters SET status = 'no_reply' WHERE id = ?"));
        q.bind(letterId).exec();
        return {};
    });
}

Status LetterService::cancel(qint64 letterId, const QString& reason)
{
    return changeLetter(m_ctx, letterId, QStringLiteral("cancel"), [&](const Letter& letter) -> Status {
        if (letter.status != LetterStatus::Draft && letter.status != LetterStatus::Sent)
            return wrongState(letter, tr("only a draft or a letter awaiting its reply can be cancelled."));
        if (reason.trimmed().isEmpty())
            return Error::invalid(
                tr("Letter %1 cannot be cancelled.").arg(letter.letterNo),
                {FieldProblem{
                    0, QStringLiteral("note"), {}, tr("Give the reason for cancelling the letter.")}});
        SqlQuery q(m_ctx.db,
                   QStringLiteral("UPDATE letters SET status = 'cancelled', note = ? WHERE id = ?"));
        q.bind(reason.trimmed()).bind(letterId).exec();
        return {};
    });
}

Status LetterService::attachScan(qint64 letterId, const LetterScan& scan)
{
    return changeLetter(m_ctx, letterId, QStringLiteral("attach_scan"), [&](const Letter& letter) -> Status {
        if (letter.status == LetterStatus::Cancelled)
            return wrongState(letter, tr("a cancelled letter takes no scan."));
        const QList<FieldProblem> problems = validateScan(scan);
        if (!problems.isEmpty())
            return Error::invalid(tr("The scan cannot be attached to letter %1.").arg(letter.letterNo),
                                  problems);
        SqlQuery q(m_ctx.db,
                   QStringLiteral("UPDATE letters SET scan_name = ?, scan_mime = ?, scan = ? WHERE id = ?"));
        q.bind(scan.fileName.trimmed()).bind(scan.mime).bind(scan.content).bind(letterId).exec();
        return {};
    });
}

Result<LetterScan> LetterService::scan(qint64 letterId) const
{
    return guarded([&]() -> Result<LetterScan> {
        if (!m_ctx.session.can(Permission::ViewReceivables))
            return Error::denied(tr("You may not view reconciliation letters."));
        const LetterRepository repo(m_ctx.db);
        const auto letter = repo.load(letterId);
        if (!letter)
            return Error::notFound(tr("Letter %1 does not exist.").arg(letterId),
                                   QStringLiteral("letter:%1").arg(letterId));
        if (!repo.inScope(m_ctx.session, *letter))
            return Error::denied(tr("You may not view letter %1.").arg(letter->letterNo));
        if (!letter->hasScan())
            return Error::notFound(tr("Letter %1 has no scan attached.").arg(letter->letterNo),
                                   QStringLiteral("letter:%1").arg(letterId));
        SqlQuery q(m_ctx.db, QStringLiteral("SELECT scan FROM letters WHERE id = ?"));
        q.bind(letterId).exec();
        LetterScan out;
        out.fileName = letter->scanName;
        out.mime = letter->scanMime;
        if (q.next())
            out.content = q.value(0).toByteArray();
        return out;
    });
}

QList<FieldProblem> LetterService::validateScan(const LetterScan& scan)
{
    QList<FieldProblem> problems;
    if (scan.fileName.trimmed().isEmpty())
        problems << FieldProblem{0, QStringLiteral("file_name"), {}, tr("The scan needs a file name.")};
    if (!LetterScan::acceptedMimeTypes().contains(scan.mime))
        problems << FieldProblem{0, QStringLiteral("mime"), scan.mime,
                                 tr("A scan must be a PDF, PNG or JPEG file.")};
    if (scan.content.isEmpty())
        problems << FieldProblem{0, QStringLiteral("content"), {}, tr("The scan file is empty.")};
    else if (scan.content.size() > LetterScan::kMaxBytes)
        problems << FieldProblem{0, QStringLiteral("content"), QString::number(scan.content.size()),
                                 tr("The scan is larger than 20 MB.")};
    else if (LetterScan::acceptedMimeTypes().contains(scan.mime) && !contentMatches(scan.mime, scan.content))
        problems << FieldProblem{0, QStringLiteral("content"), scan.fileName,
                                 tr("The file's content is not a %1 file.").arg(scan.mime)};
    return problems;
}

} // namespace tl::core
