#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tl::ui {

// A ruled table for QTextDocument: a header row in <thead> (repeated at the top of every page the table
// runs onto), body rows, and total rows in bold on a grey background. Cells are HTML (escape text first).
class HtmlTable
{
public:
    enum class Align
    {
        Left,
        Center,
        Right
    };
    struct Column
    {
        QString header; // HTML
        Align align = Align::Left;
        int widthPercent = 0; // 0 = automatic
    };

    explicit HtmlTable(QList<Column> columns) : m_columns(std::move(columns)) {}

    // cells.size() must equal the number of columns; a shorter list is padded with empty cells.
    void addRow(const QStringList& cells);
    // A total row: label spans the first `labelSpan` columns, the remaining cells follow.
    void addTotalRow(const QString& label, int labelSpan, const QStringList& cells);
    // A row with one cell across every column (e.g. "no open items").
    void addNote(const QString& html);

    int columnCount() const { return int(m_columns.size()); }
    qsizetype rowCount() const { return m_rows.size(); }
    QString html() const;

private:
    QString cell(const QString& html, int column, int span = 1) const;

    QList<Column> m_columns;
    QStringList m_rows;
};

} // namespace tl::ui
