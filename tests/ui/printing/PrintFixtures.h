#pragma once

#include "letters/DunningLetterDocument.h"
#include "letters/LetterDocument.h"
#include "receivables/AgingReport.h"
#include "receivables/ReceivablesListReport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace tl::test {

// Hand-built documents as core's builders fill them (the Chinese wording of LetterDocument.cpp).
core::LetterDocument sampleLetter(int items, const QString& letterNo = QStringLiteral("DZ-2026-000001"));
core::DunningLetterDocument sampleDunningLetter();
// Two salespeople, default buckets, as of 2026-06-30.
core::AgingReport::Report sampleAging();
// Collector E003 with five items of two customers.
core::ReceivablesListReport::Data sampleReceivablesList();

// The number of pages of a PDF ("/Type /Page" objects, not "/Type /Pages").
int pdfPageCount(const QByteArray& pdf);
// The text of a PDF through pdftotext (poppler-utils), pages separated by form feeds, made comparable by
// readablePdfText(); empty when pdftotext is not installed (the caller then skips the text checks with a
// warning).
QString pdfText(const QByteArray& pdf);
// Extracted text without spaces (pdftotext spaces CJK text by position).
QString readablePdfText(QString text);

} // namespace tl::test
