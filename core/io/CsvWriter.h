#pragma once

#include "io/TableWriter.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

class QIODevice;
class QSaveFile;

namespace tl::core {

// Writes CSV that Excel and WPS open correctly with Chinese text: UTF-8 with a byte-order mark, CRLF line
// ends, a cell quoted when it holds a comma, a quote or a line break (quotes doubled), and every cell passed
// through neutralizeFormula() (see FormulaGuard.h).
class CsvWriter final : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::CsvWriter)

public:
    // Writes to path through a temporary file that replaces it on finish().
    static Result<std::unique_ptr<CsvWriter>> openFile(const QString& path);
    // Writes to an open device the caller owns (finish() flushes; it does not close the device).
    static std::unique_ptr<CsvWriter> toDevice(QIODevice* device);

    ~CsvWriter() override;

    Status writeRow(const QStringList& cells) override;
    Status finish() override;

    // One CSV line (with CRLF), cells neutralised and quoted as needed; no byte-order mark.
    static QString formatRow(const QStringList& cells);
    static QString formatCell(const QString& cell);

private:
    CsvWriter(QIODevice* device, std::unique_ptr<QSaveFile> file);
    Status flush();

    QIODevice* m_device;
    std::unique_ptr<QSaveFile> m_file; // set when writing to a path
    QByteArray m_pending;
    bool m_bomWritten = false;
    bool m_finished = false;
};

} // namespace tl::core
