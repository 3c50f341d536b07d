#include "io/ExportService.h"

#include "audit/AuditLog.h"
#include "db/ServiceGuard.h"
#include "db/Transaction.h"
#include "io/ContractExport.h"
#include "io/CsvWriter.h"
#include "io/CustomerExport.h"
#include "io/EmployeeExport.h"
#include "io/ImportKinds.h"
#include "io/InstallmentExport.h"
#include "io/PaymentExport.h"
#include "io/XlsxWriter.h"

#include <QFileInfo>
#include <QJsonObject>

namespace tl::core {

QStringList ExportService::keys()
{
    return {QStringLiteral("employees"), QStringLiteral("customers"), QStringLiteral("contracts"),
            QStringLiteral("installments"), QStringLiteral("payments")};
}

std::unique_ptr<ExportKind> ExportService::create(const QString& key, const ExportOptions& options) const
{
    if (key == QLatin1String("employees"))
        return std::make_unique<EmployeeExport>(m_ctx, options);
    if (key == QLatin1String("customers"))
        return std::make_unique<CustomerExport>(m_ctx, options);
    if (key == QLatin1String("contracts"))
        return std::make_unique<ContractExport>(m_ctx, options);
    if (key == QLatin1String("installments"))
        return std::make_unique<InstallmentExport>(m_ctx, options);
    if (key == QLatin1String("payments"))
        return std::make_unique<PaymentExport>(m_ctx, options);
    return nullptr;
}

Result<std::unique_ptr<TableWriter>> ExportService::openWriter(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        Result<std::unique_ptr<XlsxWriter>> xlsx = XlsxWriter::openFile(path);
        if (!xlsx)
            return xlsx.error();
        return std::unique_ptr<TableWriter>(std::move(xlsx).value());
    }
    if (suffix == QLatin1String("xls"))
        return Error::invalid(tr("Old Excel workbooks (.xls) cannot be written; give a file name ending in "
                                 ".xlsx or .csv."));
    Result<std::unique_ptr<CsvWriter>> csv = CsvWriter::openFile(path);
    if (!csv)
        return csv.error();
    return std::unique_ptr<TableWriter>(std::move(csv).value());
}

Result<qint64> ExportService::exportFile(const QString& kind, const QString& path,
                                         const ExportOptions& options, Progress& progress)
{
    std::unique_ptr<ExportKind> exportKind = create(kind, options);
    if (!exportKind)
        return Error::invalid(
            tr("Unknown export kind %1; the kinds are: %2").arg(kind, keys().join(QStringLiteral(", "))));
    if (!m_ctx.session.can(exportKind->permission()))
        return Error::denied(tr("You may not export %1.").arg(ImportKinds::displayName(kind)));
    Result<std::unique_ptr<TableWriter>> writer = openWriter(path);
    if (!writer)
        return writer.error();
    return run(*exportKind, **writer, progress);
}

Result<qint64> ExportService::run(ExportKind& kind, TableWriter& writer, Progress& progress)
{
    if (!m_ctx.session.can(kind.permission()))
        return Error::denied(tr("You may not export %1.").arg(ImportKinds::displayName(kind.key())));
    const Result<qint64> rows = kind.write(writer, progress);
    if (!rows)
        return rows;
    const Status finished = writer.finish();
    if (!finished)
        return finished.error();
    return guarded([&]() -> Result<qint64> {
        Transaction tx(m_ctx.db);
        QJsonObject details;
        details.insert(QStringLiteral("rows"), *rows);
        AuditLog(m_ctx).event(QStringLiteral("export"), kind.key(), details);
        tx.commit();
        return *rows;
    });
}

} // namespace tl::core
