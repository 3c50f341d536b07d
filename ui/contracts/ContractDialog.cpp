#include "contracts/ContractDialog.h"

#include "auth/Session.h"
#include "common/Clock.h"
#include "contracts/ContractAttachmentsPanel.h"
#include "contracts/ScheduleEditor.h"
#include "money/ChineseCapitals.h"
#include "money/MoneyFormat.h"
#include "money/MoneyParse.h"
#include "money/Rate.h"
#include "receivables/CustomerPicker.h"
#include "receivables/EmployeePicker.h"
#include "receivables/InterestCalculator.h"
#include "sales/ContractService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

using core::Contract;
using core::ContractStatus;
using core::FieldProblem;

namespace {

bool sameProblem(const FieldProblem& a, const FieldProblem& b)
{
    return a.row == b.row && a.column == b.column && a.reason == b.reason;
}

} // namespace

ContractDialog::ContractDialog(const core::Context& ctx, qint64 contractId, QWidget* parent,
                               qint64 customerId)
    : QDialog(parent), m_ctx(ctx), m_general(new QLabel(this)), m_problems(m_general)
{
    m_general->setObjectName(QStringLiteral("generalProblem"));
    buildUi();
    if (contractId != 0) {
        load(contractId);
    } else {
        m_contract.signedOn = m_ctx.clock.today();
        m_contract.customerId = customerId;
        if (m_ctx.session.employeeId != 0)
            m_contract.salespersonId = m_ctx.session.employeeId;
    }
    fillFields();
    setWindowTitle(isNew() ? tr("New contract") : tr("Contract %1").arg(m_contract.contractNo));
    (isNew() ? static_cast<QWidget*>(m_number) : static_cast<QWidget*>(m_title))->setFocus();
    updateSaveButton();
}

ContractDialog::~ContractDialog() = default;

QPushButton* ContractDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QWidget* ContractDialog::field(const QString& column, QWidget* editor, QWidget* problemTarget)
{
    auto* cell = new QWidget(this);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(m_problems.addField(column, problemTarget ? problemTarget : editor, cell));
    return cell;
}

