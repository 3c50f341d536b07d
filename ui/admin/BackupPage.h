#pragma once

#include "app/Page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tl::ui {

// Backup and restore (administrators): back up now into the chosen folder (keeping the newest N) or to
// a file, list the backups in the folder, and restore one after it has been checked. A restore replaces
// the database: the application closes it, restores and asks everyone to log in again.
class BackupPage : public Page
{
    Q_OBJECT
public:
    explicit BackupPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    QString folder() const;
    void setFolder(const QString& folder);
    void backupNow(); // into the folder
    void refreshList();
    void inspectAndRestore(const QString& file); // checks first, then confirms

private:
    void chooseFolder();
    void backupToFile();
    void restoreSelected();
    void restoreFromFile();
    void confirmRestore(const QString& file);
    void showProblems(const QString& file, const QStringList& problems);
    void updateButtons();

    QLineEdit* m_folder;
    QSpinBox* m_keep;
    QPushButton* m_backup;
    QTableWidget* m_list;
    QPushButton* m_restore;
    QLabel* m_problems;
};

} // namespace tl::ui
