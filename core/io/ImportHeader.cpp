#include "io/ImportHeader.h"

namespace tl::core {

QString ImportHeader::normalize(const QString& header)
{
    QString text = header;
    text.remove(QChar(0xFEFF));
    text = text.trimmed().toCaseFolded();
    for (QChar& c : text)
        if (c == u' ' || c == u'-')
            c = u'_';
    return text;
}

QString ImportHeader::columnLetter(int fileColumn)
{
    QString letters;
    int n = fileColumn + 1;
    while (n > 0) {
        const int r = (n - 1) % 26;
        letters.prepend(QChar(u'A' + r));
        n = (n - 1) / 26;
    }
    return letters;
}

ImportHeader ImportHeader::bind(const QList<ImportColumn>& columns, const TableRow& header,
                                ProblemSink& problems)
{
    ImportHeader h;
    h.m_fileColumn = QList<int>(columns.size(), -1);
    h.m_bound = QList<bool>(header.cells.size(), false);
    for (const QString& cell : header.cells) {
        QString text = cell;
        text.remove(QChar(0xFEFF));
        h.m_fileHeaders << text.trimmed();
    }

    for (qsizetype f = 0; f < header.cells.size(); ++f) {
        const QString& shown = h.m_fileHeaders.at(f);
        if (shown.isEmpty())
            continue; // a blank header cell; data under it is reported by ImportService
        const QString key = normalize(shown);
        int match = -1;
        for (qsizetype c = 0; c < columns.size() && match < 0; ++c) {
            if (normalize(columns.at(c).key) == key) {
                match = int(c);
                break;
            }
            for (const QString& alias : columns.at(c).aliases) {
                if (normalize(alias) == key) {
                    match = int(c);
                    break;
                }
            }
        }
        if (match < 0) {
            QStringList expected;
            for (const ImportColumn& column : columns)
                expected << column.displayName();
            problems.add(FieldProblem{
                header.number, shown, shown,
                tr("unknown column; the columns are: %1").arg(expected.join(QStringLiteral(", ")))});
            continue;
        }
        if (h.m_fileColumn.at(match) >= 0) {
            problems.add(FieldProblem{
                header.number, shown, shown,
                tr("the column %1 appears twice (also as %2)")
                    .arg(columns.at(match).displayName(), h.m_fileHeaders.at(h.m_fileColumn.at(match)))});
            continue;
        }
        h.m_fileColumn[match] = int(f);
        h.m_bound[f] = true;
    }

    for (qsizetype c = 0; c < columns.size(); ++c) {
        const int f = h.m_fileColumn.at(c);
        h.m_names << (f >= 0 ? h.m_fileHeaders.at(f) : columns.at(c).displayName());
        if (f < 0 && columns.at(c).required)
            problems.add(FieldProblem{
                header.number, columns.at(c).displayName(), {}, tr("this required column is missing")});
    }
    return h;
}

} // namespace tl::core
