#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace tl::core {

// The result of parsing one cell: a typed value, or the reason it was rejected (translated).
struct CellValue
{
    QVariant value;
    QString problem;

    bool ok() const { return problem.isEmpty(); }
    static CellValue accept(QVariant value) { return CellValue{std::move(value), {}}; }
    static CellValue reject(QString reason) { return CellValue{{}, std::move(reason)}; }
};

// Turns the trimmed text of a non-empty cell into a value (see CellParsers for the common ones).
using CellParser = std::function<CellValue(const QString& text)>;

enum class HeaderLanguage
{
    English,
    Chinese
};

// One column of an import template (DESIGN §5): the English key, its Chinese alias(es), whether the
// header must be present, and how a cell is parsed. Whether an EMPTY cell is acceptable is the kind's
// decision (an update may leave a cell empty to keep the stored value).
struct ImportColumn
{
    QString key;         // "code"
    QStringList aliases; // "工号", ...; the first one is the Chinese header of templates and exports
    bool required = false;
    CellParser parser; // empty = the text as it is
    // A column an export writes after the template's columns (e.g. a contract's balance): recognised and
    // ignored by the import, so exported files re-import; left out of templates.
    bool readOnly = false;

    QString header(HeaderLanguage language) const
    {
        return language == HeaderLanguage::Chinese && !aliases.isEmpty() ? aliases.first() : key;
    }
    // "code (工号)", for messages about a missing column.
    QString displayName() const
    {
        return aliases.isEmpty() ? key : QStringLiteral("%1 (%2)").arg(key, aliases.first());
    }
};

} // namespace tl::core
