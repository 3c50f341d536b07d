#pragma once

#include "audit/AuditLogQuery.h"
#include "common/Context.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>
#include <optional>

namespace tl::ui {

// The audit log, newest first, loaded in keyset pages as the view scrolls (canFetchMore/fetchMore);
// the total comes from a separate count.
class AuditLogTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Time,
        User,
        Action,
        Entity,
        Record,
        Count
    };
    enum Roles
    {
        RecordIdRole = Qt::UserRole + 1
    };

    explicit AuditLogTableModel(QObject* parent = nullptr);
    ~AuditLogTableModel() override;

    void setPageSize(int rows) { m_pageSize = rows; }
    // Counts the matching records and loads the first page. The context must outlive the model's use.
    core::Status setQuery(const core::Context& ctx, const core::AuditLogQuery::Filter& filter);
    void clear();

    qint64 totalCount() const { return m_total; }
    const core::AuditRecord* recordAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);

private:
    void beginReset();
    void endReset();

    std::optional<core::Context> m_ctx;
    std::unique_ptr<core::AuditLogQuery> m_query;
    QList<core::AuditRecord> m_rows;
    qint64 m_total = 0;
    qint64 m_next = 0; // keyset cursor: the id to continue below; 0 = everything loaded
    int m_pageSize = 200;
    bool m_changing = false; // no fetchMore() from views reacting to our own reset/insert signals
};

} // namespace tl::ui
