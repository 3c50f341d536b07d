#include "admin/BackupPage.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "backup/BackupService.h"
#include "widgets/JobRunner.h"
#include "widgets/MessageBar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace tl::ui {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

QString defaultFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

} // namespace

BackupPage::BackupPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_folder(new QLineEdit(this)), m_keep(new QSpinBox(this)),
      m_backup(new QPushButton(QIcon(QStringLiteral(":/icons/backup.svg")), tr("&Back up now"), this)),
      m_list(new QTableWidget(0, 3, this)), m_restore(new QPushButton(tr("&Restore selected…"), this)),
      m_problems(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("<b>Backup and restore</b> — a backup is a consistent copy of the whole "
                                "database, taken while everyone keeps working. Keep copies on another disk."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* folderRow = new QHBoxLayout;
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    folderRow->addWidget(m_folder, 1);
    auto* choose = new QPushButton(tr("&Choose…"), this);
    folderRow->addWidget(choose);
    form->addRow(tr("Backup folder:"), folderRow);
    m_keep->setRange(1, 365);
    m_keep->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_keep->setSuffix(tr(" newest backups"));
    form->addRow(tr("Keep:"), m_keep);
    layout->addLayout(form);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_backup);
    auto* toFile = new QPushButton(tr("Back up &to a file…"), this);
    actions->addWidget(toFile);
    actions->addStretch(1);
    layout->addLayout(actions);

    auto* listLabel = new QLabel(tr("Backups in the folder, newest first:"), this);
    layout->addWidget(listLabel);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setHorizontalHeaderLabels({tr("File"), tr("Made"), tr("Size")});
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 300);
    m_list->setColumnWidth(1, 170);
    layout->addWidget(m_list, 1);

    m_problems->setObjectName(QStringLiteral("restoreProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_problems->hide();
    layout->addWidget(m_problems);

    auto* restoreRow = new QHBoxLayout;
    restoreRow->addWidget(m_restore);
    auto* fromFile = new QPushButton(tr("Restore from a f&ile…"), this);
    restoreRow->addWidget(fromFile);
    auto* refresh = new QPushButton(tr("Refr&esh"), this);
    restoreRow->addWidget(refresh);
    restoreRow->addStretch(1);
    layout->addLayout(restoreRow);

    QString folder = UiSettings::backupFolder.value();
    if (folder.isEmpty())
        folder = defaultFolder(app.databasePath());
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_keep->setValue(UiSettings::backupKeep.value());

    connect(choose, &QPushButton::clicked, this, &BackupPage::chooseFolder);
    connect(m_folder, &QLineEdit::editingFinished, this, [this] { setFolder(m_folder->text()); });
    connect(m_keep, &QSpinBox::valueChanged, this, [](int keep) { UiSettings::backupKeep.setValue(keep); });
    connect(m_backup, &QPushButton::clicked, this, &BackupPage::backupNow);
    connect(toFile, &QPushButton::clicked, this, &BackupPage::backupToFile);
    connect(m_restore, &QPushButton::clicked, this, &BackupPage::restoreSelected);
    connect(fromFile, &QPushButton::clicked, this, &BackupPage::restoreFromFile);
    connect(refresh, &QPushButton::clicked, this, &BackupPage::refreshList);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &BackupPage::updateButtons);
    updateButtons();
}

QString BackupPage::title() const
{
    return tr("Backup and restore");
}

QIcon BackupPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/backup.svg"));
}

void BackupPage::activate()
{
    refreshList();
}

QString BackupPage::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void BackupPage::setFolder(const QString& folder)
{
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(folder.trimmed()));
    m_folder->setText(QDir::toNativeSeparators(clean));
    UiSettings::backupFolder.setValue(clean);
    refreshList();
}

