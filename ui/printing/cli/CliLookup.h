#pragma once

#include "common/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tl::ui {

// What the printing commands of teamledger-cli share: codes to ids, dates from options, output files.
class CliLookup
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::CliLookup)

public:
    // The employee or customer with that code; NotFound (exit code 4) when there is none.
    static core::Result<qint64> employeeId(const core::Context& ctx, const QString& code);
    static core::Result<qint64> customerId(const core::Context& ctx, const QString& code);

    // A date given as option `option` (YYYY-MM-DD, also YYYY/M/D); Invalid (exit code 2) with the reason
    // otherwise.
    static core::Result<QDate> date(const QString& option, const QString& text);

    // The lower-case extension of an output file when it is one of `accepted` ("pdf", "csv", "xlsx") and its
    // folder exists; Invalid (exit code 2) otherwise. Checked before anything is written or generated.
    static core::Result<QString> outputKind(const QString& path, const QStringList& accepted);
};

} // namespace tl::ui
