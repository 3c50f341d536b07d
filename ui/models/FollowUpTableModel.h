#pragma once

#include "common/Context.h"
#include "customers/Customer.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// One customer's follow-up timeline (newest first): when, method (icon and name), who, content,
// next follow-up date and promised payment date. Reloads on ChangeNotifier "followups".
class FollowUpTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        At,
        Method,
        Employee,
        Content,
        NextOn,
        PromisedPaymentOn,
        Count
    };
    enum DataRole
    {
        FollowUpIdRole = Qt::UserRole + 1,
        MethodKeyRole,
        FullContentRole
    };

    explicit FollowUpTableModel(const core::Context& ctx, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Loads the timeline of a customer (0 = empty).
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    const core::FollowUp* followUpAt(int row) const;

public slots:
    void reload();

signals:
    void loadFailed(const QString& message);

private:
    core::Context m_ctx;
    qint64 m_customerId = 0;
    QList<core::FollowUp> m_rows;
};

} // namespace tl::ui