void ContractDialog::buildUi()
{
    setMinimumWidth(980);
    auto* top = new QVBoxLayout(this);
    top->addWidget(m_general);
    auto* columns = new QHBoxLayout;
    top->addLayout(columns);
    auto* headBox = new QGroupBox(tr("Contract"), this);
    auto* termsBox = new QGroupBox(tr("Amount and terms"), this);
    columns->addWidget(headBox, 1);
    columns->addWidget(termsBox, 1);
    auto* head = new QFormLayout(headBox);
    auto* terms = new QFormLayout(termsBox);
    for (QFormLayout* form : {head, terms}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    }

    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("contractNo"));
    m_number->setMaxLength(64);
    m_number->setPlaceholderText(tr("e.g. HT-2026-001"));
    head->addRow(tr("Contract &no.:"), field(QStringLiteral("contract_no"), m_number));
    m_customer = new CustomerPicker(m_ctx, this);
    m_customer->lineEdit()->setObjectName(QStringLiteral("customer"));
    m_customer->setNameBelow(true);
    head->addRow(tr("C&ustomer:"),
                 field(QStringLiteral("customer_code"), m_customer, m_customer->lineEdit()));
    m_salesperson = new EmployeePicker(m_ctx, this);
    m_salesperson->lineEdit()->setObjectName(QStringLiteral("salesperson"));
    m_salesperson->setNameBelow(true);
    m_salesperson->setToolTip(tr("The salesperson credited with the contract; collects its instalments"));
    head->addRow(tr("&Salesperson:"),
                 field(QStringLiteral("salesperson_code"), m_salesperson, m_salesperson->lineEdit()));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString& key : core::contractKindKeys())
        m_kind->addItem(core::contractKindName(key), key);
    head->addRow(tr("&Kind:"), field(QStringLiteral("kind"), m_kind));
    m_signedOn = new QDateEdit(this);
    m_signedOn->setObjectName(QStringLiteral("signedOn"));
    m_signedOn->setCalendarPopup(true);
    m_signedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    head->addRow(tr("Si&gned on:"), field(QStringLiteral("signed_on"), m_signedOn));
    m_draft = new QCheckBox(tr("Draft: not signed yet (creates no receivable)"), this);
    m_draft->setObjectName(QStringLiteral("draft"));
    head->addRow(QString(), field(QStringLiteral("status"), m_draft));

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("yuan, e.g. 120,000.00"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amountCapitals = new QLabel(this);
    m_amountCapitals->setObjectName(QStringLiteral("amountCapitals"));
    auto* amountCell = new QWidget(this);
    auto* amountLayout = new QVBoxLayout(amountCell);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->setSpacing(2);
    amountLayout->addWidget(m_amount);
    amountLayout->addWidget(m_amountCapitals);
    terms->addRow(tr("&Amount:"), field(QStringLiteral("amount"), amountCell, m_amount));
    m_ownRate = new QCheckBox(tr("Own rate"), this);
    m_ownRate->setObjectName(QStringLiteral("ownRate"));
    m_rate = new QLineEdit(this);
    m_rate->setObjectName(QStringLiteral("interestRate"));
    m_rate->setMinimumWidth(90);
    m_rate->setMaximumWidth(120);
    m_rate->setEnabled(false);
    m_rate->setPlaceholderText(tr("% a year"));
    auto* rateCell = new QWidget(this);
    auto* rateLayout = new QGridLayout(rateCell);
    rateLayout->setContentsMargins(0, 0, 0, 0);
    rateLayout->addWidget(m_ownRate, 0, 0);
    rateLayout->addWidget(m_rate, 0, 1);
    rateLayout->setColumnStretch(2, 1);
    auto* rateHint = new QLabel(this);
    rateHint->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    rateHint->setObjectName(QStringLiteral("defaultRate"));
    if (auto rate = core::InterestCalculator(m_ctx).defaultRatePpm(); rate)
        rateHint->setText(
            tr("otherwise the company default, %1% a year").arg(core::Rate::fromPpm(*rate).percentText()));
    rateLayout->addWidget(rateHint, 1, 0, 1, 3);
    terms->addRow(tr("Late &interest:"), field(QStringLiteral("interest_rate_ppm"), rateCell, m_rate));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("what was sold, e.g. 2026 annual service"));
    terms->addRow(tr("&Title:"), field(QStringLiteral("title"), m_title));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    terms->addRow(tr("N&ote:"), field(QStringLiteral("note"), m_note));

    auto* scheduleBox = new QGroupBox(tr("Payment schedule"), this);
    auto* scheduleLayout = new QVBoxLayout(scheduleBox);
    m_schedule = new ScheduleEditor(this);
    scheduleLayout->addWidget(field(QStringLiteral("installments"), m_schedule, m_schedule->view()));
    top->addWidget(scheduleBox, 1);

    auto* filesBox = new QGroupBox(tr("Files"), this);
    auto* filesLayout = new QVBoxLayout(filesBox);
    m_attachments = new ContractAttachmentsPanel(m_ctx, this);
    filesLayout->addWidget(m_attachments);
    top->addWidget(filesBox);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    top->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContractDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_amount, &QLineEdit::textChanged, this, &ContractDialog::onAmountEdited);
    connect(m_signedOn, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        m_schedule->setSignedOn(date);
        revalidate();
    });
    connect(m_ownRate, &QCheckBox::toggled, m_rate, &QWidget::setEnabled);
    connect(m_schedule, &ScheduleEditor::changed, this, [this] {
        updateSaveButton();
        revalidate();
    });
    connect(m_attachments, &ContractAttachmentsPanel::problem, this,
            [this](const QString& message) { m_problems.show({}, message); });
    for (RecordPicker* picker :
         {static_cast<RecordPicker*>(m_customer), static_cast<RecordPicker*>(m_salesperson)})
        connect(picker, &RecordPicker::changed, this, &ContractDialog::revalidate);
    for (QLineEdit* edit : {m_number, m_rate, m_title})
        connect(edit, &QLineEdit::editingFinished, this, &ContractDialog::revalidate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ContractDialog::revalidate);
    connect(m_draft, &QCheckBox::toggled, this, &ContractDialog::revalidate);
}

