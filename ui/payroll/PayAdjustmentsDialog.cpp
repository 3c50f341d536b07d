#include "payroll/PayAdjustmentsDialog.h"

#include "app/AppContext.h"
#include "auth/Session.h"
#include "money/MoneyFormat.h"
#include "money/MoneyParse.h"
#include "receivables/EmployeePicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tl::ui {

PayAdjustmentsDialog::PayAdjustmentsDialog(AppContext& app, const QString& period, bool closed,
                                           QWidget* parent)
    : QDialog(parent), m_app(app), m_period(period)
{
    setWindowTitle(tr("Pay adjustments of %1").arg(period));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Amounts paid in addition (补发, positive) or taken back (补扣, negative) with the pay of %1, "
           "taxable with it — how a locked month is corrected. Calculate the month again to include a "
           "change.")
            .arg(period),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Employee"), tr("Amount"), tr("Reason"), tr("Corrects"), tr("Entered by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    m_employee = new EmployeePicker(app.core(), this);
    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(tr("e.g. 500.00 or -120.00"));
    m_reason = new QLineEdit(this);
    m_corrects = new QLineEdit(this);
    m_corrects->setPlaceholderText(tr("YYYY-MM, optional"));
    form->addRow(tr("&Employee:"), m_employee);
    form->addRow(tr("A&mount:"), m_amount);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Corrects month:"), m_corrects);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add"), this);
    m_remove = new QPushButton(tr("Re&move selected"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    const bool editable = !closed && app.session().can(core::Permission::RunPayroll);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_employee, m_amount, m_reason, m_corrects, m_add, m_remove})
        w->setEnabled(editable);
    if (closed) {
        auto* note = new QLabel(
            tr("The payroll of %1 is approved or locked: enter corrections in a later month.").arg(period),
            this);
        note->setWordWrap(true);
        layout->insertWidget(1, note);
    }
    connect(m_add, &QPushButton::clicked, this, [this] { addFromForm(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 480);
    reload();
}

int PayAdjustmentsDialog::rowCount() const
{
    return m_table->rowCount();
}

void PayAdjustmentsDialog::reload()
{
    const auto list = core::PayAdjustmentService(m_app.core()).forPeriod(m_period);
    m_rows = list ? *list : QList<core::PayAdjustment>{};
    if (!list) {
        m_problem->setText(list.error().message);
        m_problem->show();
    }
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const core::PayAdjustment& a = m_rows.at(row);
        auto* amount = new QTableWidgetItem(core::formatMoney(a.amount));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (a.amount.isNegative())
            amount->setForeground(QColor(0xb0, 0x20, 0x20));
        m_table->setItem(row, 0,
                         new QTableWidgetItem(QStringLiteral("%1 %2").arg(a.employeeCode, a.employeeName)));
        m_table->setItem(row, 1, amount);
        m_table->setItem(row, 2, new QTableWidgetItem(a.reason));
        m_table->setItem(row, 3, new QTableWidgetItem(a.corrects));
        m_table->setItem(row, 4, new QTableWidgetItem(a.createdBy.isEmpty() ? tr("System") : a.createdBy));
    }
}

bool PayAdjustmentsDialog::addFromForm()
{
    QStringList problems;
    if (m_employee->id() <= 0)
        problems << (m_employee->problem().isEmpty() ? tr("Choose the employee.") : m_employee->problem());
    const auto amount = core::parseMoney(m_amount->text());
    if (!amount)
        problems << tr("Amount: %1").arg(amount.error().message);
    if (problems.isEmpty()) {
        core::PayAdjustment a;
        a.employeeId = m_employee->id();
        a.period = m_period;
        a.amount = *amount;
        a.reason = m_reason->text();
        a.corrects = m_corrects->text().trimmed();
        const auto added = core::PayAdjustmentService(m_app.core()).add(a);
        if (added) {
            m_changed = true;
            m_problem->hide();
            m_amount->clear();
            m_reason->clear();
            m_corrects->clear();
            reload();
            return true;
        }
        problems << added.error().fullText();
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->show();
    return false;
}

bool PayAdjustmentsDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return false;
    const core::Status removed = core::PayAdjustmentService(m_app.core()).remove(m_rows.at(row).id);
    if (!removed) {
        m_problem->setText(removed.error().fullText());
        m_problem->show();
        return false;
    }
    m_changed = true;
    m_problem->hide();
    reload();
    return true;
}

} // namespace tl::ui
