#include "receivables/PendingWriteOffsDialog.h"

#include "app/AppContext.h"
#include "customers/DetailTableView.h"
#include "models/WriteOffTableModel.h"
#include "receivables/LedgerText.h"
#include "receivables/WriteOffService.h"
#include "widgets/MessageBar.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace tl::ui {

PendingWriteOffsDialog::PendingWriteOffsDialog(AppContext& app, QWidget* parent)
    : QDialog(parent), m_app(app), m_model(new WriteOffTableModel(this)), m_bar(new MessageBar(this)),
      m_approve(new QPushButton(tr("&Approve…"), this)), m_reject(new QPushButton(tr("&Reject…"), this)),
      m_evidence(new QPushButton(tr("Open &evidence"), this))
{
    setWindowTitle(tr("Pending write-offs"));
    resize(1180, 520);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    auto* buttons = new QHBoxLayout;
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_evidence->setObjectName(QStringLiteral("openEvidence"));
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_evidence);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_view = makeDetailTableView(m_model, QStringLiteral("pending-write-offs"), this,
                                 {90, 170, 190, 100, 240, 170, 90, 110});
    layout->addWidget(m_view, 1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(m_approve, &QPushButton::clicked, this, [this] { approveCurrent(true); });
    connect(m_reject, &QPushButton::clicked, this, &PendingWriteOffsDialog::rejectWithNote);
    connect(m_evidence, &QPushButton::clicked, this, &PendingWriteOffsDialog::openEvidence);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PendingWriteOffsDialog::updateButtons);
    reload();
}

void PendingWriteOffsDialog::reload()
{
    auto pending = core::WriteOffService(m_app.core()).pending();
    if (!pending) {
        m_bar->showError(pending.error().message);
        m_model->setWriteOffs({});
    } else {
        m_model->setWriteOffs(*pending);
        if (pending->isEmpty())
            m_bar->showMessage(tr("No write-off is waiting for a decision."));
        else
            m_view->selectRow(0);
    }
    updateButtons();
}

void PendingWriteOffsDialog::updateButtons()
{
    const core::WriteOff* w = m_model->writeOffAt(m_view->currentIndex().row());
    const bool own = w && w->requestedBy != 0 && w->requestedBy == m_app.session().userId;
    m_approve->setEnabled(w && !own);
    m_reject->setEnabled(w && !own);
    m_evidence->setEnabled(w && w->evidenceSize > 0);
    const QString why = own ? tr("You asked for this write-off: another user decides it.") : QString();
    m_approve->setToolTip(why);
    m_reject->setToolTip(why);
}

bool PendingWriteOffsDialog::approveCurrent(bool confirm, const QString& note)
{
    const core::WriteOff* w = m_model->writeOffAt(m_view->currentIndex().row());
    if (!w)
        return false;
    const core::WriteOff request = *w;
    if (confirm &&
        QMessageBox::warning(this, tr("Approve write-off"),
                             tr("Write off %1 of %2 #%3 (%4)? The amount leaves the receivable for good "
                                "and the salesperson's commission is clawed back.")
                                 .arg(LedgerText::money(request.amount), request.contractNo)
                                 .arg(request.seq)
                                 .arg(request.customerName),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    if (const core::Status s = core::WriteOffService(m_app.core()).approve(request.id, note); !s) {
        m_bar->showError(s.error().fullText());
        return false;
    }
    reload();
    m_bar->showSuccess(tr("The write-off of %1 on %2 #%3 is approved.")
                           .arg(LedgerText::money(request.amount), request.contractNo)
                           .arg(request.seq));
    return true;
}

bool PendingWriteOffsDialog::rejectCurrent(const QString& note)
{
    const core::WriteOff* w = m_model->writeOffAt(m_view->currentIndex().row());
    if (!w)
        return false;
    const core::WriteOff request = *w;
    if (const core::Status s = core::WriteOffService(m_app.core()).reject(request.id, note); !s) {
        m_bar->showError(s.error().fullText());
        return false;
    }
    reload();
    m_bar->showSuccess(tr("The write-off of %1 on %2 #%3 was rejected.")
                           .arg(LedgerText::money(request.amount), request.contractNo)
                           .arg(request.seq));
    return true;
}

void PendingWriteOffsDialog::rejectWithNote()
{
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Reject write-off"), tr("Why is it rejected?"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        rejectCurrent(note.trimmed());
}

void PendingWriteOffsDialog::openEvidence()
{
    const core::WriteOff* w = m_model->writeOffAt(m_view->currentIndex().row());
    if (!w || w->evidenceSize == 0)
        return;
    auto content = core::WriteOffService(m_app.core()).evidence(w->id);
    if (!content) {
        m_bar->showError(content.error().message);
        return;
    }
    static QTemporaryDir dir; // the opened copies live until the application ends
    const QString path = dir.filePath(QString::number(w->id) + QLatin1Char('-') + w->evidenceName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size()) {
        m_bar->showError(tr("The evidence cannot be written to %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    file.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace tl::ui
