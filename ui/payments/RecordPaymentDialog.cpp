#include "payments/RecordPaymentDialog.h"

#include "common/Clock.h"
#include "money/MoneyParse.h"
#include "payments/AllocationEditor.h"
#include "receivables/CustomerPicker.h"
#include "receivables/LedgerText.h"
#include "receivables/PaymentService.h"
#include "sales/ContractQuery.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
constexpr int MaxContractsListed = 200;
}

RecordPaymentDialog::RecordPaymentDialog(const core::Context& ctx, QWidget* parent, qint64 customerId,
                                         qint64 contractId)
    : QDialog(parent), m_ctx(ctx), m_general(new QLabel(this)), m_problems(m_general)
{
    m_general->setObjectName(QStringLiteral("generalProblem"));
    setWindowTitle(tr("Record payment"));
    buildUi();
    // A suggested number from the clock (the user may type the bank's or the receipt's number instead).
    m_number->setText(QStringLiteral("HK") + m_ctx.clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    m_date->setDate(m_ctx.clock.today());
    m_date->setMaximumDate(m_ctx.clock.today());
    if (customerId > 0)
        m_customer->setId(customerId);
    loadContracts();
    if (contractId > 0)
        setContract(contractId);
    updateAllocation();
    (customerId > 0 ? static_cast<QWidget*>(m_amount) : static_cast<QWidget*>(m_customer))->setFocus();
}

RecordPaymentDialog::~RecordPaymentDialog() = default;

QPushButton* RecordPaymentDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QWidget* RecordPaymentDialog::field(const QString& column, QWidget* editor, QWidget* problemTarget)
{
    auto* cell = new QWidget(this);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(m_problems.addField(column, problemTarget ? problemTarget : editor, cell));
    return cell;
}

void RecordPaymentDialog::buildUi()
{
    setMinimumWidth(900);
    auto* top = new QVBoxLayout(this);
    top->addWidget(m_general);
    auto* box = new QGroupBox(tr("Payment"), this);
    auto* columns = new QHBoxLayout(box);
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    for (QFormLayout* form : {left, right}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    }
    top->addWidget(box);

    m_customer = new CustomerPicker(m_ctx, this);
    m_customer->lineEdit()->setObjectName(QStringLiteral("customer"));
    m_customer->setNameBelow(true);
    left->addRow(tr("C&ustomer:"),
                 field(QStringLiteral("customer_code"), m_customer, m_customer->lineEdit()));
    m_credit = new QLabel(this);
    m_credit->setObjectName(QStringLiteral("customerCredit"));
    left->addRow(QString(), m_credit);
    m_contract = new QComboBox(this);
    m_contract->setObjectName(QStringLiteral("contract"));
    m_contract->setToolTip(tr("Name the contract when the customer said which one the money is for; the "
                              "money then goes only to its instalments"));
    left->addRow(tr("For &contract:"), field(QStringLiteral("contract_no"), m_contract));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setPlaceholderText(tr("yuan, e.g. 30,000.00"));
    left->addRow(tr("&Amount:"), field(QStringLiteral("amount"), m_amount));

    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("paymentNo"));
    m_number->setMaxLength(64);
    right->addRow(tr("Payment &no.:"), field(QStringLiteral("payment_no"), m_number));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("receivedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    right->addRow(tr("&Received on:"), field(QStringLiteral("received_on"), m_date));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    for (const QString& key : core::paymentMethodKeys())
        m_method->addItem(core::paymentMethodName(key), key);
    right->addRow(tr("&Method:"), field(QStringLiteral("method"), m_method));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setMaxLength(100);
    m_reference->setPlaceholderText(tr("bank reference (银行流水号)"));
    right->addRow(tr("Re&ference:"), field(QStringLiteral("reference"), m_reference));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 2 + 12);
    right->addRow(tr("N&ote:"), field(QStringLiteral("note"), m_note));

    auto* allocationBox = new QGroupBox(tr("Allocation"), this);
    auto* allocationLayout = new QVBoxLayout(allocationBox);
    m_allocation = new AllocationEditor(m_ctx, true, this);
    allocationLayout->addWidget(field(QStringLiteral("installment"), m_allocation, m_allocation->view()));
    m_problems.addAlias(QStringLiteral("allocation"), QStringLiteral("installment"));
    top->addWidget(allocationBox, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    saveButton()->setText(tr("&Record"));
    saveButton()->setDefault(true);
    top->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordPaymentDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_customer, &RecordPicker::changed, this, [this] {
        loadContracts();
        updateAllocation();
    });
    connect(m_contract, &QComboBox::currentIndexChanged, this, &RecordPaymentDialog::updateAllocation);
    connect(m_date, &QDateEdit::dateChanged, this, &RecordPaymentDialog::updateAllocation);
    connect(m_amount, &QLineEdit::textChanged, this, &RecordPaymentDialog::updateAllocation);
    connect(m_allocation, &AllocationEditor::changed, this,
            [this] { saveButton()->setEnabled(m_allocation->isValid()); });
}

