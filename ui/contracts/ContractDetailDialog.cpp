#include "contracts/ContractDetailDialog.h"

#include "app/AppContext.h"
#include "contracts/ContractAttachmentsPanel.h"
#include "contracts/ContractDialog.h"
#include "customers/DetailTableView.h"
#include "models/AllocationTableModel.h"
#include "models/ContractInstallmentTableModel.h"
#include "money/Rate.h"
#include "payments/RecordPaymentDialog.h"
#include "receivables/InterestCalculator.h"
#include "receivables/LedgerText.h"
#include "receivables/PaymentService.h"
#include "sales/ContractService.h"
#include "widgets/MessageBar.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tl::ui {

using core::ContractStatus;
using core::Permission;

ContractDetailDialog::ContractDetailDialog(AppContext& app, qint64 contractId, QWidget* parent)
    : QDialog(parent), m_app(app), m_contractId(contractId)
{
    setObjectName(QStringLiteral("contractDetail"));
    buildUi();
    reload();
    connect(&m_app.notifier(), &core::ChangeNotifier::changed, this, &ContractDetailDialog::onChanged);
}

ContractDetailDialog::~ContractDetailDialog() = default;

void ContractDetailDialog::buildUi()
{
    resize(1000, 640);
    auto* layout = new QVBoxLayout(this);
    m_bar = new MessageBar(this);
    layout->addWidget(m_bar);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("title"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("facts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);

    auto* actions = new QHBoxLayout;
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_activate = new QPushButton(tr("&Activate"), this);
    m_activate->setObjectName(QStringLiteral("activate"));
    m_activate->setToolTip(tr("The contract is signed: its instalments become receivables"));
    m_close = new QPushButton(tr("C&lose contract"), this);
    m_close->setObjectName(QStringLiteral("close"));
    m_close->setToolTip(tr("Nothing is left to collect"));
    m_reopen = new QPushButton(tr("Re&open"), this);
    m_reopen->setObjectName(QStringLiteral("reopen"));
    m_cancel = new QPushButton(tr("&Cancel contract…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelContract"));
    m_pay = new QPushButton(tr("Record &payment…"), this);
    m_pay->setObjectName(QStringLiteral("recordPayment"));
    for (QPushButton* b : {m_edit, m_activate, m_close, m_reopen, m_cancel, m_pay})
        actions->addWidget(b);
    actions->addStretch(1);
    layout->addLayout(actions);

    m_tabs = new QTabWidget(this);
    m_installments = new ContractInstallmentTableModel(this);
    m_installmentView = makeDetailTableView(m_installments, QStringLiteral("contract-installments"), this,
                                            {50, 95, 110, 110, 100, 100, 110, 90, 95});
    m_tabs->addTab(m_installmentView, tr("Instalments"));
    m_allocations = new AllocationTableModel(this);
    m_allocationView =
        makeDetailTableView(m_allocations, QStringLiteral("contract-allocations"), this, {95, 140, 140, 110});
    m_tabs->addTab(m_allocationView, tr("Payments allocated"));
    m_files = new ContractAttachmentsPanel(m_app.core(), this);
    m_tabs->addTab(m_files, tr("Files"));
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_files, &ContractAttachmentsPanel::problem, m_bar, &MessageBar::showError);
    connect(m_edit, &QPushButton::clicked, this, &ContractDetailDialog::editContract);
    connect(m_activate, &QPushButton::clicked, this, &ContractDetailDialog::activate);
    connect(m_close, &QPushButton::clicked, this, &ContractDetailDialog::closeContract);
    connect(m_reopen, &QPushButton::clicked, this, &ContractDetailDialog::reopen);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelContract(true); });
    connect(m_pay, &QPushButton::clicked, this, &ContractDetailDialog::recordPayment);
}

QString ContractDetailDialog::headerText() const
{
    return m_title->text();
}

void ContractDetailDialog::reload()
{
    const core::Context ctx = m_app.core();
    auto contract = core::ContractService(ctx).get(m_contractId);
    m_available = contract.ok();
    if (!contract) {
        m_bar->showError(contract.error().message);
        m_installments->setInstallments({}, ctx.clock.today());
        m_allocations->setAllocations({});
        updateActions();
        return;
    }
    m_contract = std::move(contract).value();
    m_installments->setInstallments(m_contract.installments, ctx.clock.today());
    QList<core::Allocation> allocations;
    const core::PaymentService payments(ctx);
    for (const core::Installment& i : m_contract.installments) {
        auto rows = payments.allocationsOfInstallment(i.id);
        if (!rows) {
            m_bar->showError(rows.error().message);
            break;
        }
        allocations << *rows;
    }
    std::stable_sort(allocations.begin(), allocations.end(),
                     [](const core::Allocation& a, const core::Allocation& b) {
                         return a.onDate != b.onDate ? a.onDate < b.onDate : a.id < b.id;
                     });
    m_allocations->setAllocations(allocations);
    m_files->setContract(m_contract.id);
    m_files->setReadOnly(m_contract.status == ContractStatus::Cancelled);
    fillHeader();
    updateActions();
    setWindowTitle(tr("Contract %1").arg(m_contract.contractNo));
}

