#pragma once
// The 1,000,000-identity store the benchmarks read: generated once into the build directory by
// bench_demo_store and reused by the others while it is there.
#include <QString>

class Store;

namespace Bench {

struct DemoStoreInfo
{
    QString path;
    QString generator;      // "DemoCompany" or "synthetic"
    qint64 identities = 0;  // live identities in the file
    double generationSeconds = -1; // -1 when the file was reused
    QString adminUsername;  // a staff user with every permission, for the start-up figure
    QString error;
};

// The demo company's staff administrator (the first staff account of its sample accounts).
QString staffAdmin();

// Opens (or generates, when missing or smaller than `identities`) the store at `path`.
// `synthetic` forces the bench's own generator even when DemoCompany is available.
DemoStoreInfo ensureDemoStore(Store &store, const QString &path, int identities, bool synthetic);

// Live identities in an open store.
qint64 countIdentities(Store &store);

} // namespace Bench
