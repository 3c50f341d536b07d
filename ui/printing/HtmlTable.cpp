#include "printing/HtmlTable.h"

namespace tl::ui {

namespace {

QString alignAttribute(HtmlTable::Align align)
{
    switch (align) {
    case HtmlTable::Align::Center:
        return QStringLiteral(" align=\"center\"");
    case HtmlTable::Align::Right:
        return QStringLiteral(" align=\"right\"");
    case HtmlTable::Align::Left:
        break;
    }
    return {};
}

} // namespace

QString HtmlTable::cell(const QString& html, int column, int span) const
{
    const Column& c = m_columns.at(column);
    QString attributes = alignAttribute(c.align);
    if (span > 1)
        attributes += QStringLiteral(" colspan=\"%1\"").arg(span);
    return QStringLiteral("<td%1>%2</td>").arg(attributes, html);
}

void HtmlTable::addRow(const QStringList& cells)
{
    QString row = QStringLiteral("<tr>");
    for (int c = 0; c < columnCount(); ++c)
        row += cell(cells.value(c), c);
    m_rows << row + QStringLiteral("</tr>\n");
}

void HtmlTable::addTotalRow(const QString& label, int labelSpan, const QStringList& cells)
{
    labelSpan = std::clamp(labelSpan, 1, columnCount());
    QString row = QStringLiteral("<tr style=\"font-weight: bold; background-color: #eeeeee;\">");
    row += QStringLiteral("<td colspan=\"%1\">%2</td>").arg(labelSpan).arg(label);
    for (int c = labelSpan; c < columnCount(); ++c)
        row += cell(cells.value(c - labelSpan), c);
    m_rows << row + QStringLiteral("</tr>\n");
}

void HtmlTable::addNote(const QString& html)
{
    m_rows << QStringLiteral("<tr><td colspan=\"%1\" align=\"center\">%2</td></tr>\n")
                  .arg(columnCount())
                  .arg(html);
}

QString HtmlTable::html() const
{
    QString text =
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                       "style=\"border-collapse: collapse; border-color: #000000; "
                       "border-style: solid;\">\n<thead><tr style=\"background-color: #dddddd;\">");
    for (const Column& c : m_columns) {
        QString attributes = QStringLiteral(" align=\"center\"");
        if (c.widthPercent > 0)
            attributes += QStringLiteral(" width=\"%1%\"").arg(c.widthPercent);
        text += QStringLiteral("<th%1>%2</th>").arg(attributes, c.header);
    }
    text += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QString& row : m_rows)
        text += row;
    text += QStringLiteral("</tbody></table>\n");
    return text;
}

} // namespace tl::ui
