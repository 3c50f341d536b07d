#include <catch2/catch.hpp>

#include "PeopleFixture.h"

#include "employees/LabourContractDialog.h"
#include "employees/OptionalDateEdit.h"
#include "models/LabourContractAlertProxy.h"
#include "models/LabourContractAlertTableModel.h"
#include "models/LabourContractTableModel.h"
#include "org/EmployeeService.h"
#include "org/LabourContractService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>

using namespace tl;
using core::ContractType;
using tl::test::PeopleFixture;

namespace {

core::Employee hired(PeopleFixture& f, const QString& code, const QDate& hireDate)
{
    core::Employee e;
    e.code = code;
    e.name = QStringLiteral("Person ") + code;
    e.hireDate = hireDate;
    e.id = f.employee(e);
    return e;
}

void setType(ui::LabourContractDialog& dialog, ContractType type)
{
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("type"));
    REQUIRE(combo != nullptr);
    combo->setCurrentIndex(combo->findData(core::contractTypeKey(type)));
}

} // namespace

TEST_CASE("a renewal is prefilled from the last contract", "[ui][contracts]")
{
    core::LabourContract last;
    last.employeeId = 5;
    last.seq = 2;
    last.type = ContractType::FixedTerm;
    last.startDate = QDate(2023, 1, 2);
    last.endDate = QDate(2026, 1, 1);
    last.probationEnd = QDate(2023, 4, 1);
    const core::LabourContract next = ui::LabourContractDialog::renewalOf(last, QDate(2026, 3, 15));
    CHECK(next.id == 0);
    CHECK(next.employeeId == 5);
    CHECK(next.type == ContractType::FixedTerm);
    CHECK(next.startDate == QDate(2026, 1, 2));
    CHECK(next.endDate == QDate(2029, 1, 1));
    CHECK_FALSE(next.probationEnd.isValid());
    CHECK(next.signedOn == QDate(2026, 3, 15));

    // A term that is not whole months keeps its length in days.
    last.startDate = QDate(2025, 1, 10);
    last.endDate = QDate(2025, 3, 1); // 50 days after the start
    const core::LabourContract odd = ui::LabourContractDialog::renewalOf(last, QDate(2026, 3, 15));
    CHECK(odd.startDate == QDate(2025, 3, 2));
    CHECK(odd.endDate == QDate(2025, 4, 21));
}

TEST_CASE("the contract dialog shows the third fixed-term warning live, before saving", "[ui][contracts]")
{
    PeopleFixture f;
    const core::Employee e = hired(f, QStringLiteral("C001"), QDate(2020, 1, 2));
    f.contract(e.id, ContractType::FixedTerm, QDate(2020, 1, 2), QDate(2023, 1, 1));
    f.contract(e.id, ContractType::FixedTerm, QDate(2023, 1, 2), QDate(2026, 1, 1));
    auto history = core::LabourContractService(f.context()).history(e.id);
    TL_REQUIRE_OK(history);
    REQUIRE(history->size() == 2);

    ui::LabourContractDialog dialog(f.context(), e,
                                    ui::LabourContractDialog::renewalOf(history->last(), QDate(2026, 3, 15)));
    auto* warnings = dialog.findChild<QLabel*>(QStringLiteral("warnings"));
    REQUIRE(warnings != nullptr);
    REQUIRE(dialog.warnings().size() == 1);
    CHECK_FALSE(warnings->isHidden());
    CHECK(warnings->text().contains(dialog.warnings().first()));

    // As an open-ended contract there is nothing to warn about.
    setType(dialog, ContractType::OpenEnded);
    dialog.updatePreview();
    CHECK(dialog.warnings().isEmpty());
    CHECK(warnings->isHidden());
    CHECK_FALSE(dialog.contractFromFields().endDate.isValid());

    dialog.save();
    CHECK(dialog.result() == QDialog::Accepted);
    history = core::LabourContractService(f.context()).history(e.id);
    TL_REQUIRE_OK(history);
    REQUIRE(history->size() == 3);
    CHECK(history->last().seq == 3);
    CHECK(history->last().type == ContractType::OpenEnded);
    CHECK(history->last().startDate == QDate(2026, 1, 2));
}

TEST_CASE("the contract dialog warns about a probation longer than Art. 19 allows", "[ui][contracts]")
{
    PeopleFixture f;
    const core::Employee e = hired(f, QStringLiteral("C002"), QDate(2026, 3, 1));
    core::LabourContract first = ui::LabourContractDialog::firstContract(e);
    CHECK(first.startDate == QDate(2026, 3, 1));
    CHECK(first.endDate == QDate(2029, 2, 28));
    first.endDate = QDate(2027, 2, 28); // one year: at most two months of probation
    ui::LabourContractDialog dialog(f.context(), e, first);
    CHECK(dialog.warnings().isEmpty());

    auto* probation = dialog.findChild<ui::OptionalDateEdit*>(QStringLiteral("probationEnd"));
    REQUIRE(probation != nullptr);
    probation->setDate(QDate(2026, 8, 31));
    dialog.updatePreview();
    CHECK(dialog.warnings().size() == 1);

    probation->setDate(QDate(2026, 4, 30));
    dialog.updatePreview();
    CHECK(dialog.warnings().isEmpty());
}

