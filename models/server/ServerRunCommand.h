#pragma once
#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `vafa server run URL [--once] [--poll SECONDS]`: the company's worker beside the database
// (DESIGN §5; installer/vafa-server.service runs it). It connects straight to PostgreSQL as the
// tables' owner (a superuser URL, like `server init`), keeps the recurring jobs scheduled
// (expiring sessions every minute, the licence check daily) and runs every job as it falls
// due until SIGTERM or SIGINT. --once runs what is due now and exits (scripts and tests).
// Exit codes: 0 stopped when asked (or --once done), 2 usage, 3 the server cannot be reached or
// its schema is missing or out of date, 4 the connection failed while running (systemd starts
// the worker again).
class ServerRunCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServerRunCommand)
public:
    // `args` after "server run".
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static QString usage();
};
