// End-to-end tests of `payslips` through the real teamledger-cli binary (DESIGN §4; issue 5, "Done means" 4):
// payslip PDFs in both layouts, the payroll summary, the bank file and the tax withholding list, their totals
// against `payroll show`, permissions and exit codes. The database is built from CSV files
// (tests/data/payrolldocs/employees.csv with bank accounts and ID numbers; salary profiles and attendance of
// tests/data/payrollrun) plus the one loss claim; the figures are worked out by hand in
// tests/data/payrollrun/README.md and tests/data/payrolldocs/README.md.
#include "auth/AuthService.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "io/XlsxReader.h"
#include "money/Money.h"
#include "money/MoneyFormat.h"
#include "money/MoneyParse.h"
#include "payroll/LossClaimService.h"
#include "support/TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tl::core;

namespace {

const QString kSecret = QStringLiteral("payslips-secret-1");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

class PayslipsWorkspace
{
public:
    PayslipsWorkspace()
    {
        REQUIRE(m_dir.isValid());
        QFile f(path(QStringLiteral("password.txt")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(kSecret.toUtf8() + "\n");
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString db() const { return path(QStringLiteral("ledger.db")); }

    Run as(const QString& user, const QStringList& args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TEAMLEDGER_PASSWORD"));
        env.remove(QStringLiteral("TEAMLEDGER_LANG")); // the messages checked below are the English ones
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TL_CLI_PATH),
                      QStringList{QStringLiteral("--db"), db(), QStringLiteral("--password-file"),
                                  path(QStringLiteral("password.txt")), QStringLiteral("--user"), user} +
                          args);
        REQUIRE(process.waitForFinished(120000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    Run hr(const QStringList& args) const { return as(QStringLiteral("hr"), args); }
    Run ok(const QString& user, const QStringList& args) const
    {
        const Run r = as(user, args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.code == 0);
        return r;
    }

    // The company from CSV files, the users hr, finance and wangqiang (E003, a salesperson), E004's approved
    // loss claim of 2,500.00, and the January run calculated.
    void build() const
    {
        const QString admin = QStringLiteral("admin");
        ok(admin, {QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("薪资测试有限公司"),
                   QStringLiteral("--city"), QStringLiteral("shanghai")});
        ok(admin, {QStringLiteral("import"), QStringLiteral("employees"),
                   tl::test::testDataPath(QStringLiteral("payrolldocs/employees.csv"))});
        {
            auto opened = Database::open(db(), Database::OpenMode::OpenExisting);
            REQUIRE(opened.ok());
            Database& database = **opened;
            SystemClock clock;
            const Context system{database, clock, Session::systemSession(), nullptr};
            const qint64 e003 =
                SqlQuery::scalar(database, QStringLiteral("SELECT id FROM employees WHERE code = 'E003'"))
                    .toLongLong();
            const qint64 e004 =
                SqlQuery::scalar(database, QStringLiteral("SELECT id FROM employees WHERE code = 'E004'"))
                    .toLongLong();
            UserService users(system);
            REQUIRE(
                users.create(QStringLiteral("hr"), UserFields{QStringLiteral("人事"), Role::Hr, 0}, kSecret)
                    .ok());
            REQUIRE(users
                        .create(QStringLiteral("finance"),
                                UserFields{QStringLiteral("财务"), Role::Finance, 0}, kSecret)
                        .ok());
            REQUIRE(users
                        .create(QStringLiteral("wangqiang"),
                                UserFields{QStringLiteral("王强"), Role::Sales, e003}, kSecret)
                        .ok());
            const auto claim =
                LossClaimService(system).request(e004, Money::fromYuan(2500), QStringLiteral("遗失样机"));
            REQUIRE(claim.ok());
            REQUIRE(LossClaimService(system).approve(*claim).ok());
        }
        ok(QStringLiteral("hr"), {QStringLiteral("import"), QStringLiteral("salary-profiles"),
                                  tl::test::testDataPath(QStringLiteral("payrollrun/salary_profiles.csv"))});
        ok(QStringLiteral("hr"),
           {QStringLiteral("import"), QStringLiteral("attendance"),
            tl::test::testDataPath(QStringLiteral("payrollrun/attendance_2026-01.csv"))});
        ok(QStringLiteral("hr"),
           {QStringLiteral("payroll"), QStringLiteral("calc"), QStringLiteral("2026-01")});
    }

    void payroll(const char* action) const
    {
        ok(QStringLiteral("hr"),
           {QStringLiteral("payroll"), QString::fromLatin1(action), QStringLiteral("2026-01")});
    }

    // `payroll show 2026-01 --format json`: net pay by employee code.
    QMap<QString, Money> shownNet() const
    {
        const Run r = ok(QStringLiteral("hr"),
                         {QStringLiteral("payroll"), QStringLiteral("show"), QStringLiteral("2026-01"),
                          QStringLiteral("--format"), QStringLiteral("json")});
        QMap<QString, Money> net;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("payslips")).toArray()) {
            const QJsonObject o = v.toObject();
            const auto amount = parseMoney(o.value(QStringLiteral("net")).toString());
            REQUIRE(amount.ok());
            net.insert(o.value(QStringLiteral("employee")).toString(), *amount);
        }
        return net;
    }

    QByteArray read(const QString& name) const
    {
        QFile f(path(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }

private:
    QTemporaryDir m_dir;
};

int pdfPageCount(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return int(QString::fromLatin1(pdf).count(page));
}

// pdftotext of the file, pages split at form feeds, spaces removed; empty when pdftotext is missing.
QStringList pdfPages(const QString& file)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), file, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.remove(QLatin1Char(' '));
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QStringList csvLines(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* a : list)
        result << QString::fromUtf8(a);
    return result;
}

} // namespace

TEST_CASE("cli payslips: PDFs in both layouts carry the payslips of payroll show", "[cli][payslips]")
{
    PayslipsWorkspace w;
    w.build();
    const QMap<QString, Money> net = w.shownNet();
    REQUIRE(net.size() == 4);
    // The hand-computed January (tests/data/payrollrun/README.md).
    CHECK(net.value(QStringLiteral("E001")) == Money::fromFen(1576484));
    CHECK(net.value(QStringLiteral("E004")) == Money::fromFen(529035));

    // A4: one page per payslip, each with its net pay; HR prints the calculated run (marked as a draft).
    const QString a4 = w.path(QStringLiteral("a4.pdf"));
    const Run printed = w.ok(QStringLiteral("hr"), {QStringLiteral("payslips"), QStringLiteral("2026-01"),
                                                    QStringLiteral("--out"), a4});
    CHECK(printed.out.contains(QStringLiteral("E001 张伟 ¥15,764.84")));
    CHECK(printed.out.contains(QStringLiteral("4 payslip(s)")));
    CHECK(pdfPageCount(w.read(QStringLiteral("a4.pdf"))) == 4);
    const QStringList pages = pdfPages(a4);
    if (pages.isEmpty()) {
        WARN("pdftotext is not installed: the text of the PDFs is not checked");
    } else {
        REQUIRE(pages.size() == 4);
        int page = 0;
        for (auto it = net.constBegin(); it != net.constEnd(); ++it, ++page) {
            INFO(pages.at(page).toStdString());
            CHECK(pages.at(page).contains(it.key()));
            CHECK(pages.at(page).contains(formatMoney(it.value())));
        }
        CHECK(pages.at(0).contains(QStringLiteral("壹万伍仟柒佰陆拾肆元捌角肆分"))); // 15,764.84
        CHECK(pages.at(3).contains(QStringLiteral("¥700.00"))); // E004's claim carried forward
    }

    // Strips: all four on one landscape page; one employee's A4 payslip.
    const QString strips = w.path(QStringLiteral("strips.pdf"));
    w.ok(QStringLiteral("hr"),
         {QStringLiteral("payslips"), QStringLiteral("2026-01"), QStringLiteral("--out"), strips,
          QStringLiteral("--layout"), QStringLiteral("strips")});
    CHECK(pdfPageCount(w.read(QStringLiteral("strips.pdf"))) == 1);
    const QStringList stripPages = pdfPages(strips);
    if (!stripPages.isEmpty()) {
        REQUIRE(stripPages.size() == 1);
        for (auto it = net.constBegin(); it != net.constEnd(); ++it)
            CHECK(stripPages.first().contains(formatMoney(it.value(), false)));
    }
    const QString one = w.path(QStringLiteral("one.pdf"));
    const Run single =
        w.ok(QStringLiteral("hr"),
             {QStringLiteral("payslips"), QStringLiteral("2026-01"), QStringLiteral("--out"), one,
              QStringLiteral("--employee"), QStringLiteral("E003"), QStringLiteral("--employer-costs")});
    CHECK(single.out.contains(QStringLiteral("E003 王强 ¥6,381.82")));
    CHECK(pdfPageCount(w.read(QStringLiteral("one.pdf"))) == 1);

    // The summary's total row is payroll show's: net 30,826.00, gross 41,142.74.
    const QString summary = w.path(QStringLiteral("summary.csv"));
    w.ok(QStringLiteral("hr"),
         {QStringLiteral("payslips"), QStringLiteral("2026-01"), QStringLiteral("--summary"), summary});
    const QStringList summaryLines = csvLines(w.read(QStringLiteral("summary.csv")));
    REQUIRE(summaryLines.size() == 5); // header, 北京销售部, 销售中心, 销售中心/销售一部, total
    const QStringList total = summaryLines.last().split(QLatin1Char(','));
    Money sumOfNet;
    for (const Money& m : net)
        sumOfNet += m;
    CHECK(total.at(1) == QStringLiteral("4"));
    CHECK(total.at(2) == QStringLiteral("41142.74"));
    CHECK(total.at(9) == formatPlain(sumOfNet));
    CHECK(total.at(9) == QStringLiteral("30826.00"));
    const QString summaryPdf = w.path(QStringLiteral("summary.pdf"));
    w.ok(QStringLiteral("hr"),
         {QStringLiteral("payslips"), QStringLiteral("2026-01"), QStringLiteral("--summary"), summaryPdf});
    CHECK(pdfPageCount(w.read(QStringLiteral("summary.pdf"))) == 1);
}

TEST_CASE("cli payslips: the bank file and the tax list of an approved run, totals equal to payroll show",
          "[cli][payslips]")
{
    PayslipsWorkspace w;
    w.build();
    const QString bank = w.path(QStringLiteral("bank.csv"));
    const QString tax = w.path(QStringLiteral("iit.xlsx"));
    const QStringList bankArgs{QStringLiteral("payslips"), QStringLiteral("2026-01"),
                               QStringLiteral("--bank-file"), bank};
    const QStringList taxArgs{QStringLiteral("payslips"), QStringLiteral("2026-01"),
                              QStringLiteral("--tax-list"), tax};

    // Not approved yet: exit code 5, nothing written.
    const Run early = w.hr(bankArgs);
    CHECK(early.code == 5);
    CHECK(early.err.contains(QStringLiteral("approved")));
    CHECK(w.hr(taxArgs).code == 5);
    CHECK_FALSE(QFile::exists(bank));
    CHECK_FALSE(QFile::exists(tax));

    w.payroll("approve");
    const QMap<QString, Money> net = w.shownNet();
    Money sumOfNet;
    for (const Money& m : net)
        sumOfNet += m;

    const Run written = w.ok(QStringLiteral("hr"), bankArgs);
    CHECK(written.out.contains(QStringLiteral("4 transfer(s), total ¥30,826.00")));
    const QStringList lines = csvLines(w.read(QStringLiteral("bank.csv")));
    REQUIRE(lines.size() == 6);
    Money rows;
    for (int i = 1; i <= 4; ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        REQUIRE(cells.size() == 7);
        const auto amount = parseMoney(cells.at(5));
        REQUIRE(amount.ok());
        CHECK(*amount == net.value(cells.at(1)));
        rows += *amount;
    }
    CHECK(lines.at(1).startsWith(
        QStringLiteral("1,E001,张伟,6222020200112233445,中国工商银行上海分行,15764.84,")));
    CHECK(lines.at(5).split(QLatin1Char(',')).at(5) == formatPlain(sumOfNet));
    CHECK(rows == sumOfNet);
    CHECK(sumOfNet == Money::fromFen(3082600));

    // The same as XLSX.
    const QString bankXlsx = w.path(QStringLiteral("bank.xlsx"));
    w.ok(QStringLiteral("hr"),
         {QStringLiteral("payslips"), QStringLiteral("2026-01"), QStringLiteral("--bank-file"), bankXlsx});
    {
        auto reader = XlsxReader::openFile(bankXlsx);
        REQUIRE(reader.ok());
        REQUIRE((*reader)->readHeader().ok());
        TableRow row;
        int count = 0;
        QString last;
        while ((*reader)->readRow(row).value()) {
            ++count;
            last = row.cells.value(5);
        }
        CHECK(count == 5);
        CHECK(last == QStringLiteral("30826.00"));
    }

    // The withholding list: E002 has no ID number (a warning); E001's row by hand
    // (tests/data/payrolldocs/README.md).
    const Run listed = w.ok(QStringLiteral("hr"), taxArgs);
    CHECK(listed.err.contains(QStringLiteral("E002")));
    CHECK(listed.out.contains(QStringLiteral("4 row(s)")));
    auto reader = XlsxReader::openFile(tax);
    REQUIRE(reader.ok());
    const auto header = (*reader)->readHeader();
    REQUIRE(header.ok());
    CHECK(header->cells ==
          args({"工号", "姓名", "证件类型", "证件号码", "本期收入", "本期免税收入", "基本养老保险费",
                "基本医疗保险费", "失业保险费", "住房公积金", "累计专项附加扣除", "累计收入", "累计减除费用",
                "累计专项扣除", "累计应纳税所得额", "累计应纳税额", "累计已预缴税额", "本期应预扣预缴税额"}));
    TableRow e001;
    REQUIRE((*reader)->readRow(e001).value());
    CHECK(e001.cells == args({"E001", "张伟", "居民身份证", "310101198805201354", "18660.92", "0.00",
                              "1200.00", "300.00", "75.00", "1050.00", "2000.00", "18660.92", "5000.00",
                              "2625.00", "9035.92", "271.08", "0.00", "271.08"}));

    // The exports are audited events; the audit trail still checks out.
    const Run check = w.as(QStringLiteral("admin"), {QStringLiteral("check")});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == 0);
}

TEST_CASE("cli payslips: permissions and exit codes", "[cli][payslips]")
{
    PayslipsWorkspace w;
    w.build();
    const QString out = w.path(QStringLiteral("p.pdf"));
    const auto payslips = [&](const QStringList& more) {
        return QStringList{QStringLiteral("payslips")} + more;
    };
    const QString jan = QStringLiteral("2026-01");
    const QString outOpt = QStringLiteral("--out");

    // Usage: month, layout, outputs and their options.
    CHECK(w.hr(payslips({})).code == 1);
    CHECK(w.hr(payslips({QStringLiteral("2026-13"), outOpt, out})).code == 1);
    CHECK(w.hr(payslips({jan})).code == 1);
    CHECK(w.hr(payslips({jan, outOpt, out, QStringLiteral("--layout"), QStringLiteral("a5")})).code == 1);
    CHECK(w.hr(payslips({jan, outOpt, out, QStringLiteral("--summary"), w.path(QStringLiteral("s.csv"))}))
              .code == 1);
    CHECK(w.hr(payslips({jan, QStringLiteral("--bank-file"), w.path(QStringLiteral("b.csv")),
                         QStringLiteral("--employee"), QStringLiteral("E001")}))
              .code == 1);
    CHECK(w.hr(payslips({jan, outOpt, out, QStringLiteral("--layout"), QStringLiteral("strips"),
                         QStringLiteral("--employer-costs")}))
              .code == 1);
    // Invalid output files.
    CHECK(w.hr(payslips({jan, outOpt, w.path(QStringLiteral("p.csv"))})).code == 2);
    CHECK(w.hr(payslips({jan, QStringLiteral("--bank-file"), w.path(QStringLiteral("b.pdf"))})).code == 2);
    CHECK(w.hr(payslips({jan, outOpt, w.path(QStringLiteral("missing/p.pdf"))})).code == 2);
    // Unknown period, employee.
    const Run unknown = w.hr(payslips({QStringLiteral("2025-12"), outOpt, out}));
    CHECK(unknown.code == 4);
    CHECK(unknown.err.contains(QStringLiteral("2025-12")));
    CHECK(w.hr(payslips(
                   {QStringLiteral("2025-12"), QStringLiteral("--summary"), w.path(QStringLiteral("s.pdf"))}))
              .code == 4);
    CHECK(w.hr(payslips({jan, outOpt, out, QStringLiteral("--employee"), QStringLiteral("E999")})).code == 4);
    CHECK_FALSE(QFile::exists(out));

    // Finance and the administrator see no salaries; the salesperson nothing before approval.
    CHECK(w.as(QStringLiteral("finance"), payslips({jan, outOpt, out})).code == 3);
    CHECK(w.as(QStringLiteral("finance"),
               payslips({jan, QStringLiteral("--summary"), w.path(QStringLiteral("s.csv"))}))
              .code == 3);
    CHECK(w.as(QStringLiteral("admin"), payslips({jan, outOpt, out})).code == 3);
    CHECK(w.as(QStringLiteral("wangqiang"), payslips({jan, outOpt, out})).code == 5);
    w.payroll("approve");
    CHECK(w.as(QStringLiteral("finance"),
               payslips({jan, QStringLiteral("--bank-file"), w.path(QStringLiteral("b.csv"))}))
              .code == 3);
    CHECK(w.as(QStringLiteral("wangqiang"),
               payslips({jan, QStringLiteral("--tax-list"), w.path(QStringLiteral("t.xlsx"))}))
              .code == 3);

    // The salesperson prints their own payslip only, with the account masked.
    const Run own = w.as(QStringLiteral("wangqiang"), payslips({jan, outOpt, out}));
    INFO(own.err.toStdString());
    REQUIRE(own.code == 0);
    CHECK(own.out.contains(QStringLiteral("E003 王强 ¥6,381.82")));
    CHECK(pdfPageCount(w.read(QStringLiteral("p.pdf"))) == 1);
    const QStringList pages = pdfPages(out);
    if (!pages.isEmpty()) {
        CHECK(pages.first().contains(QStringLiteral("***************4455")));
        CHECK_FALSE(pages.first().contains(QStringLiteral("6222600110022334455")));
        CHECK_FALSE(pages.first().contains(QStringLiteral("E001")));
    }
    CHECK(w.as(QStringLiteral("wangqiang"),
               payslips({jan, outOpt, out, QStringLiteral("--employee"), QStringLiteral("E001")}))
              .code == 3);

    // Locked: the documents are still there.
    w.payroll("lock");
    CHECK(w.hr(payslips({jan, QStringLiteral("--bank-file"), w.path(QStringLiteral("locked.csv"))})).code ==
          0);
}
