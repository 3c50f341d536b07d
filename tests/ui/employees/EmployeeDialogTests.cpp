#include <catch2/catch.hpp>

#include "PeopleFixture.h"

#include "db/SqlQuery.h"
#include "employees/EmployeeCompleter.h"
#include "employees/EmployeeDialog.h"
#include "employees/EmployeeStatusDialog.h"
#include "org/EmployeeService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace tl;
using tl::test::PeopleFixture;

namespace {

qint64 employeeCount(test::TestDatabase& db)
{
    return core::SqlQuery::scalar(db.db(), QStringLiteral("SELECT count(*) FROM employees")).toLongLong();
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

TEST_CASE("the employee dialog shows problems in place and saves nothing until they are fixed",
          "[ui][employees]")
{
    PeopleFixture f;
    ui::EmployeeDialog dialog(f.context(PeopleFixture::session(core::Role::Hr)), 0);
    REQUIRE_FALSE(dialog.isReadOnly());
    REQUIRE(okButton(dialog) != nullptr);
    CHECK(okButton(dialog)->isEnabled());

    setText(dialog, "code", QStringLiteral("E100"));
    setText(dialog, "name", QString());                                // missing
    setText(dialog, "idNumber", QStringLiteral("110105194912310021")); // wrong check character (X)
    setText(dialog, "phone", QStringLiteral("12345"));                 // not a mobile number
    okButton(dialog)->click();

    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(employeeCount(f.db()) == 0);
    CHECK_FALSE(dialog.problemText(QStringLiteral("name")).isEmpty());
    CHECK_FALSE(dialog.problemText(QStringLiteral("id_number")).isEmpty());
    CHECK_FALSE(dialog.problemText(QStringLiteral("phone")).isEmpty());
    CHECK(dialog.problemText(QStringLiteral("code")).isEmpty());
    // The message sits under the field, and the field is framed.
    auto* nameProblem = dialog.findChild<QLabel*>(QStringLiteral("problem_name"));
    REQUIRE(nameProblem != nullptr);
    CHECK_FALSE(nameProblem->isHidden());
    CHECK(edit(dialog, "name")->styleSheet().contains(QStringLiteral("border")));
    CHECK(okButton(dialog)->isEnabled()); // OK stays enabled; clicking it again re-checks

    // Fixing a field clears its message at once (the others stay).
    setText(dialog, "name", QStringLiteral("张三"));
    CHECK(dialog.problemText(QStringLiteral("name")).isEmpty());
    CHECK_FALSE(dialog.problemText(QStringLiteral("phone")).isEmpty());
    CHECK(edit(dialog, "name")->styleSheet().isEmpty());

    setText(dialog, "idNumber", QStringLiteral("11010519491231002X"));
    setText(dialog, "phone", QStringLiteral("138 0013 8000"));
    // Birth date and gender come from the ID number.
    auto* derived = dialog.findChild<QLabel*>(QStringLiteral("idDerived"));
    REQUIRE(derived != nullptr);
    CHECK(derived->text().contains(QStringLiteral("1949-12-31")));

    okButton(dialog)->click();
    CHECK(dialog.generalProblemText().isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(employeeCount(f.db()) == 1);
    auto saved = core::EmployeeService(f.context()).getByCode(QStringLiteral("E100"));
    TL_REQUIRE_OK(saved);
    CHECK(saved->id == dialog.employeeId());
    CHECK(saved->name == QStringLiteral("张三"));
    CHECK(saved->phone == QStringLiteral("13800138000"));
    CHECK(saved->idNumber == QStringLiteral("11010519491231002X"));
    CHECK(saved->birthDate == QDate(1949, 12, 31));
    CHECK(saved->gender == QStringLiteral("F"));
}

TEST_CASE("the employee dialog reports an unknown manager and a duplicate code", "[ui][employees]")
{
    PeopleFixture f;
    f.employee(1, 0);
    ui::EmployeeDialog dialog(f.context(), 0);
    setText(dialog, "code", PeopleFixture::code(1));
    setText(dialog, "name", QStringLiteral("李四"));
    setText(dialog, "manager", QStringLiteral("NOPE"));
    dialog.save();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.problemText(QStringLiteral("code")).isEmpty());
    CHECK_FALSE(dialog.problemText(QStringLiteral("manager_code")).isEmpty());
    CHECK(employeeCount(f.db()) == 1);

    setText(dialog, "code", QStringLiteral("E0002"));
    setText(dialog, "manager", PeopleFixture::code(1));
    dialog.save();
    CHECK(dialog.result() == QDialog::Accepted);
    auto saved = core::EmployeeService(f.context()).getByCode(QStringLiteral("E0002"));
    TL_REQUIRE_OK(saved);
    CHECK(saved->managerCode == QStringLiteral("E0001"));
}

TEST_CASE("editing keeps the record and saves the changed fields", "[ui][employees]")
{
    PeopleFixture f;
    const qint64 id = f.employee(7, 0);
    ui::EmployeeDialog dialog(f.context(), id);
    CHECK(edit(dialog, "code")->text() == QStringLiteral("E0007"));
    CHECK(edit(dialog, "phone")->text() == QStringLiteral("13900000007"));
    // The status of an existing employee changes through "Change status", not here.
    auto* status = dialog.findChild<QComboBox*>(QStringLiteral("status"));
    REQUIRE(status != nullptr);
    CHECK_FALSE(status->isEnabled());

    setText(dialog, "position", QStringLiteral("Key accounts"));
    dialog.save();
    CHECK(dialog.result() == QDialog::Accepted);
    auto saved = core::EmployeeService(f.context()).get(id);
    TL_REQUIRE_OK(saved);
    CHECK(saved->position == QStringLiteral("Key accounts"));
    CHECK(saved->hireDate == QDate(2020, 1, 8));
}

TEST_CASE("for a finance session the employee dialog is read-only with masked fields", "[ui][employees]")
{
    PeopleFixture f;
    core::Employee e;
    e.code = QStringLiteral("F001");
    e.name = QStringLiteral("王五");
    e.hireDate = QDate(2024, 5, 6);
    e.idNumber = QStringLiteral("11010519491231002X");
    e.bankName = QStringLiteral("招商银行");
    e.bankAccount = QStringLiteral("6222020200112233445");
    const qint64 id = f.employee(e);

    ui::EmployeeDialog dialog(f.context(PeopleFixture::session(core::Role::Finance)), id);
    CHECK(dialog.isReadOnly());
    QLineEdit* idNumber = edit(dialog, "idNumber");
    CHECK(idNumber->text() == QStringLiteral("1101**********002X"));
    CHECK(idNumber->isReadOnly());
    CHECK_FALSE(idNumber->toolTip().isEmpty());
    QLineEdit* account = edit(dialog, "bankAccount");
    CHECK(account->text() == QStringLiteral("***************3445"));
    CHECK(account->isReadOnly());
    CHECK_FALSE(account->toolTip().isEmpty());
    CHECK(edit(dialog, "name")->isReadOnly());
    auto* box = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(box != nullptr);
    CHECK(box->button(QDialogButtonBox::Ok) == nullptr);
    CHECK(box->button(QDialogButtonBox::Close) != nullptr);
    // The birth date is part of the ID number: masked too, so not shown.
    auto* derived = dialog.findChild<QLabel*>(QStringLiteral("idDerived"));
    REQUIRE(derived != nullptr);
    CHECK_FALSE(derived->text().contains(QStringLiteral("1949")));
    CHECK_FALSE(derived->text().isEmpty()); // the gender is still known
}

TEST_CASE("the status dialog changes the status with a leave date", "[ui][employees]")
{
    PeopleFixture f;
    const qint64 id = f.employee(3, 0);
    auto employee = core::EmployeeService(f.context()).get(id);
    TL_REQUIRE_OK(employee);
    ui::EmployeeStatusDialog dialog(f.context(), *employee);
    dialog.setStatus(core::EmployeeStatus::Left);
    CHECK(dialog.leaveDate() == QDate(2026, 3, 15)); // today by the test clock
    dialog.save();
    CHECK(dialog.result() == QDialog::Accepted);
    auto saved = core::EmployeeService(f.context()).get(id);
    TL_REQUIRE_OK(saved);
    CHECK(saved->status == core::EmployeeStatus::Left);
    CHECK(saved->leaveDate == QDate(2026, 3, 15));
}

TEST_CASE("the manager completer lists matching employees and inserts the code", "[ui][employees]")
{
    PeopleFixture f;
    for (int i = 1; i <= 30; ++i)
        f.employee(i, 0);
    QLineEdit edit;
    ui::EmployeeCompleter completer(f.context(), &edit);
    completer.updateSuggestions(QStringLiteral("e001")); // E0010..E0019
    REQUIRE(completer.model()->rowCount() == 10);
    CHECK(completer.model()->index(0, 0).data().toString().startsWith(QStringLiteral("E0010")));
    CHECK(completer.model()->index(0, 0).data(completer.completionRole()).toString() ==
          QStringLiteral("E0010"));

    completer.updateSuggestions(QStringLiteral("E00")); // all 30, at most 15 listed
    CHECK(completer.model()->rowCount() == ui::EmployeeCompleter::MaxSuggestions);
    completer.updateSuggestions(QString());
    CHECK(completer.model()->rowCount() == 0);
}
