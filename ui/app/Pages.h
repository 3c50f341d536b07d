#pragma once

#include <QIcon>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace tl::core {
struct Session;
}

namespace tl::ui {

class AppContext;
class Page;

// One entry of the main window's navigation: where it goes, who may see it and how to build it.
struct PageEntry
{
    QString key;   // stable name ("employees"), also used for the remembered last page
    QString group; // translated group title
    QString title; // translated
    QIcon icon;
    std::function<bool(const core::Session&)> allowed;
    std::function<Page*(AppContext&, QWidget*)> create;
};

// Every page of the application, in navigation order (registered in one place: Pages.cpp).
QList<PageEntry> allPages();
// The pages the session's role may use.
QList<PageEntry> pagesFor(const core::Session& session);

} // namespace tl::ui
