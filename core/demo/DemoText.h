#pragma once

#include <QString>

namespace tl::core::demo {

// The demo's Chinese literals are UTF-8 source text (QT_NO_CAST_FROM_ASCII is on).
inline QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace tl::core::demo
