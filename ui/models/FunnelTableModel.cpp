#include "models/FunnelTableModel.h"

#include "customers/OpportunityService.h"
#include "money/MoneyFormat.h"

#include <QColor>
#include <QLocale>

namespace tl::ui {

FunnelTableModel::FunnelTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FunnelTableModel::setFunnel(const core::FunnelReport::Funnel& funnel)
{
    beginResetModel();
    m_funnel = funnel;
    endResetModel();
}

QString FunnelTableModel::percentText(int ppm)
{
    const int tenths = (ppm + 500) / 1000; // 1 ppm = 0.0001 %; tenths of a percent
    const QLocale locale;
    return tr("%1%").arg(locale.toString(tenths / 10) + locale.decimalPoint() + QString::number(tenths % 10));
}

int FunnelTableModel::rowCount(const QModelIndex& parent) const
{
    // The stages, then "lost".
    return parent.isValid() || m_funnel.stages.isEmpty() ? 0 : int(m_funnel.stages.size()) + 1;
}

int FunnelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant FunnelTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool lost = index.row() == m_funnel.stages.size();
    const QString key = lost ? QStringLiteral("lost") : m_funnel.stages.at(index.row()).stage;
    const int reached = lost ? m_funnel.lost : m_funnel.stages.at(index.row()).reached;
    const core::Money amount = lost ? m_funnel.lostAmount : m_funnel.stages.at(index.row()).amount;
    switch (role) {
    case StageKeyRole:
        return key;
    case ReachedRole:
        return reached;
    case AmountFenRole:
        return amount.fen();
    case ConversionPpmRole:
        return lost ? QVariant() : QVariant(m_funnel.stages.at(index.row()).conversionPpm);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Stage:
            return core::opportunityStageName(key);
        case Column::Reached:
            return QLocale().toString(reached);
        case Column::Amount:
            return core::formatMoney(amount);
        case Column::Conversion:
            // The first stage has nothing before it; "lost" is not a step of the funnel.
            if (lost || index.row() == 0)
                return QString();
            return percentText(m_funnel.stages.at(index.row()).conversionPpm);
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (Column(index.column()) == Column::Conversion && !lost && index.row() > 0)
            return tr("%1 of the %n opportunity(s) that reached “%2” went on to “%3”.", nullptr,
                      m_funnel.stages.at(index.row() - 1).reached)
                .arg(QLocale().toString(reached),
                     core::opportunityStageName(m_funnel.stages.at(index.row() - 1).stage),
                     core::opportunityStageName(key));
        return {};
    case Qt::ForegroundRole:
        if (lost)
            return QColor(Qt::gray);
        return {};
    case Qt::TextAlignmentRole:
        if (Column(index.column()) != Column::Stage)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant FunnelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Stage:
        return tr("Stage");
    case Column::Reached:
        return tr("Opportunities");
    case Column::Amount:
        return tr("Amount");
    case Column::Conversion:
        return tr("Conversion from previous stage");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace tl::ui
