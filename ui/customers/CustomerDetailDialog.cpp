#include "customers/CustomerDetailDialog.h"

#include "app/AppContext.h"
#include "common/Clock.h"
#include "customers/CustomerContactsPanel.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerLocationPanel.h"
#include "customers/CustomerOpportunitiesPanel.h"
#include "customers/CustomerQuery.h"
#include "customers/CustomerRelease.h"
#include "customers/CustomerService.h"
#include "customers/DetailTableView.h"
#include "customers/FollowUpDialog.h"
#include "customers/FollowUpTimelinePanel.h"
#include "customers/PoolRules.h"
#include "models/CustomerCountdown.h"
#include "models/OwnershipTableModel.h"
#include "models/RiskLevelStyle.h"
#include "receivables/RiskScore.h"
#include "widgets/MessageBar.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

namespace {

constexpr int RowsSearchedForCountdown = 50;

// The list row of one customer (with its countdown), found through the paged query by its code.
std::optional<core::CustomerRow> listRow(const core::Context& ctx, const core::Customer& customer)
{
    core::CustomerQuery::Filter filter;
    filter.scope = core::CustomerQuery::Scope::All;
    filter.search = customer.code;
    const core::CustomerQuery query(ctx, filter, core::CustomerQuery::SortKey::Code, true);
    auto page = query.page({}, RowsSearchedForCountdown);
    if (!page)
        return std::nullopt;
    for (const core::CustomerRow& row : page->rows)
        if (row.customer.id == customer.id)
            return row;
    return std::nullopt;
}

} // namespace

CustomerDetailDialog::CustomerDetailDialog(AppContext& app, qint64 customerId, QWidget* parent)
    : QDialog(parent), m_app(app), m_customerId(customerId)
{
    setObjectName(QStringLiteral("customerDetail"));
    buildUi();
    connect(&app.notifier(), &core::ChangeNotifier::changed, this, &CustomerDetailDialog::onChanged);
    reload();
}

CustomerDetailDialog::~CustomerDetailDialog() = default;

void CustomerDetailDialog::buildUi()
{
    resize(980, 640);

    auto* top = new QVBoxLayout(this);
    m_bar = new MessageBar(this);
    m_bar->setObjectName(QStringLiteral("detailMessageBar"));
    top->addWidget(m_bar);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    top->addWidget(m_title);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("facts"));
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    top->addWidget(m_facts);
    auto* ownerLine = new QHBoxLayout;
    m_owner = new QLabel(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setTextFormat(Qt::PlainText);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_countdown->setTextFormat(Qt::PlainText);
    ownerLine->addWidget(m_owner);
    ownerLine->addSpacing(24);
    ownerLine->addWidget(m_countdown);
    ownerLine->addSpacing(24);
    m_risk = new QLabel(this);
    m_risk->setObjectName(QStringLiteral("risk"));
    m_risk->setTextFormat(Qt::PlainText);
    ownerLine->addWidget(m_risk);
    ownerLine->addStretch(1);
    top->addLayout(ownerLine);

    const core::Context ctx = m_app.core();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_contacts = new CustomerContactsPanel(ctx, m_tabs);
    m_timeline = new FollowUpTimelinePanel(ctx, m_tabs);
    m_ownership = new OwnershipTableModel(ctx, this);
    auto* ownershipTab = new QWidget(m_tabs);
    m_ownershipView = makeDetailTableView(m_ownership, QStringLiteral("customer-ownership"), ownershipTab,
                                          {130, 110, 110, 200, 110});
    (new QVBoxLayout(ownershipTab))->addWidget(m_ownershipView);
    m_opportunities = new CustomerOpportunitiesPanel(ctx, m_tabs);
    m_location = new CustomerLocationPanel(m_tabs);
    m_tabs->addTab(m_contacts, tr("&Contacts"));
    m_tabs->addTab(m_timeline, tr("&Follow-ups"));
    m_tabs->addTab(ownershipTab, tr("Ownership &history"));
    m_tabs->addTab(m_opportunities, tr("&Opportunities"));
    m_tabs->addTab(m_location, tr("Loca&tion"));
    if (m_app.session().can(core::Permission::ViewReceivables)) {
        m_riskExplanation = new QLabel(m_tabs);
        m_riskExplanation->setObjectName(QStringLiteral("riskExplanation"));
        m_riskExplanation->setTextFormat(Qt::PlainText);
        m_riskExplanation->setWordWrap(true);
        m_riskExplanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_riskExplanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_riskExplanation->setMargin(8);
        m_tabs->addTab(m_riskExplanation, tr("&Risk"));
    }
    top->addWidget(m_tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_log = buttons->addButton(tr("&Log follow-up…"), QDialogButtonBox::ActionRole);
    m_log->setObjectName(QStringLiteral("logFollowUp"));
    m_log->setToolTip(tr("Ctrl+F"));
    m_release = buttons->addButton(tr("&Release to pool…"), QDialogButtonBox::ActionRole);
    m_release->setObjectName(QStringLiteral("release"));
    for (QPushButton* button : buttons->findChildren<QPushButton*>())
        button->setAutoDefault(false);
    top->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPushButton::clicked, this, &CustomerDetailDialog::editCustomer);
    connect(m_log, &QPushButton::clicked, this, &CustomerDetailDialog::logFollowUp);
    connect(m_release, &QPushButton::clicked, this, &CustomerDetailDialog::releaseToPool);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this), &QShortcut::activated, this,
            &CustomerDetailDialog::logFollowUp);

    const auto fail = [this](const QString& message) { m_bar->showError(message); };
    const auto done = [this](const QString& message) { m_bar->showSuccess(message); };
    connect(m_contacts, &CustomerContactsPanel::failed, this, fail);
    connect(m_contacts, &CustomerContactsPanel::succeeded, this, done);
    connect(m_timeline, &FollowUpTimelinePanel::failed, this, fail);
    connect(m_timeline, &FollowUpTimelinePanel::logRequested, this, &CustomerDetailDialog::logFollowUp);
    connect(m_ownership, &OwnershipTableModel::loadFailed, this, fail);
    connect(m_opportunities, &CustomerOpportunitiesPanel::failed, this, fail);
    connect(m_opportunities, &CustomerOpportunitiesPanel::succeeded, this, done);
    connect(m_location, &CustomerLocationPanel::copied, this, done);
}

