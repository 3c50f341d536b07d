#include "employees/LabourContractDialog.h"

#include "common/Clock.h"
#include "employees/OptionalDateEdit.h"
#include "org/LabourContractService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace tl::ui {

using core::ContractType;
using core::LabourContract;

namespace {

// Whole months from start to the day after end, or -1 when the term is not a whole number of months.
int wholeMonths(const QDate& start, const QDate& end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return -1;
    const QDate after = end.addDays(1);
    const int months = (after.year() - start.year()) * 12 + after.month() - start.month();
    return start.addMonths(months) == after ? months : -1;
}

} // namespace

LabourContractDialog::LabourContractDialog(const core::Context& ctx, const core::Employee& employee,
                                           const LabourContract& contract, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_employee(employee), m_contract(contract), m_general(new QLabel(this)),
      m_problems(m_general), m_previewTimer(new QTimer(this))
{
    m_contract.employeeId = employee.id;
    m_general->setObjectName(QStringLiteral("generalProblem"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &LabourContractDialog::updatePreview);
    buildUi();
    fillFields();
    updatePreview();
}

LabourContract LabourContractDialog::firstContract(const core::Employee& employee)
{
    LabourContract c;
    c.employeeId = employee.id;
    c.type = ContractType::FixedTerm;
    c.startDate = employee.hireDate;
    c.endDate = employee.hireDate.isValid() ? employee.hireDate.addYears(3).addDays(-1) : QDate();
    c.signedOn = employee.hireDate;
    return c;
}

LabourContract LabourContractDialog::renewalOf(const LabourContract& last, const QDate& today)
{
    LabourContract c;
    c.employeeId = last.employeeId;
    c.type = last.type;
    c.startDate = last.endDate.isValid() ? last.endDate.addDays(1) : today;
    if (c.type != ContractType::OpenEnded) {
        const int months = wholeMonths(last.startDate, last.endDate);
        if (months > 0)
            c.endDate = c.startDate.addMonths(months).addDays(-1);
        else if (last.startDate.isValid() && last.endDate.isValid())
            c.endDate = c.startDate.addDays(last.startDate.daysTo(last.endDate));
        else
            c.endDate = c.startDate.addYears(3).addDays(-1);
    }
    c.signedOn = today; // a renewal has no probation (劳动合同法 Art. 19: one probation per employee)
    return c;
}

void LabourContractDialog::buildUi()
{
    setMinimumWidth(560);
    const bool isNew = m_contract.id == 0;
    setWindowTitle(
        isNew ? tr("New labour contract: %1 %2").arg(m_employee.code, m_employee.name)
              : tr("Labour contract %1: %2 %3").arg(m_contract.seq).arg(m_employee.code, m_employee.name));
    auto* top = new QVBoxLayout(this);
    QString who = tr("<b>%1</b> (%2)").arg(m_employee.name.toHtmlEscaped(), m_employee.code.toHtmlEscaped());
    if (m_employee.hireDate.isValid())
        who += QStringLiteral(" — ") + tr("hired on %1").arg(m_employee.hireDate.toString(Qt::ISODate));
    if (!isNew)
        who += QStringLiteral(" — ") + tr("contract no. %1").arg(m_contract.seq);
    auto* employeeLabel = new QLabel(who, this);
    employeeLabel->setObjectName(QStringLiteral("employee"));
    top->addWidget(employeeLabel);
    top->addWidget(m_general);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    top->addLayout(form);

    auto addRow = [&](const QString& label, const QString& column, QWidget* editor) {
        auto* cell = new QWidget(this);
        auto* layout = new QVBoxLayout(cell);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(editor);
        layout->addWidget(m_problems.addField(column, editor, cell));
        form->addRow(label, cell);
    };

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    for (ContractType type : {ContractType::FixedTerm, ContractType::OpenEnded, ContractType::Task})
        m_type->addItem(core::contractTypeName(type), core::contractTypeKey(type));
    addRow(tr("Type:"), QStringLiteral("type"), m_type);
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("startDate"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    addRow(tr("Start:"), QStringLiteral("start_date"), m_start);
    m_end = new OptionalDateEdit(tr("Ends on"), this);
    m_end->setObjectName(QStringLiteral("endDate"));
    addRow(tr("End:"), QStringLiteral("end_date"), m_end);
    m_probationEnd = new OptionalDateEdit(tr("Probation until"), this);
    m_probationEnd->setObjectName(QStringLiteral("probationEnd"));
    addRow(tr("Probation:"), QStringLiteral("probation_end"), m_probationEnd);
    m_signedOn = new OptionalDateEdit(tr("Signed on"), this);
    m_signedOn->setObjectName(QStringLiteral("signedOn"));
    addRow(tr("Signing date:"), QStringLiteral("signed_on"), m_signedOn);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setMaxLength(200);
    addRow(tr("Note:"), QStringLiteral("note"), m_note);
    for (const char* alias : {"start", "end", "probation", "signed"}) {
        const QString key = QLatin1String(alias);
        m_problems.addAlias(key, key == QLatin1String("start")       ? QStringLiteral("start_date")
                                 : key == QLatin1String("end")       ? QStringLiteral("end_date")
                                 : key == QLatin1String("probation") ? QStringLiteral("probation_end")
                                                                     : QStringLiteral("signed_on"));
    }

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdf3dc; border: 1px solid #e0b659; border-radius: 4px; padding: 6px; }"));
    m_warnings->hide();
    top->addWidget(m_warnings);
    top->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("Add") : tr("Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    top->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LabourContractDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateEndDateState();
        schedulePreview();
    });
    connect(m_start, &QDateEdit::dateChanged, this, &LabourContractDialog::schedulePreview);
    for (OptionalDateEdit* edit : {m_end, m_probationEnd, m_signedOn})
        connect(edit, &OptionalDateEdit::dateChanged, this, &LabourContractDialog::schedulePreview);
}

void LabourContractDialog::fillFields()
{
    const QDate today = m_ctx.clock.today();
    const QSignalBlocker blockType(m_type);
    m_type->setCurrentIndex(std::max(0, m_type->findData(core::contractTypeKey(m_contract.type))));
    m_start->setDate(m_contract.startDate.isValid() ? m_contract.startDate : today);
    const QDate start = m_start->date();
    m_end->setDefaultDate(start.addYears(3).addDays(-1));
    m_end->setDate(m_contract.endDate);
    m_probationEnd->setDefaultDate(start.addMonths(3).addDays(-1));
    m_probationEnd->setDate(m_contract.probationEnd);
    m_signedOn->setDefaultDate(today);
    m_signedOn->setDate(m_contract.signedOn);
    m_note->setText(m_contract.note);
    updateEndDateState();
}

void LabourContractDialog::updateEndDateState()
{
    const auto type =
        core::contractTypeFromKey(m_type->currentData().toString()).value_or(ContractType::FixedTerm);
    switch (type) {
    case ContractType::FixedTerm:
        // A fixed term always has an end.
        if (!m_end->hasDate())
            m_end->setDate(m_start->date().addYears(3).addDays(-1));
        m_end->setReadOnly(false);
        m_end->checkBox()->setEnabled(false);
        m_end->setToolTip(QString());
        break;
    case ContractType::OpenEnded:
        m_end->setDate({});
        m_end->setReadOnly(true);
        m_end->setToolTip(tr("An open-ended contract has no end date."));
        break;
    case ContractType::Task:
        m_end->setReadOnly(false);
        m_end->setToolTip(tr("Optional: the expected completion of the task."));
        break;
    }
}

void LabourContractDialog::schedulePreview()
{
    m_previewTimer->start();
}

LabourContract LabourContractDialog::contractFromFields() const
{
    LabourContract c = m_contract;
    c.employeeId = m_employee.id;
    c.type = core::contractTypeFromKey(m_type->currentData().toString()).value_or(ContractType::FixedTerm);
    c.startDate = m_start->date();
    c.endDate = c.type == ContractType::OpenEnded ? QDate() : m_end->date();
    c.probationEnd = m_probationEnd->date();
    c.signedOn = m_signedOn->date();
    c.note = m_note->text().trimmed();
    return c;
}

void LabourContractDialog::updatePreview()
{
    m_previewTimer->stop();
    m_warningTexts.clear();
    auto preview = core::LabourContractService(m_ctx).preview(contractFromFields());
    if (preview) {
        for (const core::ContractAlert& alert : *preview)
            m_warningTexts.append(alert.message);
    }
    if (m_warningTexts.isEmpty()) {
        m_warnings->hide();
        m_warnings->clear();
        return;
    }
    QStringList lines;
    for (const QString& text : m_warningTexts)
        lines.append(QStringLiteral("⚠ ") + text);
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_warnings->show();
}

void LabourContractDialog::save()
{
    updatePreview();
    const LabourContract contract = contractFromFields();
    core::LabourContractService service(m_ctx);
    std::optional<core::Error> failure;
    if (contract.id == 0) {
        auto added = service.add(contract);
        if (added)
            m_contract.id = *added;
        else
            failure = added.error();
    } else if (auto updated = service.update(contract); !updated) {
        failure = updated.error();
    }
    if (failure) {
        m_problems.show(failure->problems, failure->problems.isEmpty() ? failure->message : QString());
        if (QWidget* first = m_problems.firstProblemEditor())
            first->setFocus();
        return;
    }
    m_problems.clear();
    accept();
}

} // namespace tl::ui
