#pragma once

#include <QDate>
#include <QString>

// Small pieces of the HTML that the printed documents are made of (QTextDocument's HTML subset).
namespace tl::ui::html {

// The start of every printed document: <html>, a style sheet with tight paragraph margins (QTextDocument's
// default of 12 px above and below each paragraph wastes a page's worth of space in boxes), <body>.
QString documentStart();
QString documentEnd();

QString escape(const QString& text);
// Escaped, with every space kept (non-breaking): "日期：      年    月    日" keeps its blanks to write in.
QString keepSpaces(const QString& text);
// "1,234.56" (no symbol; for table cells) and "¥1,234.56", through core's one money formatter.
QString amount(qint64 fen);
QString amountWithSymbol(qint64 fen);
// "2026-03-15"; an invalid date gives "".
QString isoDate(const QDate& date);
// "2026年3月15日" (letters, which are printed in Chinese); an invalid date gives "____年__月__日".
QString chineseDate(const QDate& date);
// A paragraph with the given inline style ("" for none); text is HTML.
QString paragraph(const QString& html, const QString& style = {});
// Empty lines, e.g. room for a signature or a seal inside a box.
QString blankLines(int count);

} // namespace tl::ui::html
