#pragma once

#include <QString>
#include <QVariant>

#include <vector>

namespace tl::core {

// One data row of an import, bound to the kind's columns (indexes into ImportKind::columns()).
// Cells are trimmed and un-neutralised (see FormulaGuard.h); non-empty cells are parsed by the column's
// parser. A cell the parser rejected has already been reported: kinds skip further checks on it.
class ImportRow
{
public:
    explicit ImportRow(int columnCount = 0) : m_cells(size_t(columnCount)) {}

    int number() const { return m_number; } // the row number a spreadsheet shows
    bool present(int column) const { return m_cells[size_t(column)].present; } // the column is in the file
    bool isEmpty(int column) const { return m_cells[size_t(column)].text.isEmpty(); }
    bool failed(int column) const { return m_cells[size_t(column)].failed; }
    // Given (present, not empty) and parsed.
    bool has(int column) const { return !isEmpty(column) && !failed(column); }
    const QString& text(int column) const { return m_cells[size_t(column)].text; }
    const QVariant& value(int column) const { return m_cells[size_t(column)].value; }

    // Filled by ImportService.
    void reset(int number)
    {
        m_number = number;
        for (Cell& cell : m_cells)
            cell = Cell{};
    }
    void setCell(int column, QString text, QVariant value, bool failed)
    {
        m_cells[size_t(column)] = Cell{std::move(text), std::move(value), true, failed};
    }

private:
    struct Cell
    {
        QString text;
        QVariant value;
        bool present = false;
        bool failed = false;
    };
    std::vector<Cell> m_cells;
    int m_number = 0;
};

} // namespace tl::core
