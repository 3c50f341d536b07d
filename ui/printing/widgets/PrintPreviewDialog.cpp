#include "printing/widgets/PrintPreviewDialog.h"

#include "printing/DocumentPainter.h"
#include "printing/PdfExporter.h"
#include "widgets/MessageBar.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace tl::ui {

namespace {

// A file name without the characters file systems refuse.
QString safeFileName(QString name)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar& c : name)
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    return name.simplified();
}

} // namespace

PrintPreviewDialog::PrintPreviewDialog(PrintDocuments documents, QWidget* parent)
    : QDialog(parent), m_documents(std::move(documents)),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(m_documents.isEmpty() ? tr("Print preview")
                                         : tr("Print preview: %1").arg(m_documents.first().title));
    if (!m_documents.isEmpty())
        m_suggestedFileName = safeFileName(m_documents.first().title) + QStringLiteral(".pdf");
    m_printer->setPageLayout(DocumentPainter::pageLayout(
        m_documents.isEmpty() ? QPageLayout::Portrait : m_documents.first().orientation));

    m_messages = new MessageBar(this);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &PrintPreviewDialog::paintRequested);

    auto* zoomIn = new QToolButton(this);
    zoomIn->setText(tr("Zoom in"));
    connect(zoomIn, &QToolButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    auto* zoomOut = new QToolButton(this);
    zoomOut->setText(tr("Zoom out"));
    connect(zoomOut, &QToolButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    auto* fitWidth = new QToolButton(this);
    fitWidth->setText(tr("Fit width"));
    connect(fitWidth, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitToWidth);
    auto* wholePage = new QToolButton(this);
    wholePage->setText(tr("Whole page"));
    connect(wholePage, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitInView);

    auto* buttons = new QDialogButtonBox(this);
    m_print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_print, &QPushButton::clicked, this, &PrintPreviewDialog::choosePrinter);
    connect(m_save, &QPushButton::clicked, this, &PrintPreviewDialog::choosePdfFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_print->setEnabled(!m_documents.isEmpty());
    m_save->setEnabled(!m_documents.isEmpty());

    auto* tools = new QHBoxLayout;
    tools->addWidget(zoomOut);
    tools->addWidget(zoomIn);
    tools->addWidget(fitWidth);
    tools->addWidget(wholePage);
    tools->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(tools);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(900, 1000);
}

PrintPreviewDialog::~PrintPreviewDialog() = default;

int PrintPreviewDialog::pageCount() const
{
    return m_preview->pageCount();
}

void PrintPreviewDialog::paintRequested(QPrinter* printer)
{
    const core::Result<int> pages = DocumentPainter::paint(*printer, m_documents);
    if (!pages)
        m_messages->showError(pages.error().message);
}

bool PrintPreviewDialog::printTo(QPrinter& printer)
{
    const core::Result<int> pages = DocumentPainter::paint(printer, m_documents);
    if (!pages) {
        m_messages->showError(pages.error().message);
        return false;
    }
    m_messages->showSuccess(tr("Sent %n page(s) to the printer.", nullptr, *pages));
    return true;
}

bool PrintPreviewDialog::savePdf(const QString& path)
{
    const core::Result<int> pages = PdfExporter::write(path, m_documents);
    if (!pages) {
        m_messages->showError(pages.error().message);
        return false;
    }
    m_messages->showSuccess(
        tr("Saved %n page(s) to %1.", nullptr, *pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

void PrintPreviewDialog::choosePrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_printer->pageLayout());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printTo(printer);
}

void PrintPreviewDialog::choosePdfFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), QDir(folder).filePath(m_suggestedFileName), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    savePdf(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

} // namespace tl::ui
