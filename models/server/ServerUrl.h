#pragma once
#include "models/core/Store.h"

#include <QCoreApplication>
#include <QString>

// The address of a company server as people and scripts write it:
//   postgresql://user[:password]@host[:port]/database?sslmode=verify-full&sslrootcert=/path/ca.crt
// (postgres:// too; a host-less URL such as postgresql:///vafa means the local socket). A password
// not in the URL comes from PGPASSWORD, as libpq's own tools take it, so it stays out of the
// process list.
class ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(ServerUrl)
public:
    static bool parse(const QString &url, Store::PostgresParams *out, QString *why);
};
