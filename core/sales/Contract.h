#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tl::core {

// Lifecycle of a sales contract (DESIGN §2.3):
//   draft     not yet signed: its schedule creates no receivable and takes no payment;
//   active    signed: its instalments are receivables;
//   closed    nothing left to collect (every instalment paid or written off);
//   cancelled void; only while nothing was paid or written off.
enum class ContractStatus
{
    Draft,
    Active,
    Closed,
    Cancelled
};

QString contractStatusKey(ContractStatus status); // "draft", "active", "closed", "cancelled"
std::optional<ContractStatus> contractStatusFromKey(const QString& key);
QString contractStatusName(ContractStatus status); // translated (草稿, 执行中, 已结清, 已作废)

// Contract kinds: "new" (new customer), "renewal", "addon".
QStringList contractKindKeys();
QString contractKindName(const QString& key); // translated; the key itself when unknown

// One instalment (期) of a contract's payment schedule: a receivable. Amounts in fen.
// For ContractService::create/update only id (0 = new), seq, dueOn and amount are read; the other fields
// are filled when reading (ContractService::get, ContractQuery::contractInstallments).
struct Installment
{
    qint64 id = 0;
    qint64 contractId = 0;
    int seq = 0;
    QDate dueOn;
    qint64 amount = 0;

    qint64 collectorId = 0; // responsible collector now
    QString collectorCode;
    QString collectorName;
    qint64 paid = 0;       // net allocations (ledger cache installments.paid_total)
    qint64 writtenOff = 0; // approved write-offs
    qint64 disputed = 0;   // open disputes
    qint64 pendingWriteOff = 0;
    QDate lastPaidOn;

    qint64 balance() const { return amount - paid - writtenOff; }
    // What a payment may still be allocated to: the balance minus open disputes (never negative).
    qint64 collectable() const { return balance() - disputed > 0 ? balance() - disputed : 0; }
};

// A sales contract (销售合同) with its schedule. Amounts in fen.
struct Contract
{
    qint64 id = 0;
    QString contractNo;
    qint64 customerId = 0;
    QString customerCode;     // read only
    QString customerName;     // read only
    qint64 salespersonId = 0; // the credited salesperson
    QString salespersonCode;  // read only
    QString salespersonName;  // read only
    QDate signedOn;
    qint64 amount = 0;
    QString kind = QStringLiteral("new");
    ContractStatus status = ContractStatus::Active;
    std::optional<int> interestRatePpm; // annual late-interest rate; nothing = the company default
    QString title;
    QString note;
    QDateTime createdAt; // read only

    QList<Installment> installments; // by seq
};

// A file kept with a contract (the signed scan). The content is read separately.
struct ContractAttachment
{
    qint64 id = 0;
    qint64 contractId = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0; // bytes
    QDateTime addedAt;
};

} // namespace tl::core
