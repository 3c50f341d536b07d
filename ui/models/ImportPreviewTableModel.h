#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace tl::ui {

struct ImportPreview;

// The first rows of an import file as read: file headers across, spreadsheet row numbers down. Columns
// the import does not know are marked (they are ignored).
class ImportPreviewTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ImportPreviewTableModel(QObject* parent = nullptr);

    // bound[i]: whether file column i is a column of the import kind (missing entries count as bound).
    void setPreview(const ImportPreview& preview, const QList<bool>& bound);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isBound(int column) const { return m_bound.value(column, true); }

    QStringList m_header;
    QList<int> m_rowNumbers;
    QList<QStringList> m_rows;
    QList<bool> m_bound;
    int m_columns = 0;
};

} // namespace tl::ui
