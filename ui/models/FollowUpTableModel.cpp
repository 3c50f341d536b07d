#include "models/FollowUpTableModel.h"

#include "common/ChangeNotifier.h"
#include "common/Clock.h"
#include "customers/FollowUpService.h"
#include "models/FollowUpMethodIcon.h"

#include <QBrush>

namespace tl::ui {

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString firstLine(const QString& text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return end < 0 ? text : text.left(end) + QStringLiteral(" …");
}

} // namespace

FollowUpTableModel::FollowUpTableModel(const core::Context& ctx, QObject* parent)
    : QAbstractTableModel(parent), m_ctx(ctx)
{
    if (m_ctx.notifier)
        connect(m_ctx.notifier, &core::ChangeNotifier::changed, this, [this](const QString& entity) {
            if (m_customerId != 0 &&
                (entity == QLatin1String("followups") || entity == QLatin1String("employees")))
                reload();
        });
}

int FollowUpTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant FollowUpTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::FollowUp& f = m_rows.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case FollowUpIdRole:
        return f.id;
    case MethodKeyRole:
        return f.method;
    case FullContentRole:
        return f.content;
    case Qt::DisplayRole:
        switch (column) {
        case Column::At:
            return f.at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Column::Method:
            return core::followUpMethodName(f.method);
        case Column::Employee:
            return f.employeeName;
        case Column::Content:
            return firstLine(f.content);
        case Column::NextOn:
            return isoDate(f.nextOn);
        case Column::PromisedPaymentOn:
            return isoDate(f.promisedPaymentOn);
        case Column::Count:
            break;
        }
        return {};
    case Qt::DecorationRole:
        return column == Column::Method ? QVariant(followUpMethodIcon(f.method)) : QVariant();
    case Qt::ToolTipRole:
        return column == Column::Content && !f.content.isEmpty() ? QVariant(f.content) : QVariant();
    case Qt::ForegroundRole:
        if (column == Column::NextOn && f.nextOn.isValid() && f.nextOn < m_ctx.clock.today() &&
            index.row() == 0)
            return QBrush(QColor(0xc6, 0x28, 0x28)); // the latest follow-up's next date has passed
        return {};
    default:
        return {};
    }
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::At:
        return tr("Time");
    case Column::Method:
        return tr("Method");
    case Column::Employee:
        return tr("By");
    case Column::Content:
        return tr("Content");
    case Column::NextOn:
        return tr("Next follow-up");
    case Column::PromisedPaymentOn:
        return tr("Promised payment");
    case Column::Count:
        break;
    }
    return {};
}

void FollowUpTableModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    reload();
}

void FollowUpTableModel::reload()
{
    QList<core::FollowUp> rows;
    QString failure;
    if (m_customerId != 0) {
        auto timeline = core::FollowUpService(m_ctx).timeline(m_customerId);
        if (timeline)
            rows = std::move(timeline).value();
        else
            failure = timeline.error().message;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

const core::FollowUp* FollowUpTableModel::followUpAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace tl::ui
