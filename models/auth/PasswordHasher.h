#pragma once
#include <QString>

// Slow, salted password hashes: libsodium's crypto_pwhash_str (argon2id). The stored string
// carries the algorithm, its parameters and the salt, so verify() needs nothing else and
// needsRehash() can tell when a hash was made with weaker settings than the current ones.
// Passwords are hashed as UTF-8; they are never logged.
class PasswordHasher
{
public:
    enum class Strength {
        Interactive, // the default: ~64 MiB, a fraction of a second (crypto_pwhash_*_INTERACTIVE)
        Moderate,    // ~256 MiB
        Sensitive,   // ~1 GiB, seconds; for offline secrets, not sign-in
        Minimum,     // the smallest libsodium allows: ONLY for tests that hash many times
    };

    explicit PasswordHasher(Strength strength = Strength::Interactive);

    Strength strength() const { return m_strength; }
    // Empty on failure (out of memory).
    QString hash(const QString &password) const;
    bool verify(const QString &hash, const QString &password) const;
    // True when `hash` is not a hash of this strength (or not one of ours at all).
    bool needsRehash(const QString &hash) const;

    // sodium_init(), once per process; false if libsodium cannot be used.
    static bool initialize();

private:
    Strength m_strength;
    unsigned long long m_opsLimit;
    size_t m_memLimit;
};
