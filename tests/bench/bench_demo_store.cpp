// Generates the 1,000,000-identity demo store once (DemoCompany::generate) and reuses it while
// it is there; records how long generation took in the results file's "demo_store" section.
#include "tests/bench/BenchCommon.h"
#include "tests/bench/DemoStore.h"

#include "models/core/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString out = Bench::argValue(args, QStringLiteral("--out"), QStringLiteral("bench/results.json"));
    const QString path = Bench::argValue(args, QStringLiteral("--store"), QStringLiteral("bench/demo-1m.vafa"));
    const int identities = Bench::argInt(args, QStringLiteral("--identities"), 1000000);
    const bool synthetic = args.contains(QStringLiteral("--synthetic"));
    QTextStream err(stderr);
    QTextStream outText(stdout);

    Store store;
    const QString load = Bench::machineLoad();
    const Bench::DemoStoreInfo info = Bench::ensureDemoStore(store, path, identities, synthetic);
    if (!info.error.isEmpty()) {
        err << "demo store: " << info.error << '\n';
        return 2;
    }
    QJsonObject section;
    section.insert(QLatin1String("path"), info.path);
    section.insert(QLatin1String("generator"), info.generator);
    section.insert(QLatin1String("identities"), double(info.identities));
    section.insert(QLatin1String("admin_username"), info.adminUsername);
    if (info.generationSeconds >= 0) {
        section.insert(QLatin1String("generation_seconds"), info.generationSeconds);
        section.insert(QLatin1String("generation_load"), load);
        outText << "generated " << info.path << " (" << info.generator << ", " << info.identities << " identities) in "
                << info.generationSeconds << " s\n";
    } else {
        // keep the time of the run that generated it
        QFile in(out);
        if (in.open(QIODevice::ReadOnly)) {
            const QJsonObject old = QJsonDocument::fromJson(in.readAll()).object().value(QLatin1String("demo_store")).toObject();
            if (old.value(QLatin1String("path")).toString() == info.path
                && old.value(QLatin1String("generator")).toString() == info.generator) {
                for (const char *key : {"generation_seconds", "generation_load", "generated_at"})
                    if (old.contains(QLatin1String(key)))
                        section.insert(QLatin1String(key), old.value(QLatin1String(key)));
            }
        }
        section.insert(QLatin1String("reused"), true);
        outText << "reusing " << info.path << " (" << info.generator << ", " << info.identities << " identities)\n";
    }
    if (info.generationSeconds >= 0)
        section.insert(QLatin1String("generated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    Bench::Results results(out);
    results.setSection(QStringLiteral("demo_store"), section);
    return results.write() ? 0 : 1;
}
