#include "models/AllocationPreviewModel.h"

#include "money/MoneyFormat.h"
#include "money/MoneyParse.h"
#include "receivables/LedgerText.h"

#include <QBrush>
#include <QFont>

namespace tl::ui {

using core::AllocationMode;

AllocationPreviewModel::AllocationPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

int AllocationPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllocationPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

const core::AllocationCandidate* AllocationPreviewModel::candidateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AllocationPreviewModel::rowOfInstallment(qint64 installmentId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).installmentId == installmentId)
            return row;
    return -1;
}

qint64 AllocationPreviewModel::amountAt(int row) const
{
    const core::AllocationCandidate* c = candidateAt(row);
    if (!c)
        return 0;
    switch (m_mode) {
    case AllocationMode::Auto:
        return c->autoAmount;
    case AllocationMode::Manual:
        return m_manualText.contains(c->installmentId) ? 0 : m_manual.value(c->installmentId, 0);
    case AllocationMode::None:
        return 0;
    }
    return 0;
}

qint64 AllocationPreviewModel::allocatedTotal() const
{
    qint64 sum = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        sum += amountAt(row);
    return sum;
}

QList<core::AllocationLine> AllocationPreviewModel::manualLines() const
{
    QList<core::AllocationLine> lines;
    for (int row = 0; row < m_rows.size(); ++row) {
        const qint64 id = m_rows.at(row).installmentId;
        if (!m_manualText.contains(id) && m_manual.value(id, 0) != 0)
            lines.append({id, m_manual.value(id)});
    }
    return lines;
}

QHash<int, QString> AllocationPreviewModel::manualProblems() const
{
    QHash<int, QString> problems;
    if (m_mode != AllocationMode::Manual)
        return problems;
    for (int row = 0; row < m_rows.size(); ++row) {
        const core::AllocationCandidate& c = m_rows.at(row);
        if (const auto text = m_manualText.constFind(c.installmentId); text != m_manualText.cend()) {
            auto money = core::parseMoney(*text);
            problems.insert(row, money ? tr("the amount must be greater than zero") : money.error().message);
        } else if (m_manual.value(c.installmentId, 0) > c.collectable) {
            problems.insert(row, tr("%1 is more than the %2 collectable on %3 #%4")
                                     .arg(LedgerText::money(m_manual.value(c.installmentId)),
                                          LedgerText::money(c.collectable), c.contractNo)
                                     .arg(c.seq));
        }
    }
    return problems;
}

QVariant AllocationPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const core::AllocationCandidate& c = m_rows.at(row);
    const Column column = Column(index.column());
    switch (role) {
    case InstallmentIdRole:
        return c.installmentId;
    case AllocateFenRole:
        return amountAt(row);
    case Qt::DisplayRole:
        switch (column) {
        case Column::Installment:
            return tr("%1 #%2").arg(c.contractNo).arg(c.seq);
        case Column::DueOn:
            return LedgerText::date(c.dueOn);
        case Column::Balance:
            return LedgerText::money(c.balance);
        case Column::Disputed:
            return c.disputed != 0 ? LedgerText::money(c.disputed) : QString();
        case Column::Collectable:
            return LedgerText::money(c.collectable);
        case Column::Allocate:
            if (m_mode == AllocationMode::Manual && m_manualText.contains(c.installmentId))
                return m_manualText.value(c.installmentId);
            return amountAt(row) != 0 ? LedgerText::money(amountAt(row)) : QString();
        case Column::Count:
            break;
        }
        return {};
    case Qt::EditRole:
        if (column == Column::Allocate) {
            if (m_manualText.contains(c.installmentId))
                return m_manualText.value(c.installmentId);
            const qint64 fen = m_manual.value(c.installmentId, 0);
            return fen != 0 ? core::formatMoney(core::Money::fromFen(fen), false) : QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column != Column::Installment && column != Column::DueOn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Allocate && manualProblems().contains(row))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case Qt::FontRole:
        if (column == Column::Allocate && amountAt(row) != 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (column == Column::Allocate && m_mode == AllocationMode::Manual)
            return QBrush(QColor(0xff, 0xfb, 0xe6)); // the cells to type in
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Allocate) {
            const QString problem = manualProblems().value(row);
            if (!problem.isEmpty())
                return problem;
            if (m_mode == AllocationMode::Manual)
                return tr("Type the amount to allocate to this instalment (yuan)");
        }
        return {};
    default:
        return {};
    }
}

bool AllocationPreviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || m_mode != AllocationMode::Manual ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        Column(index.column()) != Column::Allocate)
        return false;
    const qint64 id = m_rows.at(index.row()).installmentId;
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        m_manual.remove(id);
        m_manualText.remove(id);
    } else if (auto money = core::parseMoney(text); money && money->isPositive()) {
        m_manual.insert(id, money->fen());
        m_manualText.remove(id);
    } else if (money && money->isZero()) {
        m_manual.remove(id);
        m_manualText.remove(id);
    } else {
        m_manual.remove(id);
        m_manualText.insert(id, text);
    }
    emit dataChanged(index, index);
    emit allocationChanged();
    return true;
}

void AllocationPreviewModel::setManualAmount(int row, qint64 fen)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const qint64 id = m_rows.at(row).installmentId;
    m_manualText.remove(id);
    if (fen > 0)
        m_manual.insert(id, fen);
    else
        m_manual.remove(id);
    const QModelIndex cell = index(row, int(Column::Allocate));
    emit dataChanged(cell, cell);
    emit allocationChanged();
}

Qt::ItemFlags AllocationPreviewModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_mode == AllocationMode::Manual && Column(index.column()) == Column::Allocate)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AllocationPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Installment:
        return tr("Instalment");
    case Column::DueOn:
        return tr("Due date");
    case Column::Balance:
        return tr("Balance");
    case Column::Disputed:
        return tr("Disputed");
    case Column::Collectable:
        return tr("Collectable");
    case Column::Allocate:
        return tr("Allocate");
    case Column::Count:
        break;
    }
    return {};
}

void AllocationPreviewModel::setCandidates(const QList<core::AllocationCandidate>& candidates)
{
    beginResetModel();
    m_rows = candidates;
    QHash<qint64, qint64> manual;
    QHash<qint64, QString> manualText;
    for (const core::AllocationCandidate& c : m_rows) {
        if (m_manual.contains(c.installmentId))
            manual.insert(c.installmentId, m_manual.value(c.installmentId));
        if (m_manualText.contains(c.installmentId))
            manualText.insert(c.installmentId, m_manualText.value(c.installmentId));
    }
    m_manual = manual;
    m_manualText = manualText;
    endResetModel();
    emit allocationChanged();
}

void AllocationPreviewModel::setMode(AllocationMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
    emit allocationChanged();
}

} // namespace tl::ui
