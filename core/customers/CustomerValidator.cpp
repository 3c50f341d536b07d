#include "customers/CustomerValidator.h"

#include "db/SqlQuery.h"

#include <QRegularExpression>

#include <cmath>

namespace tl::core {

namespace {

FieldProblem problem(const char* column, const QString& value, const QString& reason)
{
    return FieldProblem{0, QString::fromLatin1(column), value, reason};
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString degrees(qint64 e6)
{
    return QString::number(double(e6) / 1000000.0, 'f', 6);
}

constexpr qint64 kMaxLatitudeE6 = 90000000;
constexpr qint64 kMaxLongitudeE6 = 180000000;

} // namespace

void CustomerValidator::normalize(Customer& c)
{
    c.code = c.code.trimmed();
    c.name = c.name.trimmed();
    c.type = c.type.trimmed();
    if (const auto key = customerTypeFromText(c.type))
        c.type = *key;
    c.level = c.level.trimmed().toUpper();
    c.industry = c.industry.trimmed();
    c.region = c.region.trimmed();
    c.address = c.address.trimmed();
    c.ownerCode = c.ownerCode.trimmed();
    c.note = c.note.trimmed();
}

QList<FieldProblem> CustomerValidator::check(Customer& c, bool checkOwnerStatus) const
{
    QList<FieldProblem> problems;
    if (c.code.isEmpty()) {
        problems << problem("code", c.code, tr("customer code is required"));
    } else if (SqlQuery::scalar(m_db, QStringLiteral("SELECT id FROM customers WHERE code = ? AND id <> ?"),
                                {c.code, c.id})
                   .isValid()) {
        problems << problem("code", c.code, tr("customer code %1 is already used").arg(c.code));
    }
    if (c.name.isEmpty())
        problems << problem("name", c.name, tr("customer name is required"));
    if (!customerTypeKeys().contains(c.type))
        problems << problem(
            "type", c.type,
            tr("unknown customer type %1; use key_account, sme, individual, channel or other").arg(c.type));
    if (!customerLevels().contains(c.level))
        problems << problem("level", c.level, tr("unknown customer level %1; use A, B or C").arg(c.level));

    if (c.location) {
        if (std::llabs(c.location->latitudeE6) > kMaxLatitudeE6)
            problems << problem("latitude", degrees(c.location->latitudeE6),
                                tr("latitude %1 is outside -90 to 90").arg(degrees(c.location->latitudeE6)));
        if (std::llabs(c.location->longitudeE6) > kMaxLongitudeE6)
            problems << problem(
                "longitude", degrees(c.location->longitudeE6),
                tr("longitude %1 is outside -180 to 180").arg(degrees(c.location->longitudeE6)));
    }
    if (c.creditLimit.isNegative())
        problems << problem("credit_limit", QString::number(c.creditLimit.fen()),
                            tr("credit limit cannot be negative"));
    if (c.paymentDays < 0)
        problems << problem("payment_days", QString::number(c.paymentDays),
                            tr("payment terms cannot be a negative number of days"));

    if (!c.createdOn.isValid())
        c.createdOn = m_today;
    else if (c.createdOn > m_today)
        problems << problem("created_on", iso(c.createdOn),
                            tr("creation date %1 is in the future").arg(iso(c.createdOn)));

    checkOwner(c, checkOwnerStatus, problems);
    if (c.ownerId != 0 && c.ownedSince.isValid()) {
        if (c.ownedSince > m_today)
            problems << problem("owned_since", iso(c.ownedSince),
                                tr("ownership start %1 is in the future").arg(iso(c.ownedSince)));
        else if (c.ownedSince < c.createdOn)
            problems << problem("owned_since", iso(c.ownedSince),
                                tr("ownership start %1 is before the creation date %2")
                                    .arg(iso(c.ownedSince), iso(c.createdOn)));
    }
    return problems;
}

void CustomerValidator::checkOwner(Customer& c, bool checkStatus, QList<FieldProblem>& problems) const
{
    if (c.ownerId == 0 && c.ownerCode.isEmpty())
        return;
    SqlQuery q(m_db, c.ownerId != 0
                         ? QStringLiteral("SELECT id, code, name, status FROM employees WHERE id = ?")
                         : QStringLiteral("SELECT id, code, name, status FROM employees WHERE code = ?"));
    q.bind(c.ownerId != 0 ? QVariant(c.ownerId) : QVariant(c.ownerCode)).exec();
    if (!q.next()) {
        const QString shown = c.ownerCode.isEmpty() ? QString::number(c.ownerId) : c.ownerCode;
        problems << problem("owner_code", shown, tr("owner %1 does not exist").arg(shown));
        return;
    }
    c.ownerId = q.integer(0);
    c.ownerCode = q.text(1);
    c.ownerName = q.text(2);
    if (checkStatus && q.text(3) == QLatin1String("left"))
        problems << problem("owner_code", c.ownerCode,
                            tr("owner %1 (%2) has left the company").arg(c.ownerName, c.ownerCode));
}

QList<FieldProblem> CustomerValidator::checkContact(CustomerContact& contact) const
{
    contact.name = contact.name.trimmed();
    contact.title = contact.title.trimmed();
    contact.phone = contact.phone.trimmed().remove(QLatin1Char(' '));
    contact.email = contact.email.trimmed();
    contact.wechat = contact.wechat.trimmed();

    QList<FieldProblem> problems;
    if (contact.name.isEmpty())
        problems << problem("contact", contact.name, tr("contact name is required"));
    // Mobile, landline with area code and extension, or international: digits with + - ( ) separators.
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9()\\-]{5,24}$"));
    static const QRegularExpression digits(QStringLiteral("[0-9]"));
    if (!contact.phone.isEmpty() &&
        (!phone.match(contact.phone).hasMatch() || contact.phone.count(digits) < 5))
        problems << problem("phone", contact.phone, tr("%1 is not a telephone number").arg(contact.phone));
    static const QRegularExpression mail(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!contact.email.isEmpty() && !mail.match(contact.email).hasMatch())
        problems << problem("email", contact.email, tr("%1 is not an e-mail address").arg(contact.email));
    return problems;
}

std::optional<GeoPoint> CustomerValidator::parseCoordinates(const QString& latitudeText,
                                                            const QString& longitudeText,
                                                            QList<FieldProblem>& problems)
{
    const QString lat = latitudeText.trimmed();
    const QString lon = longitudeText.trimmed();
    if (lat.isEmpty() && lon.isEmpty())
        return std::nullopt;
    if (lat.isEmpty() || lon.isEmpty()) {
        problems << problem(lat.isEmpty() ? "latitude" : "longitude", QString(),
                            tr("latitude and longitude must be given together"));
        return std::nullopt;
    }
    const auto parse = [&](const QString& text, const char* column, qint64 limit) -> std::optional<qint64> {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            problems << problem(column, text, tr("%1 is not a number of degrees").arg(text));
            return std::nullopt;
        }
        if (std::fabs(value) * 1000000.0 > double(limit) + 0.5) {
            problems << problem(column, text,
                                limit == kMaxLatitudeE6
                                    ? tr("latitude %1 is outside -90 to 90").arg(text)
                                    : tr("longitude %1 is outside -180 to 180").arg(text));
            return std::nullopt;
        }
        return std::llround(value * 1000000.0);
    };
    const auto latE6 = parse(lat, "latitude", kMaxLatitudeE6);
    const auto lonE6 = parse(lon, "longitude", kMaxLongitudeE6);
    if (!latE6 || !lonE6)
        return std::nullopt;
    return GeoPoint{*latE6, *lonE6};
}

} // namespace tl::core
