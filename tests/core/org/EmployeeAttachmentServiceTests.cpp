#include "OrgTestSupport.h"

#include "audit/AuditLog.h"
#include "org/EmployeeAttachmentService.h"
#include "org/EmployeeService.h"
#include "support/Builders.h"
#include "support/TestDatabase.h"

using namespace tl::core;
using namespace tl::test;
using namespace Qt::StringLiterals;

TEST_CASE("documents are kept with the employee, audited, and shown only to who may see ID data",
          "[org][attachments]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    const qint64 e = makeEmployee(hr, u"E001"_s, u"张三"_s);
    EmployeeAttachmentService service(hr);
    const QByteArray scan("%PDF-1.4 scan of the ID card");

    const auto id = service.add(e, u"/home/hr/扫描/身份证.pdf"_s, u"application/pdf"_s, scan);
    REQUIRE(id.ok());
    const auto list = service.list(e);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().fileName == u"身份证.pdf"_s);
    CHECK(list->first().mimeType == u"application/pdf"_s);
    CHECK(list->first().size == scan.size());
    CHECK(list->first().addedAt == QDateTime(QDate(2026, 3, 15), QTime(9, 0)));
    CHECK(*service.data(*id) == scan);

    const auto empty = service.add(e, u"空.pdf"_s, {}, {});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().problems.first().reason == u"the file 空.pdf is empty"_s);
    CHECK(service.add(404, u"a.pdf"_s, {}, scan).error().code == ErrorCode::NotFound);
    CHECK(service.add(e, u"big.bin"_s, {}, QByteArray(EmployeeAttachmentService::kMaxBytes + 1, 'x'))
              .error()
              .code == ErrorCode::Invalid);

    for (Role role : {Role::Finance, Role::SalesManager, Role::Sales}) {
        EmployeeAttachmentService denied(t.context(sessionFor(role, e)));
        CHECK(denied.list(e).error().code == ErrorCode::PermissionDenied);
        CHECK(denied.data(*id).error().code == ErrorCode::PermissionDenied);
        CHECK(denied.add(e, u"x.pdf"_s, {}, scan).error().code == ErrorCode::PermissionDenied);
    }
    CHECK(EmployeeAttachmentService(t.context(sessionFor(Role::Auditor))).data(*id).ok());
    CHECK(AuditLog::verify(t.db()).isEmpty());

    // Deleting the employee (entered by mistake) deletes the documents, audited.
    service.add(e, u"合同.pdf"_s, {}, scan).value();
    REQUIRE(EmployeeService(hr).remove(e).ok());
    CHECK(service.data(*id).error().code == ErrorCode::NotFound);
    CHECK(AuditLog::verify(t.db()).isEmpty());
}

TEST_CASE("a document can be removed", "[org][attachments]")
{
    TestDatabase t;
    const Context hr = t.context(sessionFor(Role::Hr));
    const qint64 e = makeEmployee(hr, u"E001"_s, u"张三"_s);
    EmployeeAttachmentService service(hr);
    const qint64 id = *service.add(e, u"a.png"_s, u"image/png"_s, QByteArray("png"));
    CHECK(EmployeeAttachmentService(t.context(sessionFor(Role::Auditor))).remove(id).error().code ==
          ErrorCode::PermissionDenied);
    REQUIRE(service.remove(id).ok());
    CHECK(service.list(e)->isEmpty());
    CHECK(service.remove(id).error().code == ErrorCode::NotFound);
    CHECK(AuditLog::verify(t.db()).isEmpty());
}