TEST_CASE("an overlapping contract is refused in place and not saved", "[ui][contracts]")
{
    PeopleFixture f;
    const core::Employee e = hired(f, QStringLiteral("C003"), QDate(2024, 1, 1));
    f.contract(e.id, ContractType::FixedTerm, QDate(2024, 1, 1), QDate(2026, 12, 31));
    core::LabourContract overlapping;
    overlapping.type = ContractType::FixedTerm;
    overlapping.startDate = QDate(2025, 6, 1);
    overlapping.endDate = QDate(2028, 5, 31);
    ui::LabourContractDialog dialog(f.context(), e, overlapping);
    dialog.save();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE((dialog.problemText(QStringLiteral("start_date")) + dialog.generalProblemText()).isEmpty());
    auto history = core::LabourContractService(f.context()).history(e.id);
    TL_REQUIRE_OK(history);
    CHECK(history->size() == 1);
}

TEST_CASE("the contract history model lists contracts by seq", "[ui][contracts]")
{
    PeopleFixture f;
    const core::Employee e = hired(f, QStringLiteral("C004"), QDate(2020, 1, 2));
    f.contract(e.id, ContractType::FixedTerm, QDate(2020, 1, 2), QDate(2023, 1, 1), QDate(2020, 4, 1));
    f.contract(e.id, ContractType::OpenEnded, QDate(2023, 1, 2), QDate());
    ui::LabourContractTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto history = core::LabourContractService(f.context()).history(e.id);
    TL_REQUIRE_OK(history);
    model.setContracts(*history);
    using Column = ui::LabourContractTableModel::Column;
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, int(Column::Seq)).data().toInt() == 1);
    CHECK(model.index(0, int(Column::End)).data().toString() == QStringLiteral("2023-01-01"));
    CHECK(model.index(0, int(Column::ProbationEnd)).data().toString() == QStringLiteral("2020-04-01"));
    CHECK(model.index(1, int(Column::Start)).data().toString() == QStringLiteral("2023-01-02"));
    CHECK(model.index(1, int(Column::Type)).data().toString() ==
          core::contractTypeName(ContractType::OpenEnded));
}

TEST_CASE("the alerts model lists reminders as of a date and the proxy filters them by kind",
          "[ui][contracts]")
{
    PeopleFixture f;
    // Ends in 17 days (2026-04-01), probation ends in 5 days (2026-03-20), and no contract at all.
    const core::Employee a = hired(f, QStringLiteral("A001"), QDate(2023, 4, 2));
    f.contract(a.id, ContractType::FixedTerm, QDate(2023, 4, 2), QDate(2026, 4, 1));
    const core::Employee b = hired(f, QStringLiteral("B001"), QDate(2026, 1, 20));
    f.contract(b.id, ContractType::FixedTerm, QDate(2026, 1, 20), QDate(2029, 1, 19), QDate(2026, 3, 20));
    hired(f, QStringLiteral("N001"), QDate(2026, 1, 5));

    auto alerts = core::LabourContractService(f.context()).alerts(QDate(2026, 3, 15));
    TL_REQUIRE_OK(alerts);
    ui::LabourContractAlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAlerts(*alerts);
    using Column = ui::LabourContractAlertTableModel::Column;
    using Kind = core::ContractAlert::Kind;
    REQUIRE(model.rowCount() == 3);

    ui::LabourContractAlertProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setKind(Kind::EndingSoon);
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, int(Column::Code)).data().toString() == QStringLiteral("A001"));
    CHECK(proxy.index(0, int(Column::Date)).data().toString() == QStringLiteral("2026-04-01"));
    CHECK(proxy.index(0, int(Column::DaysLeft)).data().toInt() == 17);
    CHECK(proxy.index(0, 0).data(ui::LabourContractAlertTableModel::EmployeeIdRole).toLongLong() == a.id);

    proxy.setKind(Kind::ProbationEnding);
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, int(Column::Code)).data().toString() == QStringLiteral("B001"));
    CHECK(proxy.index(0, int(Column::DaysLeft)).data().toInt() == 5);

    proxy.setKind(Kind::NoContract);
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, int(Column::Code)).data().toString() == QStringLiteral("N001"));

    proxy.setKind(std::nullopt);
    CHECK(proxy.rowCount() == 3);
}