void BackupPage::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup folder"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void BackupPage::refreshList()
{
    m_list->setRowCount(0);
    const QLocale locale;
    const QList<core::BackupService::BackupFile> files = core::BackupService::listBackups(folder());
    m_list->setRowCount(static_cast<int>(files.size()));
    for (int row = 0; row < files.size(); ++row) {
        const auto& f = files.at(row);
        auto* name = new QTableWidgetItem(QFileInfo(f.path).fileName());
        name->setData(kPathRole, f.path);
        name->setToolTip(QDir::toNativeSeparators(f.path));
        m_list->setItem(row, 0, name);
        m_list->setItem(
            row, 1, new QTableWidgetItem(locale.toString(f.modified, QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        auto* size = new QTableWidgetItem(locale.formattedDataSize(f.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_list->setItem(row, 2, size);
    }
    updateButtons();
}

void BackupPage::updateButtons()
{
    m_restore->setEnabled(!m_list->selectedItems().isEmpty());
}

void BackupPage::backupNow()
{
    const QString target = folder();
    if (target.isEmpty()) {
        app().messageBar()->showError(tr("Choose a backup folder first."));
        return;
    }
    const int keep = m_keep->value();
    const core::Session session = app().session();
    const core::Clock& clock = app().clock();
    auto written = std::make_shared<QString>();
    m_backup->setEnabled(false);
    JobRunner::run(
        this, tr("Backing up the database"), app().databasePath(),
        [=, &clock](core::Database& db, core::Progress& progress) -> core::Status {
            const core::Context ctx{db, clock, session, nullptr};
            auto result = core::BackupService(ctx).backupToFolder(target, keep, progress);
            if (!result)
                return result.error();
            *written = result.value();
            return {};
        },
        [this, written](const core::Status& status) {
            m_backup->setEnabled(true);
            refreshList();
            if (status)
                app().messageBar()->showSuccess(
                    tr("Backup written to %1.").arg(QDir::toNativeSeparators(*written)));
            else
                app().messageBar()->showError(status.error().fullText());
        });
}

void BackupPage::backupToFile()
{
    const QString suggested =
        QDir(folder()).filePath(QStringLiteral("teamledger-%1.db")
                                    .arg(app().clock().now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString file = QFileDialog::getSaveFileName(this, tr("Back up to a file"), suggested,
                                                      tr("TeamLedger database (*.db);;All files (*)"));
    if (file.isEmpty())
        return;
    const core::Session session = app().session();
    const core::Clock& clock = app().clock();
    JobRunner::run(
        this, tr("Backing up the database"), app().databasePath(),
        [=, &clock](core::Database& db, core::Progress& progress) -> core::Status {
            const core::Context ctx{db, clock, session, nullptr};
            auto result = core::BackupService(ctx).backup(file, progress);
            if (!result)
                return result.error();
            return {};
        },
        [this, file](const core::Status& status) {
            refreshList();
            if (status)
                app().messageBar()->showSuccess(
                    tr("Backup written to %1.").arg(QDir::toNativeSeparators(file)));
            else
                app().messageBar()->showError(status.error().fullText());
        });
}

void BackupPage::restoreSelected()
{
    const QList<QTableWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    inspectAndRestore(m_list->item(selected.first()->row(), 0)->data(kPathRole).toString());
}

void BackupPage::restoreFromFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Restore from a file"), folder(),
                                                      tr("TeamLedger database (*.db);;All files (*)"));
    if (!file.isEmpty())
        inspectAndRestore(file);
}

void BackupPage::inspectAndRestore(const QString& file)
{
    m_problems->hide();
    auto problems = std::make_shared<QStringList>();
    JobRunner::run(
        this, tr("Checking the backup"), QString(),
        [file, problems](core::Database&, core::Progress& progress) -> core::Status {
            progress.setText(QCoreApplication::translate("tl::ui::BackupPage", "Checking %1…").arg(file));
            auto inspected = core::BackupService::inspect(file);
            if (!inspected)
                return inspected.error();
            *problems = inspected.value();
            return {};
        },
        [this, file, problems](const core::Status& status) {
            if (!status) {
                app().messageBar()->showError(status.error().fullText());
                return;
            }
            if (!problems->isEmpty()) {
                showProblems(file, *problems);
                return;
            }
            confirmRestore(file);
        });
}

void BackupPage::showProblems(const QString& file, const QStringList& problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->show();
    app().messageBar()->showError(tr("%1 cannot be restored: the check found %n problem(s), listed below.",
                                     nullptr, static_cast<int>(problems.size()))
                                      .arg(QDir::toNativeSeparators(file)));
}

void BackupPage::confirmRestore(const QString& file)
{
    QMessageBox box(QMessageBox::Warning, tr("Restore a backup"),
                    tr("Replace the current database with the backup %1?").arg(QFileInfo(file).fileName()),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Every change made since that backup will be gone. The current database is "
                              "kept beside it as a copy. TeamLedger closes the database, restores the "
                              "backup and then asks you to log in again."));
    QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == restore)
        app().requestRestore(file);
}

} // namespace tl::ui
