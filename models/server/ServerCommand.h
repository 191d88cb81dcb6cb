#pragma once
#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `vafa server init|migrate|load-demo|status|run URL …`: a company's central server from the
// command line (DESIGN §5). URL is postgresql://user@host:port/database (models/server/ServerUrl).
// Exit codes: 0 done, 2 usage, 3 the server cannot be reached or refused, 4 refused or not written.
class ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static QString usage();

private:
    static int init(const QStringList &args, QTextStream &out, QTextStream &err);
    static int migrate(const QStringList &args, QTextStream &out, QTextStream &err);
    static int loadDemo(const QStringList &args, QTextStream &out, QTextStream &err);
    static int status(const QStringList &args, QTextStream &out, QTextStream &err);
};
