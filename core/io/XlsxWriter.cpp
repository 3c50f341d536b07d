#include "io/XlsxWriter.h"

#include "io/FormulaGuard.h"
#include "money/MoneyParse.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace tl::core {

namespace {

constexpr int kMinWidth = 6;
constexpr int kMaxWidth = 60;

QString libraryMessage(int error)
{
    return QString::fromUtf8(lxw_strerror(lxw_error(error)));
}

// The characters Excel does not allow in a sheet name.
QString safeSheetName(const QString& name)
{
    QString safe;
    for (const QChar c : name)
        if (!QStringView(u"[]:*?/\\").contains(c))
            safe += c;
    safe = safe.trimmed().left(31);
    return safe.isEmpty() ? QStringLiteral("Sheet1") : safe;
}

} // namespace

struct XlsxWriter::State
{
    QString path;
    QString tempPath;
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* money = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* date = nullptr;
    QList<ColumnType> types;
    std::vector<int> widths;
    int row = 0; // the next row to write (0 = the header)
    bool finished = false;

    ~State()
    {
        if (workbook && !finished) {
            lxw_workbook_free(workbook); // abandoned: nothing is assembled
            QFile::remove(tempPath);
        }
    }
    void widen(int column, int width)
    {
        if (size_t(column) >= widths.size())
            widths.resize(size_t(column) + 1, kMinWidth);
        int& w = widths[size_t(column)];
        w = std::max(w, std::min(width, kMaxWidth));
    }
};

XlsxWriter::XlsxWriter(std::unique_ptr<State> state) : m_state(std::move(state)) {}

XlsxWriter::~XlsxWriter() = default;

int XlsxWriter::displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // CJK, Hangul, full-width forms: two cells wide in spreadsheet fonts.
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
        if (c.isLowSurrogate())
            continue;
        width += wide ? 2 : 1;
    }
    return width;
}

Result<std::unique_ptr<XlsxWriter>> XlsxWriter::openFile(const QString& path, const QString& sheetName)
{
    const QFileInfo target(path);
    if (target.isDir())
        return Error::invalid(tr("Cannot write %1: it is a folder.").arg(path));
    // Reserve a name beside the target (same file system, so the final rename is atomic).
    QTemporaryFile reserve(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                           QStringLiteral(".XXXXXX"));
    reserve.setAutoRemove(false);
    if (!reserve.open())
        return Error::invalid(tr("Cannot write %1: %2").arg(path, reserve.errorString()));
    auto state = std::make_unique<State>();
    state->path = target.absoluteFilePath();
    state->tempPath = reserve.fileName();
    reserve.close();
    // libxlsxwriter creates the file itself when the workbook is closed, with the ordinary permissions of
    // a new file (not those of a private temporary file).
    reserve.remove();

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_FALSE;
    const QByteArray encoded = QFile::encodeName(state->tempPath);
    state->workbook = workbook_new_opt(encoded.constData(), &options);
    if (!state->workbook) {
        QFile::remove(state->tempPath);
        return Error::internal(tr("Cannot create the workbook %1.").arg(path));
    }
    const QByteArray name = safeSheetName(sheetName).toUtf8();
    state->sheet = workbook_add_worksheet(state->workbook, name.constData());
    if (!state->sheet)
        return Error::internal(tr("Cannot create the worksheet of %1.").arg(path));
    state->bold = workbook_add_format(state->workbook);
    format_set_bold(state->bold);
    state->money = workbook_add_format(state->workbook);
    format_set_num_format(state->money, "#,##0.00");
    state->integer = workbook_add_format(state->workbook);
    format_set_num_format(state->integer, "0");
    state->date = workbook_add_format(state->workbook);
    format_set_num_format(state->date, "yyyy-mm-dd");
    worksheet_freeze_panes(state->sheet, 1, 0);
    return std::unique_ptr<XlsxWriter>(new XlsxWriter(std::move(state)));
}

void XlsxWriter::setColumnTypes(const QList<ColumnType>& types)
{
    m_state->types = types;
}

