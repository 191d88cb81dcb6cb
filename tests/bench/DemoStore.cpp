#include "tests/bench/DemoStore.h"

#include "models/persian/SearchText.h"
#include "models/core/Store.h"

#include "models/demo/DemoCompany.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <sqlite3.h>

namespace Bench {

QString staffAdmin()
{
    // The first staff account of the demo's sample accounts is its administrator.
    const QList<DemoAccount> accounts = DemoCompany::sampleAccounts();
    for (const DemoAccount &a : accounts)
        if (a.kind == QLatin1String("staff"))
            return a.username;
    return QStringLiteral("admin");
}

qint64 countIdentities(Store &store)
{
    QSqlQuery q(store.db());
    if (q.exec(QStringLiteral("SELECT count(*) FROM identities WHERE deleted = 0")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

namespace {

// The bench's own stand-in for the demo data set, used only while DemoCompany is missing or
// when asked for: identities with Persian names, customer numbers, national ids and one mobile
// each, search text built by the app's own normalisation, the FTS index rebuilt once at the end.
bool generateSynthetic(Store &store, int identities, QString *error)
{
    static const char16_t *const firstNames[] = {
        u"محمد", u"علی", u"حسین", u"رضا", u"مهدی", u"امیر", u"حسن", u"مصطفی", u"سعید", u"احمد",
        u"فاطمه", u"زهرا", u"مریم", u"زینب", u"سارا", u"نرگس", u"الهام", u"مهسا", u"نازنین", u"کوثر",
        u"یاسمن", u"پریسا", u"کیان", u"آرش", u"بهرام", u"کاوه", u"سیاوش", u"شیرین", u"لیلا", u"یگانه",
        u"یوسف", u"یعقوب", u"کریم", u"کامران", u"نیکی", u"آیدا", u"مژگان", u"پگاه", u"رویا", u"هستی"};
    static const char16_t *const lastNames[] = {
        u"محمدی", u"حسینی", u"احمدی", u"رضایی", u"کریمی", u"موسوی", u"جعفری", u"کاظمی", u"رحیمی", u"هاشمی",
        u"قاسمی", u"صادقی", u"عباسی", u"حیدری", u"نوری", u"یوسفی", u"کرمانی", u"شیرازی", u"تهرانی", u"اصفهانی",
        u"یزدانی", u"کیانی", u"زارعی", u"سلیمانی", u"ملکی", u"نجفی", u"بهرامی", u"امیری", u"فرهادی", u"یگانه",
        u"طاهری", u"کامرانی", u"شریفی", u"توکلی", u"منصوری", u"اکبری", u"سبحانی", u"پاکزاد", u"نیک‌نام", u"خسروی",
        u"میرزایی", u"قربانی", u"کیخسروی", u"یاوری", u"کوهی", u"دلاوری", u"ایزدی", u"آقایی", u"کاشانی", u"گیلانی"};
    constexpr int nFirst = int(std::size(firstNames));
    constexpr int nLast = int(std::size(lastNames));

    sqlite3 *h = store.sqliteHandle();
    if (!h) {
        *error = QStringLiteral("not an SQLite store");
        return false;
    }
    Store::Transaction tx = store.transaction();
    if (!store.beginBulkSearchIndex()) {
        *error = QStringLiteral("beginBulkSearchIndex failed");
        return false;
    }
    auto prepare = [&](const char *sql) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(h, sql, -1, &s, nullptr) != SQLITE_OK)
            *error = QString::fromUtf8(sqlite3_errmsg(h));
        return s;
    };
    sqlite3_stmt *ins = prepare(
        "INSERT INTO identities (id, kind, profile_type, customer_number, first_name, last_name, display_name, "
        "national_id, created_at, search_text, updated_at) VALUES (?, 'person', 'customer', ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *phone = prepare(
        "INSERT INTO phones (id, identity_id, type, number, is_default, updated_at) VALUES (?, ?, 'mobile', ?, 1, ?)");
    if (!ins || !phone)
        return false;
    auto bind = [](sqlite3_stmt *s, int i, const QString &v) {
        const QByteArray u = v.toUtf8();
        sqlite3_bind_text(s, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    };
    QRandomGenerator rng(20240501);
    const QString now = Store::nowUtc();
    bool ok = true;
    for (int n = 0; n < identities && ok; ++n) {
        const QString id = Store::newId();
        const QString first = QString::fromUtf16(firstNames[rng.bounded(nFirst)]);
        const QString last = QString::fromUtf16(lastNames[rng.bounded(nLast)]);
        const QString display = first + QLatin1Char(' ') + last;
        const QString customer = QString::number(100000 + n);
        const QString national = QStringLiteral("%1").arg(rng.bounded(Q_INT64_C(10000000000)), 10, 10, QLatin1Char('0'));
        const QString mobile = QStringLiteral("09") + QStringLiteral("%1").arg(rng.bounded(1000000000), 9, 10, QLatin1Char('0'));
        const QString search = Persian::normalizeForSearch(
            QStringList{display, first, last, customer, national, mobile}.join(QLatin1Char(' ')));
        bind(ins, 1, id);
        bind(ins, 2, customer);
        bind(ins, 3, first);
        bind(ins, 4, last);
        bind(ins, 5, display);
        bind(ins, 6, national);
        bind(ins, 7, now);
        bind(ins, 8, search);
        bind(ins, 9, now);
        ok = sqlite3_step(ins) == SQLITE_DONE;
        sqlite3_reset(ins);
        bind(phone, 1, Store::newId());
        bind(phone, 2, id);
        bind(phone, 3, mobile);
        bind(phone, 4, now);
        ok = ok && sqlite3_step(phone) == SQLITE_DONE;
        sqlite3_reset(phone);
    }
    if (!ok)
        *error = QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_finalize(ins);
    sqlite3_finalize(phone);
    if (ok) {
        // A staff user for the start-up figure (no password: the bench never signs in).
        QSqlQuery q(store.db());
        q.prepare(QStringLiteral("INSERT INTO users (id, kind, username, created_at, updated_at) VALUES (?, 'staff', 'admin', ?, ?)"));
        q.addBindValue(Store::newId());
        q.addBindValue(now);
        q.addBindValue(now);
        ok = q.exec();
        if (!ok)
            *error = q.lastError().text();
    }
    ok = ok && store.finishBulkSearchIndex() && tx.commit();
    return ok;
}

} // namespace

DemoStoreInfo ensureDemoStore(Store &store, const QString &path, int identities, bool synthetic)
{
    DemoStoreInfo info;
    info.path = QFileInfo(path).absoluteFilePath();
    info.generator = synthetic ? QStringLiteral("synthetic") : QStringLiteral("DemoCompany");
    info.adminUsername = synthetic ? QStringLiteral("admin") : staffAdmin();
    const QString marker = path + QStringLiteral(".generator");
    if (QFile::exists(path)) {
        QFile m(marker);
        const QString madeBy = m.open(QIODevice::ReadOnly) ? QString::fromUtf8(m.readAll()).trimmed() : QString();
        if (madeBy == info.generator && store.openSqlite(path, Store::OpenOptions{0, false})) {
            info.identities = countIdentities(store);
            if (info.identities >= identities)
                return info;
        }
        store.close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(marker);
    QElapsedTimer t;
    t.start();
    if (!store.openSqlite(path)) {
        info.error = store.errorMessage() + QStringLiteral(": ") + store.errorDetail();
        return info;
    }
    bool ok = false;
    if (!synthetic) {
        DemoOptions options;
        options.identities = identities;
        QTextStream err(stderr);
        const DemoResult result = DemoCompany::generate(store, options, [&err](int percent) {
            err << "\rgenerating the demo store: " << percent << " %" << Qt::flush;
            return true;
        });
        err << '\n';
        ok = result.ok;
        if (!ok)
            info.error = QStringLiteral("DemoCompany::generate failed: ") + result.error;
    } else {
        ok = generateSynthetic(store, identities, &info.error);
    }
    if (ok) {
        // Checkpoint now so the first timed read does not pay for a large WAL. No ANALYZE: the
        // figures must see the query plans a user's file gets.
        QSqlQuery(store.db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    info.generationSeconds = double(t.nsecsElapsed()) / 1e9;
    if (!ok)
        return info;
    info.identities = countIdentities(store);
    QFile m(marker);
    if (m.open(QIODevice::WriteOnly))
        m.write(info.generator.toUtf8());
    return info;
}

} // namespace Bench
