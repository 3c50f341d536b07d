#include <catch2/catch.hpp>

#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"

using namespace tl::core;

TEST_CASE("passwords are stored as Argon2id with t=3, 64 MiB, one lane and a random salt", "[auth][password]")
{
    const PasswordHasher hasher;
    CHECK(hasher.params().opsLimit == 3);
    CHECK(hasher.params().memLimit == 64u * 1024 * 1024);

    auto first = hasher.hash(QStringLiteral("correct horse"));
    auto second = hasher.hash(QStringLiteral("correct horse"));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first->startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$")));
    CHECK(*first != *second); // salted
    CHECK(hasher.verify(QStringLiteral("correct horse"), *first));
    CHECK(hasher.verify(QStringLiteral("correct horse"), *second));
    CHECK_FALSE(hasher.verify(QStringLiteral("correct horsE"), *first));
    CHECK_FALSE(hasher.verify(QString(), *first));
    CHECK_FALSE(hasher.needsRehash(*first));
}

TEST_CASE("a hash made with weaker parameters verifies and asks for a rehash", "[auth][password]")
{
    const PasswordHasher weak(PasswordHasher::Params{1, 8 * 1024});
    auto stored = weak.hash(QStringLiteral("密码很长很长"));
    REQUIRE(stored.ok());
    CHECK(stored->startsWith(QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$")));
    const PasswordHasher standard;
    CHECK(standard.verify(QStringLiteral("密码很长很长"), *stored));
    CHECK(standard.needsRehash(*stored));
}

TEST_CASE("garbage and foreign hash formats never verify", "[auth][password]")
{
    const PasswordHasher hasher;
    CHECK_FALSE(hasher.verify(QStringLiteral("x"), QString()));
    CHECK_FALSE(hasher.verify(QStringLiteral("x"), QStringLiteral("x")));
    CHECK_FALSE(
        hasher.verify(QStringLiteral("password"), QStringLiteral("5f4dcc3b5aa765d61d8327deb882cf99")));
    CHECK_FALSE(hasher.verify(QStringLiteral("x"), QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$broken")));
}

TEST_CASE("the same password typed composed or decomposed verifies", "[auth][password]")
{
    const PasswordHasher weak(PasswordHasher::Params{1, 8 * 1024});
    const QString composed = QStringLiteral("caf\u00e9-latte");    // é as one code point
    const QString decomposed = QStringLiteral("cafe\u0301-latte"); // e + combining acute accent
    auto stored = weak.hash(composed);
    REQUIRE(stored.ok());
    CHECK(weak.verify(decomposed, *stored));
}

TEST_CASE("the password policy asks for at least 8 characters and says so", "[auth][password]")
{
    CHECK(passwordPolicyProblem(QStringLiteral("1234567")).contains(QStringLiteral("8")));
    CHECK(passwordPolicyProblem(QString()).contains(QStringLiteral("at least 8 characters")));
    CHECK(passwordPolicyProblem(QStringLiteral("12345678")).isEmpty());
    CHECK(passwordPolicyProblem(QStringLiteral("八个汉字的密码呀")).isEmpty());     // 8 characters
    CHECK_FALSE(passwordPolicyProblem(QStringLiteral("七个汉字的密码")).isEmpty()); // 7 characters
}
