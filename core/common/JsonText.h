#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace tl::core {

// JSON string text written by hand on hot paths, byte for byte as QJsonDocument writes it (the audit log's
// fingerprints depend on that): ", \ and control characters escaped (\b \f \n \r \t, else \u00xx with
// lower-case hex digits); every other byte as it is.

// One byte below 0x80, escaped when it must be.
inline void appendJsonAscii(QByteArray& out, unsigned char c)
{
    static constexpr char kHex[] = "0123456789abcdef";
    if (c >= 0x20 && c != '"' && c != '\\') {
        out.append(char(c));
        return;
    }
    out.append('\\');
    switch (c) {
    case '"':
        out.append('"');
        break;
    case '\\':
        out.append('\\');
        break;
    case 0x08:
        out.append('b');
        break;
    case 0x0c:
        out.append('f');
        break;
    case 0x0a:
        out.append('n');
        break;
    case 0x0d:
        out.append('r');
        break;
    case 0x09:
        out.append('t');
        break;
    default:
        out.append("u00", 3);
        out.append(kHex[c >> 4]);
        out.append(kHex[c & 0xf]);
    }
}

// A whole string of UTF-8 text (its bytes from 0x80 up copied as they are), quotes included.
inline void appendJsonString(QByteArray& out, QByteArrayView utf8)
{
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80)
            appendJsonAscii(out, c);
        else
            out.append(ch);
    }
    out.append('"');
}

} // namespace tl::core
