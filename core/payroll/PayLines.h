#pragma once

#include <QStringList>

namespace tl::core {

// The payslip line codes of DESIGN §4, in payslip order: pay (base … visit_allowance), the absence
// deduction, the employee's contributions, income tax, the loss deduction, then the employer's costs.
const QStringList& payLineCodes();
// Translated name of a line code ("base" -> 基本工资); unknown codes come back unchanged.
QString payLineName(const QString& code);
// Whether the line is a deduction from pay (absence, contributions, tax, loss) rather than pay.
bool isPayDeduction(const QString& code);

} // namespace tl::core
