#include "employees/LabourContractsPage.h"

#include "app/AppContext.h"
#include "app/UiSettings.h"
#include "employees/EmployeeDialog.h"
#include "employees/LabourContractDialog.h"
#include "models/LabourContractAlertProxy.h"
#include "models/LabourContractAlertTableModel.h"
#include "org/EmployeeService.h"
#include "org/LabourContractService.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

using Column = LabourContractAlertTableModel::Column;

LabourContractsPage::LabourContractsPage(AppContext& app, QWidget* parent)
    : Page(app, parent), m_model(new LabourContractAlertTableModel(this)),
      m_proxy(new LabourContractAlertProxy(this)), m_kind(new QComboBox(this)), m_summary(new QLabel(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)), m_open(new QPushButton(tr("&Open employee…"), this)),
      m_renew(new QPushButton(tr("Re&new or add contract…"), this)), m_view(new QTableView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading =
        new QLabel(tr("<b>Labour contracts</b> — contracts ending within 30 days, probation ending "
                      "within 7 days, and warnings under the Labour Contract Law (Arts. 14, 19, 82)."),
                   this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto* bar = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All kinds"), -1);
    for (auto kind : LabourContractAlertTableModel::allKinds())
        m_kind->addItem(core::contractAlertKindName(kind), int(kind));
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addWidget(m_refresh);
    bar->addWidget(m_open);
    bar->addWidget(m_renew);
    m_renew->setVisible(app.session().can(core::Permission::EditEmployees));
    bar->addStretch(1);
    m_summary->setObjectName(QStringLiteral("summary"));
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("alertsView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultSectionSize(110);
    header->resizeSection(int(Column::Kind), 170);
    header->resizeSection(int(Column::Code), 90);
    header->resizeSection(int(Column::Name), 90);
    header->resizeSection(int(Column::DaysLeft), 80);
    header->setStretchLastSection(true);
    header->setSortIndicator(int(Column::DaysLeft), Qt::AscendingOrder);
    UiSettings::rememberHeader(header, QStringLiteral("labour-contract-alerts"));
    layout->addWidget(m_view, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &LabourContractsPage::applyKind);
    connect(m_refresh, &QPushButton::clicked, this, &LabourContractsPage::reload);
    connect(m_open, &QPushButton::clicked, this, &LabourContractsPage::openEmployee);
    connect(m_view, &QTableView::doubleClicked, this, &LabourContractsPage::openEmployee);
    for (int key : {int(Qt::Key_Return), int(Qt::Key_Enter)})
        connect(new QShortcut(QKeySequence(key), m_view, nullptr, nullptr, Qt::WidgetShortcut),
                &QShortcut::activated, this, &LabourContractsPage::openEmployee);
    connect(m_renew, &QPushButton::clicked, this, &LabourContractsPage::renewContract);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_open->setEnabled(m_view->selectionModel()->hasSelection());
        m_renew->setEnabled(m_view->selectionModel()->hasSelection());
    });
    connect(&app.notifier(), &core::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("labour_contracts") || entity == QLatin1String("employees")) {
            if (isVisible())
                reload();
            else
                m_stale = true;
        }
    });
    m_open->setEnabled(false);
    m_renew->setEnabled(false);
}

QString LabourContractsPage::title() const
{
    return tr("Labour contracts");
}

QIcon LabourContractsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/contracts.svg"));
}

void LabourContractsPage::activate()
{
    if (m_stale)
        reload();
}

void LabourContractsPage::reload()
{
    m_stale = false;
    auto alerts = core::LabourContractService(app().core()).alerts(app().clock().today());
    if (!alerts) {
        m_model->setAlerts({});
        if (MessageBar* bar = app().messageBar())
            bar->showError(alerts.error().fullText());
    } else {
        m_model->setAlerts(*alerts);
    }
    updateSummary();
}

void LabourContractsPage::applyKind()
{
    const int kind = m_kind->currentData().toInt();
    m_proxy->setKind(kind < 0 ? std::nullopt : std::optional(core::ContractAlert::Kind(kind)));
    updateSummary();
}

void LabourContractsPage::updateSummary()
{
    m_summary->setText(tr("As of %1: %n alert(s)", "", m_proxy->rowCount())
                           .arg(app().clock().today().toString(Qt::ISODate)));
}

qint64 LabourContractsPage::selectedEmployeeId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(LabourContractAlertTableModel::EmployeeIdRole).toLongLong();
}

void LabourContractsPage::openEmployee()
{
    const qint64 id = selectedEmployeeId();
    if (id == 0)
        return;
    EmployeeDialog dialog(app().core(), id, this);
    dialog.exec();
}

void LabourContractsPage::renewContract()
{
    const qint64 id = selectedEmployeeId();
    if (id == 0)
        return;
    const core::Context ctx = app().core();
    auto employee = core::EmployeeService(ctx).get(id);
    auto history = core::LabourContractService(ctx).history(id);
    if (!employee || !history) {
        if (MessageBar* bar = app().messageBar())
            bar->showError(!employee ? employee.error().message : history.error().message);
        return;
    }
    const core::LabourContract initial =
        history->isEmpty() ? LabourContractDialog::firstContract(*employee)
                           : LabourContractDialog::renewalOf(history->last(), app().clock().today());
    LabourContractDialog dialog(ctx, *employee, initial, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (MessageBar* bar = app().messageBar())
        bar->showSuccess(tr("The labour contract of %1 was saved.").arg(employee->name));
}

} // namespace tl::ui
