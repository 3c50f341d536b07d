#include "printing/PdfExporter.h"

#include "printing/DocumentPainter.h"
#include "printing/PdfUnicodeFix.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QSaveFile>

namespace tl::ui {

namespace {

core::Result<int> render(QIODevice& out, const PrintDocuments& documents, const QString& title)
{
    QPdfWriter writer(&out);
    writer.setResolution(PdfExporter::kResolution);
    writer.setCreator(QStringLiteral("TeamLedger"));
    writer.setTitle(title.isEmpty() && !documents.isEmpty() ? documents.first().title : title);
    writer.setPageLayout(DocumentPainter::pageLayout());
    return DocumentPainter::paint(writer, documents);
}

} // namespace

core::Result<int> PdfExporter::write(const QString& path, const PrintDocuments& documents,
                                     const QString& title)
{
    if (documents.isEmpty())
        return core::Error::invalid(tr("There is nothing to print."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error::invalid(tr("The file %1 cannot be written: %2").arg(path, file.errorString()));
    QByteArray bytes;
    int pages = 0;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        core::Result<int> painted = render(buffer, documents, title);
        if (!painted) {
            file.cancelWriting();
            return painted;
        }
        pages = *painted;
    }
    PdfUnicodeFix::apply(bytes);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return core::Error::invalid(tr("The file %1 cannot be written: %2").arg(path, file.errorString()));
    return pages;
}

core::Result<QByteArray> PdfExporter::toBytes(const PrintDocuments& documents, const QString& title)
{
    if (documents.isEmpty())
        return core::Error::invalid(tr("There is nothing to print."));
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        core::Result<int> pages = render(buffer, documents, title);
        if (!pages)
            return pages.error();
    }
    PdfUnicodeFix::apply(bytes);
    return bytes;
}

} // namespace tl::ui
