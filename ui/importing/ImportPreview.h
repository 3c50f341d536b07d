#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tl::ui {

// The first rows of an import file as they were read (decoded, split into cells), for the import page's
// preview. Read off the GUI thread: the encoding check scans the whole file.
struct ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(tl::ui::ImportPreview)

public:
    QString path;
    QString error;     // why the file cannot be read; empty when it can
    QString encoding;  // "UTF-8", "UTF-8 (BOM)", "GB18030"...
    QString delimiter; // "comma", "semicolon", "tab" (translated)
    int headerRow = 0; // spreadsheet row number of the header
    QStringList header;
    QList<int> rowNumbers; // spreadsheet row number of each row
    QList<QStringList> rows;
    bool truncated = false; // more rows follow in the file

    bool ok() const { return error.isEmpty(); }

    static constexpr int DefaultRows = 50;
    static ImportPreview read(const QString& path, int maxRows = DefaultRows);
};

} // namespace tl::ui