void ContractDetailDialog::fillHeader()
{
    const core::Contract& c = m_contract;
    m_title->setText(tr("%1 · %2").arg(c.contractNo, c.customerName));
    qint64 paid = 0;
    qint64 writtenOff = 0;
    for (const core::Installment& i : c.installments) {
        paid += i.paid;
        writtenOff += i.writtenOff;
    }
    QString rate;
    if (c.interestRatePpm)
        rate = tr("%1% a year (contract)").arg(core::Rate::fromPpm(*c.interestRatePpm).percentText());
    else if (auto fallback = core::InterestCalculator(m_app.core()).defaultRatePpm(); fallback)
        rate = tr("%1% a year (company default)").arg(core::Rate::fromPpm(*fallback).percentText());
    QStringList facts;
    facts << tr("Customer: %1 (%2)").arg(c.customerName, c.customerCode)
          << tr("Salesperson: %1 (%2)").arg(c.salespersonName, c.salespersonCode)
          << tr("Signed: %1").arg(LedgerText::date(c.signedOn))
          << tr("Kind: %1").arg(core::contractKindName(c.kind))
          << tr("Status: %1").arg(core::contractStatusName(c.status));
    QStringList money;
    money << tr("Amount: %1").arg(LedgerText::money(c.amount))
          << tr("Received: %1").arg(LedgerText::money(paid));
    if (writtenOff != 0)
        money << tr("Written off: %1").arg(LedgerText::money(writtenOff));
    money << tr("Balance: %1").arg(LedgerText::money(c.amount - paid - writtenOff));
    if (!rate.isEmpty())
        money << tr("Late interest: %1").arg(rate);
    QString text = facts.join(QStringLiteral("   ")) + QLatin1Char('\n') + money.join(QStringLiteral("   "));
    if (!c.title.isEmpty())
        text += QLatin1Char('\n') + c.title;
    if (!c.note.isEmpty())
        text += QLatin1Char('\n') + c.note;
    m_facts->setText(text);
}

void ContractDetailDialog::updateActions()
{
    const core::Session& s = m_app.session();
    const bool edit = m_available && s.can(Permission::EditContracts);
    const ContractStatus status = m_contract.status;
    m_edit->setVisible(s.can(Permission::EditContracts));
    m_edit->setEnabled(edit && status != ContractStatus::Cancelled);
    m_activate->setVisible(edit && status == ContractStatus::Draft);
    m_close->setVisible(edit && status == ContractStatus::Active);
    m_reopen->setVisible(edit && status == ContractStatus::Closed);
    m_cancel->setVisible(edit && (status == ContractStatus::Draft || status == ContractStatus::Active));
    m_pay->setVisible(s.can(Permission::RecordPayments));
    m_pay->setEnabled(m_available && status == ContractStatus::Active);
}

void ContractDetailDialog::editContract()
{
    if (!m_edit->isVisible() || !m_edit->isEnabled())
        return;
    ContractDialog dialog(m_app.core(), m_contractId, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        if (!dialog.warning().isEmpty())
            m_bar->showError(dialog.warning());
        else
            m_bar->showSuccess(tr("Contract %1 was saved.").arg(m_contract.contractNo));
    }
}

void ContractDetailDialog::setStatus(ContractStatus status, const QString& done)
{
    if (auto changed = core::ContractService(m_app.core()).setStatus(m_contractId, status); !changed) {
        m_bar->showError(changed.error().fullText());
        return;
    }
    reload();
    m_bar->showSuccess(done);
}

void ContractDetailDialog::activate()
{
    setStatus(ContractStatus::Active,
              tr("Contract %1 is active: its instalments are receivables now.").arg(m_contract.contractNo));
}

void ContractDetailDialog::closeContract()
{
    setStatus(ContractStatus::Closed, tr("Contract %1 is closed.").arg(m_contract.contractNo));
}

void ContractDetailDialog::reopen()
{
    setStatus(ContractStatus::Active, tr("Contract %1 is active again.").arg(m_contract.contractNo));
}

void ContractDetailDialog::cancelContract(bool confirm)
{
    if (!m_available)
        return;
    if (confirm &&
        QMessageBox::warning(
            this, tr("Cancel contract"),
            tr("Cancel contract %1 of %2 over %3? A cancelled contract is void: its "
               "instalments are no longer receivables and it cannot be edited again.")
                .arg(m_contract.contractNo, m_contract.customerName, LedgerText::money(m_contract.amount)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    setStatus(ContractStatus::Cancelled, tr("Contract %1 was cancelled.").arg(m_contract.contractNo));
}

void ContractDetailDialog::recordPayment()
{
    if (!m_pay->isVisible() || !m_pay->isEnabled())
        return;
    RecordPaymentDialog dialog(m_app.core(), this, m_contract.customerId, m_contract.id);
    if (dialog.exec() == QDialog::Accepted)
        m_bar->showSuccess(dialog.summary());
}

void ContractDetailDialog::onChanged(const QString& entity, const QList<qint64>& ids)
{
    Q_UNUSED(ids)
    if (entity == QLatin1String("contracts") || entity == QLatin1String("installments") ||
        entity == QLatin1String("payments") || entity == QLatin1String("contract_attachments"))
        reload();
}

} // namespace tl::ui
