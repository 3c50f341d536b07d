#pragma once

#include "printing/PrintDocument.h"

#include <QDialog>

#include <memory>

class QPrinter;
class QPrintPreviewWidget;
class QPushButton;

namespace tl::ui {

class MessageBar;

// Print preview of printable documents (letters, receivables lists, reports): the pages exactly as printed
// and as saved (DocumentPainter paints all three), with zoom, "Print…" (the system print dialog) and "Save
// as PDF…" (PdfExporter, 300 dpi, fonts embedded). Errors show in an inline message bar.
class PrintPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PrintPreviewDialog(PrintDocuments documents, QWidget* parent = nullptr);
    ~PrintPreviewDialog() override;

    // The file name offered by "Save as PDF…" (default: the first document's title + ".pdf").
    void setSuggestedFileName(const QString& fileName) { m_suggestedFileName = fileName; }

    // Without dialogs (the buttons ask for the printer or the file, then call these): true on success;
    // on failure the message bar shows why.
    bool printTo(QPrinter& printer);
    bool savePdf(const QString& path);

    int pageCount() const;
    QPrintPreviewWidget* previewWidget() const { return m_preview; }
    MessageBar* messageBar() const { return m_messages; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* saveButton() const { return m_save; }

private:
    void paintRequested(QPrinter* printer);
    void choosePrinter();
    void choosePdfFile();

    PrintDocuments m_documents;
    QString m_suggestedFileName;
    std::unique_ptr<QPrinter> m_printer;
    MessageBar* m_messages;
    QPrintPreviewWidget* m_preview;
    QPushButton* m_print;
    QPushButton* m_save;
};

} // namespace tl::ui
