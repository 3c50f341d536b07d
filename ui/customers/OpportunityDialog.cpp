#include "customers/OpportunityDialog.h"

#include "common/Clock.h"
#include "employees/OptionalDateEdit.h"
#include "money/MoneyFormat.h"
#include "money/MoneyParse.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

OpportunityDialog::OpportunityDialog(const core::Context& ctx, const core::Opportunity& opportunity,
                                     QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_opportunity(opportunity), m_general(new QLabel(this)),
      m_problems(m_general)
{
    const bool isNew = opportunity.id == 0;
    m_general->setObjectName(QStringLiteral("generalProblem"));
    setWindowTitle(isNew ? tr("New opportunity") : tr("Edit opportunity %1").arg(opportunity.name));
    setMinimumWidth(480);
    auto* top = new QVBoxLayout(this);
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

    m_name = new QLineEdit(opportunity.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. 2026 annual supply"));
    addRow(tr("Name:"), QStringLiteral("name"), m_name);
    m_amount = new QLineEdit(core::formatMoney(opportunity.amount, false), this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("expected amount in yuan"));
    addRow(tr("Amount:"), QStringLiteral("amount"), m_amount);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stage"));
    for (const QString& key : core::opportunityStageKeys())
        if (!core::isClosedStage(key))
            m_stage->addItem(core::opportunityStageName(key), key);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(opportunity.stage)));
    if (isNew)
        addRow(tr("Stage:"), QStringLiteral("stage"), m_stage);
    else
        m_stage->hide();
    m_expectedClose = new OptionalDateEdit(tr("Expected"), this);
    m_expectedClose->setObjectName(QStringLiteral("expectedCloseOn"));
    m_expectedClose->setDefaultDate(m_ctx.clock.today().addMonths(1));
    m_expectedClose->setDate(opportunity.expectedCloseOn);
    addRow(tr("Close date:"), QStringLiteral("expected_close_on"), m_expectedClose);
    m_note = new QPlainTextEdit(opportunity.note, this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    addRow(tr("Note:"), QStringLiteral("note"), m_note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("Create") : tr("Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    top->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpportunityDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
}

OpportunityDialog::~OpportunityDialog() = default;

core::Opportunity OpportunityDialog::opportunityFromFields() const
{
    core::Opportunity o = m_opportunity;
    o.name = m_name->text().trimmed();
    if (auto amount = core::parseMoney(m_amount->text()); amount)
        o.amount = *amount;
    if (o.id == 0)
        o.stage = m_stage->currentData().toString();
    o.expectedCloseOn = m_expectedClose->date();
    o.note = m_note->toPlainText().trimmed();
    return o;
}

void OpportunityDialog::save()
{
    QList<core::FieldProblem> problems;
    const QString amountText = m_amount->text().trimmed();
    if (!amountText.isEmpty()) {
        auto amount = core::parseMoney(amountText);
        if (!amount)
            problems.append({0, QStringLiteral("amount"), amountText, amount.error().message});
        else if (amount->isNegative())
            problems.append({0, QStringLiteral("amount"), amountText, tr("The amount cannot be negative.")});
    }
    const core::Opportunity opportunity = opportunityFromFields();
    if (opportunity.name.isEmpty())
        problems.append({0, QStringLiteral("name"), {}, tr("Enter a name for the opportunity.")});
    if (!problems.isEmpty()) {
        m_problems.show(problems);
        if (QWidget* first = m_problems.firstProblemEditor())
            first->setFocus();
        return;
    }
    core::OpportunityService service(m_ctx);
    std::optional<core::Error> failure;
    if (opportunity.id == 0) {
        auto created = service.create(opportunity);
        if (created)
            m_opportunity.id = *created;
        else
            failure = created.error();
    } else if (auto updated = service.update(opportunity); !updated) {
        failure = updated.error();
    }
    if (failure) {
        m_problems.show(failure->problems, failure->problems.isEmpty() ? failure->message : QString());
        if (QWidget* first = m_problems.firstProblemEditor())
            first->setFocus();
        return;
    }
    accept();
}

} // namespace tl::ui
