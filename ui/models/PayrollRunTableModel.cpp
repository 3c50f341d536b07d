#include "models/PayrollRunTableModel.h"

#include "money/MoneyFormat.h"
#include "payroll/PayrollPeriod.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace tl::ui {

PayrollRunTableModel::PayrollRunTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int PayrollRunTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PayrollRunTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

const core::PayrollRun* PayrollRunTableModel::runAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PayrollRunTableModel::rowOf(const QString& period) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).period == period)
            return i;
    return -1;
}

QVariant PayrollRunTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::PayrollRun& r = m_rows.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Period:
            return r.period;
        case Column::Status:
            return core::PayrollStatus::name(r.status);
        case Column::Payslips:
            return r.calcNo > 0 ? QLocale().toString(r.payslipCount) : QString();
        case Column::Gross:
            return r.calcNo > 0 ? core::formatMoney(r.gross) : QString();
        case Column::Tax:
            return r.calcNo > 0 ? core::formatMoney(r.iit) : QString();
        case Column::Net:
            return r.calcNo > 0 ? core::formatMoney(r.net) : QString();
        case Column::EmployerCost:
            return r.calcNo > 0 ? core::formatMoney(r.employerCost) : QString();
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Status) {
            // Users by display name; work of no user (the demo company, a job) is the system's.
            const auto who = [](const QString& name) { return name.isEmpty() ? tr("System") : name; };
            if (r.status == QLatin1String("locked"))
                return tr("Locked by %1 on %2")
                    .arg(who(r.lockedBy), QLocale().toString(r.lockedAt, QLocale::ShortFormat));
            if (r.status == QLatin1String("approved"))
                return tr("Approved by %1 on %2")
                    .arg(who(r.approvedBy), QLocale().toString(r.approvedAt, QLocale::ShortFormat));
            if (r.status == QLatin1String("calculated"))
                return tr("Calculated by %1 on %2")
                    .arg(who(r.calculatedBy), QLocale().toString(r.calculatedAt, QLocale::ShortFormat));
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Status && r.status == QLatin1String("locked"))
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        return {};
    case Qt::TextAlignmentRole:
        if (column != Column::Period && column != Column::Status)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PayrollRunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Period:
        return tr("Month");
    case Column::Status:
        return tr("Status");
    case Column::Payslips:
        return tr("Payslips");
    case Column::Gross:
        return tr("Gross pay");
    case Column::Tax:
        return tr("Income tax");
    case Column::Net:
        return tr("Net pay");
    case Column::EmployerCost:
        return tr("Employer contributions");
    case Column::Count:
        break;
    }
    return {};
}

void PayrollRunTableModel::setRuns(const QList<core::PayrollRun>& runs)
{
    beginResetModel();
    m_rows = runs;
    endResetModel();
}

} // namespace tl::ui
