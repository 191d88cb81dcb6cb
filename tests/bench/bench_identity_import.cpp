// Importing a customer base: 100,000 identities from an .xlsx file, end to end — read the
// workbook, map its Persian headers, validate every row (names, national codes with their
// checksums, mobiles, phones, emails, postal codes, customer numbers against the file and the
// database), then write every identity with its phones and address, its search text (and so
// the FTS index), one audit row each, in ONE transaction: all or nothing, as a person runs it
// from the identities page or `vafa identities import`.
// Baseline, in the same run: a bare SQLite insert of the same rows (the identity, its two
// phones and its address, with a plain search text that the same FTS triggers index) through
// prepared sqlite3 statements in one transaction, into the same schema — what storing the rows
// costs with no reading, checking, Qt or Vafa around it.
//
//   bench_identity_import [--out FILE] [--rows N] [--runs N]
#include "tests/bench/BenchCommon.h"

#include "models/core/Store.h"
#include "models/identities/IdentityImport.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <xlsxwriter.h>

#include <cstdio>

namespace {

struct SampleRow
{
    QString first, last, nationalCode, mobile, phone, email, city, address, postalCode, customerNumber;
};

// Ten digits whose first five avoid 0 and 2 (Iran Post's delivery zones).
QString postalCode(int i)
{
    static const char zone[] = "13456789";
    QString p;
    int v = i;
    for (int k = 0; k < 5; ++k, v /= 8)
        p += QLatin1Char(zone[v % 8]);
    return p + QStringLiteral("%1").arg(i % 100000, 5, 10, QLatin1Char('0'));
}

QList<SampleRow> sampleRows(int rows)
{
    const QStringList first{QStringLiteral("علی"), QStringLiteral("مریم"), QStringLiteral("رضا"), QStringLiteral("زهرا"),
                            QStringLiteral("محمد"), QStringLiteral("فاطمه"), QStringLiteral("حسین"), QStringLiteral("سارا")};
    const QStringList last{QStringLiteral("احمدی"), QStringLiteral("کریمی"), QStringLiteral("حسینی"), QStringLiteral("رضایی"),
                           QStringLiteral("محمدی"), QStringLiteral("موسوی"), QStringLiteral("جعفری"), QStringLiteral("صادقی")};
    const QStringList cities{QStringLiteral("تهران"), QStringLiteral("شیراز"), QStringLiteral("اصفهان"), QStringLiteral("تبریز"),
                             QStringLiteral("مشهد")};
    QList<SampleRow> out;
    out.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        SampleRow r;
        r.first = first[i % 8];
        r.last = last[(i / 8) % 8] + (i % 3 == 0 ? QStringLiteral(" نیا") : QString());
        r.nationalCode = Bench::nationalCode(quint32(i) * 7919u + 13u);
        r.mobile = QStringLiteral("0912%1").arg(1000000 + i, 7, 10, QLatin1Char('0'));
        r.phone = QStringLiteral("021%1").arg(20000000 + i, 8, 10, QLatin1Char('0'));
        r.email = QStringLiteral("customer%1@example.com").arg(i);
        r.city = cities[i % 5];
        r.address = QStringLiteral("خیابان %1، پلاک %2").arg(i % 500).arg(i % 97 + 1);
        r.postalCode = postalCode(i);
        r.customerNumber = QStringLiteral("C%1").arg(100000 + i);
        out << r;
    }
    return out;
}

