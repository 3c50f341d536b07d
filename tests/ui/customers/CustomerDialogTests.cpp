#include <catch2/catch.hpp>

#include "CustomerFixture.h"

#include "customers/ContactDialog.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerService.h"
#include "db/SqlQuery.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace tl;
using tl::test::CustomerFixture;

namespace {

qint64 customerCount(CustomerFixture& f)
{
    return core::SqlQuery::scalar(f.db().db(), QStringLiteral("SELECT count(*) FROM customers")).toLongLong();
}

QLineEdit* edit(QWidget& dialog, const char* name)
{
    auto* e = dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(e != nullptr);
    return e;
}

void setText(QWidget& dialog, const char* name, const QString& text)
{
    QLineEdit* e = edit(dialog, name);
    e->setText(text);
    emit e->editingFinished();
}

QPushButton* okButton(QWidget& dialog)
{
    auto* box = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(box != nullptr);
    return box->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("the customer dialog shows problems in place and saves nothing until they are fixed",
          "[ui][customers]")
{
    CustomerFixture f;
    ui::CustomerDialog dialog(f.context(f.salesSession(f.s1)), 0);
    CHECK(dialog.isNew());
    CHECK(okButton(dialog)->text() == QStringLiteral("Create"));
    // A salesperson's new customer is their own; the owner is not typed.
    CHECK(edit(dialog, "owner")->isReadOnly());
    CHECK(edit(dialog, "owner")->text() == QStringLiteral("S001"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("ownerName"))->text() == QStringLiteral("张三"));

    setText(dialog, "code", QString());
    setText(dialog, "name", QString());
    setText(dialog, "latitude", QStringLiteral("north"));
    setText(dialog, "longitude", QStringLiteral("121.4737"));
    setText(dialog, "creditLimit", QStringLiteral("1.234"));
    setText(dialog, "phone", QStringLiteral("13800138000")); // without a contact name
    okButton(dialog)->click();

    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(customerCount(f) == 0);
    CHECK_FALSE(dialog.problemText(QStringLiteral("code")).isEmpty());
    CHECK_FALSE(dialog.problemText(QStringLiteral("name")).isEmpty());
    CHECK(dialog.problemText(QStringLiteral("latitude")).contains(QStringLiteral("north")));
    CHECK(dialog.problemText(QStringLiteral("longitude")).isEmpty());
    CHECK_FALSE(dialog.problemText(QStringLiteral("credit_limit")).isEmpty());
    CHECK_FALSE(dialog.problemText(QStringLiteral("contact")).isEmpty());
    CHECK(edit(dialog, "name")->styleSheet().contains(QStringLiteral("border")));

    // Fixing a field clears its message at once.
    setText(dialog, "name", QStringLiteral("上海明远贸易有限公司"));
    CHECK(dialog.problemText(QStringLiteral("name")).isEmpty());
    CHECK_FALSE(dialog.problemText(QStringLiteral("code")).isEmpty());

    setText(dialog, "code", QStringLiteral("C100"));
    setText(dialog, "latitude", QStringLiteral("31.230416"));
    setText(dialog, "creditLimit", QStringLiteral("50,000"));
    setText(dialog, "contact", QStringLiteral("王经理"));
    dialog.findChild<QComboBox*>(QStringLiteral("level"))->setCurrentIndex(0); // A
    okButton(dialog)->click();
    CHECK(dialog.generalProblemText().isEmpty());
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.warning().isEmpty());

    auto saved = core::CustomerService(f.context()).getByCode(QStringLiteral("C100"));
    TL_REQUIRE_OK(saved);
    CHECK(saved->id == dialog.customerId());
    CHECK(saved->name == QStringLiteral("上海明远贸易有限公司"));
    CHECK(saved->level == QStringLiteral("A"));
    CHECK(saved->ownerId == f.s1);
    CHECK(saved->ownedSince == QDate(2026, 3, 15));
    REQUIRE(saved->location.has_value());
    CHECK(saved->location->latitudeE6 == 31230416);
    CHECK(saved->location->longitudeE6 == 121473700);
    CHECK(saved->creditLimit.fen() == 5000000);
    REQUIRE(saved->contacts.size() == 1);
    CHECK(saved->contacts.first().name == QStringLiteral("王经理"));
    CHECK(saved->contacts.first().phone == QStringLiteral("13800138000"));
    CHECK(saved->contacts.first().primary);
    auto history = core::CustomerService(f.context()).ownershipHistory(saved->id);
    TL_REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().reason == core::OwnershipReason::Created);
}

