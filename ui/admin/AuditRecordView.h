#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace tl::core {
struct AuditRecord;
}

namespace tl::ui {

// The detail of one audit record: who, when, what, and its before/after values field by field,
// changed fields highlighted.
class AuditRecordView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditRecordView(QWidget* parent = nullptr);

    void showRecord(const core::AuditRecord& record);
    void clear();
    int fieldCount() const;
    QStringList changedFields() const;

private:
    QLabel* m_summary;
    QTableWidget* m_fields;
};

} // namespace tl::ui
