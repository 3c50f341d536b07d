#pragma once

#include "common/Context.h"
#include "customers/Customer.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// One customer's ownership history, newest first: when, from → to (the pool when nobody), why
// (created, claimed, assigned, reclaimed…), by whom, note. Reloads on ChangeNotifier "customers" and
// "customer_ownership".
class OwnershipTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        At,
        From,
        To,
        Reason,
        By,
        Note,
        Count
    };
    enum DataRole
    {
        ReasonKeyRole = Qt::UserRole + 1
    };

    explicit OwnershipTableModel(const core::Context& ctx, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    const core::OwnershipChange* changeAt(int row) const;

public slots:
    void reload();

signals:
    void loadFailed(const QString& message);

private:
    QString ownerText(qint64 id, const QString& name) const;

    core::Context m_ctx;
    qint64 m_customerId = 0;
    QList<core::OwnershipChange> m_rows; // newest first
};

} // namespace tl::ui
