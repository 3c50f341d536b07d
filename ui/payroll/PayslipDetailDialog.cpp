#include "payroll/PayslipDetailDialog.h"

#include "money/MoneyFormat.h"
#include "payroll/PayLines.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tl::ui {

using core::Money;

PayslipDetailDialog::PayslipDetailDialog(const core::Payslip& p, const QString& period, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Payslip %1 – %2 %3").arg(period, p.employeeCode, p.employeeName));
    resize(900, 560);
    auto* layout = new QVBoxLayout(this);
    auto* head = new QFormLayout;
    head->addRow(tr("Employee:"), new QLabel(tr("%1 %2").arg(p.employeeCode, p.employeeName), this));
    head->addRow(tr("Department:"), new QLabel(p.departmentName, this));
    head->addRow(tr("Gross pay:"), new QLabel(core::formatMoney(p.gross), this));
    head->addRow(tr("Net pay:"), new QLabel(QStringLiteral("<b>%1</b>").arg(core::formatMoney(p.net)), this));
    head->addRow(
        tr("Year to date:"),
        new QLabel(tr("%n month(s) employed; income %1, social insurance and housing fund %2, special "
                      "additional deductions %3, tax withheld %4",
                      nullptr, p.monthsEmployed)
                       .arg(core::formatMoney(p.ytdIncome), core::formatMoney(p.ytdSpecialDeduction),
                            core::formatMoney(p.ytdSpecialAdditional), core::formatMoney(p.ytdWithheld)),
                   this));
    layout->addLayout(head);

    m_lines = new QTableWidget(this);
    m_lines->setColumnCount(4);
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Amount"), tr("Kind"), tr("How it was computed")});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setWordWrap(true);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setStretchLastSection(true);
    // Employee lines first in payslip order, then the employer's contributions (social insurance, housing
    // fund).
    QList<core::PayslipLine> lines;
    for (const core::PayslipLine& l : p.lines)
        if (!l.employer)
            lines << l;
    for (const core::PayslipLine& l : p.lines)
        if (l.employer)
            lines << l;
    m_lines->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const core::PayslipLine& l = lines.at(row);
        const QString kind = l.employer                     ? tr("Employer contribution")
                             : core::isPayDeduction(l.code) ? tr("Deduction")
                                                            : tr("Earning");
        auto* name = new QTableWidgetItem(l.name.isEmpty() ? core::payLineName(l.code) : l.name);
        name->setToolTip(l.code);
        auto* amount = new QTableWidgetItem(core::formatMoney(l.amount));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* explanation = new QTableWidgetItem(l.explanation);
        explanation->setToolTip(l.explanation);
        m_lines->setItem(row, 0, name);
        m_lines->setItem(row, 1, amount);
        m_lines->setItem(row, 2, new QTableWidgetItem(kind));
        m_lines->setItem(row, 3, explanation);
    }
    m_lines->resizeColumnsToContents();
    m_lines->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_lines->resizeRowsToContents();
    layout->addWidget(m_lines);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace tl::ui