void CustomerDetailDialog::reload()
{
    auto customer = core::CustomerService(m_app.core()).get(m_customerId);
    m_available = customer.ok();
    if (!customer) {
        m_bar->showError(customer.error().message);
        m_title->setText(tr("Customer not available"));
        m_facts->clear();
        m_owner->clear();
        m_countdown->clear();
        m_risk->clear();
        m_tabs->setEnabled(false);
        updateActions();
        return;
    }
    m_customer = std::move(customer).value();
    m_tabs->setEnabled(true);
    fillHeader();
    const bool editable = m_app.session().can(core::Permission::EditCustomers) && !m_customer.contactsHidden;
    m_contacts->setCustomer(m_customer);
    m_timeline->setCustomer(m_customer.id, editable && m_customer.ownerId != 0);
    if (m_ownership->customerId() != m_customer.id)
        m_ownership->setCustomer(m_customer.id);
    m_opportunities->setCustomer(m_customer.id, editable);
    m_location->setCustomer(m_customer);
    updateActions();
}

void CustomerDetailDialog::fillHeader()
{
    const core::Customer& c = m_customer;
    setWindowTitle(tr("Customer %1").arg(c.name));
    m_title->setText(headerText());
    QStringList facts{core::customerTypeName(c.type), tr("Level %1").arg(c.level)};
    for (const QString& text : {c.industry, c.region})
        if (!text.isEmpty())
            facts.append(text);
    //: separator between facts in the customer header
    m_facts->setText(facts.join(tr(" · ")));
    if (c.ownerId == 0)
        m_owner->setText(tr("In the customer pool since %1").arg(c.poolSince.toString(Qt::ISODate)));
    else
        m_owner->setText(
            tr("Owner: %1 (%2), since %3").arg(c.ownerName, c.ownerCode, c.ownedSince.toString(Qt::ISODate)));
    updateCountdown();
    updateRisk();
}

void CustomerDetailDialog::updateRisk()
{
    m_risk->clear();
    m_risk->setStyleSheet({});
    if (!m_riskExplanation)
        return;
    auto risk = core::RiskScore(m_app.core()).forCustomer(m_customerId, m_app.clock().today());
    if (!risk) {
        m_riskExplanation->setText(risk.error().message);
        return;
    }
    if (!RiskLevelStyle::hasHistory(*risk)) {
        m_risk->setText(tr("Risk: no receivables history"));
        m_riskExplanation->setText(
            tr("No receivables history to score as of %1.").arg(m_app.clock().today().toString(Qt::ISODate)) +
            QStringLiteral("\n\n") + core::RiskScore::formulaText());
        return;
    }
    m_risk->setText(tr("Risk: %1").arg(RiskLevelStyle::text(*risk)));
    m_risk->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                              .arg(RiskLevelStyle::colour(risk->level).name()));
    m_risk->setToolTip(risk->explain());
    m_riskExplanation->setText(tr("Risk as of %1").arg(risk->asOf.toString(Qt::ISODate)) +
                               QStringLiteral("\n\n") + risk->explain() + QStringLiteral("\n\n") +
                               core::RiskScore::formulaText());
}

