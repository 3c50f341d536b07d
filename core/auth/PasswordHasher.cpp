#include "auth/PasswordHasher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace tl::core {

namespace {

// sodium_init() is thread-safe and idempotent; the static makes it run once per process.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Unicode NFC first, so that the same password typed through different input methods matches.
QByteArray passwordBytes(const QString& password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

} // namespace

Result<QString> PasswordHasher::hash(const QString& password) const
{
    if (!sodiumReady())
        return Error::internal(QCoreApplication::translate(
            "tl::core::PasswordHasher", "The cryptography library cannot be initialised."));
    const QByteArray bytes = passwordBytes(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                              m_params.opsLimit, m_params.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::internal(QCoreApplication::translate("tl::core::PasswordHasher",
                                                           "Not enough memory to hash the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& password, const QString& stored) const
{
    if (!sodiumReady() || !stored.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray bytes = passwordBytes(password);
    const QByteArray hashText = stored.toLatin1();
    return crypto_pwhash_str_verify(hashText.constData(), bytes.constData(),
                                    static_cast<unsigned long long>(bytes.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString& stored) const
{
    if (!sodiumReady())
        return false;
    const QByteArray hashText = stored.toLatin1();
    return crypto_pwhash_str_needs_rehash(hashText.constData(), m_params.opsLimit, m_params.memLimit) != 0;
}

} // namespace tl::core
