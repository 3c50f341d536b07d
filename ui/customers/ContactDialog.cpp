#include "customers/ContactDialog.h"

#include "customers/CustomerService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

ContactDialog::ContactDialog(const core::Context& ctx, const core::CustomerContact& contact, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_contact(contact), m_general(new QLabel(this)), m_problems(m_general)
{
    m_general->setObjectName(QStringLiteral("generalProblem"));
    setWindowTitle(contact.id == 0 ? tr("New contact") : tr("Edit contact %1").arg(contact.name));
    setMinimumWidth(460);
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
    auto lineEdit = [this](const char* name, int maxLength, const QString& text) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setMaxLength(maxLength);
        return edit;
    };
    m_name = lineEdit("name", 50, contact.name);
    addRow(tr("Name:"), QStringLiteral("name"), m_name);
    m_problems.addAlias(QStringLiteral("contact"), QStringLiteral("name"));
    m_problems.addAlias(QStringLiteral("contact_name"), QStringLiteral("name"));
    m_title = lineEdit("title", 50, contact.title);
    m_title->setPlaceholderText(tr("e.g. Purchasing manager"));
    addRow(tr("Title:"), QStringLiteral("title"), m_title);
    m_phone = lineEdit("phone", 30, contact.phone);
    addRow(tr("Phone:"), QStringLiteral("phone"), m_phone);
    m_email = lineEdit("email", 100, contact.email);
    addRow(tr("Email:"), QStringLiteral("email"), m_email);
    m_wechat = lineEdit("wechat", 50, contact.wechat);
    addRow(tr("WeChat:"), QStringLiteral("wechat"), m_wechat);
    m_primary = new QCheckBox(tr("&Primary contact"), this);
    m_primary->setObjectName(QStringLiteral("primary"));
    m_primary->setChecked(contact.primary);
    form->addRow(QString(), m_primary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(contact.id == 0 ? tr("Add") : tr("Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    top->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
}

core::CustomerContact ContactDialog::contactFromFields() const
{
    core::CustomerContact c = m_contact;
    c.name = m_name->text().trimmed();
    c.title = m_title->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.wechat = m_wechat->text().trimmed();
    c.primary = m_primary->isChecked();
    return c;
}

void ContactDialog::save()
{
    const core::CustomerContact contact = contactFromFields();
    if (contact.name.isEmpty()) {
        m_problems.show({{0, QStringLiteral("name"), {}, tr("Enter the contact's name.")}});
        m_name->setFocus();
        return;
    }
    core::CustomerService service(m_ctx);
    std::optional<core::Error> failure;
    if (contact.id == 0) {
        auto added = service.addContact(contact);
        if (added)
            m_contact.id = *added;
        else
            failure = added.error();
    } else if (auto updated = service.updateContact(contact); !updated) {
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
