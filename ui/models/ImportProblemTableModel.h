#pragma once

#include "common/Error.h"

#include <QAbstractTableModel>
#include <QList>

namespace tl::ui {

// The problems of an import's check or run: spreadsheet row, column (as headed in the file), value, reason.
class ImportProblemTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Row,
        Column,
        Value,
        Reason,
        Count
    };
    enum DataRole
    {
        SortRole = Qt::UserRole + 1
    };

    explicit ImportProblemTableModel(QObject* parent = nullptr);

    void setProblems(const QList<core::FieldProblem>& problems, qint64 omitted = 0);
    const QList<core::FieldProblem>& problems() const { return m_problems; }
    qint64 omitted() const { return m_omitted; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::FieldProblem> m_problems;
    qint64 m_omitted = 0;
};

} // namespace tl::ui
