#pragma once
#include "models/core/Store.h"
#include "models/demo/DemoCompany.h"
#include "tests/support/TestSupport.h"

#include <memory>

namespace TestSupport {

// A company server for one test: a throwaway database prepared by `vafa server init`'s code
// (ServerSetup), an owner-side store (the superuser: the policies do not bind it) to arrange
// data with, and workstation stores that connect as the login role.
class TempServer
{
public:
    TempServer();
    ~TempServer();
    bool isReady() const { return m_ready; }
    QString errorText() const { return m_error; }

    Store::PostgresParams superuser() const { return m_db.params(); }
    Store::PostgresParams login() const;
    Store &owner() { return *m_owner; }

    // A workstation: the login role, no session yet. Null (with *error) if it cannot connect.
    std::unique_ptr<Store> workstation(QString *error) const;
    // A session for `userId` made by the owner, as a sign-in would (for datasets whose users
    // have no passwords): returns the token.
    QString sessionFor(const QString &userId, int idleMinutes = 30);

    static constexpr const char *kLoginPassword = "login-secret-۱۲۳";

private:
    TempPgDatabase m_db;
    std::unique_ptr<Store> m_owner;
    bool m_ready = false;
    QString m_error;
};

// The demo company generated from one seed twice: into a company server and into a SQLite file,
// so that what a person sees online can be held against what the standalone app shows.
struct TwinDemo
{
    explicit TwinDemo(const DemoOptions &options);
    bool ok = false;
    QString error;
    TempServer server;
    TempStore file;
};

} // namespace TestSupport
