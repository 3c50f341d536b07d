#include "customers/FollowUpTimelinePanel.h"

#include "app/UiSettings.h"
#include "customers/DetailTableView.h"
#include "models/FollowUpTableModel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

FollowUpTimelinePanel::FollowUpTimelinePanel(const core::Context& ctx, QWidget* parent)
    : QWidget(parent), m_model(new FollowUpTableModel(ctx, this))
{
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    m_log = new QPushButton(tr("Log follow-up…"), this);
    m_log->setObjectName(QStringLiteral("logFollowUp"));
    m_log->setToolTip(tr("Ctrl+F"));
    m_log->setAutoDefault(false);
    buttons->addWidget(m_log);
    m_empty = new QLabel(tr("No follow-ups yet."), this);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #666; }"));
    buttons->addWidget(m_empty);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("followUpSplitter"));
    m_view = makeDetailTableView(m_model, QStringLiteral("customer-followups"), splitter,
                                 {130, 90, 80, 300, 110, 110});
    m_content = new QPlainTextEdit(splitter);
    m_content->setObjectName(QStringLiteral("followUpContent"));
    m_content->setReadOnly(true);
    m_content->setPlaceholderText(tr("Select a follow-up to read all of it."));
    splitter->addWidget(m_view);
    splitter->addWidget(m_content);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    UiSettings::rememberSplitter(splitter, QStringLiteral("customer-followups"));
    layout->addWidget(splitter, 1);

    connect(m_log, &QPushButton::clicked, this, &FollowUpTimelinePanel::logRequested);
    connect(m_model, &FollowUpTableModel::loadFailed, this, &FollowUpTimelinePanel::failed);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FollowUpTimelinePanel::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_empty->setVisible(m_model->rowCount() == 0);
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
        showSelected();
    });
}

void FollowUpTimelinePanel::setCustomer(qint64 customerId, bool canLog)
{
    m_log->setVisible(canLog);
    if (customerId != m_model->customerId())
        m_model->setCustomer(customerId);
}

void FollowUpTimelinePanel::showSelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const auto* followUp = current.isValid() ? m_model->followUpAt(current.row()) : nullptr;
    m_content->setPlainText(followUp ? followUp->content : QString());
}

} // namespace tl::ui
