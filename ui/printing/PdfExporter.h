#pragma once

#include "common/Result.h"
#include "printing/PrintDocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace tl::ui {

// Writes documents to a PDF file: A4, 300 dpi, the fonts embedded (subsets), one document after another
// with each starting on a new page (DocumentPainter), text extractable as written (PdfUnicodeFix). The file
// appears at its path only when complete (written beside it, then renamed), so a failed export never leaves
// half a PDF.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::PdfExporter)

public:
    static constexpr int kResolution = 300;

    // Returns the number of pages written. title: the PDF's document title (default: the first document's).
    static core::Result<int> write(const QString& path, const PrintDocuments& documents,
                                   const QString& title = {});
    static core::Result<int> write(const QString& path, const PrintDocument& document)
    {
        return write(path, PrintDocuments{document});
    }
    // The same PDF in memory (tests, attachments).
    static core::Result<QByteArray> toBytes(const PrintDocuments& documents, const QString& title = {});
};

} // namespace tl::ui
