#include "customers/CustomerDialog.h"

#include "auth/Session.h"
#include "common/Clock.h"
#include "customers/CoordinateText.h"
#include "customers/CustomerService.h"
#include "customers/CustomerValidator.h"
#include "employees/EmployeeCompleter.h"
#include "money/MoneyFormat.h"
#include "money/MoneyParse.h"
#include "org/EmployeeService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tl::ui {

using core::Customer;
using core::FieldProblem;

namespace {

QLineEdit* lineEdit(const QString& objectName, QWidget* parent, int maxLength)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

CustomerDialog::CustomerDialog(const core::Context& ctx, qint64 customerId, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_general(new QLabel(this)), m_problems(m_general)
{
    m_general->setObjectName(QStringLiteral("generalProblem"));
    m_canChooseOwner = customerId == 0 && m_ctx.session.can(core::Permission::AssignCustomers);
    buildUi();
    if (customerId != 0)
        loadCustomer(customerId);
    else if (!m_canChooseOwner)
        m_customer.ownerId = m_ctx.session.employeeId;
    fillFields();
    setWindowTitle(isNew() ? tr("New customer") : tr("Edit customer %1").arg(m_customer.code));
    m_buttons->button(QDialogButtonBox::Ok)->setText(isNew() ? tr("Create") : tr("Save"));
    (isNew() ? m_code : m_name)->setFocus();
}

CustomerDialog::~CustomerDialog() = default;

void CustomerDialog::addRow(QFormLayout* form, const QString& label, const QString& column, QWidget* editor,
                            QWidget* extra)
{
    auto* cell = new QWidget(this);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (extra) {
        auto* line = new QHBoxLayout;
        line->addWidget(editor, 1);
        line->addWidget(extra);
        layout->addLayout(line);
    } else {
        layout->addWidget(editor);
    }
    layout->addWidget(m_problems.addField(column, editor, cell));
    form->addRow(label, cell);
}

void CustomerDialog::buildUi()
{
    setMinimumWidth(860);
    auto* top = new QVBoxLayout(this);
    top->addWidget(m_general);
    auto* columns = new QHBoxLayout;
    top->addLayout(columns);
    auto* mainBox = new QGroupBox(tr("Customer"), this);
    auto* moreBox = new QGroupBox(tr("Location and terms"), this);
    columns->addWidget(mainBox, 1);
    columns->addWidget(moreBox, 1);
    auto* main = new QFormLayout(mainBox);
    auto* more = new QFormLayout(moreBox);
    for (QFormLayout* form : {main, more}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    }

    m_code = lineEdit(QStringLiteral("code"), this, 32);
    m_code->setPlaceholderText(tr("e.g. C00001"));
    addRow(main, tr("Code:"), QStringLiteral("code"), m_code);
    m_name = lineEdit(QStringLiteral("name"), this, 100);
    m_name->setPlaceholderText(tr("Registered name of the company or person"));
    addRow(main, tr("Name:"), QStringLiteral("name"), m_name);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    for (const QString& key : core::customerTypeKeys())
        m_type->addItem(core::customerTypeName(key), key);
    addRow(main, tr("Type:"), QStringLiteral("type"), m_type);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("level"));
    for (const QString& level : core::customerLevels())
        m_level->addItem(level, level);
    addRow(main, tr("Level:"), QStringLiteral("level"), m_level);
    m_industry = lineEdit(QStringLiteral("industry"), this, 50);
    addRow(main, tr("Industry:"), QStringLiteral("industry"), m_industry);
    m_owner = lineEdit(QStringLiteral("owner"), this, 32);
    m_owner->setPlaceholderText(tr("employee code; empty = customer pool"));
    m_ownerCompleter = new EmployeeCompleter(m_ctx, m_owner);
    m_ownerName = new QLabel(this);
    m_ownerName->setObjectName(QStringLiteral("ownerName"));
    m_ownerName->setMinimumWidth(90);
    addRow(main, tr("Owner:"), QStringLiteral("owner_code"), m_owner, m_ownerName);
    m_problems.addAlias(QStringLiteral("owner"), QStringLiteral("owner_code"));
    m_problems.addAlias(QStringLiteral("owner_id"), QStringLiteral("owner_code"));
    m_contact = lineEdit(QStringLiteral("contact"), this, 50);
    m_contact->setPlaceholderText(tr("primary contact's name"));
    addRow(main, tr("Contact:"), QStringLiteral("contact"), m_contact);
    m_phone = lineEdit(QStringLiteral("phone"), this, 30);
    addRow(main, tr("Phone:"), QStringLiteral("phone"), m_phone);

    m_region = lineEdit(QStringLiteral("region"), this, 50);
    m_region->setPlaceholderText(tr("e.g. East China"));
    addRow(more, tr("Region:"), QStringLiteral("region"), m_region);
    m_address = lineEdit(QStringLiteral("address"), this, 200);
    addRow(more, tr("Address:"), QStringLiteral("address"), m_address);
    m_latitude = lineEdit(QStringLiteral("latitude"), this, 20);
    m_latitude->setPlaceholderText(tr("e.g. 31.230416"));
    addRow(more, tr("Latitude:"), QStringLiteral("latitude"), m_latitude);
    m_longitude = lineEdit(QStringLiteral("longitude"), this, 20);
    m_longitude->setPlaceholderText(tr("e.g. 121.473701"));
    addRow(more, tr("Longitude:"), QStringLiteral("longitude"), m_longitude);
    m_creditLimit = lineEdit(QStringLiteral("creditLimit"), this, 24);
    m_creditLimit->setPlaceholderText(tr("yuan, e.g. 50,000.00"));
    addRow(more, tr("Credit limit:"), QStringLiteral("credit_limit"), m_creditLimit);
    m_paymentDays = new QSpinBox(this);
    m_paymentDays->setObjectName(QStringLiteral("paymentDays"));
    m_paymentDays->setRange(0, 3650);
    m_paymentDays->setSuffix(tr(" days"));
    addRow(more, tr("Payment terms:"), QStringLiteral("payment_days"), m_paymentDays);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    addRow(more, tr("Note:"), QStringLiteral("note"), m_note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    top->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_owner, &QLineEdit::textChanged, this, &CustomerDialog::updateOwnerName);
    for (QLineEdit* edit : {m_code, m_name, m_industry, m_region, m_address, m_latitude, m_longitude,
                            m_creditLimit, m_owner, m_contact, m_phone})
        connect(edit, &QLineEdit::editingFinished, this, &CustomerDialog::revalidate);
    for (QComboBox* combo : {m_type, m_level})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerDialog::revalidate);
    connect(m_paymentDays, &QSpinBox::valueChanged, this, &CustomerDialog::revalidate);
}

