#pragma once

#include "common/Context.h"
#include "customers/OpportunityService.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// The opportunities (商机) of one customer with their stage; reloads on ChangeNotifier "opportunities".
class CustomerOpportunityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Name,
        Stage,
        Amount,
        ExpectedClose,
        Owner,
        CreatedOn,
        ClosedOn,
        Count
    };
    enum DataRole
    {
        OpportunityIdRole = Qt::UserRole + 1,
        StageKeyRole
    };

    explicit CustomerOpportunityTableModel(const core::Context& ctx, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    const core::Opportunity* opportunityAt(int row) const;
    int rowOfId(qint64 id) const;

public slots:
    void reload();

signals:
    void loadFailed(const QString& message);

private:
    core::Context m_ctx;
    qint64 m_customerId = 0;
    QList<core::Opportunity> m_rows;
};

} // namespace tl::ui
