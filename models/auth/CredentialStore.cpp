#include "models/auth/CredentialStore.h"

#include <QEventLoop>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "vafa.auth.credentials")

namespace {
const auto Service = QStringLiteral("Vafa");
}

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

QString CredentialStore::keyFor(const QString &username, const QString &database)
{
    return username.trimmed().toLower() + QLatin1Char('@') + database;
}

CredentialStore::Outcome CredentialStore::outcomeOf(int keychainError)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return Outcome::Ok;
    case QKeychain::EntryNotFound:
        return Outcome::NotFound;
    default:
        return Outcome::NoKeychain;
    }
}

void CredentialStore::save(const QString &key, const QString &password, std::function<void(Outcome)> done)
{
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            qCInfo(lcCredentials) << "keychain write failed:" << j->errorString(); // never the secret
        done(outcomeOf(j->error()));
    });
    job->start();
}

void CredentialStore::read(const QString &key, std::function<void(Outcome, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            qCInfo(lcCredentials) << "keychain read failed:" << j->errorString();
        done(outcomeOf(j->error()), j->error() == QKeychain::NoError ? read->textData() : QString());
    });
    job->start();
}

void CredentialStore::remove(const QString &key, std::function<void(Outcome)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *j) { done(outcomeOf(j->error())); });
    job->start();
}

namespace {
// Runs an asynchronous keychain call to its end in a local event loop. `start` receives the
// completion to call; it may complete before the loop starts.
CredentialStore::Outcome waitFor(const std::function<void(std::function<void(CredentialStore::Outcome)>)> &start)
{
    QEventLoop loop;
    bool finished = false;
    CredentialStore::Outcome result = CredentialStore::Outcome::NoKeychain;
    start([&](CredentialStore::Outcome o) {
        result = o;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}
}

CredentialStore::Outcome CredentialStore::saveNow(const QString &key, const QString &password)
{
    return waitFor([&](auto done) { save(key, password, done); });
}

CredentialStore::Outcome CredentialStore::readNow(const QString &key, QString *password)
{
    return waitFor([&](auto done) {
        read(key, [password, done](Outcome o, const QString &secret) {
            *password = secret;
            done(o);
        });
    });
}

CredentialStore::Outcome CredentialStore::removeNow(const QString &key)
{
    return waitFor([&](auto done) { remove(key, done); });
}