void RecordPaymentDialog::loadContracts()
{
    const qint64 keep = m_contract->currentData().toLongLong();
    const QSignalBlocker block(m_contract);
    m_contract->clear();
    m_contract->addItem(tr("(any of the customer's contracts)"), qint64(0));
    const qint64 customerId = m_customer->id();
    m_credit->clear();
    if (customerId <= 0)
        return;
    core::ContractQuery::Filter filter;
    filter.customerId = customerId;
    filter.status = core::ContractStatus::Active;
    const core::ContractQuery query(m_ctx, filter, core::ContractQuery::SortKey::SignedOn, false);
    if (auto page = query.page({}, MaxContractsListed); page)
        for (const core::ContractRow& row : page->rows)
            m_contract->addItem(tr("%1 — %2, signed %3")
                                    .arg(row.contract.contractNo, LedgerText::money(row.contract.amount),
                                         LedgerText::date(row.contract.signedOn)),
                                row.contract.id);
    const int index = m_contract->findData(keep);
    m_contract->setCurrentIndex(index >= 0 ? index : 0);
    if (auto credit = core::PaymentService(m_ctx).customerCredit(customerId); credit && *credit > 0)
        m_credit->setText(
            tr("The customer has %1 of credit from earlier payments.").arg(LedgerText::money(*credit)));
}

void RecordPaymentDialog::setContract(qint64 contractId)
{
    const int index = m_contract->findData(contractId);
    if (index >= 0)
        m_contract->setCurrentIndex(index);
}

std::optional<qint64> RecordPaymentDialog::amountFen() const
{
    auto money = core::parseMoney(m_amount->text().trimmed());
    if (!money || !money->isPositive())
        return std::nullopt;
    return money->fen();
}

void RecordPaymentDialog::updateAllocation()
{
    m_allocation->setContext(m_customer->id(), m_contract->currentData().toLongLong(), m_date->date(),
                             amountFen().value_or(0));
    saveButton()->setEnabled(m_allocation->isValid());
}

void RecordPaymentDialog::save()
{
    m_attempted = true;
    QList<core::FieldProblem> problems;
    const QString amountText = m_amount->text().trimmed();
    auto money = core::parseMoney(amountText);
    if (amountText.isEmpty())
        problems.append({0, QStringLiteral("amount"), amountText, tr("enter the amount received")});
    else if (!money)
        problems.append({0, QStringLiteral("amount"), amountText, money.error().message});
    if (m_customer->id() < 0)
        problems.append({0, QStringLiteral("customer_code"), m_customer->code(), m_customer->problem()});
    else if (m_customer->id() == 0)
        problems.append({0, QStringLiteral("customer_code"), {}, tr("choose the customer who paid")});
    const QStringList allocationProblems = m_allocation->problems();
    if (!problems.isEmpty() || !allocationProblems.isEmpty()) {
        m_problems.show(problems);
        m_allocation->showProblems(allocationProblems);
        if (QWidget* first = m_problems.firstProblemEditor())
            first->setFocus();
        return;
    }

    core::Payment payment;
    payment.paymentNo = m_number->text().trimmed();
    payment.customerId = m_customer->id();
    payment.customerCode = m_customer->code();
    payment.receivedOn = m_date->date();
    payment.amount = money->fen();
    payment.method = m_method->currentData().toString();
    payment.reference = m_reference->text().trimmed();
    payment.contractId = m_contract->currentData().toLongLong();
    payment.note = m_note->toPlainText().trimmed();
    const core::AllocationMode mode = m_allocation->mode();
    core::PaymentService service(m_ctx);
    auto recorded = service.record(payment, mode,
                                   mode == core::AllocationMode::Manual ? m_allocation->manualLines()
                                                                        : QList<core::AllocationLine>());
    if (!recorded) {
        // Lines of a manual allocation come back with row = the line's position.
        QList<core::FieldProblem> header;
        QStringList lines;
        for (const core::FieldProblem& p : recorded.error().problems) {
            if (p.row > 0)
                lines.append(tr("Line %1: %2").arg(p.row).arg(p.reason));
            else
                header.append(p);
        }
        m_problems.show(header, header.isEmpty() && lines.isEmpty() ? recorded.error().message : QString());
        m_allocation->showProblems(lines);
        if (QWidget* first = m_problems.firstProblemEditor())
            first->setFocus();
        return;
    }
    m_paymentId = *recorded;
    qint64 allocated = 0;
    if (auto stored = service.get(m_paymentId); stored)
        allocated = stored->allocated;
    m_summary = tr("Payment %1 of %2 recorded: %3 allocated, %4 kept as customer credit.")
                    .arg(payment.paymentNo, LedgerText::money(payment.amount), LedgerText::money(allocated),
                         LedgerText::money(payment.amount - allocated));
    m_problems.clear();
    accept();
}

} // namespace tl::ui
