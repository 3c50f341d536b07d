#include "io/FormulaGuard.h"

namespace tl::core {

namespace {

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool isPlainNumber(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    const qsizetype intStart = i;
    bool grouped = false;
    qsizetype groupDigits = 0;
    while (i < n && (isDigit(text[i]) || text[i] == u',')) {
        if (text[i] == u',') {
            // a thousands separator: at most 3 digits before the first one, exactly 3 between them
            if (i == intStart || (!grouped && groupDigits > 3) || (grouped && groupDigits != 3))
                return false;
            grouped = true;
            groupDigits = 0;
        } else {
            ++groupDigits;
        }
        ++i;
    }
    if (i == intStart || groupDigits == 0 || (grouped && groupDigits != 3))
        return false;
    if (i < n && text[i] == u'.') {
        ++i;
        const qsizetype fracStart = i;
        while (i < n && isDigit(text[i]))
            ++i;
        if (i == fracStart)
            return false;
    }
    return i == n;
}

QString neutralizeFormula(const QString& cell)
{
    if (cell.isEmpty() || !startsFormula(cell.front()) || isPlainNumber(cell))
        return cell;
    return QLatin1Char('\'') + cell;
}

QString restoreNeutralized(const QString& cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' && startsFormula(cell.at(1)))
        return cell.mid(1);
    return cell;
}

} // namespace tl::core
