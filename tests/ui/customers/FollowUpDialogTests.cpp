#include <catch2/catch.hpp>

#include "CustomerFixture.h"

#include "customers/FollowUpDialog.h"
#include "customers/FollowUpService.h"
#include "employees/OptionalDateEdit.h"

#include <QApplication>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace tl;
using tl::test::CustomerFixture;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

void showAndFocus(QWidget& dialog)
{
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

QList<core::FollowUp> timeline(CustomerFixture& f, qint64 customerId)
{
    auto list = core::FollowUpService(f.context()).timeline(customerId);
    REQUIRE(list.ok());
    return *list;
}

} // namespace

TEST_CASE("a follow-up is logged from the keyboard alone: 1-5 pick the method, Ctrl+Enter saves",
          "[ui][customers]")
{
    CustomerFixture f;
    const qint64 id = f.customer(QStringLiteral("K1"), QStringLiteral("键盘贸易"), f.s1, QDate(2026, 3, 1));
    ui::FollowUpDialog dialog(f.context(f.salesSession(f.s1)), id);
    CHECK(child<QLabel>(dialog, "customer")->text() == QStringLiteral("K1  键盘贸易"));
    showAndFocus(dialog);
    // The method row has the focus; "2" picks 拜访 and moves on to the content.
    CHECK(qobject_cast<QRadioButton*>(QApplication::focusWidget()) != nullptr);
    CHECK(dialog.method() == QStringLiteral("phone"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
    CHECK(dialog.method() == QStringLiteral("visit"));
    auto* content = child<QPlainTextEdit>(dialog, "content");
    REQUIRE(QApplication::focusWidget() == content);
    // Digits and Enter are text in the content.
    QTest::keyClicks(content, QStringLiteral("Visited 3 stores"));
    QTest::keyClick(content, Qt::Key_Return);
    QTest::keyClicks(content, QStringLiteral("Quote next week"));
    CHECK(dialog.method() == QStringLiteral("visit"));
    // Tab leaves the content for the next-contact date; +7 days sets it.
    QTest::keyClick(content, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != content);
    dialog.setNextInDays(7);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.followUpId() != 0);
    const QList<core::FollowUp> saved = timeline(f, id);
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().method == QStringLiteral("visit"));
    CHECK(saved.first().content == QStringLiteral("Visited 3 stores\nQuote next week"));
    CHECK(saved.first().nextOn == QDate(2026, 3, 22));
    CHECK(saved.first().at == QDateTime(QDate(2026, 3, 15), QTime(9, 0)));
    CHECK(saved.first().employeeId == f.s1);
    CHECK_FALSE(saved.first().promisedPaymentOn.isValid());
}

TEST_CASE("Alt+digit picks the method from anywhere, and +3 / +7 set the next follow-up", "[ui][customers]")
{
    CustomerFixture f;
    const qint64 id = f.customer(QStringLiteral("K2"), QStringLiteral("快捷"), f.s1, QDate(2026, 3, 1));
    ui::FollowUpDialog dialog(f.context(f.salesSession(f.s1)), id);
    showAndFocus(dialog);
    auto* content = child<QPlainTextEdit>(dialog, "content");
    content->setFocus();
    QTest::keyClicks(content, QStringLiteral("4"));
    CHECK(dialog.method() == QStringLiteral("phone")); // a digit in the content is text
    CHECK(content->toPlainText() == QStringLiteral("4"));
    QTest::keyClick(content, Qt::Key_3, Qt::AltModifier);
    CHECK(dialog.method() == QStringLiteral("wechat"));

    child<QPushButton>(dialog, "plus3")->click();
    CHECK(dialog.followUpFromFields().nextOn == QDate(2026, 3, 18));
    child<QPushButton>(dialog, "plus7")->click();
    CHECK(dialog.followUpFromFields().nextOn == QDate(2026, 3, 22));
}

TEST_CASE("the follow-up dialog shows problems in place and saves nothing until they are fixed",
          "[ui][customers]")
{
    CustomerFixture f;
    const qint64 id = f.customer(QStringLiteral("K3"), QStringLiteral("校验"), f.s1, QDate(2026, 3, 1));
    ui::FollowUpDialog dialog(f.context(f.salesSession(f.s1)), id);
    showAndFocus(dialog);
    // No content, and the next follow-up before this one.
    child<ui::OptionalDateEdit>(dialog, "nextOn")->setDate(QDate(2026, 3, 10));
    child<ui::OptionalDateEdit>(dialog, "promisedPaymentOn")->setDate(QDate(2026, 3, 11));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    CHECK(timeline(f, id).isEmpty());
    CHECK_FALSE(dialog.problemText(QStringLiteral("content")).isEmpty());
    CHECK(dialog.problemText(QStringLiteral("next_at")).contains(QStringLiteral("2026-03-10")));
    CHECK(dialog.problemText(QStringLiteral("promised_payment_on")).contains(QStringLiteral("2026-03-11")));
    auto* contentProblem = child<QLabel>(dialog, "problem_content");
    CHECK_FALSE(contentProblem->isHidden());
    CHECK(child<QPlainTextEdit>(dialog, "content")->styleSheet().contains(QStringLiteral("border")));
    CHECK(QApplication::focusWidget() == child<QPlainTextEdit>(dialog, "content")); // the first problem

    // The messages follow the edits.
    child<QPlainTextEdit>(dialog, "content")
        ->insertPlainText(QStringLiteral("约了下周见面")); // typed with an IME
    CHECK(dialog.problemText(QStringLiteral("content")).isEmpty());
    CHECK_FALSE(dialog.problemText(QStringLiteral("next_at")).isEmpty());
    dialog.setNextInDays(3);
    CHECK(dialog.problemText(QStringLiteral("next_at")).isEmpty());
    child<ui::OptionalDateEdit>(dialog, "promisedPaymentOn")->setDate(QDate(2026, 3, 31));
    CHECK(dialog.problemText(QStringLiteral("promised_payment_on")).isEmpty());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    const QList<core::FollowUp> saved = timeline(f, id);
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().nextOn == QDate(2026, 3, 18));
    CHECK(saved.first().promisedPaymentOn == QDate(2026, 3, 31));
}

TEST_CASE("a salesperson cannot log a follow-up for someone else's customer", "[ui][customers]")
{
    CustomerFixture f;
    const qint64 other = f.customer(QStringLiteral("K4"), QStringLiteral("别人"), f.s2, QDate(2026, 3, 1));
    ui::FollowUpDialog dialog(f.context(f.salesSession(f.s1)), other);
    // The customer is not visible at all: nothing to save.
    CHECK_FALSE(dialog.generalProblemText().isEmpty());
    dialog.save();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(timeline(f, other).isEmpty());
}
