#include "contracts/ContractAttachmentsPanel.h"

#include "receivables/LedgerText.h"
#include "sales/ContractService.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace tl::ui {

ContractAttachmentsPanel::ContractAttachmentsPanel(const core::Context& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_list(new QListWidget(this)),
      m_add(new QPushButton(tr("Add &file…"), this)), m_open(new QPushButton(tr("&Open"), this)),
      m_save(new QPushButton(tr("Sa&ve as…"), this)), m_remove(new QPushButton(tr("Remo&ve"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setObjectName(QStringLiteral("attachments"));
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 4);
    layout->addWidget(m_list, 1);
    auto* buttons = new QVBoxLayout;
    m_add->setObjectName(QStringLiteral("addAttachment"));
    m_open->setObjectName(QStringLiteral("openAttachment"));
    m_save->setObjectName(QStringLiteral("saveAttachment"));
    m_remove->setObjectName(QStringLiteral("removeAttachment"));
    for (QPushButton* button : {m_add, m_open, m_save, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ContractAttachmentsPanel::chooseFile);
    connect(m_open, &QPushButton::clicked, this, &ContractAttachmentsPanel::openSelected);
    connect(m_save, &QPushButton::clicked, this, &ContractAttachmentsPanel::saveSelected);
    connect(m_remove, &QPushButton::clicked, this, &ContractAttachmentsPanel::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &ContractAttachmentsPanel::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ContractAttachmentsPanel::openSelected);
    updateButtons();
}

ContractAttachmentsPanel::~ContractAttachmentsPanel() = default;

void ContractAttachmentsPanel::setContract(qint64 contractId)
{
    m_contractId = contractId;
    reload();
}

void ContractAttachmentsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

int ContractAttachmentsPanel::count() const
{
    return m_list->count();
}

QStringList ContractAttachmentsPanel::fileNames() const
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row)
        names.append(m_list->item(row)->data(Qt::UserRole).toString());
    return names;
}

int ContractAttachmentsPanel::currentRow() const
{
    return m_list->currentRow();
}

void ContractAttachmentsPanel::reload()
{
    m_list->clear();
    m_storedIds.clear();
    const QLocale locale;
    if (m_contractId == 0) {
        for (const Pending& p : m_pending) {
            auto* item = new QListWidgetItem(tr("%1 (%2, to be stored with the contract)")
                                                 .arg(p.fileName, locale.formattedDataSize(p.content.size())),
                                             m_list);
            item->setData(Qt::UserRole, p.fileName);
        }
    } else {
        auto attachments = core::ContractService(m_ctx).attachments(m_contractId);
        if (!attachments) {
            emit problem(attachments.error().message);
        } else {
            for (const core::ContractAttachment& a : *attachments) {
                auto* item = new QListWidgetItem(tr("%1 (%2, added %3)")
                                                     .arg(a.fileName, locale.formattedDataSize(a.size),
                                                          LedgerText::date(a.addedAt.date())),
                                                 m_list);
                item->setData(Qt::UserRole, a.fileName);
                m_storedIds.append(a.id);
            }
        }
    }
    updateButtons();
}

void ContractAttachmentsPanel::updateButtons()
{
    const bool selected = currentRow() >= 0;
    const bool edit = !m_readOnly && m_ctx.session.can(core::Permission::EditContracts);
    m_add->setVisible(edit);
    m_remove->setVisible(edit);
    m_open->setEnabled(selected);
    m_save->setEnabled(selected);
    m_remove->setEnabled(selected);
}

bool ContractAttachmentsPanel::addFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit problem(
            tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (file.size() > core::ContractService::kMaxAttachmentBytes) {
        emit problem(tr("The file %1 is larger than %2.")
                         .arg(QFileInfo(path).fileName(),
                              QLocale().formattedDataSize(core::ContractService::kMaxAttachmentBytes)));
        return false;
    }
    const QByteArray content = file.readAll();
    const QString name = QFileInfo(path).fileName();
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(name, content).name();
    if (m_contractId == 0) {
        m_pending.append({name, mime, content});
    } else if (auto added = core::ContractService(m_ctx).addAttachment(m_contractId, name, mime, content);
               !added) {
        emit problem(added.error().fullText());
        return false;
    }
    reload();
    m_list->setCurrentRow(m_contractId == 0 ? m_list->count() - 1 : 0); // stored ones: newest first
    emit changed();
    return true;
}

core::Status ContractAttachmentsPanel::commitPending(qint64 contractId)
{
    core::ContractService service(m_ctx);
    while (!m_pending.isEmpty()) {
        const Pending& p = m_pending.first();
        if (auto added = service.addAttachment(contractId, p.fileName, p.mime, p.content); !added)
            return added.error();
        m_pending.removeFirst();
    }
    m_contractId = contractId;
    reload();
    return {};
}

core::Result<QByteArray> ContractAttachmentsPanel::contentAt(int row) const
{
    if (row < 0 || row >= m_list->count())
        return core::Error::notFound(tr("No file is selected."));
    if (m_contractId == 0)
        return m_pending.at(row).content;
    return core::ContractService(m_ctx).attachmentContent(m_storedIds.at(row));
}

bool ContractAttachmentsPanel::removeAt(int row, bool confirm)
{
    if (row < 0 || row >= m_list->count())
        return false;
    const QString name = m_list->item(row)->data(Qt::UserRole).toString();
    if (m_contractId == 0) {
        m_pending.removeAt(row);
        reload();
        emit changed();
        return true;
    }
    if (confirm && QMessageBox::question(
                       this, tr("Remove file"),
                       tr("Remove the file %1 from the contract? It cannot be restored from here.").arg(name),
                       QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    if (auto removed = core::ContractService(m_ctx).removeAttachment(m_storedIds.at(row)); !removed) {
        emit problem(removed.error().message);
        return false;
    }
    reload();
    emit changed();
    return true;
}

bool ContractAttachmentsPanel::saveAt(int row, const QString& path)
{
    auto content = contentAt(row);
    if (!content) {
        emit problem(content.error().message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit()) {
        emit problem(
            tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

void ContractAttachmentsPanel::chooseFile()
{
    if (m_readOnly)
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Add a file to the contract"), QString(),
                                     tr("Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff "
                                        "*.doc *.docx *.xls *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        addFile(path);
}

void ContractAttachmentsPanel::openSelected()
{
    const int row = currentRow();
    auto content = contentAt(row);
    if (!content) {
        emit problem(content.error().message);
        return;
    }
    if (!m_openDir)
        m_openDir = std::make_unique<QTemporaryDir>();
    const QString path = m_openDir->filePath(QString::number(row) + QLatin1Char('-') +
                                             m_list->item(row)->data(Qt::UserRole).toString());
    if (saveAt(row, path))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ContractAttachmentsPanel::saveSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the file as"),
                                                      m_list->item(row)->data(Qt::UserRole).toString());
    if (!path.isEmpty())
        saveAt(row, path);
}

void ContractAttachmentsPanel::removeSelected()
{
    if (!m_readOnly)
        removeAt(currentRow(), true);
}

} // namespace tl::ui
