#pragma once

#include "auth/Session.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "io/ImportColumn.h"
#include "io/TableWriter.h"

namespace tl::core {

struct ExportOptions
{
    HeaderLanguage headers =
        HeaderLanguage::English; // English keys (re-importable anywhere) or Chinese names
    bool includeLeft = false;    // also employees who have left
};

// One kind of export (the KIND of `teamledger-cli export KIND FILE`): writes a header row and the rows the
// session may see, masked as the session sees them.
class ExportKind
{
public:
    virtual ~ExportKind() = default;

    virtual QString key() const = 0;
    virtual Permission permission() const = 0;
    // Returns the number of data rows written.
    virtual Result<qint64> write(TableWriter& writer, Progress& progress) = 0;
};

} // namespace tl::core
