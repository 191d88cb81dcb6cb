#include "tests/support/TestSupport.h"
#include <QProcessEnvironment>
namespace TestSupport {
QString pgEnvFile() { return QProcessEnvironment::systemEnvironment().value(QStringLiteral("VAFA_PG_ENV")); }
}
