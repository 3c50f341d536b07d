#pragma once

#include "io/TableWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace tl::core {

// Writes one worksheet of an XLSX workbook through libxlsxwriter (DESIGN §2.10): the first row written is
// the header (bold, frozen), columns get widths from their contents, cells are text (inline strings,
// passed through neutralizeFormula() as in CSV so that exports re-import the same way), except the columns
// hinted as Money (numbers shown as #,##0.00), Integer (whole numbers) or Date (dates shown as
// yyyy-mm-dd); see TableWriter::setColumnTypes.
//
// Rows are streamed to disk (libxlsxwriter's constant-memory mode), so big lists need little memory. A
// sheet holds at most 1,048,576 rows including the header; more is an Invalid error asking for CSV. The
// workbook is written to a temporary file beside the target and renamed onto it by finish(): an abandoned
// or failed export leaves no file behind.
class XlsxWriter final : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(tl::core::XlsxWriter)

public:
    static constexpr int kMaxRows = 1048576;

    // sheetName: the worksheet tab (empty = "Sheet1"); at most 31 characters, no []:*?/\.
    static Result<std::unique_ptr<XlsxWriter>> openFile(const QString& path, const QString& sheetName = {});
    ~XlsxWriter() override;

    void setColumnTypes(const QList<ColumnType>& types) override;
    Status writeRow(const QStringList& cells) override;
    Status finish() override;

    // The width in character cells a text takes in a spreadsheet column (CJK and other wide characters
    // count 2).
    static int displayWidth(const QString& text);

private:
    struct State;
    explicit XlsxWriter(std::unique_ptr<State> state);
    Status failure(int libraryError) const;

    std::unique_ptr<State> m_state;
};

} // namespace tl::core