void ContractDialog::load(qint64 id)
{
    auto contract = core::ContractService(m_ctx).get(id);
    if (!contract) {
        m_problems.showGeneral(contract.error().message);
        m_readOnly = true;
        return;
    }
    m_contract = std::move(contract).value();
    m_readOnly =
        m_contract.status == ContractStatus::Cancelled || !m_ctx.session.can(core::Permission::EditContracts);
}

void ContractDialog::fillFields()
{
    const Contract& c = m_contract;
    m_number->setText(c.contractNo);
    m_customer->setId(c.customerId);
    m_salesperson->setId(c.salespersonId);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(c.kind)));
    m_signedOn->setDate(c.signedOn.isValid() ? c.signedOn : m_ctx.clock.today());
    m_schedule->setSignedOn(m_signedOn->date());
    m_draft->setChecked(c.status == ContractStatus::Draft);
    m_draft->setVisible(isNew() || c.status == ContractStatus::Draft);
    m_draft->setEnabled(isNew()); // a draft becomes active through the contract's status actions
    if (c.amount > 0)
        m_amount->setText(core::formatMoney(core::Money::fromFen(c.amount), false));
    onAmountEdited();
    m_ownRate->setChecked(c.interestRatePpm.has_value());
    m_rate->setEnabled(c.interestRatePpm.has_value());
    if (c.interestRatePpm)
        m_rate->setText(core::Rate::fromPpm(*c.interestRatePpm).percentText());
    m_title->setText(c.title);
    m_note->setPlainText(c.note);
    m_schedule->setSchedule(c.installments);
    m_attachments->setContract(c.id);

    if (m_readOnly) {
        for (QLineEdit* edit : {m_number, m_amount, m_rate, m_title})
            edit->setReadOnly(true);
        m_customer->setReadOnly(true);
        m_salesperson->setReadOnly(true);
        m_kind->setEnabled(false);
        m_signedOn->setReadOnly(true);
        m_draft->setEnabled(false);
        m_ownRate->setEnabled(false);
        m_note->setReadOnly(true);
        m_schedule->setReadOnly(true);
        m_attachments->setReadOnly(true);
    }
}

void ContractDialog::onAmountEdited()
{
    const QString text = m_amount->text().trimmed();
    auto money = core::parseMoney(text);
    if (text.isEmpty() || !money || !money->isPositive()) {
        m_schedule->setContractAmount(std::nullopt);
        m_amountCapitals->clear();
    } else {
        m_schedule->setContractAmount(money->fen());
        m_amountCapitals->setText(core::chineseCapitals(*money));
    }
    updateSaveButton();
}

void ContractDialog::updateSaveButton()
{
    QPushButton* save = saveButton();
    save->setEnabled(!m_readOnly && m_schedule->isBalanced());
    save->setToolTip(m_schedule->isBalanced()
                         ? QString()
                         : tr("Saving waits until the instalments add up to the contract amount."));
}

QList<FieldProblem> ContractDialog::parseProblems() const
{
    QList<FieldProblem> problems;
    const QString amount = m_amount->text().trimmed();
    if (!amount.isEmpty()) {
        auto money = core::parseMoney(amount);
        if (!money)
            problems.append({0, QStringLiteral("amount"), amount, money.error().message});
    }
    if (m_ownRate->isChecked()) {
        const QString rate = m_rate->text().trimmed();
        auto parsed = core::Rate::fromPercentText(rate);
        if (rate.isEmpty())
            problems.append(
                {0, QStringLiteral("interest_rate_ppm"), rate, tr("enter the annual rate in percent")});
        else if (!parsed)
            problems.append({0, QStringLiteral("interest_rate_ppm"), rate, parsed.error().message});
    }
    if (m_customer->id() < 0)
        problems.append({0, QStringLiteral("customer_code"), m_customer->code(), m_customer->problem()});
    if (m_salesperson->id() < 0)
        problems.append(
            {0, QStringLiteral("salesperson_code"), m_salesperson->code(), m_salesperson->problem()});
    return problems;
}

