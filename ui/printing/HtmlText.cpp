#include "printing/HtmlText.h"

#include "money/MoneyFormat.h"

namespace tl::ui::html {

QString documentStart()
{
    return QStringLiteral(
        "<html><head><style>p { margin-top: 2px; margin-bottom: 2px; }</style></head><body>\n");
}

QString documentEnd()
{
    return QStringLiteral("</body></html>\n");
}

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString keepSpaces(const QString& text)
{
    return escape(text).replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
}

QString amount(qint64 fen)
{
    return core::formatMoney(core::Money::fromFen(fen), false);
}

QString amountWithSymbol(qint64 fen)
{
    return core::formatMoney(core::Money::fromFen(fen), true);
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString chineseDate(const QDate& date)
{
    if (!date.isValid())
        return QStringLiteral("____年__月__日");
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString paragraph(const QString& html, const QString& style)
{
    if (style.isEmpty())
        return QStringLiteral("<p>%1</p>\n").arg(html);
    return QStringLiteral("<p style=\"%1\">%2</p>\n").arg(style, html);
}

QString blankLines(int count)
{
    QString html;
    for (int i = 0; i < count; ++i)
        html += QStringLiteral("&nbsp;<br/>");
    return html;
}

} // namespace tl::ui::html
