#include "customers/CustomerOpportunitiesPanel.h"

#include "customers/DetailTableView.h"
#include "customers/OpportunityDialog.h"
#include "customers/OpportunityService.h"
#include "models/CustomerOpportunityTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tl::ui {

CustomerOpportunitiesPanel::CustomerOpportunitiesPanel(const core::Context& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_model(new CustomerOpportunityTableModel(ctx, this))
{
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New opportunity…"), this);
    m_new->setObjectName(QStringLiteral("newOpportunity"));
    m_edit = new QPushButton(tr("Ed&it…"), this);
    m_edit->setObjectName(QStringLiteral("editOpportunity"));
    m_move = new QToolButton(this);
    m_move->setObjectName(QStringLiteral("moveStage"));
    m_move->setText(tr("&Move to stage"));
    m_move->setPopupMode(QToolButton::InstantPopup);
    m_move->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_stageMenu = new QMenu(m_move);
    m_move->setMenu(m_stageMenu);
    for (QPushButton* button : {m_new, m_edit}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addWidget(m_move);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_view = makeDetailTableView(m_model, QStringLiteral("customer-opportunities"), this,
                                 {200, 90, 110, 100, 80, 100, 100});
    layout->addWidget(m_view, 1);
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("stageHistory"));
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::PlainText);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_history);

    connect(m_new, &QPushButton::clicked, this, &CustomerOpportunitiesPanel::newOpportunity);
    connect(m_edit, &QPushButton::clicked, this, &CustomerOpportunitiesPanel::editOpportunity);
    connect(m_view, &QTableView::doubleClicked, this, &CustomerOpportunitiesPanel::editOpportunity);
    connect(m_stageMenu, &QMenu::aboutToShow, this, &CustomerOpportunitiesPanel::fillStageMenu);
    connect(m_model, &CustomerOpportunityTableModel::loadFailed, this, &CustomerOpportunitiesPanel::failed);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomerOpportunitiesPanel::updateSelection);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelected = selectedOpportunityId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keepSelected != 0)
            selectOpportunity(m_keepSelected);
        updateSelection();
    });
    updateSelection();
}

void CustomerOpportunitiesPanel::setCustomer(qint64 customerId, bool editable)
{
    m_editable = editable;
    m_customerId = customerId;
    for (QWidget* w :
         {static_cast<QWidget*>(m_new), static_cast<QWidget*>(m_edit), static_cast<QWidget*>(m_move)})
        w->setVisible(editable);
    if (customerId != m_model->customerId())
        m_model->setCustomer(customerId);
    updateSelection();
}

qint64 CustomerOpportunitiesPanel::selectedOpportunityId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const core::Opportunity* o = rows.isEmpty() ? nullptr : m_model->opportunityAt(rows.first().row());
    return o ? o->id : 0;
}

void CustomerOpportunitiesPanel::selectOpportunity(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_view->selectRow(row);
}

void CustomerOpportunitiesPanel::updateSelection()
{
    const qint64 id = selectedOpportunityId();
    m_new->setEnabled(m_editable && m_customerId != 0);
    m_edit->setEnabled(m_editable && id != 0);
    m_move->setEnabled(m_editable && id != 0);
    if (id == 0) {
        m_history->clear();
        return;
    }
    auto history = core::OpportunityService(m_ctx).history(id);
    if (!history) {
        m_history->setText(history.error().message);
        return;
    }
    QStringList steps;
    for (const core::StageChange& change : *history)
        steps.append(tr("%1 %2 (%3)")
                         .arg(change.at.toString(QStringLiteral("yyyy-MM-dd")),
                              core::opportunityStageName(change.toStage), change.username));
    m_history->setText(tr("Stages: %1").arg(steps.join(QStringLiteral(" → "))));
}

void CustomerOpportunitiesPanel::fillStageMenu()
{
    m_stageMenu->clear();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const core::Opportunity* o = rows.isEmpty() ? nullptr : m_model->opportunityAt(rows.first().row());
    if (!o)
        return;
    const QString current = o->stage;
    for (const QString& key : core::opportunityStageKeys()) {
        QAction* action = m_stageMenu->addAction(core::opportunityStageName(key));
        action->setObjectName(QStringLiteral("stage_") + key);
        action->setEnabled(key != current);
        connect(action, &QAction::triggered, this, [this, key] { moveTo(key); });
        if (key == QLatin1String("negotiation"))
            m_stageMenu->addSeparator();
    }
}

void CustomerOpportunitiesPanel::newOpportunity()
{
    if (!m_editable || m_customerId == 0)
        return;
    core::Opportunity o;
    o.customerId = m_customerId;
    OpportunityDialog dialog(m_ctx, o, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectOpportunity(dialog.opportunityId());
    emit succeeded(tr("Opportunity %1 was created.").arg(dialog.opportunityFromFields().name));
}

void CustomerOpportunitiesPanel::editOpportunity()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const core::Opportunity* o = rows.isEmpty() ? nullptr : m_model->opportunityAt(rows.first().row());
    if (!m_editable || !o)
        return;
    OpportunityDialog dialog(m_ctx, *o, this);
    if (dialog.exec() == QDialog::Accepted)
        emit succeeded(tr("Opportunity %1 was saved.").arg(dialog.opportunityFromFields().name));
}

void CustomerOpportunitiesPanel::moveTo(const QString& stage)
{
    const qint64 id = selectedOpportunityId();
    if (!m_editable || id == 0)
        return;
    const QString name = m_model->opportunityAt(m_model->rowOfId(id))->name;
    if (auto moved = core::OpportunityService(m_ctx).moveTo(id, stage); !moved)
        emit failed(moved.error().message);
    else
        emit succeeded(tr("Opportunity %1 is now at %2.").arg(name, core::opportunityStageName(stage)));
}

} // namespace tl::ui
