#pragma once

#include "settings/SetupService.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

namespace tl::test {

// A company in Shanghai set up with the built-in profiles and default rules.
struct SettingsFixture
{
    TestDatabase t;
    core::Context sys = t.context();

    SettingsFixture()
    {
        const core::Status s = core::SetupService::initialize(
            t.db(), t.clock(), QStringLiteral("测试贸易公司"), QStringLiteral("shanghai"),
            QStringLiteral("admin"), QStringLiteral("admin-pass-1"), QStringLiteral("管理员"));
        if (!s)
            FAIL(s.error().fullText().toStdString());
    }

    static core::Session roleSession(core::Role role)
    {
        core::Session s;
        s.userId = 999;
        s.username = QStringLiteral("someone");
        s.role = role;
        return s;
    }
};

} // namespace tl::test
