#pragma once

#include <QString>

#include <stdexcept>

namespace tl::core {

// A broken invariant inside the data layer (SQL failed). Thrown inside services,
// caught once at the service boundary (see guarded() in db/ServiceGuard.h).
class DbException : public std::runtime_error
{
public:
    DbException(QString message, QString sql, bool constraint)
        : std::runtime_error(message.toStdString()), m_message(std::move(message)), m_sql(std::move(sql)),
          m_constraint(constraint)
    {}

    const QString& message() const { return m_message; }
    const QString& sql() const { return m_sql; }
    // A CHECK/UNIQUE/FOREIGN KEY/trigger RAISE failure rather than an I/O or syntax error.
    bool isConstraint() const { return m_constraint; }

private:
    QString m_message;
    QString m_sql;
    bool m_constraint;
};

} // namespace tl::core
