#pragma once

#include <QList>
#include <QPageLayout>
#include <QString>

namespace tl::ui {

// The typeface family of a printed document. Both are CJK families so that Chinese text never falls back
// to a font without the glyphs (fonts-noto-cjk on Linux; see PrintFonts.cpp for the fallbacks elsewhere).
enum class PrintTypeface
{
    Serif, // letters to customers (对账函, 催款函): Noto Serif CJK SC, the look of a formal letter
    Sans   // internal lists and reports: Noto Sans CJK SC
};

// One printable document: the HTML that QTextDocument renders (the same for the preview, the printer and a
// PDF), its title and how it is laid out on paper. Every document starts on a new page and numbers its own
// pages in the footer ("第 1 页 / 共 3 页"), so a batch PDF of letters can be split and sent per customer.
struct PrintDocument
{
    QString title; // the PDF's title, the preview's caption ("对账函 DZ-2026-000001")
    QString html;
    PrintTypeface typeface = PrintTypeface::Sans;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    // A Chinese document sent outside the company (letters): its page numbers read "第 1 页 / 共 3 页"
    // whatever the interface language; other documents use the translated "Page 1 of 3".
    bool chinese = false;
    // Printed at the left of every page's footer, beside the page number (payslips: "工资保密 仅限本人").
    QString footerNote;
    // Page numbers of one long document split into several (each laid out on its own, which keeps painting
    // thousands of pages fast): this part's first page is page pageNumberOffset + 1 of pageNumberTotal.
    // 0 = the document numbers its own pages.
    int pageNumberOffset = 0;
    int pageNumberTotal = 0;
};

using PrintDocuments = QList<PrintDocument>;

} // namespace tl::ui
