#include "printing/DocumentPainter.h"

#include "printing/PrintFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace tl::ui {

namespace {

qreal millimetres(const QPaintDevice& device, qreal mm)
{
    return mm * device.logicalDpiY() / 25.4;
}

// The device documents are laid out on: an image of kLayoutDpi (one per thread, as layouts may run in a
// background job).
QPaintDevice& layoutDevice()
{
    thread_local QImage image = [] {
        QImage i(1, 1, QImage::Format_RGB32);
        const int dotsPerMeter = qRound(DocumentPainter::kLayoutDpi / 0.0254);
        i.setDotsPerMeterX(dotsPerMeter);
        i.setDotsPerMeterY(dotsPerMeter);
        return i;
    }();
    return image;
}

// Tables without a header row are boxes (facts, the issuer's seal box, the confirmation section, signature
// lines); tables with one (<thead>) are lists that may run over pages, repeating the header. A box that would
// straddle a page boundary but fits on one page starts on the next page instead.
void keepBoxesTogether(QTextDocument& text)
{
    const qreal pageHeight = text.pageSize().height();
    if (pageHeight <= 0)
        return;
    for (QTextFrame* frame : text.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table || table->format().headerRowCount() > 0)
            continue;
        const QRectF box = text.documentLayout()->frameBoundingRect(table);
        if (box.height() >= pageHeight)
            continue;
        const int firstPage = int(box.top() / pageHeight);
        const int lastPage = int((box.bottom() - 1) / pageHeight);
        if (firstPage == lastPage)
            continue;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format); // lays the rest out again, so later boxes are measured after the move
    }
}

} // namespace

QPageLayout DocumentPainter::pageLayout(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation,
                       QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> DocumentPainter::layout(const PrintDocument& document, const QSizeF& bodySize)
{
    auto text = std::make_unique<QTextDocument>();
    text->documentLayout()->setPaintDevice(&layoutDevice());
    text->setUseDesignMetrics(true);
    text->setDefaultFont(printFont(document.typeface));
    text->setDocumentMargin(0);
    text->setUndoRedoEnabled(false);
    text->setHtml(document.html);
    text->setPageSize(bodySize);
    keepBoxesTogether(*text);
    return text;
}

QString DocumentPainter::footerText(const PrintDocument& document, int page, int pageCount)
{
    if (document.chinese)
        return QStringLiteral("第 %1 页 / 共 %2 页").arg(page).arg(pageCount);
    return tr("Page %1 of %2").arg(page).arg(pageCount);
}

core::Result<int> DocumentPainter::paint(QPagedPaintDevice& device, const PrintDocuments& documents)
{
    if (documents.isEmpty())
        return core::Error::invalid(tr("There is nothing to print."));
    if (const QPageLayout first = pageLayout(documents.first().orientation);
        !device.pageLayout().isEquivalentTo(first))
        device.setPageLayout(first);
    QPainter painter;
    if (!painter.begin(&device))
        return core::Error::internal(tr("The printer or the PDF file could not be opened for painting."));

    int pagesPainted = 0;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        const PrintDocument& document = documents.at(d);
        if (d > 0) {
            // A PDF takes each document's orientation; a printer keeps the job's first one (QPrinter refuses
            // changes once printing), and the document is then laid out for that page.
            const QPageLayout layout = pageLayout(document.orientation);
            if (auto* pdf = dynamic_cast<QPdfWriter*>(&device);
                pdf && !pdf->pageLayout().isEquivalentTo(layout))
                pdf->setPageLayout(layout);
            device.newPage();
        }
        // Device pixels per layout unit.
        const qreal scaleX = device.logicalDpiX() / kLayoutDpi, scaleY = device.logicalDpiY() / kLayoutDpi;
        const qreal footer = millimetres(device, kFooterMm);
        const qreal deviceBody = device.height() - footer;
        const QSizeF body(device.width() / scaleX, deviceBody / scaleY);
        const std::unique_ptr<QTextDocument> text = layout(document, body);
        const int pages = std::max(1, text->pageCount());

        QFont footerFont = printFont(document.typeface);
        footerFont.setPointSizeF(9);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                device.newPage();
            const QRectF view(0, page * body.height(), body.width(), body.height());
            painter.save();
            painter.scale(scaleX, scaleY);
            painter.setClipRect(QRectF(QPointF(0, 0), body));
            painter.translate(0, -view.top());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view;
            context.palette.setColor(QPalette::Text, Qt::black);
            text->documentLayout()->draw(&painter, context);
            painter.restore();

            painter.save();
            painter.setFont(footerFont);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, deviceBody, device.width(), footer),
                             Qt::AlignHCenter | Qt::AlignBottom,
                             footerText(document, document.pageNumberOffset + page + 1,
                                        document.pageNumberTotal > 0 ? document.pageNumberTotal : pages));
            if (!document.footerNote.isEmpty())
                painter.drawText(QRectF(0, deviceBody, device.width(), footer),
                                 Qt::AlignLeft | Qt::AlignBottom, document.footerNote);
            painter.restore();
            ++pagesPainted;
        }
    }
    if (!painter.end())
        return core::Error::internal(tr("The pages could not be completed."));
    return pagesPainted;
}

} // namespace tl::ui
