#pragma once

#include "customers/FunnelReport.h"

#include <QAbstractTableModel>

namespace tl::ui {

// The funnel as a table: each stage with the opportunities that reached it, their amounts and the
// conversion from the previous stage; the lost opportunities last.
class FunnelTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Stage,
        Reached,
        Amount,
        Conversion,
        Count
    };
    enum DataRole
    {
        StageKeyRole = Qt::UserRole + 1,
        ReachedRole,
        AmountFenRole,
        ConversionPpmRole
    };

    explicit FunnelTableModel(QObject* parent = nullptr);

    void setFunnel(const core::FunnelReport::Funnel& funnel);
    const core::FunnelReport::Funnel& funnel() const { return m_funnel; }

    // Parts per million as a percentage with one decimal, rounded half up: 666,667 → "66.7%".
    static QString percentText(int ppm);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::FunnelReport::Funnel m_funnel;
};

} // namespace tl::ui
