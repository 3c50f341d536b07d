#pragma once

#include "io/ImportColumn.h"

#include <QCoreApplication>

#include <optional>

namespace tl::core {

// Parsers for the cell types of the import templates (DESIGN §5). Every parser receives the trimmed,
// non-empty text of a cell; the reasons it gives are complete, translated phrases.
class CellParsers
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::CellParsers)

public:
    // Text up to maxLength characters; the value is a QString.
    static CellParser text(int maxLength = 200);
    // YYYY-MM-DD, YYYY/M/D (and the other forms of parseUserDate); the value is a QDate.
    static CellParser date();
    // A time of day: "YYYY-MM-DD HH:MM[:SS]" (also with a T, or the date as date() reads it), or a date
    // alone (the start of that day); the value is a local QDateTime.
    static CellParser dateTime();
    // Yuan as parseMoney() reads it (up to two decimals, thousands separators, ¥ or 元); the value is
    // qint64 fen. Negative amounts only when allowNegative.
    static CellParser yuanToFen(bool allowNegative = false);
    // A whole number in [min, max]; the value is qint64.
    static CellParser integer(qint64 min, qint64 max);
    // One of a set of choices: lookup maps the text to the stored key (or nothing); the value is the key.
    // `expected` lists the accepted texts for the message, e.g. "sales, sales_manager, hr, finance, other".
    static CellParser choice(std::function<std::optional<QString>(const QString&)> lookup,
                             const QString& expected);
};

} // namespace tl::core
