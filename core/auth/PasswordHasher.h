#pragma once

#include "common/Result.h"

#include <QString>

#include <cstddef>

namespace tl::core {

// Slow salted password hashes: Argon2id through libsodium (crypto_pwhash_str), stored in the
// self-describing PHC form "$argon2id$v=19$m=65536,t=3,p=1$<salt>$<hash>".
//
// Default cost: opslimit (t) 3, memlimit 64 MiB, one lane (p = 1), above OWASP's minimum for Argon2id
// (m = 19 MiB, t = 2, p = 1) and above libsodium's "interactive" preset (t = 2, 64 MiB). One hash takes
// 0.05-0.1 s on the development machine, so the GUI calls login off the GUI thread. A PasswordHasher holds
// only its parameters: copies may be used from any thread at once.
class PasswordHasher
{
public:
    struct Params
    {
        unsigned long long opsLimit = 3;
        std::size_t memLimit = std::size_t(64) * 1024 * 1024; // bytes
    };

    PasswordHasher() = default;
    explicit PasswordHasher(Params params) : m_params(params) {}

    Params params() const { return m_params; }

    // A new random salt each call. Internal error only when memory runs out.
    Result<QString> hash(const QString& password) const;
    // False for a wrong password and for a stored string that is not a valid Argon2id hash.
    bool verify(const QString& password, const QString& stored) const;
    // True when the stored hash was made with other parameters (upgrade it after a successful login).
    bool needsRehash(const QString& stored) const;

private:
    Params m_params;
};

} // namespace tl::core
