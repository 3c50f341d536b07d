#include "payroll/LossClaimDialog.h"

#include "common/Context.h"
#include "money/MoneyParse.h"
#include "receivables/EmployeePicker.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

LossClaimDialog::LossClaimDialog(const core::Context& ctx, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Request a loss deduction"));
    auto* layout = new QVBoxLayout(this);
    auto* note =
        new QLabel(tr("Once approved, the claim is deducted from the employee's wages: at most 20% of the "
                      "month's wage and never below the local minimum wage; the rest carries forward."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* form = new QFormLayout;
    m_employee = new EmployeePicker(ctx, this);
    m_amount = new QLineEdit(this);
    m_amount->setAlignment(Qt::AlignRight);
    m_reason = new QPlainTextEdit(this);
    m_reason->setMaximumHeight(90);
    auto* evidenceRow = new QHBoxLayout;
    m_evidence = new QLabel(tr("No file"), this);
    auto* choose = new QPushButton(tr("Choose…"), this);
    evidenceRow->addWidget(m_evidence, 1);
    evidenceRow->addWidget(choose);
    form->addRow(tr("Employee:"), m_employee);
    form->addRow(tr("Amount:"), m_amount);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Evidence:"), evidenceRow);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Request"));
    connect(choose, &QPushButton::clicked, this, &LossClaimDialog::chooseEvidence);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (request())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void LossClaimDialog::setProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void LossClaimDialog::chooseEvidence()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Evidence of the loss"));
    if (path.isEmpty())
        return;
    m_evidencePath = path;
    m_evidence->setText(QDir::toNativeSeparators(path));
}

std::optional<LossClaimDialog::Request> LossClaimDialog::request()
{
    m_employee->resolve();
    Request r;
    r.employeeId = m_employee->id();
    if (r.employeeId <= 0) {
        setProblem(m_employee->problem().isEmpty() ? tr("Choose the employee.") : m_employee->problem());
        return std::nullopt;
    }
    const auto amount = core::parseMoney(m_amount->text());
    if (!amount || !amount->isPositive()) {
        setProblem(amount ? tr("The amount must be more than zero.") : amount.error().message);
        return std::nullopt;
    }
    r.amount = *amount;
    r.reason = m_reason->toPlainText().trimmed();
    if (r.reason.isEmpty()) {
        setProblem(tr("Say what the loss was and why the employee is responsible."));
        return std::nullopt;
    }
    r.evidencePath = m_evidencePath;
    setProblem({});
    return r;
}

} // namespace tl::ui
