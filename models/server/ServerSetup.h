#pragma once
#include "models/core/Store.h"

#include <QCoreApplication>
#include <QString>

// Preparing and upgrading a company's PostgreSQL database (DESIGN §5–§6). Both connect as a
// superuser (PL/Python and roles need one) and do everything in one transaction:
//   init:    an empty database gets the schema, the roles, the policies and the grants;
//   migrate: a Vafa database gets the versions it lacks, and the grants again (new tables).
// Roles, for database D: "D_owner" (no login; owns every table and the security-definer
// functions, so it is the one role the policies do not bind) and "D_login" (what workstations
// and PgBouncer connect as; owns nothing; every right it has is granted here, and row-level
// security leaves it nothing without a session token).
class ServerSetup
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)
public:
    struct Result
    {
        bool ok = false;
        QString error;       // Persian, for the person at the console
        QString detail;      // the server's own words, for logs
        int fromVersion = 0; // the schema version found
        int toVersion = 0;
        QString ownerRole;
        QString loginRole;
    };

    static QString ownerRole(const QString &database);
    static QString loginRole(const QString &database);

    // `loginPassword` becomes the login role's password (created or changed).
    static Result init(const Store::PostgresParams &superuser, const QString &loginPassword);
    static Result migrate(const Store::PostgresParams &superuser);

    // The seats of the licence in force, as the server enforces them (setting
    // server.licence.seats, which only the owner may write). Run after a licence may have
    // changed: by init, load-demo and the worker's licence check.
    static bool recordLicenceSeats(Store &ownerStore, QString *error);
    // No seat limit until recordLicenceSeats runs again: for loading a company whose licence is
    // part of what is loaded (load-demo).
    static bool liftLicenceSeats(Store &ownerStore, QString *error);

    struct Status
    {
        bool reachable = false;
        QString error;
        int schemaVersion = 0;
        int knownVersion = 0;
        QString companyName;
        qint64 identities = -1;
        qint64 clubUsers = -1;
        qint64 openSessions = -1;
        bool rowSecurityEverywhere = false;
        QStringList tablesWithoutRowSecurity;
    };
    static Status status(const Store::PostgresParams &params);

private:
    static Result run(const Store::PostgresParams &superuser, bool initialising, const QString &loginPassword);
    static bool secure(QSqlDatabase &db, const QString &database, const QString &loginPassword, QString *error);
};
