#include "payroll/LossClaimsPage.h"

#include "app/AppContext.h"
#include "auth/Session.h"
#include "models/PayrollLossClaimTableModel.h"
#include "money/MoneyFormat.h"
#include "payroll/LossClaimDialog.h"
#include "payroll/LossClaimService.h"
#include "widgets/ListViewSetup.h"
#include "widgets/MessageBar.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMimeDatabase>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

using core::Permission;

LossClaimsPage::LossClaimsPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_model(new PayrollLossClaimTableModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    bar->addWidget(m_summary, 1);
    m_request = new QPushButton(tr("Request…"), this);
    m_approve = new QPushButton(tr("Approve"), this);
    m_reject = new QPushButton(tr("Reject…"), this);
    bar->addWidget(m_request);
    bar->addWidget(m_approve);
    bar->addWidget(m_reject);
    layout->addLayout(bar);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::SingleSelection, 120);
    layout->addWidget(m_view, 1);
    m_request->setVisible(app.session().can(Permission::RequestLossClaims));
    m_approve->setVisible(app.session().can(Permission::ApproveLossClaims));
    m_reject->setVisible(app.session().can(Permission::ApproveLossClaims));
    connect(m_request, &QPushButton::clicked, this, &LossClaimsPage::askRequest);
    connect(m_approve, &QPushButton::clicked, this, [this] { askDecision(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { askDecision(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LossClaimsPage::updateButtons);
    updateButtons();
}

QString LossClaimsPage::title() const
{
    return tr("Loss deductions");
}

QIcon LossClaimsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/payroll.svg"));
}

void LossClaimsPage::activate()
{
    reload();
}

void LossClaimsPage::reload()
{
    auto claims = core::LossClaimService(app().core()).claims();
    if (!claims) {
        m_model->setClaims({});
        m_summary->setText(claims.error().message);
        updateButtons();
        return;
    }
    m_model->setClaims(*claims);
    m_summary->setText(
        tr("%n claim(s); outstanding, carried to later payrolls: %1", nullptr, int(claims->size()))
            .arg(core::formatMoney(m_model->totalOutstanding())));
    updateButtons();
}

void LossClaimsPage::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const core::LossClaim* c = rows.isEmpty() ? nullptr : m_model->claimAt(rows.first().row());
    const bool pending = c && c->status == QLatin1String("requested");
    m_approve->setEnabled(pending);
    m_reject->setEnabled(pending);
}

core::Result<qint64> LossClaimsPage::requestClaim(qint64 employeeId, core::Money amount,
                                                  const QString& reason, const QString& evidencePath)
{
    QString name, mime;
    QByteArray evidence;
    if (!evidencePath.isEmpty()) {
        QFile file(evidencePath);
        if (file.size() > core::LossClaimService::kMaxEvidenceBytes)
            return core::Error::invalid(tr("The evidence file is larger than %1 MB.")
                                            .arg(core::LossClaimService::kMaxEvidenceBytes / (1024 * 1024)));
        if (!file.open(QIODevice::ReadOnly))
            return core::Error::invalid(tr("Cannot read %1: %2").arg(evidencePath, file.errorString()));
        evidence = file.readAll();
        name = QFileInfo(evidencePath).fileName();
        mime = QMimeDatabase().mimeTypeForFile(evidencePath).name();
    }
    auto id = core::LossClaimService(app().core()).request(employeeId, amount, reason, name, mime, evidence);
    if (id)
        reload();
    return id;
}

core::Status LossClaimsPage::decideSelected(bool approve, const QString& note)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const core::LossClaim* c = rows.isEmpty() ? nullptr : m_model->claimAt(rows.first().row());
    if (!c)
        return {};
    core::LossClaimService service(app().core());
    const core::Status status = approve ? service.approve(c->id, note) : service.reject(c->id, note);
    if (status)
        reload();
    return status;
}

void LossClaimsPage::askRequest()
{
    LossClaimDialog dialog(app().core(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const auto r = dialog.request();
        if (!r)
            continue;
        const auto id = requestClaim(r->employeeId, r->amount, r->reason, r->evidencePath);
        if (id) {
            if (MessageBar* bar = app().messageBar())
                bar->showSuccess(tr("The loss deduction of %1 was requested; it waits for approval.")
                                     .arg(core::formatMoney(r->amount)));
            return;
        }
        dialog.setProblem(id.error().fullText());
    }
}

void LossClaimsPage::askDecision(bool approve)
{
    QString note;
    if (!approve) {
        bool ok = false;
        note = QInputDialog::getText(this, tr("Reject the claim"), tr("Why is the claim rejected?"),
                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    const core::Status status = decideSelected(approve, note);
    if (!status)
        if (MessageBar* bar = app().messageBar())
            bar->showError(status.error().fullText());
}

} // namespace tl::ui
