#pragma once

#include <QDateTime>
#include <QString>

namespace tl::core {

// The company using the ledger (one row): letter and payslip headers, default city and language.
struct Company
{
    QString name;      // short name shown in the title bar and on documents
    QString legalName; // 公司全称 as on the business licence (letters); empty = name
    QString city;      // city key of its city profile ("shanghai", "beijing", ...)
    QString address;
    QString phone;
    QString taxId;                              // 统一社会信用代码 / 纳税人识别号
    QString language = QStringLiteral("zh_CN"); // zh_CN | en
    QDateTime createdAt;                        // read only
};

} // namespace tl::core
