#pragma once

// The benchmark's output, shared by its cases: one figure per line, "name: value unit (target ...)", and
// the end of the run on any error (exit code 10).
#include "common/Error.h"

#include <QString>
#include <QTextStream>

#include <cstdlib>

namespace tl::bench {

inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline void figure(const QString& name, double value, const QString& unit, const QString& target)
{
    out() << name << ": " << QString::number(value, 'f', 2) << ' ' << unit << " (target " << target << ")\n"
          << Qt::flush;
}

[[noreturn]] inline void fail(const QString& what, const tl::core::Error& error)
{
    QTextStream(stderr) << what << ": " << error.fullText() << '\n';
    std::exit(10);
}

} // namespace tl::bench