TEST_CASE("a manager names the owner of a new customer, or leaves it to the pool", "[ui][customers]")
{
    CustomerFixture f;
    f.customer(QStringLiteral("C1"), QStringLiteral("已有"), f.s1, QDate(2026, 3, 1));
    ui::CustomerDialog dialog(f.context(f.managerSession()), 0);
    CHECK_FALSE(edit(dialog, "owner")->isReadOnly());
    CHECK(edit(dialog, "owner")->text() == QStringLiteral("M001")); // the manager by default
    setText(dialog, "code", QStringLiteral("C1"));                  // taken
    setText(dialog, "name", QStringLiteral("新客户"));
    setText(dialog, "owner", QStringLiteral("NOPE"));
    dialog.save();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.problemText(QStringLiteral("code")).isEmpty());
    CHECK_FALSE(dialog.problemText(QStringLiteral("owner_code")).isEmpty());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("ownerName"))->text() == QStringLiteral("unknown"));

    setText(dialog, "code", QStringLiteral("C2"));
    setText(dialog, "owner", QStringLiteral("S002"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("ownerName"))->text() == QStringLiteral("李四"));
    dialog.save();
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto saved = core::CustomerService(f.context()).getByCode(QStringLiteral("C2"));
    TL_REQUIRE_OK(saved);
    CHECK(saved->ownerId == f.s2);

    ui::CustomerDialog poolDialog(f.context(f.managerSession()), 0);
    setText(poolDialog, "code", QStringLiteral("C3"));
    setText(poolDialog, "name", QStringLiteral("公海新客户"));
    setText(poolDialog, "owner", QString());
    CHECK(poolDialog.findChild<QLabel*>(QStringLiteral("ownerName"))->text() ==
          QStringLiteral("Customer pool"));
    poolDialog.save();
    REQUIRE(poolDialog.result() == QDialog::Accepted);
    auto pooled = core::CustomerService(f.context()).getByCode(QStringLiteral("C3"));
    TL_REQUIRE_OK(pooled);
    CHECK(pooled->ownerId == 0);
    CHECK(pooled->poolSince == QDate(2026, 3, 15));
}

TEST_CASE("editing a customer keeps its code and owner", "[ui][customers]")
{
    CustomerFixture f;
    const qint64 id = f.customer(QStringLiteral("E1"), QStringLiteral("旧名"), f.s1, QDate(2026, 3, 1));
    ui::CustomerDialog dialog(f.context(f.salesSession(f.s1)), id);
    CHECK_FALSE(dialog.isNew());
    CHECK(edit(dialog, "code")->isReadOnly());
    CHECK(edit(dialog, "owner")->isReadOnly());
    CHECK(edit(dialog, "owner")->text() == QStringLiteral("S001"));
    CHECK(edit(dialog, "contact")->parentWidget()->isHidden()); // contacts live on the detail's tab
    setText(dialog, "name", QStringLiteral("新名"));
    setText(dialog, "region", QStringLiteral("华东"));
    dialog.save();
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto saved = core::CustomerService(f.context()).get(id);
    TL_REQUIRE_OK(saved);
    CHECK(saved->name == QStringLiteral("新名"));
    CHECK(saved->region == QStringLiteral("华东"));
    CHECK(saved->ownerId == f.s1);
    CHECK(saved->ownedSince == QDate(2026, 3, 1));

    // Someone else's customer cannot be opened for editing by a salesperson.
    const qint64 other = f.customer(QStringLiteral("E2"), QStringLiteral("别人"), f.s2, QDate(2026, 3, 1));
    ui::CustomerDialog denied(f.context(f.salesSession(f.s1)), other);
    CHECK_FALSE(denied.generalProblemText().isEmpty());
    CHECK_FALSE(okButton(denied)->isEnabled());
}

TEST_CASE("the contact dialog adds and edits contacts with problems in place", "[ui][customers]")
{
    CustomerFixture f;
    const qint64 id = f.customer(QStringLiteral("T1"), QStringLiteral("联系人"), f.s1, QDate(2026, 3, 1));
    core::CustomerContact contact;
    contact.customerId = id;
    ui::ContactDialog dialog(f.context(f.salesSession(f.s1)), contact);
    setText(dialog, "name", QStringLiteral("刘采购"));
    setText(dialog, "phone", QStringLiteral("abc"));
    setText(dialog, "email", QStringLiteral("liu@"));
    dialog.save();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.problemText(QStringLiteral("phone")).isEmpty());
    CHECK_FALSE(dialog.problemText(QStringLiteral("email")).isEmpty());
    setText(dialog, "phone", QStringLiteral("021-61234567"));
    setText(dialog, "email", QStringLiteral("liu@example.com"));
    dialog.save();
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto saved = core::CustomerService(f.context()).get(id);
    TL_REQUIRE_OK(saved);
    REQUIRE(saved->contacts.size() == 1);
    CHECK(saved->contacts.first().phone == QStringLiteral("021-61234567"));
    CHECK(saved->contacts.first().primary); // the first contact is the primary one

    ui::ContactDialog editDialog(f.context(f.salesSession(f.s1)), saved->contacts.first());
    CHECK(edit(editDialog, "name")->text() == QStringLiteral("刘采购"));
    setText(editDialog, "name", QString());
    editDialog.save();
    CHECK(editDialog.result() != QDialog::Accepted);
    CHECK_FALSE(editDialog.problemText(QStringLiteral("name")).isEmpty());
    setText(editDialog, "name", QStringLiteral("刘经理"));
    editDialog.save();
    REQUIRE(editDialog.result() == QDialog::Accepted);
    CHECK(core::CustomerService(f.context()).get(id)->contacts.first().name == QStringLiteral("刘经理"));
}
