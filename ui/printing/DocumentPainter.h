#pragma once

#include "common/Result.h"
#include "printing/PrintDocument.h"

#include <QCoreApplication>
#include <QPageLayout>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace tl::ui {

// Paints documents on paper: the one routine behind the print preview, the printer and PDF files, so the
// three always show the same pages. A4, margins of 15 mm, the page number in a footer ("第 1 页 / 共 3 页")
// centred below the body; every document starts on a new page and numbers its own pages. Long tables repeat
// their header row (<thead>) at the top of each page (QTextTableFormat::headerRowCount); tables without a
// header row are boxes (seal and signature boxes, the confirmation section) and are moved whole to the next
// page rather than split.
class DocumentPainter
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::DocumentPainter)

public:
    static constexpr qreal kMarginMm = 15.0;
    static constexpr qreal kFooterMm = 8.0; // reserved below the body for the page number

    // A4 with the margins above, in the given orientation.
    static QPageLayout pageLayout(QPageLayout::Orientation orientation = QPageLayout::Portrait);

    // Lays out and paints every document on device (a QPdfWriter or a QPrinter), setting its page layout.
    // Returns the number of pages painted.
    static core::Result<int> paint(QPagedPaintDevice& device, const PrintDocuments& documents);

    // Documents are laid out at a fixed resolution of kLayoutDpi dots per inch, whatever the device, so that
    // every HTML length ("px", cell padding, margins, indents) means 1/96 inch on paper and pages break at
    // the same places on a 300 dpi PDF, a 600 dpi printer and the preview; the painter scales to the device.
    static constexpr qreal kLayoutDpi = 96.0;

    // The document laid out for a body of the given size in layout units (1/96 inch), footer excluded:
    // default font set explicitly, design metrics, no extra document margin, paginated.
    static std::unique_ptr<QTextDocument> layout(const PrintDocument& document, const QSizeF& bodySize);

    // "第 1 页 / 共 3 页" for a Chinese document (PrintDocument::chinese), else the translated "Page 1 of 3".
    static QString footerText(const PrintDocument& document, int page, int pageCount);
};

} // namespace tl::ui
