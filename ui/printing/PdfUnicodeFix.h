#pragma once

#include <QByteArray>

namespace tl::ui {

// Makes the text of our PDFs searchable and copyable as written. Qt's PDF writer (QFontSubset::getReverseMap,
// Qt 6.4) builds each font's ToUnicode map by scanning code points upwards and keeping the first one that
// uses a glyph; in CJK fonts a radical and an ideograph often share one glyph (Noto CJK: ⼈ U+2F08 and 人,
// ⽇ U+2F47 and 日, ⻚ U+2EDA and 页), so 人民币 was extracted as ⼈⺠币 and a search for 日期 failed,
// although the pages look right. This rewrites those entries of the (uncompressed) ToUnicode streams to the
// ideographs: Kangxi radicals by their Unicode compatibility mapping (NFKC), the CJK radicals supplement by
// the ideograph sharing the glyph in the print fonts (PrintFonts.h). Every code point is four hex digits
// before and after, so the file keeps its length and its cross-reference offsets.
class PdfUnicodeFix
{
public:
    // Returns the number of entries rewritten.
    static int apply(QByteArray& pdf);
    // The ideograph a radical stands for; 0 when the code point is not a radical with one.
    static char16_t ideographFor(char16_t radical);
};

} // namespace tl::ui
