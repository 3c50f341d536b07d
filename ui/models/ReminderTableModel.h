#pragma once

#include "reminders/ReminderCentre.h"

#include <QAbstractTableModel>

namespace tl::ui {

// The reminders of the reminder centre (core::ReminderCentre::collect): one row per reminder with its
// kind, the date it is about, the subject, the amount and the detail; late ones in red, those due now in
// orange. A kind filter shows one group (the counts of every group stay available through counts()).
// Dismissing removes the row at once (removeReminder).
class ReminderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Kind,
        Date,
        Subject,
        Amount,
        Detail,
        Count
    };
    enum DataRole
    {
        KeyRole = Qt::UserRole + 1, // the reminder's key ("kind:id:date")
        KindRole,
        SeverityRole, // reminderSeverityKey
        EntityTypeRole,
        EntityIdRole,
        CustomerIdRole,
        EmployeeIdRole,
        AmountFenRole
    };

    explicit ReminderTableModel(QObject* parent = nullptr);

    void setOverview(const core::ReminderCentre::Overview& overview);
    const core::ReminderCentre::Overview& overview() const { return m_overview; }
    // "" = every kind.
    void setKindFilter(const QString& kind);
    QString kindFilter() const { return m_kind; }

    // Counts per kind as shown (the overview's, less the reminders dismissed since), and their total.
    const QList<core::ReminderCentre::KindCount>& counts() const { return m_overview.counts; }
    qint64 total() const { return m_overview.total; }
    qint64 countOf(const QString& kind) const;

    const core::Reminder* reminderAt(int row) const;
    int rowOfKey(const QString& key) const; // -1 when not shown
    // Removes a reminder (after it was dismissed) and lowers its kind's count.
    void removeReminder(const QString& key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countsChanged();

private:
    void rebuildRows();
    QString kindName(const QString& kind) const;

    core::ReminderCentre::Overview m_overview;
    QString m_kind;
    QList<int> m_rows; // indexes into m_overview.reminders
};

} // namespace tl::ui
