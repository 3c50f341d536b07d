#include "customers/FollowUpDialog.h"

#include "common/Clock.h"
#include "customers/CustomerService.h"
#include "customers/FollowUpService.h"
#include "employees/OptionalDateEdit.h"
#include "models/FollowUpMethodIcon.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace tl::ui {

namespace {

constexpr int DefaultNextDays = 7;

} // namespace

FollowUpDialog::FollowUpDialog(const core::Context& ctx, qint64 customerId, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_customerId(customerId), m_general(new QLabel(this)),
      m_problems(m_general)
{
    m_general->setObjectName(QStringLiteral("generalProblem"));
    setWindowTitle(tr("Log follow-up"));
    buildUi();
    loadCustomer();
}

FollowUpDialog::~FollowUpDialog() = default;

void FollowUpDialog::buildUi()
{
    setMinimumWidth(560);
    auto* top = new QVBoxLayout(this);
    m_customer = new QLabel(this);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setTextFormat(Qt::PlainText);
    QFont headerFont = m_customer->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.1);
    m_customer->setFont(headerFont);
    top->addWidget(m_customer);
    top->addWidget(m_general);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    top->addLayout(form);

    auto addRow = [&](const QString& label, const QString& column, QWidget* editor, QWidget* content) {
        auto* cell = new QWidget(this);
        auto* layout = new QVBoxLayout(cell);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(content ? content : editor);
        layout->addWidget(m_problems.addField(column, editor, cell));
        form->addRow(label, cell);
    };

    // Method: keys 1-5 (see keyPressEvent) or Alt+1..Alt+5 through the mnemonics.
    m_methodRow = new QWidget(this);
    m_methodRow->setObjectName(QStringLiteral("method"));
    auto* methodLayout = new QHBoxLayout(m_methodRow);
    methodLayout->setContentsMargins(0, 0, 0, 0);
    m_methods = new QButtonGroup(this);
    const QStringList keys = core::followUpMethodKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto* button = new QRadioButton(
            QStringLiteral("%1 %2").arg(i + 1).arg(core::followUpMethodName(keys.at(i))), m_methodRow);
        button->setToolTip(tr("Key %1 (Alt+%1 from any field)").arg(i + 1));
        button->setObjectName(QStringLiteral("method_") + keys.at(i));
        button->setIcon(followUpMethodIcon(keys.at(i)));
        button->setProperty("methodKey", keys.at(i));
        m_methods->addButton(button, i);
        methodLayout->addWidget(button);
    }
    methodLayout->addStretch(1);
    m_methods->button(0)->setChecked(true);
    addRow(tr("Method:"), QStringLiteral("method"), m_methodRow, nullptr);

    m_at = new QDateTimeEdit(this);
    m_at->setObjectName(QStringLiteral("at"));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    const QDateTime now = m_ctx.clock.now();
    m_at->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    addRow(tr("Time:"), QStringLiteral("at"), m_at, nullptr);

    m_content = new QPlainTextEdit(this);
    m_content->setObjectName(QStringLiteral("content"));
    m_content->setTabChangesFocus(true);
    m_content->setPlaceholderText(tr("What was discussed, what the customer needs, what was agreed"));
    m_content->setMinimumHeight(m_content->fontMetrics().lineSpacing() * 5 + 12);
    addRow(tr("Content:"), QStringLiteral("content"), m_content, nullptr);

    auto* nextRow = new QWidget(this);
    auto* nextLayout = new QHBoxLayout(nextRow);
    nextLayout->setContentsMargins(0, 0, 0, 0);
    m_next = new OptionalDateEdit(tr("Planned"), nextRow);
    m_next->setObjectName(QStringLiteral("nextOn"));
    m_next->setDefaultDate(now.date().addDays(DefaultNextDays));
    m_plus3 = new QPushButton(tr("+3 days"), nextRow);
    m_plus3->setObjectName(QStringLiteral("plus3"));
    m_plus3->setToolTip(tr("Next follow-up in 3 days"));
    m_plus7 = new QPushButton(tr("+7 days"), nextRow);
    m_plus7->setObjectName(QStringLiteral("plus7"));
    m_plus7->setToolTip(tr("Next follow-up in 7 days"));
    for (QPushButton* button : {m_plus3, m_plus7})
        button->setAutoDefault(false);
    nextLayout->addWidget(m_next, 1);
    nextLayout->addWidget(m_plus3);
    nextLayout->addWidget(m_plus7);
    addRow(tr("Next follow-up:"), QStringLiteral("next_at"), m_next, nextRow);
    m_problems.addAlias(QStringLiteral("next_on"), QStringLiteral("next_at"));

    m_promised = new OptionalDateEdit(tr("Promised"), this);
    m_promised->setObjectName(QStringLiteral("promisedPaymentOn"));
    m_promised->setDefaultDate(now.date().addDays(DefaultNextDays));
    m_promised->setToolTip(tr("The date the customer promised to pay"));
    addRow(tr("Promised payment:"), QStringLiteral("promised_payment_on"), m_promised, nullptr);
    m_problems.addAlias(QStringLiteral("promised_payment"), QStringLiteral("promised_payment_on"));

    auto* hint = new QLabel(tr("Keys 1–5 choose the method · Ctrl+Enter saves · Esc cancels"), this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setStyleSheet(QStringLiteral("QLabel { color: #666; }"));
    hint->setWordWrap(true);
    top->addWidget(hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    top->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QKeySequence keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &FollowUpDialog::save);
    connect(m_methods, &QButtonGroup::idClicked, this, [this] { m_content->setFocus(); });
    for (int i = 0; i < keys.size(); ++i)
        connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this), &QShortcut::activated,
                this, [this, i] { m_methods->button(i)->setChecked(true); });
    connect(m_plus3, &QPushButton::clicked, this, [this] { setNextInDays(3); });
    connect(m_plus7, &QPushButton::clicked, this, [this] { setNextInDays(7); });
    connect(m_content, &QPlainTextEdit::textChanged, this, &FollowUpDialog::revalidate);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &FollowUpDialog::revalidate);
    connect(m_next, &OptionalDateEdit::dateChanged, this, &FollowUpDialog::revalidate);
    connect(m_promised, &OptionalDateEdit::dateChanged, this, &FollowUpDialog::revalidate);

    setTabOrder(m_methods->button(0), m_at);
    setTabOrder(m_at, m_content);
    setTabOrder(m_content, m_next);
    setTabOrder(m_next, m_plus3);
    setTabOrder(m_plus3, m_plus7);
    setTabOrder(m_plus7, m_promised);
    m_methods->checkedButton()->setFocus();
}

