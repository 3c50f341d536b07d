#include "letters/ScanFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>

namespace tl::ui {

core::Result<core::LetterScan> ScanFile::read(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return core::Error::notFound(tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (info.size() > core::LetterScan::kMaxBytes)
        return core::Error::invalid(tr("The file %1 is larger than %2 MB.")
                                        .arg(info.fileName())
                                        .arg(core::LetterScan::kMaxBytes / (1024 * 1024)));
    const QString mime = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchContent).name();
    if (!core::LetterScan::acceptedMimeTypes().contains(mime))
        return core::Error::invalid(
            tr("%1 is not a PDF, PNG or JPEG file; scan the returned letter to one of these.")
                .arg(info.fileName()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error::internal(tr("The file %1 cannot be read.").arg(info.fileName()),
                                     file.errorString());
    core::LetterScan scan;
    scan.fileName = info.fileName();
    scan.mime = mime;
    scan.content = file.readAll();
    return scan;
}

core::Result<QString> ScanFile::write(const core::LetterScan& scan, const QString& letterNo,
                                      const QString& folder)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString name = QStringLiteral("%1 %2").arg(letterNo, QFileInfo(scan.fileName).fileName());
    name.replace(unsafe, QStringLiteral("_"));
    if (!QDir().mkpath(folder))
        return core::Error::internal(
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    const QString path = QDir(folder).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(scan.content) != scan.content.size() || !file.commit())
        return core::Error::internal(
            tr("The scan cannot be written to %1.").arg(QDir::toNativeSeparators(path)), file.errorString());
    return path;
}

QString ScanFile::dialogFilter()
{
    return tr("Scans (*.pdf *.png *.jpg *.jpeg)");
}

} // namespace tl::ui
