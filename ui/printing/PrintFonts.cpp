#include "printing/PrintFonts.h"

#include <QFontDatabase>

namespace tl::ui {

QStringList printFontFamilies(PrintTypeface typeface)
{
    if (typeface == PrintTypeface::Serif)
        return {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
                QStringLiteral("SimSun"), QStringLiteral("Songti SC"), QStringLiteral("Noto Sans CJK SC")};
    return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
            QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"), QStringLiteral("SimHei")};
}

QFont printFont(PrintTypeface typeface)
{
    QFont font;
    const QStringList families = printFontFamilies(typeface);
    QStringList installed;
    for (const QString& family : families)
        if (QFontDatabase::hasFamily(family))
            installed << family;
    // Installed ones first; the rest stay as fallbacks for a machine where the database lookup differs.
    for (const QString& family : families)
        if (!installed.contains(family))
            installed << family;
    font.setFamilies(installed);
    font.setStyleHint(typeface == PrintTypeface::Serif ? QFont::Serif : QFont::SansSerif);
    // No OpenType shaping: with it, HarfBuzz replaces the digits of Noto CJK by localized glyphs that have no
    // cmap entry, and Qt's PDF writer then cannot map them back to text (the PDF showed "HT-" for "HT-2026"
    // when copied or searched). Chinese text needs no shaping, and each face of the collection (SC) already
    // maps characters to its regional glyphs; kerning is off so that Qt can skip shaping.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setKerning(false);
    font.setPointSizeF(10.5);
    return font;
}

} // namespace tl::ui
