#include "models/InstallmentScheduleModel.h"

#include "money/MoneyFormat.h"
#include "money/MoneyParse.h"
#include "receivables/LedgerText.h"

#include <QBrush>

namespace tl::ui {

InstallmentScheduleModel::InstallmentScheduleModel(QObject* parent) : QAbstractTableModel(parent) {}

int InstallmentScheduleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int InstallmentScheduleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

bool InstallmentScheduleModel::isLocked(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return false;
    const core::Installment& i = m_lines.at(row).installment;
    return i.id != 0 && (i.paid != 0 || i.writtenOff != 0);
}

QString InstallmentScheduleModel::amountText(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return {};
    const Line& line = m_lines.at(row);
    if (!line.amountText.isEmpty())
        return line.amountText;
    return line.installment.amount > 0
               ? core::formatMoney(core::Money::fromFen(line.installment.amount), false)
               : QString();
}

QVariant InstallmentScheduleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Line& line = m_lines.at(row);
    const core::Installment& i = line.installment;
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Seq:
            return row + 1;
        case Column::DueOn:
            return LedgerText::date(i.dueOn);
        case Column::Amount:
            return line.amountText.isEmpty() ? (i.amount > 0 ? LedgerText::money(i.amount) : QString())
                                             : line.amountText;
        case Column::Paid:
            if (i.paid == 0 && i.writtenOff == 0)
                return {};
            return i.writtenOff == 0 ? LedgerText::money(i.paid)
                                     : tr("%1 (written off %2)")
                                           .arg(LedgerText::money(i.paid), LedgerText::money(i.writtenOff));
        case Column::Count:
            break;
        }
        return {};
    case Qt::EditRole:
        if (column == Column::DueOn)
            return i.dueOn;
        if (column == Column::Amount)
            return amountText(row);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Amount || column == Column::Paid)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (column == Column::Seq)
            return int(Qt::AlignCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Amount && (!line.amountText.isEmpty() || i.amount <= 0))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (isLocked(row) && column != Column::Seq)
            return QBrush(QColor(0x60, 0x60, 0x60));
        return {};
    case Qt::ToolTipRole:
        if (isLocked(row))
            return tr("This instalment has received money or a write-off: its due date and amount stay as "
                      "they are.");
        if (column == Column::Amount && !line.amountText.isEmpty())
            return core::parseMoney(line.amountText).ok() ? tr("The amount must be greater than zero.")
                                                          : core::parseMoney(line.amountText).error().message;
        return {};
    default:
        return {};
    }
}

bool InstallmentScheduleModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    if (isLocked(row))
        return false;
    Line& line = m_lines[row];
    switch (Column(index.column())) {
    case Column::DueOn: {
        QDate date = value.toDate();
        if (!date.isValid())
            date = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!date.isValid() || date == line.installment.dueOn)
            return false;
        line.installment.dueOn = date;
        break;
    }
    case Column::Amount: {
        const QString text = value.toString().trimmed();
        auto money = core::parseMoney(text);
        if (money && money->isPositive()) {
            line.installment.amount = money->fen();
            line.amountText.clear();
        } else {
            line.installment.amount = 0;
            line.amountText = text;
        }
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index);
    emit scheduleChanged();
    return true;
}

Qt::ItemFlags InstallmentScheduleModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const Column column = Column(index.column());
    if ((column == Column::DueOn || column == Column::Amount) && !isLocked(index.row()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant InstallmentScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Seq:
        return tr("No.");
    case Column::DueOn:
        return tr("Due date");
    case Column::Amount:
        return tr("Amount");
    case Column::Paid:
        return tr("Received");
    case Column::Count:
        break;
    }
    return {};
}

void InstallmentScheduleModel::setInstallments(const QList<core::Installment>& installments)
{
    beginResetModel();
    m_lines.clear();
    for (const core::Installment& i : installments)
        m_lines.append(Line{i, {}});
    endResetModel();
    emit scheduleChanged();
}

QList<core::Installment> InstallmentScheduleModel::installments() const
{
    QList<core::Installment> result;
    result.reserve(m_lines.size());
    for (int row = 0; row < m_lines.size(); ++row) {
        core::Installment i = m_lines.at(row).installment;
        i.seq = row + 1;
        result.append(i);
    }
    return result;
}

qint64 InstallmentScheduleModel::total() const
{
    qint64 sum = 0;
    for (const Line& line : m_lines)
        if (line.amountText.isEmpty() && line.installment.amount > 0)
            sum += line.installment.amount;
    return sum;
}

qint64 InstallmentScheduleModel::lockedTotal() const
{
    qint64 sum = 0;
    for (int row = 0; row < m_lines.size(); ++row)
        if (isLocked(row))
            sum += m_lines.at(row).installment.amount;
    return sum;
}

QList<int> InstallmentScheduleModel::unreadableRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_lines.size(); ++row)
        if (!m_lines.at(row).amountText.isEmpty())
            rows.append(row);
    return rows;
}

int InstallmentScheduleModel::appendInstallment(const QDate& dueOn, qint64 amount)
{
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    core::Installment i;
    i.dueOn = dueOn;
    i.amount = amount > 0 ? amount : 0;
    m_lines.append(Line{i, {}});
    endInsertRows();
    emit scheduleChanged();
    return row;
}

bool InstallmentScheduleModel::removeInstallment(int row)
{
    if (row < 0 || row >= m_lines.size() || isLocked(row))
        return false;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    if (row < m_lines.size()) // the numbers below moved up
        emit dataChanged(index(row, int(Column::Seq)), index(int(m_lines.size()) - 1, int(Column::Seq)));
    emit scheduleChanged();
    return true;
}

QList<qint64> InstallmentScheduleModel::evenSplit(qint64 total, int count)
{
    QList<qint64> parts;
    if (count < 1 || total <= 0)
        return parts;
    const qint64 each = total / count;
    for (int k = 0; k < count; ++k)
        parts.append(k + 1 < count ? each : total - each * (count - 1));
    return parts;
}

bool InstallmentScheduleModel::splitEvenly(int count, qint64 total, const QDate& firstDue)
{
    const qint64 left = total - lockedTotal();
    if (count < 1 || left <= 0 || !firstDue.isValid())
        return false;
    const QList<qint64> parts = evenSplit(left, count);
    if (parts.contains(0))
        return false; // fewer fen than instalments
    beginResetModel();
    QList<Line> kept;
    for (int row = 0; row < m_lines.size(); ++row)
        if (isLocked(row))
            kept.append(m_lines.at(row));
    m_lines = kept;
    for (int k = 0; k < count; ++k) {
        Line line;
        // Keep the ids of removed rows out: the new instalments are new rows; stored instalments that
        // nothing refers to are removed by ContractService::update.
        line.installment.dueOn = firstDue.addMonths(k);
        line.installment.amount = parts.at(k);
        m_lines.append(line);
    }
    endResetModel();
    emit scheduleChanged();
    return true;
}

} // namespace tl::ui
