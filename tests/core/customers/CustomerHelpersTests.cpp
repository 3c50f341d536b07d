#include "CustomersTestSupport.h"

#include "customers/Customer.h"
#include "customers/CustomerValidator.h"

using namespace tl::core;
using namespace tl::test;

TEST_CASE("Customer types: keys, names and text in Chinese or English", "[customers][helpers]")
{
    CHECK(customerTypeKeys() == QStringList{QStringLiteral("key_account"), QStringLiteral("sme"),
                                            QStringLiteral("individual"), QStringLiteral("channel"),
                                            QStringLiteral("other")});
    CHECK(customerTypeName(QStringLiteral("key_account")) == QStringLiteral("Key account"));
    CHECK(customerTypeName(QStringLiteral("channel")) == QStringLiteral("Channel partner"));
    CHECK(customerTypeFromText(QStringLiteral("大客户")) == QStringLiteral("key_account"));
    CHECK(customerTypeFromText(QStringLiteral("中小企业")) == QStringLiteral("sme"));
    CHECK(customerTypeFromText(QStringLiteral(" 个人 ")) == QStringLiteral("individual"));
    CHECK(customerTypeFromText(QStringLiteral("渠道")) == QStringLiteral("channel"));
    CHECK(customerTypeFromText(QStringLiteral("其他")) == QStringLiteral("other"));
    CHECK(customerTypeFromText(QStringLiteral("SME")) == QStringLiteral("sme"));
    CHECK(customerTypeFromText(QStringLiteral("Key account")) == QStringLiteral("key_account"));
    CHECK_FALSE(customerTypeFromText(QStringLiteral("VIP")).has_value());
    CHECK_FALSE(customerTypeFromText(QString()).has_value());
    CHECK(customerLevels() == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
}

TEST_CASE("Follow-up methods and ownership reasons", "[customers][helpers]")
{
    CHECK(followUpMethodKeys() == QStringList{QStringLiteral("phone"), QStringLiteral("visit"),
                                              QStringLiteral("wechat"), QStringLiteral("email"),
                                              QStringLiteral("other")});
    CHECK(followUpMethodFromText(QStringLiteral("电话")) == QStringLiteral("phone"));
    CHECK(followUpMethodFromText(QStringLiteral("拜访")) == QStringLiteral("visit"));
    CHECK(followUpMethodFromText(QStringLiteral("微信")) == QStringLiteral("wechat"));
    CHECK(followUpMethodFromText(QStringLiteral("邮件")) == QStringLiteral("email"));
    CHECK(followUpMethodFromText(QStringLiteral("WeChat")) == QStringLiteral("wechat"));
    CHECK_FALSE(followUpMethodFromText(QStringLiteral("fax")).has_value());
    CHECK(followUpMethodName(QStringLiteral("email")) == QStringLiteral("E-mail"));

    const QStringList keys{QStringLiteral("created"),           QStringLiteral("claimed"),
                           QStringLiteral("assigned"),          QStringLiteral("reclaimed_no_follow_up"),
                           QStringLiteral("reclaimed_no_deal"), QStringLiteral("released"),
                           QStringLiteral("handover"),          QStringLiteral("manual")};
    for (const QString& key : keys) {
        const auto reason = ownershipReasonFromKey(key);
        REQUIRE(reason.has_value());
        CHECK(ownershipReasonKey(*reason) == key);
        CHECK_FALSE(ownershipReasonName(*reason).isEmpty());
    }
    CHECK(ownershipReasonKey(OwnershipReason::ReclaimedNoFollowUp) ==
          QStringLiteral("reclaimed_no_follow_up"));
    CHECK(ownershipReasonName(OwnershipReason::Released) == QStringLiteral("Released to the pool"));
    CHECK_FALSE(ownershipReasonFromKey(QStringLiteral("stolen")).has_value());
}

TEST_CASE("Haversine distance with the mean Earth radius", "[customers][helpers][geo]")
{
    // Expected values computed by hand with R = 6,371,008.8 m: one degree of a meridian is R * pi / 180.
    CHECK(GeoPoint::distanceMetres({0, 0}, {1000000, 0}) == Approx(111195.080).margin(0.01));
    CHECK(GeoPoint::distanceMetres({31230416, 121473701}, {31230416, 121473701}) == 0.0);
    // 天安门 to 人民广场 (上海).
    CHECK(GeoPoint::distanceMetres({39908823, 116397470}, {31230416, 121473701}) ==
          Approx(1068152.107).margin(0.01));
    // Across the antimeridian: 0.000002 degrees of the equator.
    CHECK(GeoPoint::distanceMetres({0, 179999999}, {0, -179999999}) == Approx(0.2224).margin(0.0001));
    // The 500 m boundary north of 人民广场: 4,496 micro-degrees are 499.93 m, 4,497 are 500.04 m.
    CHECK(GeoPoint::distanceMetres({31230416, 121473701}, {31234912, 121473701}) ==
          Approx(499.933).margin(0.001));
    CHECK(GeoPoint::distanceMetres({31230416, 121473701}, {31234913, 121473701}) ==
          Approx(500.044).margin(0.001));
    CHECK(GeoPoint::distanceMetres({31234913, 121473701}, {31230416, 121473701}) ==
          GeoPoint::distanceMetres({31230416, 121473701}, {31234913, 121473701}));
}

TEST_CASE("Coordinates typed as text: both or neither, in range", "[customers][helpers][geo]")
{
    QList<FieldProblem> problems;
    auto p = CustomerValidator::parseCoordinates(QStringLiteral("31.230416"), QStringLiteral("121.473701"),
                                                 problems);
    REQUIRE(p.has_value());
    CHECK(p->latitudeE6 == 31230416);
    CHECK(p->longitudeE6 == 121473701);
    CHECK(problems.isEmpty());

    CHECK_FALSE(CustomerValidator::parseCoordinates({}, {}, problems).has_value());
    CHECK(problems.isEmpty());

    CHECK_FALSE(CustomerValidator::parseCoordinates(QStringLiteral("31.2"), {}, problems).has_value());
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).column == QStringLiteral("longitude"));
    CHECK(problems.at(0).reason == QStringLiteral("latitude and longitude must be given together"));

    problems.clear();
    CHECK_FALSE(CustomerValidator::parseCoordinates(QStringLiteral("91"), QStringLiteral("东经121"), problems)
                    .has_value());
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).toString() == QStringLiteral("column latitude: latitude 91 is outside -90 to 90"));
    CHECK(problems.at(1).toString() ==
          QStringLiteral("column longitude: 东经121 is not a number of degrees"));

    problems.clear();
    p = CustomerValidator::parseCoordinates(QStringLiteral("-90"), QStringLiteral("-180.0"), problems);
    REQUIRE(p.has_value());
    CHECK(p->latitudeE6 == -90000000);
    CHECK(p->longitudeE6 == -180000000);
    CHECK_FALSE(
        CustomerValidator::parseCoordinates(QStringLiteral("0"), QStringLiteral("180.000001"), problems)
            .has_value());
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).reason == QStringLiteral("longitude 180.000001 is outside -180 to 180"));
}
