#pragma once

#include "common/Result.h"
#include "letters/Letter.h"

#include <QCoreApplication>
#include <QString>

namespace tl::ui {

// The scan of a returned letter as a file: reading one the user chose (PDF, PNG or JPEG, the type taken
// from the content) and writing a stored one out to open it with the system's viewer.
class ScanFile
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::ScanFile)

public:
    // Reads the file; the type from its content (application/pdf, image/png, image/jpeg), the name without
    // the folder. Refuses other types and files over LetterScan::kMaxBytes before reading them whole.
    static core::Result<core::LetterScan> read(const QString& path);
    // Writes the scan into folder under a safe file name ("<letter no> <name>") and returns the path.
    static core::Result<QString> write(const core::LetterScan& scan, const QString& letterNo,
                                       const QString& folder);
    // The filter of the file dialog ("Scans (*.pdf *.png *.jpg *.jpeg)").
    static QString dialogFilter();
};

} // namespace tl::ui