bool writeXlsx(const QString &path, const QList<SampleRow> &rows)
{
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE; // rows go to disk as written: 100,000 rows in little memory
    const QByteArray file = path.toUtf8();
    lxw_workbook *book = workbook_new_opt(file.constData(), &options);
    if (!book)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
    const QStringList headers{QStringLiteral("نوع هویت"), QStringLiteral("نام"), QStringLiteral("نام خانوادگی"),
                              QStringLiteral("کد ملی"), QStringLiteral("موبایل"), QStringLiteral("تلفن"),
                              QStringLiteral("ایمیل"), QStringLiteral("شهر"), QStringLiteral("نشانی"),
                              QStringLiteral("کد پستی"), QStringLiteral("شماره مشتری")};
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c].toUtf8().constData(), nullptr);
    const QByteArray person = QStringLiteral("حقیقی").toUtf8();
    for (int r = 0; r < rows.size(); ++r) {
        const SampleRow &s = rows[r];
        const QString cells[] = {QString(), s.first, s.last, s.nationalCode, s.mobile, s.phone,
                                 s.email, s.city, s.address, s.postalCode, s.customerNumber};
        worksheet_write_string(sheet, lxw_row_t(r + 1), 0, person.constData(), nullptr);
        for (int c = 1; c < 11; ++c)
            worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), cells[c].toUtf8().constData(), nullptr);
    }
    return workbook_close(book) == LXW_NO_ERROR;
}

// A fresh store with Vafa's schema, closed again: both sides write into the same tables.
bool freshStore(const QString &path)
{
    Store store;
    return store.openSqlite(path);
}

