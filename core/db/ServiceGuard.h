#pragma once

#include "common/Result.h"
#include "db/DbException.h"

#include <QCoreApplication>

#include <exception>

namespace tl::core {

// The service boundary: exceptions from the data layer become Error values here, once.
template <typename F> auto guarded(F&& body) -> decltype(body())
{
    try {
        return body();
    } catch (const DbException& e) {
        if (e.isConstraint())
            return Error{
                ErrorCode::Conflict,
                QCoreApplication::translate("tl::core::Database", "The change conflicts with stored data: %1")
                    .arg(e.message()),
                e.sql(),
                {},
                {}};
        return Error::internal(
            QCoreApplication::translate("tl::core::Database", "Database error: %1").arg(e.message()),
            e.sql());
    } catch (const std::exception& e) {
        return Error::internal(QCoreApplication::translate("tl::core::Database", "Internal error: %1")
                                   .arg(QString::fromUtf8(e.what())));
    }
}

} // namespace tl::core
