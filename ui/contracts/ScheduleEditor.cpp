#include "contracts/ScheduleEditor.h"

#include "models/InstallmentScheduleModel.h"
#include "money/MoneyParse.h"
#include "receivables/LedgerText.h"
#include "sales/ContractService.h"
#include "widgets/ListViewSetup.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tl::ui {

using Column = InstallmentScheduleModel::Column;

namespace {
constexpr int DefaultSplit = 3;
constexpr int MaxInstallments = 360;
} // namespace

ScheduleEditor::ScheduleEditor(QWidget* parent)
    : QWidget(parent), m_model(new InstallmentScheduleModel(this)), m_view(new QTableView(this)),
      m_add(new QPushButton(tr("&Add instalment"), this)), m_remove(new QPushButton(tr("Re&move"), this)),
      m_splitCount(new QSpinBox(this)), m_splitFrom(new QDateEdit(this)),
      m_split(new QPushButton(tr("S&plit evenly"), this)), m_summary(new QLabel(this)),
      m_problemText(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* tools = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addInstallment"));
    m_remove->setObjectName(QStringLiteral("removeInstallment"));
    tools->addWidget(m_add);
    tools->addWidget(m_remove);
    tools->addSpacing(16);
    auto* intoLabel = new QLabel(tr("Split the amount into"), this);
    m_splitCount->setObjectName(QStringLiteral("splitCount"));
    m_splitCount->setRange(1, MaxInstallments);
    m_splitCount->setValue(DefaultSplit);
    m_splitCount->setSuffix(tr(" monthly instalments"));
    auto* fromLabel = new QLabel(tr("from"), this);
    m_splitFrom->setObjectName(QStringLiteral("splitFrom"));
    m_splitFrom->setCalendarPopup(true);
    m_splitFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_split->setObjectName(QStringLiteral("split"));
    m_split->setToolTip(tr("Replace the instalments that can still change by equal monthly instalments; the "
                           "last one takes the fen left over"));
    tools->addWidget(intoLabel);
    tools->addWidget(m_splitCount);
    tools->addWidget(fromLabel);
    tools->addWidget(m_splitFrom);
    tools->addWidget(m_split);
    tools->addStretch(1);
    layout->addLayout(tools);

    m_view->setObjectName(QStringLiteral("scheduleView"));
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::ExtendedSelection, 120);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setTabKeyNavigation(true);
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(int(Column::Seq), 50);
    header->resizeSection(int(Column::DueOn), 120);
    header->resizeSection(int(Column::Amount), 150);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 6);
    layout->addWidget(m_view, 1);

    m_summary->setObjectName(QStringLiteral("scheduleSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_problemText->setObjectName(QStringLiteral("scheduleProblems"));
    m_problemText->setWordWrap(true);
    m_problemText->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    m_problemText->hide();
    layout->addWidget(m_problemText);

    connect(m_add, &QPushButton::clicked, this, &ScheduleEditor::addInstallment);
    connect(m_remove, &QPushButton::clicked, this, &ScheduleEditor::removeSelected);
    connect(m_split, &QPushButton::clicked, this, &ScheduleEditor::splitEvenly);
    connect(m_splitFrom, &QDateEdit::userDateChanged, this, [this] { m_splitFromTouched = true; });
    connect(m_model, &InstallmentScheduleModel::scheduleChanged, this, [this] {
        refresh();
        emit changed();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ScheduleEditor::refresh);
    refresh();
}

void ScheduleEditor::setContractAmount(std::optional<qint64> fen)
{
    if (fen == m_amount)
        return;
    m_amount = fen;
    refresh();
    emit changed();
}

void ScheduleEditor::setSignedOn(const QDate& signedOn)
{
    if (signedOn == m_signedOn)
        return;
    m_signedOn = signedOn;
    if (!m_splitFromTouched && signedOn.isValid()) {
        const QSignalBlocker block(m_splitFrom);
        m_splitFrom->setDate(signedOn.addMonths(1));
    }
    refresh();
    emit changed();
}

void ScheduleEditor::setSchedule(const QList<core::Installment>& installments)
{
    m_model->setInstallments(installments);
}

QList<core::Installment> ScheduleEditor::schedule() const
{
    return m_model->installments();
}

void ScheduleEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(readOnly
                                ? QAbstractItemView::NoEditTriggers
                                : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    refresh();
}

QList<core::FieldProblem> ScheduleEditor::problems() const
{
    QList<core::FieldProblem> result;
    for (int row : m_model->unreadableRows()) {
        const QString text = m_model->amountText(row);
        auto money = core::parseMoney(text);
        result.append({row + 1, QStringLiteral("amount"), text,
                       money ? tr("the amount must be greater than zero") : money.error().message});
    }
    const QList<core::FieldProblem> found =
        core::ContractService::validateSchedule(m_amount.value_or(0), m_model->installments(), m_signedOn);
    const QList<int> unreadable = m_model->unreadableRows();
    for (const core::FieldProblem& p : found) {
        // An unreadable amount is reported once, with the reason it cannot be read.
        if (p.column == QLatin1String("amount") && p.row > 0 && unreadable.contains(p.row - 1))
            continue;
        result.append(p);
    }
    return result;
}

qint64 ScheduleEditor::difference() const
{
    return m_amount ? *m_amount - m_model->total() : 0;
}

bool ScheduleEditor::isBalanced() const
{
    return m_amount && *m_amount > 0 && difference() == 0 && problems().isEmpty();
}

void ScheduleEditor::refresh()
{
    const qint64 total = m_model->total();
    const int count = m_model->rowCount();
    const QString totalText = LedgerText::money(total);
    QString text;
    bool bad = false;
    if (!m_amount || *m_amount <= 0) {
        text = tr("%n instalment(s), total %1 — enter the contract amount to compare", nullptr, count)
                   .arg(totalText);
        bad = count > 0;
    } else if (const qint64 diff = *m_amount - total; diff > 0) {
        text = tr("%n instalment(s), total %1 — %2 less than the contract amount", nullptr, count)
                   .arg(totalText, LedgerText::money(diff));
        bad = true;
    } else if (diff < 0) {
        text = tr("%n instalment(s), total %1 — %2 more than the contract amount", nullptr, count)
                   .arg(totalText, LedgerText::money(-diff));
        bad = true;
    } else {
        text = tr("%n instalment(s), total %1 — equal to the contract amount", nullptr, count).arg(totalText);
    }
    m_summary->setText(text);
    m_summary->setStyleSheet(bad ? QStringLiteral("QLabel { color: #b02020; font-weight: bold; }")
                                 : QStringLiteral("QLabel { color: #207040; }"));
    m_summary->setProperty("tlDifferent", bad);

    // The other problems (the sum is on the line above).
    QStringList lines;
    for (const core::FieldProblem& p : problems()) {
        if (p.row == 0 && p.column == QLatin1String("amount"))
            continue;
        lines.append(p.row > 0 ? tr("Instalment %1: %2").arg(p.row).arg(p.reason) : p.reason);
    }
    if (count == 0)
        lines.clear(); // the summary says it
    m_problemText->setText(lines.join(QLatin1Char('\n')));
    m_problemText->setVisible(!lines.isEmpty());

    bool removable = false;
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes())
        removable = removable || !m_model->isLocked(index.row());
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && removable);
    m_split->setEnabled(!m_readOnly && m_amount && *m_amount > m_model->lockedTotal());
    m_splitCount->setEnabled(!m_readOnly);
    m_splitFrom->setEnabled(!m_readOnly);
}

void ScheduleEditor::addInstallment()
{
    if (m_readOnly)
        return;
    const QList<core::Installment> current = m_model->installments();
    QDate due;
    if (!current.isEmpty() && current.last().dueOn.isValid())
        due = current.last().dueOn.addMonths(1);
    else if (m_signedOn.isValid())
        due = m_signedOn.addMonths(1);
    else
        due = m_splitFrom->date();
    // The new row takes what is still missing, so that a schedule can be typed row by row.
    const qint64 missing = m_amount ? *m_amount - m_model->total() : 0;
    const int row = m_model->appendInstallment(due, std::max<qint64>(missing, 0));
    const QModelIndex amount = m_model->index(row, int(Column::Amount));
    m_view->setCurrentIndex(amount);
    m_view->scrollTo(amount);
}

void ScheduleEditor::removeSelected()
{
    if (m_readOnly)
        return;
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes())
        if (!rows.contains(index.row()))
            rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_model->removeInstallment(row);
}

void ScheduleEditor::splitEvenly()
{
    if (m_readOnly || !m_amount)
        return;
    m_model->splitEvenly(m_splitCount->value(), *m_amount, m_splitFrom->date());
}

} // namespace tl::ui
