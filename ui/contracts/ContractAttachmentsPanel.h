#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

class QListWidget;
class QPushButton;
class QTemporaryDir;

namespace tl::ui {

// The files kept with a contract (the signed scan, annexes): Add file…, Open (a temporary copy opened with
// the system's viewer), Save as…, Remove (after a confirmation). For a contract not saved yet the files
// wait in the panel and are stored by commitPending() once the contract exists. Problems are reported
// through problem(); the dialog shows them.
class ContractAttachmentsPanel : public QWidget
{
    Q_OBJECT
public:
    ContractAttachmentsPanel(const core::Context& ctx, QWidget* parent = nullptr);
    ~ContractAttachmentsPanel() override;

    // 0 = a new contract: files are kept until commitPending().
    void setContract(qint64 contractId);
    void setReadOnly(bool readOnly);

    // Adds a file from disk (stored at once for a saved contract). false when it cannot be read or stored.
    bool addFile(const QString& path);
    int count() const;
    int pendingCount() const { return int(m_pending.size()); }
    QStringList fileNames() const;
    // Stores the waiting files with the new contract; the first failure stops and is returned.
    core::Status commitPending(qint64 contractId);

    // The content of the row's file (stored or waiting).
    core::Result<QByteArray> contentAt(int row) const;
    bool removeAt(int row, bool confirm = true);
    bool saveAt(int row, const QString& path);
    QListWidget* list() const { return m_list; }

public slots:
    void chooseFile();
    void openSelected();
    void saveSelected();
    void removeSelected();

signals:
    void problem(const QString& message);
    void changed();

private:
    struct Pending
    {
        QString fileName;
        QString mime;
        QByteArray content;
    };

    void reload();
    void updateButtons();
    int currentRow() const;

    core::Context m_ctx;
    qint64 m_contractId = 0;
    bool m_readOnly = false;
    QList<Pending> m_pending;
    QList<qint64> m_storedIds; // per row, for a saved contract
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_save;
    QPushButton* m_remove;
    std::unique_ptr<QTemporaryDir> m_openDir;
};

} // namespace tl::ui
