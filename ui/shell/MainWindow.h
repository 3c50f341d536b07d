#pragma once

#include "app/Pages.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace tl::ui {

class AppContext;
class MessageBar;
class Page;
class ReminderBadge;

// The application window: navigation on the left (only the pages the role may use, grouped), the
// message bar above the current page, a status bar with the user, role and database file, and the
// File and Help menus. Pages are created the first time they are shown; activate() runs on every show.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<AppContext> app, QWidget* parent = nullptr);
    ~MainWindow() override;

    AppContext& app() const { return *m_app; }
    QStringList pageKeys() const;      // navigation entries, in order
    QStringList pageTitles() const;    // their titles
    bool showPage(const QString& key); // false if the role may not use it
    QString currentPageKey() const { return m_currentKey; }
    Page* page(const QString& key) const; // nullptr until first shown
    // A count after a navigation entry's title ("Reminder centre (12)"; 0 = none).
    void setPageBadge(const QString& key, qint64 count);
    QString navigationText(const QString& key) const;
    ReminderBadge* reminderBadge() const { return m_reminderBadge; } // null without the reminder centre
    // Closes for a logout or a restore: saves the window state but does not emit closed().
    void closeWithoutQuitting();

signals:
    void logoutRequested();
    void restoreRequested(const QString& backupFile);
    void closed(); // the user closed the window (quit)

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildNavigation();
    void buildStatusBar();
    void onNavigationRowChanged(int row);
    void backupNow();
    void about();
    void saveState();

    std::unique_ptr<AppContext> m_app;
    QList<PageEntry> m_entries;
    QHash<QString, Page*> m_pages;
    QString m_currentKey;
    QSplitter* m_splitter;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    MessageBar* m_messageBar;
    ReminderBadge* m_reminderBadge = nullptr;
    bool m_loggingOut = false;
};

} // namespace tl::ui
