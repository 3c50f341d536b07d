#pragma once

#include <QIcon>
#include <QString>

namespace tl::ui {

// A small round badge for a follow-up method (电话, 拜访, 微信, 邮件, 其他): the first character of the
// translated method name on the method's colour. Drawn, so that it needs no image files.
QIcon followUpMethodIcon(const QString& methodKey);

} // namespace tl::ui
