#pragma once

#include "common/Context.h"
#include "common/Result.h"
#include "io/ImportColumn.h"
#include "io/ImportKind.h"

#include <QCoreApplication>

#include <memory>

namespace tl::core {

// The import kinds by key (the KIND of `teamledger-cli import KIND FILE`). A new kind is one line in
// ImportKinds.cpp plus its ImportKind class.
class ImportKinds
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::ImportKinds)

public:
    // The translated name of a data kind ("employees" -> 员工档案), for messages and lists; used by
    // exports too. Unknown keys come back unchanged.
    static QString displayName(const QString& key);
    static QStringList keys();                                                         // "employees"
    static std::unique_ptr<ImportKind> create(const QString& key, const Context& ctx); // null when unknown
    static const QList<ImportColumn>* columns(const QString& key);                     // null when unknown

    // The header line of the kind's template ("code,name,department,...\r\n"), English keys or the Chinese
    // aliases.
    static Result<QString> templateCsv(const QString& key, HeaderLanguage language = HeaderLanguage::English);
    // The template as a file users can fill in, header row only: XLSX for a path ending in .xlsx, else CSV
    // (UTF-8 with BOM).
    static Status writeTemplate(const QString& key, const QString& path,
                                HeaderLanguage language = HeaderLanguage::English);
};

} // namespace tl::core
