#include "letters/Letter.h"

#include <QCoreApplication>

namespace tl::core {

QString letterStatusKey(LetterStatus status)
{
    switch (status) {
    case LetterStatus::Draft:
        return QStringLiteral("draft");
    case LetterStatus::Sent:
        return QStringLiteral("sent");
    case LetterStatus::Confirmed:
        return QStringLiteral("confirmed");
    case LetterStatus::Difference:
        return QStringLiteral("difference");
    case LetterStatus::NoReply:
        return QStringLiteral("no_reply");
    case LetterStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("draft");
}

std::optional<LetterStatus> letterStatusFromKey(const QString& key)
{
    for (LetterStatus status : allLetterStatuses())
        if (letterStatusKey(status) == key)
            return status;
    return std::nullopt;
}

QString letterStatusName(LetterStatus status)
{
    switch (status) {
    case LetterStatus::Draft:
        return QCoreApplication::translate("tl::core::Letter", "Draft");
    case LetterStatus::Sent:
        return QCoreApplication::translate("tl::core::Letter", "Sent");
    case LetterStatus::Confirmed:
        return QCoreApplication::translate("tl::core::Letter", "Confirmed");
    case LetterStatus::Difference:
        return QCoreApplication::translate("tl::core::Letter", "Confirmed with difference");
    case LetterStatus::NoReply:
        return QCoreApplication::translate("tl::core::Letter", "No reply");
    case LetterStatus::Cancelled:
        return QCoreApplication::translate("tl::core::Letter", "Cancelled");
    }
    return {};
}

QList<LetterStatus> allLetterStatuses()
{
    return {LetterStatus::Draft,      LetterStatus::Sent,    LetterStatus::Confirmed,
            LetterStatus::Difference, LetterStatus::NoReply, LetterStatus::Cancelled};
}

QStringList letterSendMethodKeys()
{
    return {QStringLiteral("ems"), QStringLiteral("express"), QStringLiteral("email"),
            QStringLiteral("in_person"), QStringLiteral("fax")};
}

QString letterSendMethodName(const QString& key)
{
    if (key == QLatin1String("ems"))
        return QCoreApplication::translate("tl::core::Letter", "EMS");
    if (key == QLatin1String("express"))
        return QCoreApplication::translate("tl::core::Letter", "Courier");
    if (key == QLatin1String("email"))
        return QCoreApplication::translate("tl::core::Letter", "E-mail");
    if (key == QLatin1String("in_person"))
        return QCoreApplication::translate("tl::core::Letter", "In person");
    if (key == QLatin1String("fax"))
        return QCoreApplication::translate("tl::core::Letter", "Fax");
    return key;
}

bool letterSendMethodNeedsTracking(const QString& key)
{
    return key == QLatin1String("ems") || key == QLatin1String("express");
}

QStringList LetterScan::acceptedMimeTypes()
{
    return {QStringLiteral("application/pdf"), QStringLiteral("image/png"), QStringLiteral("image/jpeg")};
}

} // namespace tl::core
