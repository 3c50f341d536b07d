#pragma once

// Receivables test data written with SQL directly (the ledger services are written at the same time by
// another helper): contracts with their schedules, payments and allocations, reversals, write-offs,
// disputes, letters, demands and interest settlements, keeping the cached columns
// (installments.paid_total / written_off_total / last_paid_on, payments.allocated_total) equal to the ledger
// as the services do. Also a small company (departments, salespeople, customers) through the real builders.
#include <catch2/catch.hpp>

#include "common/Context.h"
#include "support/TestDatabase.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(invalid date)");
    }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch

namespace tl::test {

class LedgerBuilder
{
public:
    explicit LedgerBuilder(core::Database& db) : m_db(db) {}

    struct Due
    {
        QDate on;
        qint64 amount = 0; // fen
    };

    // A contract and its instalments (seq 1..n in the given order), each collected by the salesperson, with
    // the 'contract' row of installment_collectors. ratePpm < 0: no contract rate (the default applies).
    // The amount is the sum of the schedule. Returns the contract id.
    qint64 contract(const QString& contractNo, qint64 customerId, qint64 salespersonId, const QDate& signedOn,
                    const QList<Due>& schedule, const QString& status = QStringLiteral("active"),
                    qint64 ratePpm = -1);
    QList<qint64> installments(qint64 contractId) const; // by seq
    qint64 installment(qint64 contractId, int seq) const;

    // A payment, not yet allocated.
    qint64 payment(const QString& paymentNo, qint64 customerId, const QDate& receivedOn, qint64 amount);
    // An allocation row (kind auto, or 'manual' / 'unallocate'), with the caches.
    void allocate(qint64 paymentId, qint64 installmentId, qint64 amount, const QDate& on,
                  const QString& kind = QStringLiteral("auto"));
    // payment + allocate(all of it to one instalment).
    qint64 pay(const QString& paymentNo, qint64 installmentId, qint64 amount, const QDate& on);
    // A reversal: payment_reversals row and negative 'reversal' rows cancelling each instalment's net
    // allocation, dated `on`; caches updated.
    void reverse(qint64 paymentId, const QDate& on);

    // A write-off request; decidedOn valid: approved (or rejected when approved is false) on that date.
    qint64 writeOff(qint64 installmentId, qint64 amount, const QDate& requestedOn,
                    const QDate& decidedOn = {}, bool approved = true);
    // A dispute opened on openedOn; resolvedOn valid: resolved (customer_pays) on that date.
    qint64 dispute(qint64 installmentId, qint64 amount, const QDate& openedOn, const QDate& resolvedOn = {});
    // A letter with status (draft, sent, confirmed, difference, no_reply, cancelled) listing the instalments
    // (items with their amounts); confirmedOn for confirmed/difference, sentOn for sent and later.
    qint64 letter(const QString& letterNo, qint64 customerId, const QDate& asOf, const QString& status,
                  const QDate& replyBy, const QList<qint64>& installmentIds = {}, const QDate& sentOn = {},
                  const QDate& confirmedOn = {});
    // A documented demand (kind demand, dunning_letter, repayment_plan, lawsuit); contractId 0 = all.
    qint64 demand(qint64 customerId, qint64 contractId, const QDate& on,
                  const QString& kind = QStringLiteral("demand"), const QString& method = {});
    qint64 settleInterest(qint64 installmentId, const QDate& on, qint64 amount,
                          const QString& kind = QStringLiteral("paid"));
    void setCollector(qint64 installmentId, qint64 collectorId, const QDate& from);

    qint64 scalar(const QString& sql, const QVariantList& args = {}) const;

private:
    void exec(const QString& sql, const QVariantList& args = {}) const;
    qint64 insert(const QString& sql, const QVariantList& args) const;
    void refreshInstallment(qint64 installmentId) const;
    void refreshPayment(qint64 paymentId) const;
    core::Database& m_db;
};

// The company of the receivables tests (clock 2026-03-15 09:00):
//   销售中心/销售一部: E001 王一, E002 王二 (sales), M001 李经理 (sales manager of 销售一部)
//   销售中心/销售二部: E003 张三 (sales)
//   customers C001 甲公司 (key_account, owner E001), C002 乙公司 (sme, E002), C003 丙公司 (sme, E003)
struct ReceivablesFixture
{
    ReceivablesFixture();

    TestDatabase t;
    core::Context sys;
    LedgerBuilder ledger;
    qint64 teamOne = 0, teamTwo = 0;
    qint64 e1 = 0, e2 = 0, e3 = 0, manager = 0;
    qint64 c1 = 0, c2 = 0, c3 = 0;

    core::Context as(const core::Session& session) { return t.context(session); }
    core::Session sales(qint64 employeeId) const;
    core::Session managerOfTeamOne() const;
    core::Session finance() const;
    // A customer of the given type (owned by ownerId).
    qint64 customer(const QString& code, const QString& name, qint64 ownerId,
                    const QString& type = QStringLiteral("sme"));
};

} // namespace tl::test
