#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tl::core {

// A reconciliation letter (对账函, DESIGN §2.4) and its lifecycle:
//   draft → sent (date, method, tracking no.) → confirmed (the customer confirms our balance)
//                                             → difference (the customer states another balance; opens a
//                                               dispute for what they deny)
//                                             → no_reply (after the reply deadline)
//   draft or sent → cancelled.
// A letter marked no_reply can still record a late confirmation or difference.
enum class LetterStatus
{
    Draft,
    Sent,
    Confirmed,
    Difference,
    NoReply,
    Cancelled
};

QString letterStatusKey(LetterStatus status); // draft, sent, confirmed, difference, no_reply, cancelled
std::optional<LetterStatus> letterStatusFromKey(const QString& key);
QString letterStatusName(LetterStatus status); // translated (草稿, 已发出, 已确认, 有差异, 未回复, 已作废)
QList<LetterStatus> allLetterStatuses();

// How a letter was sent: ems, express, email, in_person, fax (keys stored in letters.sent_method).
QStringList letterSendMethodKeys();
QString letterSendMethodName(const QString& key); // translated (EMS / 快递 / 电子邮件 / 当面送达 / 传真)
// Whether a tracking number is required for the method (ems and express: the delivery proof).
bool letterSendMethodNeedsTracking(const QString& key);

// The scan of the returned, sealed letter (letters.scan): PDF, PNG or JPEG, at most 20 MB.
struct LetterScan
{
    QString fileName;
    QString mime; // application/pdf, image/png, image/jpeg
    QByteArray content;

    static constexpr qint64 kMaxBytes = 20LL * 1024 * 1024;
    static QStringList acceptedMimeTypes();
};

// One open item as printed on the letter (letter_items, a snapshot taken when the letter was generated).
// paid = amount - balance: what was settled on the instalment by payments or approved write-offs as of the
// letter's as-of date, so that amount - paid = balance on the printed table.
struct LetterItem
{
    qint64 id = 0;
    qint64 installmentId = 0;
    QString contractNo;
    int seq = 0;
    QDate dueOn;
    qint64 amount = 0; // fen
    qint64 paid = 0;
    qint64 balance = 0;
};

struct Letter
{
    qint64 id = 0;
    QString letterNo; // "DZ-2026-000123": prefix, the year of the letter date, a serial per year
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    qint64 salespersonId = 0; // the collector it was generated for (0 = none or several)
    QString salespersonCode;
    QString salespersonName;
    QDate asOf;
    qint64 balance = 0; // fen, owed by the customer as of asOf (sum of the items' balances)
    QDate letterDate;   // the day it was generated (created_at)
    QDate payBy;        // payment demanded by this date
    QDate replyBy;      // reply deadline
    LetterStatus status = LetterStatus::Draft;
    QDateTime createdAt;
    QDate sentOn;
    QString sentMethod;
    QString trackingNo;
    QDate confirmedOn;                      // the day the reply (confirmation or difference) was recorded
    std::optional<qint64> confirmedBalance; // the balance the customer confirmed / stated
    std::optional<qint64> differenceAmount; // letter balance - stated balance (negative: stated above ours)
    QString differenceNote;
    QString scanName; // empty = no scan attached
    QString scanMime;
    QString note;
    QList<LetterItem> items; // filled by LetterService::get

    bool hasScan() const { return !scanName.isEmpty(); }
    // Sent and the reply deadline has passed (reply_by < today) without a reply.
    bool replyOverdue(const QDate& today) const
    {
        return status == LetterStatus::Sent && replyBy.isValid() && replyBy < today;
    }
};

} // namespace tl::core
