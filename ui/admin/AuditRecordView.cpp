#include "admin/AuditRecordView.h"

#include "audit/AuditLogQuery.h"
#include "models/AuditLabels.h"

#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tl::ui {

namespace {

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("—");
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toInteger(qint64(value.toDouble())));
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return QString();
}

} // namespace

AuditRecordView::AuditRecordView(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_fields(new QTableWidget(0, 3, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    layout->addWidget(m_summary);
    m_fields->setObjectName(QStringLiteral("auditFields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setWordWrap(true);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setColumnWidth(0, 140);
    m_fields->setColumnWidth(1, 180);
    layout->addWidget(m_fields, 1);
    clear();
}

void AuditRecordView::clear()
{
    m_summary->setText(tr("Select a record to see what changed."));
    m_fields->setRowCount(0);
}

int AuditRecordView::fieldCount() const
{
    return m_fields->rowCount();
}

QStringList AuditRecordView::changedFields() const
{
    QStringList names;
    for (int row = 0; row < m_fields->rowCount(); ++row)
        if (m_fields->item(row, 0)->font().bold())
            names << m_fields->item(row, 0)->text();
    return names;
}

void AuditRecordView::showRecord(const core::AuditRecord& r)
{
    const QString summary =
        tr("<b>%1</b> — %2 %3 <i>%4</i><br>by %5 at %6, record no. %7")
            .arg(auditActionName(r.action).toHtmlEscaped(), auditEntityName(r.entity).toHtmlEscaped(),
                 r.entityId ? QString::number(r.entityId) : QString(), r.label.toHtmlEscaped(),
                 r.username.toHtmlEscaped(), r.at.toHtmlEscaped(), QString::number(r.id));
    m_summary->setText(summary);

    QStringList keys = r.before.keys() + r.after.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    const bool compare = !r.before.isEmpty() && !r.after.isEmpty();
    // Changed fields first, then the rest in name order.
    std::stable_partition(keys.begin(), keys.end(),
                          [&](const QString& k) { return compare && r.before.value(k) != r.after.value(k); });

    m_fields->setRowCount(static_cast<int>(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString& key = keys.at(row);
        const bool changed = compare && r.before.value(key) != r.after.value(key);
        const QString before = r.before.isEmpty() ? QString() : valueText(r.before.value(key));
        const QString after = r.after.isEmpty() ? QString() : valueText(r.after.value(key));
        auto* name = new QTableWidgetItem(key);
        auto* b = new QTableWidgetItem(before);
        auto* a = new QTableWidgetItem(after);
        b->setToolTip(before);
        a->setToolTip(after);
        if (changed) {
            QFont font = name->font();
            font.setBold(true);
            for (QTableWidgetItem* item : {name, b, a}) {
                item->setFont(font);
                item->setBackground(QColor(0xfd, 0xf3, 0xdc));
            }
        }
        m_fields->setItem(row, 0, name);
        m_fields->setItem(row, 1, b);
        m_fields->setItem(row, 2, a);
    }
    m_fields->resizeRowsToContents();
}

} // namespace tl::ui
