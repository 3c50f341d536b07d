#include "io/CsvWriter.h"

#include "io/FormulaGuard.h"

#include <QSaveFile>

namespace tl::core {

namespace {

constexpr qsizetype kFlushBytes = 64 * 1024;

} // namespace

CsvWriter::CsvWriter(QIODevice* device, std::unique_ptr<QSaveFile> file)
    : m_device(device), m_file(std::move(file))
{}

CsvWriter::~CsvWriter()
{
    if (m_file && !m_finished)
        m_file->cancelWriting(); // an abandoned export leaves no file behind
}

Result<std::unique_ptr<CsvWriter>> CsvWriter::openFile(const QString& path)
{
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        return Error::invalid(tr("Cannot write %1: %2").arg(path, file->errorString()));
    QIODevice* device = file.get();
    return std::unique_ptr<CsvWriter>(new CsvWriter(device, std::move(file)));
}

std::unique_ptr<CsvWriter> CsvWriter::toDevice(QIODevice* device)
{
    return std::unique_ptr<CsvWriter>(new CsvWriter(device, nullptr));
}

QString CsvWriter::formatCell(const QString& cell)
{
    const QString safe = neutralizeFormula(cell);
    bool quote = false;
    for (const QChar c : safe) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return safe;
    QString quoted = safe;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::formatRow(const QStringList& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += formatCell(cells.at(i));
    }
    line += QLatin1String("\r\n");
    return line;
}

Status CsvWriter::writeRow(const QStringList& cells)
{
    if (!m_bomWritten) {
        m_pending.append("\xEF\xBB\xBF");
        m_bomWritten = true;
    }
    m_pending.append(formatRow(cells).toUtf8());
    if (m_pending.size() >= kFlushBytes)
        return flush();
    return {};
}

Status CsvWriter::flush()
{
    if (m_pending.isEmpty())
        return {};
    if (m_device->write(m_pending) != m_pending.size())
        return Error::internal(tr("Cannot write the file: %1").arg(m_device->errorString()));
    m_pending.clear();
    return {};
}

Status CsvWriter::finish()
{
    if (!m_bomWritten) { // an empty export is still a valid UTF-8 file
        m_pending.append("\xEF\xBB\xBF");
        m_bomWritten = true;
    }
    const Status flushed = flush();
    if (!flushed)
        return flushed;
    m_finished = true;
    if (m_file && !m_file->commit())
        return Error::internal(tr("Cannot save %1: %2").arg(m_file->fileName(), m_file->errorString()));
    return {};
}

} // namespace tl::core
