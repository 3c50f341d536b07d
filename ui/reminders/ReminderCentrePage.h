#pragma once

#include "app/Page.h"
#include "reminders/Reminder.h"

class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace tl::ui {

class ReminderTableModel;

// 提醒中心 (DESIGN §2.9): the reminders of today for the session (core::ReminderCentre), grouped by kind in a
// list with their counts — receivables due and overdue, broken promises, letters without reply, limitation
// deadlines, pool reclaim warnings, labour contracts and probations ending — and the reminders of the chosen
// group in a table (date, subject, amount, detail). Double-click (or Enter) opens the record: the letter on
// the letters page, the customer's receivables (the instalment selected) for receivables, limitation
// deadlines and promises, the labour contracts page, or the customer's detail. Dismiss (Delete) hides a
// reminder for this user. Collected on a worker thread; again after changes and once a minute while shown.
class ReminderCentrePage : public Page
{
    Q_OBJECT
public:
    static constexpr int LimitPerKind = 500;
    static constexpr int RefreshIntervalMs = 60 * 1000;

    explicit ReminderCentrePage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    ReminderTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QListWidget* kindList() const { return m_kinds; }
    bool isLoading() const { return m_loading; }
    void showKind(const QString& kind); // "" = every kind
    void selectReminder(const QString& key);
    QList<QString> selectedKeys() const;

    // Dismisses reminders for the session's user; reports in the message bar.
    bool dismiss(const QList<QString>& keys);
    // Opens what a reminder is about (see the class comment). False when there is nothing to open.
    bool open(const core::Reminder& reminder);

public slots:
    void reload();
    void openCurrent();
    void dismissSelected();

signals:
    void loaded();

private:
    void buildUi();
    void rebuildKinds();
    void updateButtons();

    ReminderTableModel* m_model;
    QListWidget* m_kinds = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_refresh = nullptr;
    QTableView* m_view = nullptr;
    QSplitter* m_splitter = nullptr;
    QTimer* m_interval = nullptr;
    QTimer* m_delay = nullptr;
    bool m_loaded = false;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace tl::ui
