#pragma once

#include <QIcon>
#include <QWidget>

namespace tl::ui {

class AppContext;

// A page of the main window's navigation. Pages are created lazily by the main window
// and told when they become visible, so that they load data only then.
class Page : public QWidget
{
    Q_OBJECT
public:
    Page(AppContext& app, QWidget* parent = nullptr) : QWidget(parent), m_app(app) {}

    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // Called every time the page is shown (first time: load data).
    virtual void activate() {}

protected:
    AppContext& app() const { return m_app; }

private:
    AppContext& m_app;
};

} // namespace tl::ui