Status XlsxWriter::failure(int libraryError) const
{
    return Error::internal(
        tr("Cannot write the workbook %1: %2").arg(m_state->path, libraryMessage(libraryError)));
}

Status XlsxWriter::writeRow(const QStringList& cells)
{
    State& s = *m_state;
    if (s.finished)
        return Error::internal(tr("The workbook %1 is already complete.").arg(s.path));
    if (s.row >= kMaxRows)
        return Error::invalid(
            tr("An XLSX sheet holds at most %1 rows; export this list as CSV instead.").arg(kMaxRows));
    if (cells.size() > LXW_COL_MAX)
        return Error::invalid(tr("An XLSX sheet holds at most %1 columns.").arg(LXW_COL_MAX));
    const lxw_row_t row = lxw_row_t(s.row);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString& cell = cells.at(i);
        if (cell.isEmpty())
            continue;
        const lxw_col_t col = lxw_col_t(i);
        const ColumnType type = s.row == 0 ? ColumnType::Text : s.types.value(i, ColumnType::Text);
        lxw_error rc = LXW_NO_ERROR;
        bool written = false;
        switch (type) {
        case ColumnType::Money:
            if (const Result<Money> amount = parseMoney(cell)) {
                // The file stores IEEE doubles; fen / 100 is the double nearest the amount, and Excel shows
                // (and the reader reads back) its 15 significant digits exactly.
                rc = worksheet_write_number(s.sheet, row, col, double(amount->fen()) / 100.0, s.money);
                s.widen(int(i), cell.size() + cell.size() / 3 + 2);
                written = true;
            }
            break;
        case ColumnType::Integer: {
            bool ok = false;
            const qint64 value = cell.toLongLong(&ok);
            if (ok && value > -(qint64(1) << 53) && value < (qint64(1) << 53)) {
                rc = worksheet_write_number(s.sheet, row, col, double(value), s.integer);
                s.widen(int(i), cell.size() + 2);
                written = true;
            }
            break;
        }
        case ColumnType::Date: {
            const QDate date = QDate::fromString(cell, Qt::ISODate);
            if (date.isValid() && date.year() >= 1900 && date.year() <= 9999) {
                lxw_datetime value{date.year(), date.month(), date.day(), 0, 0, 0.0};
                rc = worksheet_write_datetime(s.sheet, row, col, &value, s.date);
                s.widen(int(i), 12);
                written = true;
            }
            break;
        }
        case ColumnType::Text:
            break;
        }
        if (!written) {
            const QByteArray text = neutralizeFormula(cell).toUtf8();
            rc = worksheet_write_string(s.sheet, row, col, text.constData(), s.row == 0 ? s.bold : nullptr);
            s.widen(int(i), displayWidth(cell) + (s.row == 0 ? 3 : 2));
        }
        if (rc != LXW_NO_ERROR)
            return failure(rc);
    }
    ++s.row;
    return {};
}

Status XlsxWriter::finish()
{
    State& s = *m_state;
    if (s.finished)
        return {};
    for (size_t c = 0; c < s.widths.size(); ++c)
        worksheet_set_column(s.sheet, lxw_col_t(c), lxw_col_t(c), double(s.widths[c]), nullptr);
    s.finished = true;
    const lxw_error closed = workbook_close(s.workbook); // assembles the file and frees the workbook
    s.workbook = nullptr;
    if (closed != LXW_NO_ERROR) {
        QFile::remove(s.tempPath);
        return failure(closed);
    }
    // Replace the target in one step (rename(2) replaces an existing file atomically).
    if (std::rename(QFile::encodeName(s.tempPath).constData(), QFile::encodeName(s.path).constData()) != 0) {
        QFile::remove(s.path);
        if (!QFile::rename(s.tempPath, s.path)) {
            QFile::remove(s.tempPath);
            return Error::internal(tr("Cannot save %1.").arg(s.path));
        }
    }
    return {};
}

} // namespace tl::core
