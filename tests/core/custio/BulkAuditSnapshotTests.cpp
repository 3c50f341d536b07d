#include <catch2/catch.hpp>

#include "CustioSupport.h"

#include "audit/AuditLog.h"
#include "audit/BulkAuditWriter.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "support/TestDatabase.h"

#include <sqlite3.h>

using namespace tl::core;
using namespace tl::test;

// The bulk writer builds snapshots of text, integer and NULL columns itself (the hot path of imports and
// the demo company); they must be byte for byte what AuditLog::snapshot and canonicalJson produce.
TEST_CASE("bulk audit snapshots equal AuditLog's for any text", "[custio][audit]")
{
    TestDatabase t;
    const Context ctx = t.context();
    QStringList names{
        QString::fromUtf8("上海瑞丰贸易有限公司"),
        QStringLiteral("quote \" backslash \\ slash / done"),
        QStringLiteral("controls \t\n\r\b\f and \x01\x1f and DEL \x7f"),
        QString::fromUtf8("emoji 😀 and CJK 𠀀 and line separator \u2028 and BOM \uFEFF"),
        QString::fromUtf8("noncharacter \uFFFF and replacement \uFFFD"),
        QStringLiteral("plain"),
    };
    names << QStringLiteral("nul") + QChar(u'\0') + QStringLiteral("inside");

    Transaction tx(t.db());
    NativeStatement insert(
        t.db().nativeHandle(),
        "INSERT INTO customers (code, name, type, level, industry, latitude_e6, longitude_e6, "
        "credit_limit, created_on) VALUES (?,?,'sme','C',?,?,?,?,'2025-01-01')");
    QList<qint64> ids;
    for (qsizetype i = 0; i < names.size(); ++i) {
        insert.bind(1, QStringLiteral("T%1").arg(i)).bind(2, names.at(i)).bind(3, QString());
        if (i % 2 == 0)
            insert.bind(4, qint64(-33856000 - i)).bind(5, qint64(151215000));
        else
            insert.bindNull(4).bindNull(5);
        insert.bind(6, i == 1 ? std::numeric_limits<qint64>::max() : qint64(i) * 1000);
        ids << insert.execute();
    }
    // Text that is not valid UTF-8 (another program wrote it): the bulk writer falls back to Qt's reading.
    NativeStatement raw(t.db().nativeHandle(),
                        "INSERT INTO customers (code, name, created_on) VALUES ('RAW', ?, "
                        "'2025-01-01')");
    const char invalid[] = "bad \xff\xfe utf-8 \xed\xa0\x80 surrogate";
    sqlite3_bind_text(raw.raw(), 1, invalid, int(sizeof invalid - 1), SQLITE_TRANSIENT);
    ids << raw.execute();

    BulkAuditWriter writer(ctx);
    for (qint64 id : ids)
        writer.recordCreate(QStringLiteral("customers"), id, QStringLiteral("row"));
    tx.commit();

    SqlQuery q(t.db(),
               QStringLiteral("SELECT entity_id, after_json FROM audit_log WHERE entity = 'customers' "
                              "ORDER BY id"));
    q.exec();
    int checked = 0;
    while (q.next()) {
        const QString expected =
            canonicalJson(AuditLog::snapshot(t.db(), QStringLiteral("customers"), q.integer(0)));
        CAPTURE(expected.toStdString());
        CHECK(q.text(1) == expected);
        ++checked;
    }
    CHECK(checked == ids.size());
    requireAuditClean(t.db());

    // The compact form: fingerprints of the same text.
    Transaction again(t.db());
    NativeStatement more(t.db().nativeHandle(),
                         "INSERT INTO customers (code, name, created_on) VALUES (?,?,'2025-01-01')");
    BulkAuditWriter bulk(ctx);
    for (qsizetype i = 0; i < names.size(); ++i)
        bulk.addCreated(QStringLiteral("customers"),
                        more.bind(1, QStringLiteral("B%1").arg(i)).bind(2, names.at(i)).execute());
    bulk.flush();
    again.commit();
    requireAuditClean(t.db());
}
