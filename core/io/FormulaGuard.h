#pragma once

#include <QString>
#include <QStringView>

namespace tl::core {

// Spreadsheet formula injection (OWASP "CSV injection"): a cell beginning with = + - @ TAB or CR may be
// run as a formula when the file is opened in Excel or WPS.
//
// Rule chosen here: such a cell gets a leading apostrophe (Excel shows the text as written and hides the
// apostrophe) UNLESS the whole cell is a plain number ("-12.50", "+3", "-1,234.56"), so negative amounts
// stay numbers. This needs no knowledge of column types and therefore works for every export.
// Imports undo it: a cell "'" followed by one of those characters loses the apostrophe, so exported files
// re-import unchanged.

// Digits with an optional sign, optional thousands separators and optional decimals.
bool isPlainNumber(QStringView text);
QString neutralizeFormula(const QString& cell);
QString restoreNeutralized(const QString& cell);

} // namespace tl::core