void FollowUpDialog::loadCustomer()
{
    auto customer = core::CustomerService(m_ctx).get(m_customerId);
    if (!customer) {
        m_customer->setText(tr("Customer not available"));
        m_problems.showGeneral(customer.error().message);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_customer->setText(tr("%1  %2").arg(customer->code, customer->name));
    setWindowTitle(tr("Log follow-up: %1").arg(customer->name));
}

QString FollowUpDialog::method() const
{
    QAbstractButton* checked = m_methods->checkedButton();
    return checked ? checked->property("methodKey").toString() : QString();
}

void FollowUpDialog::setMethod(const QString& key)
{
    for (QAbstractButton* button : m_methods->buttons())
        if (button->property("methodKey").toString() == key)
            button->setChecked(true);
}

void FollowUpDialog::setNextInDays(int days)
{
    m_next->setDate(m_at->date().addDays(days));
}

void FollowUpDialog::keyPressEvent(QKeyEvent* event)
{
    // Digits reach the dialog only from widgets that do not take them (the method buttons, push
    // buttons): the content and the date fields keep their digits.
    const int key = event->key();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int count = int(m_methods->buttons().size());
    if (mods == Qt::NoModifier && key >= Qt::Key_1 && key < Qt::Key_1 + count) {
        m_methods->button(key - Qt::Key_1)->setChecked(true);
        m_content->setFocus();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

core::FollowUp FollowUpDialog::followUpFromFields() const
{
    core::FollowUp f;
    f.customerId = m_customerId;
    f.at = m_at->dateTime();
    f.method = method();
    f.content = m_content->toPlainText().trimmed();
    f.nextOn = m_next->date();
    f.promisedPaymentOn = m_promised->date();
    return f;
}

QList<core::FieldProblem> FollowUpDialog::problems(const core::FollowUp& followUp) const
{
    QList<core::FieldProblem> found = core::FollowUpService(m_ctx).validate(followUp);
    // A follow-up logged by hand says what happened (imported history may lack it, so core allows it).
    if (followUp.content.isEmpty())
        found.append({0, QStringLiteral("content"), {}, tr("Write what was discussed.")});
    return found;
}

void FollowUpDialog::revalidate()
{
    if (m_attempted)
        m_problems.show(problems(followUpFromFields()));
}

void FollowUpDialog::save()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_attempted = true;
    const core::FollowUp followUp = followUpFromFields();
    const QList<core::FieldProblem> found = problems(followUp);
    if (found.isEmpty()) {
        auto logged = core::FollowUpService(m_ctx).log(followUp);
        if (logged) {
            m_savedId = *logged;
            m_problems.clear();
            accept();
            return;
        }
        m_problems.show(logged.error().problems,
                        logged.error().problems.isEmpty() ? logged.error().message : QString());
    } else {
        m_problems.show(found);
    }
    if (QWidget* first = m_problems.firstProblemEditor())
        first->setFocus();
}

} // namespace tl::ui
