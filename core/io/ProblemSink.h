#pragma once

#include "common/Error.h"

#include <QList>
#include <QStringList>

namespace tl::core {

// Collects the problems of an import as FieldProblems "row N, column C: reason", C being the header text
// as it is in the file. Keeps at most `limit` of them (a file with a systematic error would otherwise hold
// a million messages) and counts the rest.
class ProblemSink
{
public:
    explicit ProblemSink(int limit = 10000) : m_limit(limit) {}

    // The name of each of the kind's columns in messages: the header text in the file, or the key when the
    // column is absent. Set by ImportService once the header is read.
    void setColumnNames(QStringList names) { m_names = std::move(names); }
    const QString& columnName(int column) const { return m_names.at(column); }

    void add(int row, int column, const QString& value, const QString& reason)
    {
        add(FieldProblem{row, m_names.value(column), value, reason});
    }
    void add(FieldProblem problem)
    {
        ++m_count;
        if (m_problems.size() < m_limit)
            m_problems.append(std::move(problem));
    }

    qint64 count() const { return m_count; } // all problems, also those not kept
    bool isEmpty() const { return m_count == 0; }
    qint64 omitted() const { return m_count - m_problems.size(); }
    const QList<FieldProblem>& problems() const { return m_problems; }

private:
    QList<FieldProblem> m_problems;
    QStringList m_names;
    qint64 m_count = 0;
    int m_limit;
};

} // namespace tl::core