QString CustomerDetailDialog::riskText() const
{
    return m_risk->text();
}

QString CustomerDetailDialog::riskExplanation() const
{
    return m_riskExplanation ? m_riskExplanation->text() : QString();
}

void CustomerDetailDialog::updateCountdown()
{
    m_countdown->clear();
    m_countdown->setToolTip({});
    if (m_customer.ownerId == 0)
        return;
    const auto row = listRow(m_app.core(), m_customer);
    if (!row)
        return;
    int warnDays = 7;
    if (auto rule = core::PoolRules(m_app.core()).ruleFor(m_customer.level, m_app.clock().today()))
        warnDays = rule->warnDays;
    const auto state = CustomerCountdown::state(*row, warnDays);
    m_countdown->setText(CustomerCountdown::text(state, row->daysToReclaim));
    m_countdown->setToolTip(
        CustomerCountdown::toolTip(state, row->daysToReclaim, row->reclaimOn.toString(Qt::ISODate)));
    const QColor colour = CustomerCountdown::colour(state);
    QString style;
    if (colour.isValid())
        style += QStringLiteral("color: %1;").arg(colour.name());
    if (CustomerCountdown::emphasised(state))
        style += QStringLiteral("font-weight: bold;");
    m_countdown->setStyleSheet(style.isEmpty() ? QString() : QStringLiteral("QLabel { %1 }").arg(style));
}

QString CustomerDetailDialog::headerText() const
{
    return tr("%1  %2").arg(m_customer.code, m_customer.name);
}

QString CustomerDetailDialog::countdownText() const
{
    return m_countdown->text();
}

void CustomerDetailDialog::updateActions()
{
    const core::Session& s = m_app.session();
    const bool owned = m_available && m_customer.ownerId != 0;
    const bool inScope = m_available && !m_customer.contactsHidden;
    const bool own = owned && s.employeeId != 0 && m_customer.ownerId == s.employeeId;
    m_edit->setVisible(s.can(core::Permission::EditCustomers) && inScope);
    m_log->setVisible(s.can(core::Permission::EditCustomers) && inScope && owned);
    m_release->setVisible(
        owned && inScope &&
        ((own && s.can(core::Permission::ClaimCustomers)) || s.can(core::Permission::AssignCustomers)));
}

void CustomerDetailDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void CustomerDetailDialog::editCustomer()
{
    if (m_edit->isHidden())
        return;
    CustomerDialog dialog(m_app.core(), m_customerId, this);
    if (dialog.exec() == QDialog::Accepted)
        m_bar->showSuccess(tr("Customer %1 was saved.").arg(dialog.customerFromFields().name));
}

void CustomerDetailDialog::logFollowUp()
{
    if (m_log->isHidden())
        return;
    FollowUpDialog dialog(m_app.core(), m_customerId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showTab(Tab::FollowUps);
    m_bar->showSuccess(tr("Follow-up logged for %1.").arg(m_customer.name));
}

void CustomerDetailDialog::releaseToPool()
{
    if (m_release->isHidden())
        return;
    const QList<CustomerRelease::Target> targets{{m_customer.id, m_customer.code, m_customer.name}};
    if (!CustomerRelease::confirm(this, targets))
        return;
    const CustomerRelease::Outcome outcome = CustomerRelease::release(m_app.core(), targets);
    if (outcome.ok())
        m_bar->showSuccess(outcome.summary());
    else
        m_bar->showError(outcome.summary());
}

void CustomerDetailDialog::onChanged(const QString& entity, const QList<qint64>& ids)
{
    // The customer record, its contacts and owner are in the header and tabs; follow-ups move the countdown.
    if (entity == QLatin1String("customers") || entity == QLatin1String("customer_contacts") ||
        entity == QLatin1String("customer_ownership") || entity == QLatin1String("employees")) {
        if (entity != QLatin1String("customers") || ids.isEmpty() || ids.contains(m_customerId))
            reload();
    } else if (entity == QLatin1String("followups") && m_available) {
        updateCountdown();
    } else if (m_available &&
               (entity == QLatin1String("installments") || entity == QLatin1String("payments") ||
                entity == QLatin1String("letters") || entity == QLatin1String("disputes") ||
                entity == QLatin1String("write_offs"))) {
        updateRisk();
    }
}

} // namespace tl::ui
