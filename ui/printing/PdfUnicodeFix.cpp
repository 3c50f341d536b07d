#include "printing/PdfUnicodeFix.h"

#include "printing/PrintFonts.h"

#include <QHash>
#include <QRawFont>

namespace tl::ui {

namespace {

constexpr char16_t kSupplementFirst = 0x2E80, kSupplementLast = 0x2EFF;
constexpr char16_t kKangxiFirst = 0x2F00, kKangxiLast = 0x2FDF;

// Radicals of the supplement → the unified ideograph with the same glyph in the print fonts.
QHash<char16_t, char16_t> supplementMap()
{
    QHash<char16_t, char16_t> map;
    for (PrintTypeface typeface : {PrintTypeface::Sans, PrintTypeface::Serif}) {
        const QRawFont font = QRawFont::fromFont(printFont(typeface));
        if (!font.isValid())
            continue;
        QString ideographs;
        for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
            ideographs += QChar(c);
        const QList<quint32> glyphs = font.glyphIndexesForString(ideographs);
        QHash<quint32, char16_t> byGlyph;
        for (qsizetype i = 0; i < glyphs.size(); ++i)
            if (glyphs.at(i) != 0 && !byGlyph.contains(glyphs.at(i)))
                byGlyph.insert(glyphs.at(i), char16_t(0x4E00 + i));
        for (char16_t r = kSupplementFirst; r <= kSupplementLast; ++r) {
            const QList<quint32> glyph = font.glyphIndexesForString(QString(QChar(r)));
            if (glyph.size() == 1 && glyph.first() != 0 && byGlyph.contains(glyph.first()) &&
                !map.contains(r))
                map.insert(r, byGlyph.value(glyph.first()));
        }
    }
    return map;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Rewrites the four-digit hex tokens "<XXXX>" in [from, to) that are radicals.
int fixTokens(QByteArray& pdf, qsizetype from, qsizetype to)
{
    static const char digits[] = "0123456789ABCDEF";
    int fixed = 0;
    for (qsizetype i = from; i + 5 < to; ++i) {
        if (pdf.at(i) != '<' || pdf.at(i + 5) != '>')
            continue;
        int value = 0;
        bool hex = true;
        for (int d = 1; d <= 4 && hex; ++d) {
            const int v = hexValue(pdf.at(i + d));
            hex = v >= 0;
            value = value * 16 + v;
        }
        if (!hex)
            continue;
        const char16_t ideograph = PdfUnicodeFix::ideographFor(char16_t(value));
        if (!ideograph)
            continue;
        for (int d = 4; d >= 1; --d)
            pdf[i + d] = digits[(ideograph >> (4 * (4 - d))) & 0xF];
        ++fixed;
        i += 5;
    }
    return fixed;
}

} // namespace

char16_t PdfUnicodeFix::ideographFor(char16_t radical)
{
    if (radical >= kKangxiFirst && radical <= kKangxiLast) {
        const QString folded = QString(QChar(radical)).normalized(QString::NormalizationForm_KC);
        return folded.size() == 1 && folded.at(0).unicode() != radical ? folded.at(0).unicode() : 0;
    }
    if (radical >= kSupplementFirst && radical <= kSupplementLast) {
        static const QHash<char16_t, char16_t> map = supplementMap();
        return map.value(radical, 0);
    }
    return 0;
}

int PdfUnicodeFix::apply(QByteArray& pdf)
{
    int fixed = 0;
    qsizetype at = 0;
    while ((at = pdf.indexOf("begincmap", at)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", at);
        if (end < 0)
            break;
        // Only destinations are rewritten: on a bfrange line "<a> <b> <c>" or "<a> <b> [<c> …]" what follows
        // the two source codes, on a bfchar line "<a> <c>" what follows the source code.
        int sourceCodes = 0; // 2 inside a bfrange section, 1 inside a bfchar section, 0 elsewhere
        for (qsizetype line = at; line < end;) {
            qsizetype next = pdf.indexOf('\n', line);
            if (next < 0 || next > end)
                next = end;
            const QByteArray text = pdf.mid(line, next - line).trimmed();
            if (text.endsWith("beginbfrange"))
                sourceCodes = 2;
            else if (text.endsWith("beginbfchar"))
                sourceCodes = 1;
            else if (text.startsWith("endbf"))
                sourceCodes = 0;
            else if (sourceCodes > 0 && text.startsWith('<')) {
                qsizetype skip = line;
                for (int s = 0; s < sourceCodes && skip >= 0; ++s) {
                    skip = pdf.indexOf('>', skip);
                    if (skip >= 0)
                        ++skip;
                }
                if (skip >= 0 && skip < next)
                    fixed += fixTokens(pdf, skip, next);
            }
            line = next + 1;
        }
        at = end;
    }
    return fixed;
}

} // namespace tl::ui
