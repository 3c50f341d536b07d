#pragma once

#include "printing/PrintDocument.h"

#include <QFont>

namespace tl::ui {

// The default font of a printed document, set explicitly on its QTextDocument so that the result does not
// depend on the desktop's font settings. Point size 10.5 (五号), the usual size of Chinese office documents.
QFont printFont(PrintTypeface typeface);

// The family names tried in order (the first installed one wins): Noto Serif/Sans CJK SC, then Source Han,
// then the common Windows and macOS Chinese families.
QStringList printFontFamilies(PrintTypeface typeface);

} // namespace tl::ui
