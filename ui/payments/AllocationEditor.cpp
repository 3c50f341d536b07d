#include "payments/AllocationEditor.h"

#include "models/AllocationPreviewModel.h"
#include "receivables/LedgerText.h"
#include "widgets/ListViewSetup.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

using core::AllocationMode;
using Column = AllocationPreviewModel::Column;

AllocationEditor::AllocationEditor(const core::Context& ctx, bool withKeepAsCredit, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_model(new AllocationPreviewModel(this)),
      m_auto(new QRadioButton(tr("&Automatic: oldest due first"), this)),
      m_manual(new QRadioButton(tr("By &hand"), this)), m_view(new QTableView(this)),
      m_summary(new QLabel(this)), m_problemText(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* modes = new QHBoxLayout;
    auto* group = new QButtonGroup(this);
    m_auto->setObjectName(QStringLiteral("allocateAuto"));
    m_manual->setObjectName(QStringLiteral("allocateManual"));
    group->addButton(m_auto);
    group->addButton(m_manual);
    modes->addWidget(m_auto);
    modes->addWidget(m_manual);
    if (withKeepAsCredit) {
        m_credit = new QRadioButton(tr("&Keep all as customer credit"), this);
        m_credit->setObjectName(QStringLiteral("allocateNone"));
        group->addButton(m_credit);
        modes->addWidget(m_credit);
    }
    modes->addStretch(1);
    layout->addLayout(modes);
    m_auto->setChecked(true);

    m_view->setObjectName(QStringLiteral("allocationView"));
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::SingleSelection, 110);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->horizontalHeader()->resizeSection(int(Column::Installment), 150);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 6);
    layout->addWidget(m_view, 1);
    m_summary->setObjectName(QStringLiteral("allocationSummary"));
    layout->addWidget(m_summary);
    m_problemText->setObjectName(QStringLiteral("allocationProblems"));
    m_problemText->setWordWrap(true);
    m_problemText->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    m_problemText->hide();
    layout->addWidget(m_problemText);

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (!on)
            return;
        m_model->setMode(mode());
        if (mode() == AllocationMode::Manual && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, int(Column::Allocate)));
    });
    connect(m_model, &AllocationPreviewModel::allocationChanged, this, [this] {
        m_coreProblems.clear();
        refresh();
        emit changed();
    });
    refresh();
}

void AllocationEditor::setContext(qint64 customerId, qint64 contractId, const QDate& on, qint64 amount)
{
    if (customerId == m_customerId && contractId == m_contractId && on == m_on && amount == m_amount)
        return;
    m_customerId = customerId;
    m_contractId = contractId;
    m_on = on;
    m_amount = amount;
    reload();
}

void AllocationEditor::reload()
{
    if (m_customerId <= 0 || !m_on.isValid()) {
        m_model->setCandidates({});
        return;
    }
    auto candidates = core::PaymentService(m_ctx).allocationCandidates(m_customerId, m_contractId, m_on,
                                                                       std::max<qint64>(m_amount, 0));
    if (!candidates) {
        m_model->setCandidates({});
        m_coreProblems = {candidates.error().message};
        refresh();
        return;
    }
    m_model->setCandidates(*candidates);
}

void AllocationEditor::setMode(AllocationMode mode)
{
    switch (mode) {
    case AllocationMode::Auto:
        m_auto->setChecked(true);
        break;
    case AllocationMode::Manual:
        m_manual->setChecked(true);
        break;
    case AllocationMode::None:
        if (m_credit)
            m_credit->setChecked(true);
        break;
    }
}

AllocationMode AllocationEditor::mode() const
{
    if (m_manual->isChecked())
        return AllocationMode::Manual;
    if (m_credit && m_credit->isChecked())
        return AllocationMode::None;
    return AllocationMode::Auto;
}

QList<core::AllocationLine> AllocationEditor::manualLines() const
{
    return m_model->manualLines();
}

qint64 AllocationEditor::allocated() const
{
    return m_model->allocatedTotal();
}

qint64 AllocationEditor::creditLeft() const
{
    return m_amount - allocated();
}

QStringList AllocationEditor::problems() const
{
    QStringList result;
    if (mode() != AllocationMode::Manual)
        return result;
    const QHash<int, QString> rows = m_model->manualProblems();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (rows.contains(row))
            result.append(tr("%1: %2").arg(
                m_model->data(m_model->index(row, int(Column::Installment))).toString(), rows.value(row)));
    if (allocated() > m_amount)
        result.append(tr("The amounts add up to %1, %2 more than the %3 to allocate.")
                          .arg(LedgerText::money(allocated()), LedgerText::money(allocated() - m_amount),
                               LedgerText::money(m_amount)));
    if (m_model->manualLines().isEmpty() && rows.isEmpty())
        result.append(tr("Type the amount for at least one instalment, or allocate automatically."));
    return result;
}

void AllocationEditor::showProblems(const QStringList& problems)
{
    m_coreProblems = problems;
    refresh();
}

void AllocationEditor::refresh()
{
    const qint64 allocatedNow = allocated();
    const qint64 left = m_amount - allocatedNow;
    int usedRows = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        usedRows += m_model->amountAt(row) != 0 ? 1 : 0;
    QString text;
    if (m_customerId <= 0)
        text = tr("Choose the customer to see the open instalments.");
    else if (m_model->rowCount() == 0)
        text = tr("Nothing open to allocate to: all %1 stays as customer credit.")
                   .arg(LedgerText::money(m_amount));
    else if (left >= 0)
        text = tr("Allocated %1 to %n instalment(s); credit left %2.", nullptr, usedRows)
                   .arg(LedgerText::money(allocatedNow), LedgerText::money(left));
    else
        text = tr("Allocated %1: %2 more than the money.")
                   .arg(LedgerText::money(allocatedNow), LedgerText::money(-left));
    m_summary->setText(text);
    const bool bad = left < 0 || !m_coreProblems.isEmpty() || !problems().isEmpty();
    m_summary->setStyleSheet(bad ? QStringLiteral("QLabel { color: #b02020; font-weight: bold; }")
                                 : QString());
    QStringList lines = m_coreProblems;
    for (const QString& p : problems())
        if (!lines.contains(p) && allocatedNow <= m_amount)
            lines.append(p);
    if (mode() == AllocationMode::Manual && m_model->manualLines().isEmpty() && m_coreProblems.isEmpty())
        lines.clear(); // nothing typed yet: the summary says enough
    m_problemText->setText(lines.join(QLatin1Char('\n')));
    m_problemText->setVisible(!lines.isEmpty());
    m_view->setEditTriggers(mode() == AllocationMode::Manual
                                ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked
                                : QAbstractItemView::NoEditTriggers);
}

} // namespace tl::ui
