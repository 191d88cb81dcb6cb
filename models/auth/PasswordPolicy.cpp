#include "models/auth/PasswordPolicy.h"

#include <QCoreApplication>

// The sentences keep the "Club" context they were translated in.
QString PasswordPolicy::check(const QString &password) const
{
    if (password.size() < minLength)
        return QCoreApplication::translate("Club", "The password must be at least %n characters long.", nullptr, minLength);
    if (requireComplexity) {
        bool upper = false, lower = false, digit = false;
        for (const QChar c : password) {
            upper = upper || c.isUpper();
            lower = lower || c.isLower();
            digit = digit || c.isDigit();
        }
        if (!upper || !lower || !digit)
            return QCoreApplication::translate("Club", "The password must contain an upper-case letter, a lower-case letter and a digit.");
    }
    return {};
}