void CustomerDialog::loadCustomer(qint64 id)
{
    auto customer = core::CustomerService(m_ctx).get(id);
    if (!customer) {
        m_problems.showGeneral(customer.error().message);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_customer = std::move(customer).value();
}

void CustomerDialog::fillFields()
{
    const Customer& c = m_customer;
    m_code->setText(c.code);
    m_code->setReadOnly(!isNew()); // the code identifies the customer in files and letters
    if (!isNew())
        m_code->setToolTip(tr("The code of an existing customer cannot be changed."));
    m_name->setText(c.name);
    m_type->setCurrentIndex(std::max(0, m_type->findData(c.type)));
    m_level->setCurrentIndex(std::max(0, m_level->findData(c.level)));
    m_industry->setText(c.industry);
    m_region->setText(c.region);
    m_address->setText(c.address);
    if (c.location) {
        m_latitude->setText(CoordinateText::format(c.location->latitudeE6));
        m_longitude->setText(CoordinateText::format(c.location->longitudeE6));
    }
    m_creditLimit->setText(core::formatMoney(c.creditLimit, false));
    m_paymentDays->setValue(c.paymentDays);
    m_note->setPlainText(c.note);

    if (m_canChooseOwner) {
        if (m_ctx.session.employeeId != 0) {
            auto me = core::EmployeeService(m_ctx).get(m_ctx.session.employeeId);
            if (me)
                m_owner->setText(me->code);
        }
    } else {
        m_owner->setReadOnly(true);
        m_owner->setText(c.ownerId == 0 ? QString() : c.ownerCode);
        if (isNew() && c.ownerId != 0) {
            auto me = core::EmployeeService(m_ctx).get(c.ownerId);
            if (me)
                m_owner->setText(me->code);
        }
        m_owner->setToolTip(
            isNew() ? tr("A new customer belongs to you.")
                    : tr("The owner changes through the customer pool: claim, release or assign."));
    }
    // The contact of a new customer; later contacts are kept on the customer's Contacts tab.
    for (QLineEdit* edit : {m_contact, m_phone})
        if (auto* form = qobject_cast<QFormLayout*>(edit->parentWidget()->parentWidget()->layout()))
            form->setRowVisible(edit->parentWidget(), isNew());
    updateOwnerName();
}

core::CustomerContact CustomerDialog::newContact() const
{
    core::CustomerContact contact;
    contact.name = m_contact->text().trimmed();
    contact.phone = m_phone->text().trimmed();
    contact.primary = true;
    return contact;
}

void CustomerDialog::updateOwnerName()
{
    const QString code = m_owner->text().trimmed();
    if (code.isEmpty()) {
        m_ownerName->setText(tr("Customer pool"));
        return;
    }
    if (!isNew() && code == m_customer.ownerCode) {
        m_ownerName->setText(m_customer.ownerName);
        return;
    }
    auto owner = core::EmployeeService(m_ctx).getByCode(code);
    m_ownerName->setText(owner ? owner->name : tr("unknown"));
}

QList<FieldProblem> CustomerDialog::parseProblems() const
{
    QList<FieldProblem> problems;
    core::CustomerValidator::parseCoordinates(m_latitude->text(), m_longitude->text(), problems);
    const QString credit = m_creditLimit->text().trimmed();
    if (!credit.isEmpty()) {
        auto money = core::parseMoney(credit);
        if (!money)
            problems.append({0, QStringLiteral("credit_limit"), credit, money.error().message});
        else if (money->isNegative())
            problems.append(
                {0, QStringLiteral("credit_limit"), credit, tr("The credit limit cannot be negative.")});
    }
    if (isNew() && (!m_contact->text().trimmed().isEmpty() || !m_phone->text().trimmed().isEmpty())) {
        // Checked before the customer is created, so that a bad contact does not leave half a record.
        core::CustomerContact contact = newContact();
        problems.append(core::CustomerValidator(m_ctx.db, m_ctx.clock.today()).checkContact(contact));
    }
    return problems;
}

Customer CustomerDialog::customerFromFields() const
{
    Customer c = m_customer; // id, owner and read-only joins of an existing customer
    c.code = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    c.type = m_type->currentData().toString();
    c.level = m_level->currentData().toString();
    c.industry = m_industry->text().trimmed();
    c.region = m_region->text().trimmed();
    c.address = m_address->text().trimmed();
    QList<FieldProblem> ignored; // reported by parseProblems()
    c.location = core::CustomerValidator::parseCoordinates(m_latitude->text(), m_longitude->text(), ignored);
    const QString credit = m_creditLimit->text().trimmed();
    if (credit.isEmpty()) {
        c.creditLimit = {};
    } else if (auto money = core::parseMoney(credit); money && !money->isNegative()) {
        c.creditLimit = *money;
    }
    c.paymentDays = m_paymentDays->value();
    c.note = m_note->toPlainText().trimmed();
    if (m_canChooseOwner) {
        // core resolves the code (and reports an unknown owner under owner_code)
        c.ownerId = 0;
        c.ownerCode = m_owner->text().trimmed();
    }
    return c;
}

QList<FieldProblem> CustomerDialog::problems(const Customer& customer) const
{
    // Fields that could not be read come first; core's checks for fields that could not be read would
    // only repeat them.
    QList<FieldProblem> result = parseProblems();
    QSet<QString> unreadable;
    for (const FieldProblem& p : result)
        unreadable.insert(p.column);
    for (const FieldProblem& p : core::CustomerService(m_ctx).validate(customer))
        if (!unreadable.contains(p.column))
            result.append(p);
    return result;
}

void CustomerDialog::revalidate()
{
    if (m_attempted)
        m_problems.show(problems(customerFromFields()));
}

void CustomerDialog::save()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_attempted = true;
    const Customer customer = customerFromFields();
    const QList<FieldProblem> found = problems(customer);
    if (!found.isEmpty()) {
        m_problems.show(found);
        if (QWidget* first = m_problems.firstProblemEditor())
            first->setFocus();
        return;
    }
    core::CustomerService service(m_ctx);
    std::optional<core::Error> failure;
    if (isNew()) {
        auto created = service.create(customer);
        if (created)
            m_customer.id = *created;
        else
            failure = created.error();
    } else if (auto updated = service.update(customer); !updated) {
        failure = updated.error();
    }
    if (failure) {
        m_problems.show(failure->problems, failure->problems.isEmpty() ? failure->message : QString());
        if (QWidget* first = m_problems.firstProblemEditor())
            first->setFocus();
        return;
    }
    if (customer.id == 0 && !m_contact->text().trimmed().isEmpty()) {
        core::CustomerContact contact = newContact();
        contact.customerId = m_customer.id;
        if (auto added = service.addContact(contact); !added)
            m_warning = tr("Customer %1 was created, but its contact was not saved: %2")
                            .arg(customer.name, added.error().fullText());
    }
    m_problems.clear();
    accept();
}

} // namespace tl::ui
