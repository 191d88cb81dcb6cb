#include "models/server/ConnectionProfiles.h"

#include <QSettings>

namespace {
const auto kArray = QStringLiteral("server/profiles");
const auto kLast = QStringLiteral("server/last_profile");
}

QList<ConnectionProfile> ConnectionProfiles::all() const
{
    QSettings settings;
    QList<ConnectionProfile> profiles;
    const int count = settings.beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.host = settings.value(QStringLiteral("host")).toString();
        p.port = settings.value(QStringLiteral("port"), 5432).toInt();
        p.database = settings.value(QStringLiteral("database")).toString();
        p.user = settings.value(QStringLiteral("user")).toString();
        p.tls = ConnectionProfile::tlsFromCode(settings.value(QStringLiteral("tls")).toString());
        p.caFile = settings.value(QStringLiteral("ca_file")).toString();
        if (!p.name.isEmpty())
            profiles << p;
    }
    settings.endArray();
    return profiles;
}

QStringList ConnectionProfiles::names() const
{
    QStringList names;
    for (const ConnectionProfile &p : all())
        names << p.name;
    return names;
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString &name) const
{
    for (const ConnectionProfile &p : all()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ConnectionProfiles::write(const QList<ConnectionProfile> &profiles)
{
    QSettings settings;
    settings.remove(kArray); // the array is written whole: no stale entries after a removal
    settings.beginWriteArray(kArray, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("host"), p.host);
        settings.setValue(QStringLiteral("port"), p.port);
        settings.setValue(QStringLiteral("database"), p.database);
        settings.setValue(QStringLiteral("user"), p.user);
        settings.setValue(QStringLiteral("tls"), ConnectionProfile::tlsCode(p.tls));
        settings.setValue(QStringLiteral("ca_file"), p.caFile);
    }
    settings.endArray();
}

void ConnectionProfiles::save(const ConnectionProfile &profile, const QString &previousName)
{
    QList<ConnectionProfile> profiles = all();
    const QString replaced = previousName.isEmpty() ? profile.name : previousName;
    bool done = false;
    for (ConnectionProfile &p : profiles) {
        if (p.name == replaced && !done) {
            p = profile;
            done = true;
        }
    }
    // a rename onto another profile's name keeps one of them, the new one
    profiles.removeIf([&](const ConnectionProfile &p) { return p.name == profile.name && !(p == profile); });
    if (!done)
        profiles << profile;
    write(profiles);
    if (!previousName.isEmpty() && lastChosen() == previousName)
        setLastChosen(profile.name);
}

void ConnectionProfiles::remove(const QString &name)
{
    QList<ConnectionProfile> profiles = all();
    profiles.removeIf([&](const ConnectionProfile &p) { return p.name == name; });
    write(profiles);
    if (lastChosen() == name)
        QSettings().remove(kLast);
}

QString ConnectionProfiles::lastChosen() const
{
    return QSettings().value(kLast).toString();
}

void ConnectionProfiles::setLastChosen(const QString &name)
{
    QSettings().setValue(kLast, name);
}

CredentialStore::Outcome ConnectionProfiles::savePassword(const ConnectionProfile &profile, const QString &password)
{
    return CredentialStore().saveNow(profile.keychainKey(), password);
}

CredentialStore::Outcome ConnectionProfiles::readPassword(const ConnectionProfile &profile, QString *password)
{
    return CredentialStore().readNow(profile.keychainKey(), password);
}

CredentialStore::Outcome ConnectionProfiles::forgetPassword(const ConnectionProfile &profile)
{
    return CredentialStore().removeNow(profile.keychainKey());
}
