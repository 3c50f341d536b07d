#include "io/ImportKinds.h"

#include "io/AttendanceImport.h"
#include "io/CheckinImport.h"
#include "io/ContractImport.h"
#include "io/CsvWriter.h"
#include "io/CustomerImport.h"
#include "io/EmployeeImport.h"
#include "io/ExportService.h"
#include "io/FollowUpImport.h"
#include "io/InstallmentImport.h"
#include "io/PaymentImport.h"
#include "io/SalaryProfileImport.h"
#include "io/YtdOpeningImport.h"

#include <QCoreApplication>

#include <functional>

namespace tl::core {

namespace {

struct Entry
{
    const char* key;
    const QList<ImportColumn>& (*columns)();
    std::function<std::unique_ptr<ImportKind>(const Context&)> create;
};

const QList<Entry>& registry()
{
    static const QList<Entry> entries{
        {"employees", &EmployeeImport::columnSpec,
         [](const Context& ctx) { return std::unique_ptr<ImportKind>(new EmployeeImport(ctx)); }},
        {"customers", &CustomerImport::columnSpec,
         [](const Context& ctx) { return std::unique_ptr<ImportKind>(new CustomerImport(ctx)); }},
        {"followups", &FollowUpImport::columnSpec,
         [](const Context& ctx) { return std::unique_ptr<ImportKind>(new FollowUpImport(ctx)); }},
        {"checkins", &CheckinImport::columnSpec,
         [](const Context& ctx) { return std::unique_ptr<ImportKind>(new CheckinImport(ctx)); }},
        {"contracts", &ContractImport::columnSpec,
         [](const Context& ctx) { return std::unique_ptr<ImportKind>(new ContractImport(ctx)); }},
        {"installments", &InstallmentImport::columnSpec,
         [](const Context& ctx) { return std::unique_ptr<ImportKind>(new InstallmentImport(ctx)); }},
        {"payments", &PaymentImport::columnSpec,
         [](const Context& ctx) { return std::unique_ptr<ImportKind>(new PaymentImport(ctx)); }},
        {"salary-profiles", &SalaryProfileImport::columnSpec,
         [](const Context& ctx) { return std::unique_ptr<ImportKind>(new SalaryProfileImport(ctx)); }},
        {"attendance", &AttendanceImport::columnSpec,
         [](const Context& ctx) { return std::unique_ptr<ImportKind>(new AttendanceImport(ctx)); }},
        {"ytd-openings", &YtdOpeningImport::columnSpec,
         [](const Context& ctx) { return std::unique_ptr<ImportKind>(new YtdOpeningImport(ctx)); }},
    };
    return entries;
}

const Entry* find(const QString& key)
{
    for (const Entry& entry : registry())
        if (key == QLatin1String(entry.key))
            return &entry;
    return nullptr;
}

QStringList headers(const QList<ImportColumn>& columns, HeaderLanguage language)
{
    QStringList list;
    for (const ImportColumn& column : columns)
        if (!column.readOnly)
            list << column.header(language);
    return list;
}

} // namespace

QString ImportKinds::displayName(const QString& key)
{
    if (key == QLatin1String("employees"))
        return QCoreApplication::translate("tl::core::ImportKinds", "employee records");
    if (key == QLatin1String("customers"))
        return QCoreApplication::translate("tl::core::ImportKinds", "customer records");
    if (key == QLatin1String("followups"))
        return QCoreApplication::translate("tl::core::ImportKinds", "follow-up records");
    if (key == QLatin1String("checkins"))
        return QCoreApplication::translate("tl::core::ImportKinds", "field check-ins");
    if (key == QLatin1String("contracts"))
        return QCoreApplication::translate("tl::core::ImportKinds", "sales contracts");
    if (key == QLatin1String("installments"))
        return QCoreApplication::translate("tl::core::ImportKinds", "contract instalments");
    if (key == QLatin1String("payments"))
        return QCoreApplication::translate("tl::core::ImportKinds", "customer payments");
    if (key == QLatin1String("salary-profiles"))
        return QCoreApplication::translate("tl::core::ImportKinds", "salary profiles");
    if (key == QLatin1String("attendance"))
        return QCoreApplication::translate("tl::core::ImportKinds", "attendance records");
    if (key == QLatin1String("ytd-openings"))
        return QCoreApplication::translate("tl::core::ImportKinds", "year-to-date payroll figures");
    return key;
}

QStringList ImportKinds::keys()
{
    QStringList list;
    for (const Entry& entry : registry())
        list << QString::fromLatin1(entry.key);
    return list;
}

std::unique_ptr<ImportKind> ImportKinds::create(const QString& key, const Context& ctx)
{
    const Entry* entry = find(key);
    return entry ? entry->create(ctx) : nullptr;
}

const QList<ImportColumn>* ImportKinds::columns(const QString& key)
{
    const Entry* entry = find(key);
    return entry ? &entry->columns() : nullptr;
}

Result<QString> ImportKinds::templateCsv(const QString& key, HeaderLanguage language)
{
    const QList<ImportColumn>* spec = columns(key);
    if (!spec)
        return Error::invalid(
            tr("Unknown import kind %1; the kinds are: %2").arg(key, keys().join(QStringLiteral(", "))));
    return CsvWriter::formatRow(headers(*spec, language));
}

Status ImportKinds::writeTemplate(const QString& key, const QString& path, HeaderLanguage language)
{
    const QList<ImportColumn>* spec = columns(key);
    if (!spec)
        return Error::invalid(
            tr("Unknown import kind %1; the kinds are: %2").arg(key, keys().join(QStringLiteral(", "))));
    Result<std::unique_ptr<TableWriter>> writer = ExportService::openWriter(path); // CSV or XLSX
    if (!writer)
        return writer.error();
    const Status written = (*writer)->writeRow(headers(*spec, language));
    if (!written)
        return written;
    return (*writer)->finish();
}

} // namespace tl::core
