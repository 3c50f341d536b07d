#pragma once

#include <QObject>
#include <QStringList>

class QTimer;

namespace tl::ui {

class AppContext;

// The number of open reminders for the navigation (DESIGN §2.9: "提醒中心 (12)"): counted on a worker thread
// (core::ReminderCentre::counts) when started, once a minute, and shortly after any change notification
// that can move a reminder (payments, instalments, letters, promises, customers, labour contracts, marks...).
class ReminderBadge : public QObject
{
    Q_OBJECT
public:
    static constexpr int RefreshIntervalMs = 60 * 1000;
    static constexpr int ChangeDelayMs = 1000; // several notifications in a row give one count

    ReminderBadge(AppContext& app, QObject* parent = nullptr);

    void start();
    qint64 count() const { return m_count; } // -1 before the first count
    bool isCounting() const { return m_counting; }
    // The entities whose change notifications trigger a new count.
    static const QStringList& watchedEntities();

public slots:
    void refresh();

signals:
    void countChanged(qint64 total);

private:
    AppContext& m_app;
    QTimer* m_interval;
    QTimer* m_delay;
    qint64 m_count = -1;
    bool m_counting = false;
    bool m_again = false; // a change arrived while counting
};

} // namespace tl::ui