Contract ContractDialog::contractFromFields() const
{
    Contract c = m_contract;
    c.contractNo = m_number->text().trimmed();
    c.customerId = std::max<qint64>(0, m_customer->id());
    c.salespersonId = std::max<qint64>(0, m_salesperson->id());
    c.kind = m_kind->currentData().toString();
    c.signedOn = m_signedOn->date();
    if (isNew())
        c.status = m_draft->isChecked() ? ContractStatus::Draft : ContractStatus::Active;
    auto amount = core::parseMoney(m_amount->text().trimmed());
    c.amount = amount ? amount->fen() : 0;
    c.interestRatePpm.reset();
    if (m_ownRate->isChecked())
        if (auto rate = core::Rate::fromPercentText(m_rate->text().trimmed()); rate)
            c.interestRatePpm = int(rate->ppm());
    c.title = m_title->text().trimmed();
    c.note = m_note->toPlainText().trimmed();
    c.installments = m_schedule->schedule();
    return c;
}

QList<FieldProblem> ContractDialog::problems(const Contract& contract) const
{
    QList<FieldProblem> result = parseProblems();
    QSet<QString> unreadable;
    for (const FieldProblem& p : result)
        unreadable.insert(p.column);
    for (const FieldProblem& p : core::ContractService(m_ctx).validate(contract))
        if (!unreadable.contains(p.column))
            result.append(p);
    return result;
}

void ContractDialog::showProblems(const QList<FieldProblem>& problems, const QString& general)
{
    // Schedule problems (the sum, and every instalment row) are shown by the schedule editor's own lines;
    // the presenter marks the schedule table and repeats the rows' problems under it.
    const QList<FieldProblem> scheduleProblems = m_schedule->problems();
    QList<FieldProblem> shown;
    for (const FieldProblem& p : problems) {
        bool fromSchedule = false;
        for (const FieldProblem& s : scheduleProblems)
            fromSchedule = fromSchedule || sameProblem(p, s);
        if (fromSchedule && p.row == 0)
            continue; // the sum: the live line says it in red
        if (p.row > 0 || fromSchedule || p.column == QLatin1String("seq") ||
            p.column == QLatin1String("due_on")) {
            shown.append({0, QStringLiteral("installments"), p.value,
                          p.row > 0 ? tr("Instalment %1: %2").arg(p.row).arg(p.reason) : p.reason});
            continue;
        }
        shown.append(p);
    }
    m_problems.show(shown, general);
}

void ContractDialog::revalidate()
{
    if (m_attempted)
        showProblems(problems(contractFromFields()));
}

void ContractDialog::save()
{
    m_attempted = true;
    if (m_readOnly)
        return;
    const Contract contract = contractFromFields();
    const QList<FieldProblem> found = problems(contract);
    if (!found.isEmpty() || !m_schedule->isBalanced()) {
        showProblems(found, m_schedule->isBalanced()
                                ? QString()
                                : tr("The instalments must add up to the contract amount."));
        if (QWidget* first = m_problems.firstProblemEditor())
            first->setFocus();
        return;
    }
    core::ContractService service(m_ctx);
    std::optional<core::Error> failure;
    if (isNew()) {
        auto created = service.create(contract);
        if (created)
            m_contract.id = *created;
        else
            failure = created.error();
    } else if (auto updated = service.update(contract); !updated) {
        failure = updated.error();
    }
    if (failure) {
        showProblems(failure->problems, failure->problems.isEmpty() ? failure->message : QString());
        if (QWidget* first = m_problems.firstProblemEditor())
            first->setFocus();
        return;
    }
    if (m_attachments->pendingCount() > 0)
        if (core::Status stored = m_attachments->commitPending(m_contract.id); !stored)
            m_warning = tr("Contract %1 was saved, but a file was not stored: %2")
                            .arg(contract.contractNo, stored.error().fullText());
    m_contract.contractNo = contract.contractNo;
    m_problems.clear();
    accept();
}

} // namespace tl::ui
