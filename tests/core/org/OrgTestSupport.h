#pragma once

// Shared by the org tests: readable Catch2 output for Qt values.
#include <catch2/catch.hpp>

#include <QDate>
#include <QString>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(invalid date)");
    }
};
} // namespace Catch
