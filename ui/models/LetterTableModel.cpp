#include "models/LetterTableModel.h"

#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "money/MoneyFormat.h"

#include <QBrush>
#include <QColor>

namespace tl::ui {

using core::Letter;
using core::LetterQuery;
using core::LetterStatus;

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString money(qint64 fen)
{
    return core::formatMoney(core::Money::fromFen(fen));
}

} // namespace

LetterTableModel::LetterTableModel(const core::Context& ctx, QObject* parent) : KeysetTableModel(ctx, parent)
{
    m_ascending = false; // the newest letter first
    if (m_ctx.notifier)
        connect(m_ctx.notifier, &core::ChangeNotifier::changed, this, &LetterTableModel::onChanged);
}

int LetterTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant LetterTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Letter& letter = m_rows.at(index.row());
    const Column column = Column(index.column());
    const bool overdue = letter.replyOverdue(m_ctx.clock.today());
    switch (role) {
    case LetterIdRole:
        return letter.id;
    case LetterNoRole:
        return letter.letterNo;
    case StatusKeyRole:
        return core::letterStatusKey(letter.status);
    case BalanceFenRole:
        return letter.balance;
    case CustomerIdRole:
        return letter.customerId;
    case ReplyOverdueRole:
        return overdue;
    case Qt::DisplayRole:
        return display(letter, column);
    case Qt::ToolTipRole:
        return toolTip(letter, column);
    case Qt::TextAlignmentRole:
        if (column == Column::Balance)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if ((column == Column::Status || column == Column::ReplyBy) && overdue)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (column == Column::Status && letter.status == LetterStatus::Cancelled)
            return QBrush(Qt::gray);
        if (column == Column::Status && letter.status == LetterStatus::Confirmed)
            return QBrush(QColor(0x1e, 0x7b, 0x34));
        if (column == Column::Status &&
            (letter.status == LetterStatus::Difference || letter.status == LetterStatus::NoReply))
            return QBrush(QColor(0xb3, 0x6b, 0x00));
        return {};
    default:
        return {};
    }
}

QVariant LetterTableModel::display(const Letter& letter, Column column) const
{
    switch (column) {
    case Column::LetterNo:
        return letter.letterNo;
    case Column::Customer:
        return tr("%1 %2").arg(letter.customerCode, letter.customerName);
    case Column::Salesperson:
        return letter.salespersonId == 0 ? QString() : letter.salespersonName;
    case Column::AsOf:
        return isoDate(letter.asOf);
    case Column::Balance:
        return money(letter.balance);
    case Column::Status:
        if (letter.replyOverdue(m_ctx.clock.today()))
            return tr("Sent, reply overdue");
        return core::letterStatusName(letter.status);
    case Column::SentOn:
        return isoDate(letter.sentOn);
    case Column::Method:
        return letter.sentMethod.isEmpty() ? QString() : core::letterSendMethodName(letter.sentMethod);
    case Column::TrackingNo:
        return letter.trackingNo;
    case Column::ReplyBy:
        return isoDate(letter.replyBy);
    case Column::Reply:
        switch (letter.status) {
        case LetterStatus::Confirmed:
            return tr("Confirmed on %1").arg(isoDate(letter.confirmedOn));
        case LetterStatus::Difference:
            return tr("%1: states %2 (difference %3)")
                .arg(isoDate(letter.confirmedOn), money(letter.confirmedBalance.value_or(0)),
                     money(letter.differenceAmount.value_or(0)));
        default:
            return QString();
        }
    case Column::Scan:
        return letter.hasScan() ? letter.scanName : QString();
    case Column::Count:
        break;
    }
    return {};
}

QVariant LetterTableModel::toolTip(const Letter& letter, Column column) const
{
    switch (column) {
    case Column::Customer:
        return letter.customerName;
    case Column::Salesperson:
        if (letter.salespersonId == 0)
            return tr("The letter's items have several collectors");
        return tr("%1 (%2)").arg(letter.salespersonName, letter.salespersonCode);
    case Column::Balance:
        return tr("Payment demanded by %1").arg(isoDate(letter.payBy));
    case Column::Reply:
        if (!letter.differenceNote.isEmpty())
            return letter.differenceNote;
        return letter.note.isEmpty() ? QVariant() : QVariant(letter.note);
    case Column::Status:
        return letter.note.isEmpty() ? QVariant() : QVariant(letter.note);
    default:
        return {};
    }
}

QVariant LetterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::LetterNo:
        return tr("Letter no.");
    case Column::Customer:
        return tr("Customer");
    case Column::Salesperson:
        return tr("Salesperson");
    case Column::AsOf:
        return tr("As of");
    case Column::Balance:
        return tr("Balance");
    case Column::Status:
        return tr("Status");
    case Column::SentOn:
        return tr("Sent on");
    case Column::Method:
        return tr("Method");
    case Column::TrackingNo:
        return tr("Tracking no.");
    case Column::ReplyBy:
        return tr("Reply by");
    case Column::Reply:
        return tr("Reply");
    case Column::Scan:
        return tr("Scan");
    case Column::Count:
        break;
    }
    return {};
}

bool LetterTableModel::isSortable(Column column)
{
    switch (column) {
    case Column::LetterNo:
    case Column::Customer:
    case Column::AsOf:
    case Column::Balance:
    case Column::ReplyBy:
        return true;
    default:
        return false;
    }
}

LetterQuery::SortKey LetterTableModel::sortKey() const
{
    switch (Column(m_sortColumn)) {
    case Column::Customer:
        return LetterQuery::SortKey::Customer;
    case Column::AsOf:
        return LetterQuery::SortKey::AsOf;
    case Column::Balance:
        return LetterQuery::SortKey::Balance;
    case Column::ReplyBy:
        return LetterQuery::SortKey::ReplyBy;
    default:
        return LetterQuery::SortKey::LetterNo;
    }
}

void LetterTableModel::setFilter(const LetterQuery::Filter& filter)
{
    m_filter = filter;
    reload();
}

void LetterTableModel::onChanged(const QString& entity, const QList<qint64>& ids)
{
    Q_UNUSED(ids)
    if (!m_loaded)
        return;
    if (entity == QLatin1String("letters") || entity == QLatin1String("customers") ||
        entity == QLatin1String("employees") || entity == QLatin1String("installments"))
        reloadLoadedRows(MaxRowsReloadedInPlace);
}

} // namespace tl::ui
