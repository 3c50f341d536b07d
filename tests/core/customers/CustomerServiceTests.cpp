#include "CustomersTestSupport.h"

#include "customers/CustomerQuery.h"
#include "customers/CustomerService.h"
#include "customers/FollowUpService.h"
#include "customers/PoolService.h"
#include "db/SqlQuery.h"
#include "org/EmployeeService.h"

using namespace tl::core;
using namespace tl::test;

namespace {

QStringList problemTexts(const QList<FieldProblem>& problems)
{
    QStringList list;
    for (const FieldProblem& p : problems)
        list << p.column + QStringLiteral(": ") + p.reason;
    return list;
}

// code -> phone of every row the session's "All" list shows.
QStringList listed(const Context& ctx, CustomerQuery::Scope scope = CustomerQuery::Scope::All)
{
    CustomerQuery::Filter filter;
    filter.scope = scope;
    const auto page = CustomerQuery(ctx, filter).page({}, 100);
    REQUIRE(page.ok());
    QStringList list;
    for (const CustomerRow& r : page->rows)
        list << r.customer.code + QStringLiteral("=") + r.phone +
                    (r.customer.contactsHidden ? QStringLiteral(" (hidden)") : QString());
    return list;
}

} // namespace

TEST_CASE("Who sees which customers and their contact details", "[customers][scope]")
{
    CustomerCompany co;

    SECTION("a salesperson: own customers with contacts, the pool without, nobody else's")
    {
        CustomerService s(co.as(co.salesWang()));
        auto own = s.get(co.k1);
        REQUIRE(own.ok());
        CHECK_FALSE(own->contactsHidden);
        REQUIRE(own->contacts.size() == 1);
        CHECK(own->contacts.at(0).phone == QStringLiteral("13800000001"));
        CHECK(own->contacts.at(0).primary);
        CHECK(own->ownerCode == QStringLiteral("E001"));
        CHECK(own->ownerName == QStringLiteral("王伟"));

        auto pool = s.get(co.k4);
        REQUIRE(pool.ok());
        CHECK(pool->contactsHidden);
        CHECK(pool->contacts.isEmpty());

        CHECK(s.get(co.k2).error().code == ErrorCode::PermissionDenied);
        CHECK(s.get(co.k3).error().code == ErrorCode::PermissionDenied); // a colleague in the same team
        CHECK(s.getByCode(QStringLiteral("K002")).error().code == ErrorCode::PermissionDenied);
        CHECK(s.getByCode(QStringLiteral("K999")).error().code == ErrorCode::NotFound);
        CHECK(s.canSee(*own));
        CHECK_FALSE(s.canSee(*CustomerService(co.system).get(co.k2)));
        CHECK(listed(co.as(co.salesWang())) ==
              QStringList{QStringLiteral("K001=13800000001"), QStringLiteral("K004= (hidden)")});
    }
    SECTION("a sales manager: the team's customers with contacts, the pool without, other teams not at all")
    {
        CustomerService s(co.as(co.manager()));
        CHECK(s.get(co.k1)->contacts.size() == 1);
        CHECK(s.get(co.k3)->contacts.at(0).phone == QStringLiteral("13800000003"));
        CHECK(s.get(co.k4)->contactsHidden);
        CHECK(s.get(co.k2).error().code == ErrorCode::PermissionDenied);
        CHECK(listed(co.as(co.manager())) == QStringList{QStringLiteral("K001=13800000001"),
                                                         QStringLiteral("K003=13800000003"),
                                                         QStringLiteral("K004= (hidden)")});
        CHECK(listed(co.as(co.manager()), CustomerQuery::Scope::Team) ==
              QStringList{QStringLiteral("K001=13800000001"), QStringLiteral("K003=13800000003")});
        CHECK(listed(co.as(co.manager()), CustomerQuery::Scope::Mine).isEmpty());
    }
    SECTION("finance and the auditor: everything, contacts included")
    {
        for (const Session& session : {co.finance(), co.auditor()}) {
            CustomerService s(co.as(session));
            CHECK(s.get(co.k2)->contacts.at(0).phone == QStringLiteral("13800000002"));
            CHECK(s.get(co.k4)->contacts.at(0).phone == QStringLiteral("13800000004"));
            CHECK(listed(co.as(session)) ==
                  QStringList{QStringLiteral("K001=13800000001"), QStringLiteral("K002=13800000002"),
                              QStringLiteral("K003=13800000003"), QStringLiteral("K004=13800000004")});
        }
    }
    SECTION("HR does not see customers")
    {
        CHECK(CustomerService(co.as(co.hr())).get(co.k1).error().code == ErrorCode::PermissionDenied);
        CHECK(CustomerQuery(co.as(co.hr()), {}).count().error().code == ErrorCode::PermissionDenied);
        CHECK(CustomerQuery(co.as(co.hr()), {}).page({}, 10).error().code == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("A salesperson reads no contact detail of another salesperson's customer through core",
          "[customers][scope][contacts]")
{
    CustomerCompany co;
    logFollowUp(co.as(co.salesLiu()), co.k2, QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
    const Context wang = co.as(co.salesWang());

    CHECK(CustomerService(wang).get(co.k2).error().code == ErrorCode::PermissionDenied);
    CHECK(CustomerService(wang).getByCode(QStringLiteral("K002")).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(CustomerService(wang).ownershipHistory(co.k2).error().code == ErrorCode::PermissionDenied);
    CHECK(FollowUpService(wang).timeline(co.k2).error().code == ErrorCode::PermissionDenied);
    CHECK(FollowUpService(wang).dueOn(QDate(2026, 3, 15), co.liu).error().code ==
          ErrorCode::PermissionDenied);

    // No list shows the customer or its phone, whatever the filter.
    for (const auto scope : {CustomerQuery::Scope::All, CustomerQuery::Scope::Team,
                             CustomerQuery::Scope::Mine, CustomerQuery::Scope::Pool}) {
        CustomerQuery::Filter filter;
        filter.scope = scope;
        filter.ownerId = co.liu;
        CHECK(CustomerQuery(wang, filter).page({}, 100)->rows.isEmpty());
        CHECK(*CustomerQuery(wang, filter).count() == 0);
        filter.ownerId = 0;
        filter.search = QStringLiteral("华信");
        CHECK(CustomerQuery(wang, filter).page({}, 100)->rows.isEmpty());
    }
    // Contacts cannot be read or changed by id either.
    const qint64 contactId =
        SqlQuery::scalar(co.t.db(), QStringLiteral("SELECT id FROM customer_contacts WHERE customer_id = ?"),
                         {co.k2})
            .toLongLong();
    CustomerContact change;
    change.id = contactId;
    change.name = QStringLiteral("x");
    CHECK(CustomerService(wang).updateContact(change).error().code == ErrorCode::PermissionDenied);
    CHECK(CustomerService(wang).removeContact(contactId).error().code == ErrorCode::PermissionDenied);
    CustomerContact added;
    added.customerId = co.k2;
    added.name = QStringLiteral("x");
    CHECK(CustomerService(wang).addContact(added).error().code == ErrorCode::PermissionDenied);

    // The pool's timeline comes without the content until claimed; the owner sees it.
    logFollowUp(co.system, co.k4, QDateTime(QDate(2026, 3, 1), QTime(9, 30)), co.zhang);
    const auto poolTimeline = FollowUpService(wang).timeline(co.k4);
    REQUIRE(poolTimeline.ok());
    REQUIRE(poolTimeline->size() == 1);
    CHECK(poolTimeline->at(0).content.isEmpty());
    CHECK(FollowUpService(co.as(co.salesLiu())).timeline(co.k2)->at(0).content == QStringLiteral("test"));
    CHECK(auditIssues(co.t.db()).isEmpty());
}

TEST_CASE("Validation names every problem with the import template's columns", "[customers][validation]")
{
    CustomerCompany co;
    CustomerService s(co.system);

    Customer bad;
    bad.code = QStringLiteral("  ");
    bad.name = QStringLiteral(" ");
    bad.type = QStringLiteral("VIP");
    bad.level = QStringLiteral("d");
    bad.location = GeoPoint{90500000, 121000000};
    bad.creditLimit = Money::fromFen(-100);
    bad.paymentDays = -1;
    bad.ownerCode = QStringLiteral("E999");
    bad.createdOn = QDate(2026, 3, 20);
    CHECK(problemTexts(s.validate(bad)) ==
          QStringList{
              QStringLiteral("code: customer code is required"),
              QStringLiteral("name: customer name is required"),
              QStringLiteral(
                  "type: unknown customer type VIP; use key_account, sme, individual, channel or other"),
              QStringLiteral("level: unknown customer level D; use A, B or C"),
              QStringLiteral("latitude: latitude 90.500000 is outside -90 to 90"),
              QStringLiteral("credit_limit: credit limit cannot be negative"),
              QStringLiteral("payment_days: payment terms cannot be a negative number of days"),
              QStringLiteral("created_on: creation date 2026-03-20 is in the future"),
              QStringLiteral("owner_code: owner E999 does not exist")});
    const auto created = s.create(bad);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::Invalid);
    CHECK(created.error().problems.size() == 9);
    CHECK(created.error().message == QStringLiteral("The record of customer  has 9 problem(s)."));

    Customer dup = customerSpec(QStringLiteral("K001"), QStringLiteral("重复"));
    dup.ownerCode = QStringLiteral("E003");
    dup.createdOn = QDate(2026, 2, 1);
    dup.ownedSince = QDate(2026, 1, 10);
    dup.location = GeoPoint{31000000, -181000000};
    CHECK(problemTexts(s.validate(dup)) ==
          QStringList{QStringLiteral("code: customer code K001 is already used"),
                      QStringLiteral("longitude: longitude -181.000000 is outside -180 to 180"),
                      QStringLiteral("ownership start 2026-01-10 is before the creation date 2026-02-01")
                          .prepend(QStringLiteral("owned_since: "))});
    dup.ownedSince = QDate(2026, 3, 16);
    CHECK(problemTexts(s.validate(dup)).last() ==
          QStringLiteral("owned_since: ownership start 2026-03-16 is in the future"));

    // Names are accepted for type and level; the owner is found by code.
    Customer good = customerSpec(QStringLiteral("K100"), QStringLiteral("好客户"));
    good.type = QStringLiteral("渠道");
    good.level = QStringLiteral(" b ");
    good.ownerCode = QStringLiteral("E003");
    CHECK(s.validate(good).isEmpty());
    const qint64 id = *s.create(good);
    const Customer stored = *s.get(id);
    CHECK(stored.type == QStringLiteral("channel"));
    CHECK(stored.level == QStringLiteral("B"));
    CHECK(stored.ownerId == co.liu);

    // An owner who has left cannot be given to a new customer; existing customers keep theirs.
    REQUIRE(EmployeeService(co.system).setStatus(co.liu, EmployeeStatus::Left, QDate(2026, 3, 14)).ok());
    Customer late = customerSpec(QStringLiteral("K101"), QStringLiteral("晚到客户"), co.liu);
    CHECK(problemTexts(s.validate(late)) ==
          QStringList{QStringLiteral("owner_code: owner 刘洋 (E003) has left the company")});
    Customer edited = stored;
    edited.name = QStringLiteral("好客户（改名）");
    CHECK(s.validate(edited).isEmpty());
    CHECK(s.update(edited).ok());
    CHECK(auditIssues(co.t.db()).isEmpty());
}

TEST_CASE("Creating a customer with an owner records the ownership; without one it enters the pool",
          "[customers][create]")
{
    CustomerCompany co;
    CustomerService s(co.system);

    SECTION("owner given, no dates: created and owned today, ownership row 'created' at the current time")
    {
        const qint64 id =
            makeCustomer(co.system, QStringLiteral("N001"), QStringLiteral("新客户一"), co.wang);
        const Customer c = *s.get(id);
        CHECK(c.createdOn == QDate(2026, 3, 15));
        CHECK(c.ownedSince == QDate(2026, 3, 15));
        CHECK_FALSE(c.poolSince.isValid());
        const auto history = s.ownershipHistory(id);
        REQUIRE(history->size() == 1);
        const OwnershipChange& h = history->at(0);
        CHECK(h.reason == OwnershipReason::Created);
        CHECK(h.fromOwnerId == 0);
        CHECK(h.toOwnerId == co.wang);
        CHECK(h.toOwnerName == QStringLiteral("王伟"));
        CHECK(h.at == QDateTime(QDate(2026, 3, 15), QTime(9, 0)));
        CHECK(h.username == QStringLiteral("system"));
    }
    SECTION("owner and ownership start given (an import of older data): the row is dated at that start")
    {
        Customer c = customerSpec(QStringLiteral("N002"), QStringLiteral("新客户二"), co.liu);
        c.createdOn = QDate(2025, 11, 3);
        c.ownedSince = QDate(2026, 2, 1);
        const qint64 id = makeCustomer(co.system, c);
        CHECK(s.get(id)->ownedSince == QDate(2026, 2, 1));
        const auto history = s.ownershipHistory(id);
        REQUIRE(history->size() == 1);
        CHECK(history->at(0).at == QDateTime(QDate(2026, 2, 1), QTime(0, 0)));
        // Only the creation date: the ownership starts then.
        Customer d = customerSpec(QStringLiteral("N003"), QStringLiteral("新客户三"), co.liu);
        d.createdOn = QDate(2025, 12, 24);
        CHECK(s.get(makeCustomer(co.system, d))->ownedSince == QDate(2025, 12, 24));
    }
    SECTION("no owner: in the pool since its creation, no ownership row")
    {
        Customer c = customerSpec(QStringLiteral("N004"), QStringLiteral("公海客户"));
        c.createdOn = QDate(2026, 2, 20);
        c.ownedSince = QDate(2026, 2, 21); // ignored without an owner
        const qint64 id = makeCustomer(co.system, c);
        const Customer stored = *s.get(id);
        CHECK(stored.ownerId == 0);
        CHECK_FALSE(stored.ownedSince.isValid());
        CHECK(stored.poolSince == QDate(2026, 2, 20));
        CHECK(s.ownershipHistory(id)->isEmpty());
    }
    CHECK(auditIssues(co.t.db()).isEmpty());
}

TEST_CASE("Who may create and edit which customers", "[customers][scope][edit]")
{
    CustomerCompany co;
    const Context wang = co.as(co.salesWang());
    const Context manager = co.as(co.manager());

    // A salesperson creates own customers only.
    CHECK(CustomerService(wang)
              .create(customerSpec(QStringLiteral("W1"), QStringLiteral("自建"), co.wang))
              .ok());
    CHECK(CustomerService(wang)
              .create(customerSpec(QStringLiteral("W2"), QStringLiteral("给别人"), co.liu))
              .error()
              .code == ErrorCode::PermissionDenied);
    CHECK(CustomerService(wang)
              .create(customerSpec(QStringLiteral("W3"), QStringLiteral("进公海")))
              .error()
              .code == ErrorCode::PermissionDenied);
    // A manager for the team (and the pool), not for another team.
    CHECK(CustomerService(manager)
              .create(customerSpec(QStringLiteral("M1"), QStringLiteral("给李娜"), co.li))
              .ok());
    CHECK(CustomerService(manager).create(customerSpec(QStringLiteral("M2"), QStringLiteral("进公海"))).ok());
    CHECK(CustomerService(manager)
              .create(customerSpec(QStringLiteral("M3"), QStringLiteral("给刘洋"), co.liu))
              .error()
              .code == ErrorCode::PermissionDenied);
    // Finance reads but does not edit.
    CHECK(CustomerService(co.as(co.finance()))
              .create(customerSpec(QStringLiteral("F1"), QStringLiteral("财务")))
              .error()
              .code == ErrorCode::PermissionDenied);

    // Updates: own / team; the owner never changes through update().
    Customer k1 = *CustomerService(co.system).get(co.k1);
    k1.name = QStringLiteral("上海远景贸易集团");
    k1.ownerId = co.liu;
    k1.creditLimit = Money::fromYuan(50000);
    k1.paymentDays = 45;
    k1.location = GeoPoint{31230416, 121473701};
    REQUIRE(CustomerService(wang).update(k1).ok());
    const Customer after = *CustomerService(co.system).get(co.k1);
    CHECK(after.name == QStringLiteral("上海远景贸易集团"));
    CHECK(after.ownerId == co.wang);
    CHECK(after.ownedSince == QDate(2026, 1, 5));
    CHECK(after.creditLimit == Money::fromYuan(50000));
    CHECK(after.paymentDays == 45);
    REQUIRE(after.location.has_value());
    CHECK(after.location->latitudeE6 == 31230416);
    CHECK(CustomerService(manager).update(*CustomerService(co.system).get(co.k3)).ok());
    CHECK(CustomerService(manager).update(*CustomerService(co.system).get(co.k2)).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(CustomerService(wang).update(*CustomerService(co.system).get(co.k4)).error().code ==
          ErrorCode::PermissionDenied);
    Customer ghost = k1;
    ghost.id = 987654;
    CHECK(CustomerService(co.system).update(ghost).error().code == ErrorCode::NotFound);
    Customer invalid = after;
    invalid.code = QStringLiteral("K002");
    const Status clash = CustomerService(wang).update(invalid);
    REQUIRE_FALSE(clash.ok());
    CHECK(problemTexts(clash.error().problems) ==
          QStringList{QStringLiteral("code: customer code K002 is already used")});
    CHECK(auditIssues(co.t.db()).isEmpty());
}

TEST_CASE("Contacts: add, change, remove, one primary contact, audited", "[customers][contacts]")
{
    CustomerCompany co;
    const Context wang = co.as(co.salesWang());
    CustomerService s(wang);

    CustomerContact second;
    second.customerId = co.k1;
    second.name = QStringLiteral(" 钱会计 ");
    second.title = QStringLiteral("财务");
    second.phone = QStringLiteral("021-6234 5678");
    second.email = QStringLiteral("qian@example.cn");
    const qint64 secondId = *s.addContact(second);
    auto contacts = s.get(co.k1)->contacts;
    REQUIRE(contacts.size() == 2);
    CHECK(contacts.at(0).name == QStringLiteral("周总")); // still the primary one
    CHECK(contacts.at(1).name == QStringLiteral("钱会计"));
    CHECK(contacts.at(1).phone == QStringLiteral("021-62345678"));
    CHECK_FALSE(contacts.at(1).primary);

    CustomerContact change = contacts.at(1);
    change.primary = true;
    REQUIRE(s.updateContact(change).ok());
    contacts = s.get(co.k1)->contacts;
    CHECK(contacts.at(0).name == QStringLiteral("钱会计"));
    CHECK(contacts.at(0).primary);
    CHECK_FALSE(contacts.at(1).primary);

    CustomerContact bad;
    bad.customerId = co.k1;
    bad.phone = QStringLiteral("call me");
    bad.email = QStringLiteral("qian-at-example");
    const auto rejected = s.addContact(bad);
    REQUIRE_FALSE(rejected.ok());
    CHECK(problemTexts(rejected.error().problems) ==
          QStringList{QStringLiteral("contact: contact name is required"),
                      QStringLiteral("phone: callme is not a telephone number"),
                      QStringLiteral("email: qian-at-example is not an e-mail address")});

    REQUIRE(s.removeContact(secondId).ok());
    contacts = s.get(co.k1)->contacts;
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.at(0).name == QStringLiteral("周总"));
    CHECK(s.removeContact(secondId).error().code == ErrorCode::NotFound);

    // The primary phone shows in the list.
    CustomerQuery::Filter mine;
    mine.scope = CustomerQuery::Scope::Mine;
    CHECK(CustomerQuery(wang, mine).page({}, 10)->rows.at(0).phone == QStringLiteral("13800000001"));
    CHECK(auditIssues(co.t.db()).isEmpty());
    CHECK(
        SqlQuery::scalar(co.t.db(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'customer_contacts'"))
            .toInt() == 4 + 1 + 2 + 1); // 4 fixture contacts, the second one, primary moved twice, removed
}

TEST_CASE("A pool customer's contacts show once claimed, and hide again once released",
          "[customers][scope][contacts]")
{
    CustomerCompany co;
    const Context wang = co.as(co.salesWang());
    const NoPoolFacts facts;
    CHECK(CustomerService(wang).get(co.k4)->contactsHidden);

    REQUIRE(PoolService(wang, facts).claim(co.k4).ok());
    const Customer claimed = *CustomerService(wang).get(co.k4);
    CHECK_FALSE(claimed.contactsHidden);
    REQUIRE(claimed.contacts.size() == 1);
    CHECK(claimed.contacts.at(0).phone == QStringLiteral("13800000004"));
    CHECK(CustomerService(co.as(co.salesLiu())).get(co.k4).error().code == ErrorCode::PermissionDenied);
    const auto history = CustomerService(wang).ownershipHistory(co.k4);
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).reason == OwnershipReason::Claimed);
    CHECK(history->at(0).toOwnerId == co.wang);

    REQUIRE(PoolService(wang, facts).release(co.k4).ok());
    CHECK(CustomerService(wang).get(co.k4)->contactsHidden);
    CHECK(CustomerService(co.as(co.salesLiu())).get(co.k4)->contactsHidden);
    CHECK(auditIssues(co.t.db()).isEmpty());
}