// The bare insert: prepared statements, bound text, one transaction, no checks.
double bareInsert(const QString &path, const QList<SampleRow> &rows, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return -1;
    }
    // the settings Vafa's store writes with during an import: WAL, NORMAL sync, foreign keys,
    // a 256 MiB cache, so the difference is what Vafa does, not how SQLite is set up
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-262144;",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *identity = nullptr, *phone = nullptr, *address = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO identities (id, kind, first_name, last_name, display_name, national_id, email, "
                       "customer_number, created_at, search_text, updated_at, deleted) VALUES (?, 'person', ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, 0)",
                       -1, &identity, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO phones (id, identity_id, type, number, is_default, updated_at, deleted) VALUES (?, ?, ?, ?, ?, ?, 0)",
                       -1, &phone, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO addresses (id, identity_id, city, address, postal_code, is_default, updated_at, deleted) "
                           "VALUES (?, ?, ?, ?, ?, 1, ?, 0)",
                       -1, &address, nullptr);
    if (!identity || !phone || !address) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return -1;
    }
    QElapsedTimer t;
    t.start();
    const QByteArray now = Store::nowUtc().toUtf8();
    const auto text = [](sqlite3_stmt *st, int at, const QByteArray &value) {
        sqlite3_bind_text(st, at, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    };
    bool ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    for (const SampleRow &r : rows) {
        if (!ok)
            break;
        const QByteArray id = Store::newId().toUtf8();
        const QString name = r.first + QLatin1Char(' ') + r.last;
        text(identity, 1, id);
        text(identity, 2, r.first.toUtf8());
        text(identity, 3, r.last.toUtf8());
        text(identity, 4, name.toUtf8());
        text(identity, 5, r.nationalCode.toUtf8());
        text(identity, 6, r.email.toUtf8());
        text(identity, 7, r.customerNumber.toUtf8());
        text(identity, 8, now);
        text(identity, 9, QStringList{name, r.customerNumber, r.nationalCode, r.email, r.mobile, r.phone}.join(QLatin1Char(' ')).toUtf8());
        text(identity, 10, now);
        ok = sqlite3_step(identity) == SQLITE_DONE;
        sqlite3_reset(identity);
        for (int k = 0; ok && k < 2; ++k) {
            text(phone, 1, Store::newId().toUtf8());
            text(phone, 2, id);
            text(phone, 3, k == 0 ? QByteArray("mobile") : QByteArray("phone"));
            text(phone, 4, (k == 0 ? r.mobile : r.phone).toUtf8());
            sqlite3_bind_int(phone, 5, k == 0 ? 1 : 0);
            text(phone, 6, now);
            ok = sqlite3_step(phone) == SQLITE_DONE;
            sqlite3_reset(phone);
        }
        if (!ok)
            break;
        text(address, 1, Store::newId().toUtf8());
        text(address, 2, id);
        text(address, 3, r.city.toUtf8());
        text(address, 4, r.address.toUtf8());
        text(address, 5, r.postalCode.toUtf8());
        text(address, 6, now);
        ok = sqlite3_step(address) == SQLITE_DONE;
        sqlite3_reset(address);
    }
    if (!ok)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    const double ms = Bench::msSince(t);
    sqlite3_finalize(identity);
    sqlite3_finalize(phone);
    sqlite3_finalize(address);
    sqlite3_close(db);
    return ok ? ms : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString out = Bench::argValue(args, QStringLiteral("--out"), QStringLiteral("bench-results.json"));
    const int rows = Bench::argInt(args, QStringLiteral("--rows"), 100000);
    const int runs = Bench::argInt(args, QStringLiteral("--runs"), 3);

    QTemporaryDir dir;
    const QList<SampleRow> sample = sampleRows(rows);
    const QString xlsx = dir.filePath(QStringLiteral("identities.xlsx"));
    QElapsedTimer gen;
    gen.start();
    if (!writeXlsx(xlsx, sample)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(xlsx));
        return 1;
    }
    const double generationMs = Bench::msSince(gen);

    QVector<double> importMs, bareMs;
    QString detail;
    for (int run = 0; run < runs; ++run) {
        // Vafa and the baseline alternate, so a change in the machine's load hits both
        const QString vafaPath = dir.filePath(QStringLiteral("vafa-%1.vafa").arg(run));
        Store store;
        if (!store.openSqlite(vafaPath)) {
            std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(store.errorDetail()));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        IdentityImport imp(store, Actor::localAdministrator());
        QString error;
        if (!imp.loadFile(xlsx, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const double readMs = Bench::msSince(t);
        if (!imp.run() || imp.summary().created != rows) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(imp.summaryText()));
            for (const ImportRow &p : imp.rowPlans())
                if (p.action == ImportRow::Action::Error) {
                    std::fprintf(stderr, "line %d: %s\n", p.line, qPrintable(p.reasons.join(QLatin1String("; "))));
                    break;
                }
            return 1;
        }
        importMs << Bench::msSince(t);
        const TabularImport::Summary &s = imp.summary();
        detail = QStringLiteral("read %1 ms, validate %2 ms, write %3 ms")
                     .arg(readMs, 0, 'f', 0)
                     .arg(s.msValidate)
                     .arg(s.msWrite);
        store.close();

        const QString barePath = dir.filePath(QStringLiteral("bare-%1.vafa").arg(run));
        if (!freshStore(barePath)) {
            std::fprintf(stderr, "cannot make the baseline's store\n");
            return 1;
        }
        const double ms = bareInsert(barePath, sample, &error);
        if (ms < 0) {
            std::fprintf(stderr, "bare insert failed: %s\n", qPrintable(error));
            return 1;
        }
        bareMs << ms;
    }

    const Bench::Stats s = Bench::stats(importMs);
    const Bench::Stats b = Bench::stats(bareMs);
    Bench::Results results(out);
    Bench::Figure f;
    f.name = QStringLiteral("identity_import_100k_xlsx");
    f.value = s.median;
    f.unit = QStringLiteral("ms");
    f.baselineName = QStringLiteral("bare SQLite insert of the same rows (identity, 2 phones, address, FTS) in one transaction");
    f.baselineValue = b.median;
    f.target = QStringLiteral("<= 20000 ms");
    f.meetsTarget = s.median <= 20000.0;
    f.samples = importMs;
    f.baselineSamples = bareMs;
    f.notes = QStringLiteral("%1 identities from .xlsx (generated in %2 ms), end to end: read, map, validate, write with "
                             "phones, address, search text and audit, all or nothing; last run: %3. %4. Baseline %5. %6")
                  .arg(rows)
                  .arg(generationMs, 0, 'f', 0)
                  .arg(detail, Bench::describe(s, QStringLiteral("ms")), Bench::describe(b, QStringLiteral("ms")),
                       Bench::machineLoad());
    results.add(f);
    return results.write() ? 0 : 1;
}
