// The funnel page's keyboard mnemonics (Alt+letter) in English and in Chinese: none may take the main
// window's menus (文件(F) File, 帮助(H) Help), where the menu would win and the field could not be reached.
#include "PoolUiFixture.h"

#include "charts/FunnelChartPage.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QKeySequence>
#include <QLabel>
#include <QTranslator>

#include <memory>

using namespace tl;
using tl::test::PoolUiFixture;

namespace {

// Each mnemonic of the page's labels (with a buddy) and buttons, with its text.
QList<std::pair<QKeySequence, QString>> mnemonics(const QWidget& page)
{
    QList<std::pair<QKeySequence, QString>> found;
    for (const QLabel* label : page.findChildren<QLabel*>())
        if (label->buddy() && !QKeySequence::mnemonic(label->text()).isEmpty())
            found.append({QKeySequence::mnemonic(label->text()), label->text()});
    for (const QAbstractButton* button : page.findChildren<QAbstractButton*>())
        if (!QKeySequence::mnemonic(button->text()).isEmpty())
            found.append({QKeySequence::mnemonic(button->text()), button->text()});
    return found;
}

void checkMnemonics(PoolUiFixture& f)
{
    auto app = f.app(f.admin());
    ui::FunnelChartPage page(*app);
    const QStringList menus{QCoreApplication::translate("tl::ui::MainWindow", "&File"),
                            QCoreApplication::translate("tl::ui::MainWindow", "&Help")};
    QList<QKeySequence> taken;
    for (const QString& menu : menus) {
        REQUIRE_FALSE(QKeySequence::mnemonic(menu).isEmpty());
        taken << QKeySequence::mnemonic(menu);
    }
    const auto found = mnemonics(page);
    CHECK(found.size() >= 3); // created from, to, refresh
    for (const auto& [key, text] : found) {
        INFO(text.toStdString() << " uses " << key.toString().toStdString());
        CHECK_FALSE(taken.contains(key));
        taken << key; // and no two fields of the page share one
    }
}

} // namespace

TEST_CASE("the funnel page's mnemonics leave the menus' File and Help free, in English and Chinese",
          "[ui][funnel]")
{
    PoolUiFixture f;
    SECTION("English (the source texts)")
    {
        checkMnemonics(f);
    }
    SECTION("Chinese")
    {
        auto translator = std::make_unique<QTranslator>();
        REQUIRE(translator->load(QStringLiteral(":/i18n/teamledger_zh_CN.qm")));
        QCoreApplication::installTranslator(translator.get());
        // The translation is the one in use: the menu is 文件(&F).
        CHECK(QCoreApplication::translate("tl::ui::MainWindow", "&File") != QLatin1String("&File"));
        checkMnemonics(f);
        QCoreApplication::removeTranslator(translator.get());
    }
}
