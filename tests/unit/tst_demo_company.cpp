// The demo company a first-time user opens with `vafa --demo`: the right amount of believable,
// valid data, the same every time for a seed, and sample accounts that really sign in.
#include "models/auth/SignIn.h"
#include "models/demo/DemoCompany.h"
#include "models/persian/Validators.h"
#include "models/finance/FinancialAccountRepository.h"
#include "models/finance/FinancialAccountService.h"
#include "models/loyalty/PointRepository.h"
#include "models/core/SettingsRepository.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <memory>

using TestSupport::TempStore;
namespace V = Persian::Validate;

namespace {

qint64 scalar(Store &s, const QString &sql)
{
    QSqlQuery q(s.db());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s", qPrintable(sql));
        return -1;
    }
    return q.value(0).toLongLong();
}

// A digest of whole tables, in id order, leaving out what may differ between runs by design:
// updated_at (time of writing) and the salted password hash.
QByteArray digest(Store &s, const QStringList &tables)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &t : tables) {
        QSqlQuery q(s.db());
        q.exec(QLatin1String("SELECT * FROM ") + t + QLatin1String(" ORDER BY id"));
        while (q.next()) {
            const QSqlRecord r = q.record();
            for (int c = 0; c < r.count(); ++c) {
                const QString name = r.fieldName(c);
                if (name == QLatin1String("updated_at") || name == QLatin1String("password_hash"))
                    continue;
                h.addData(name.toUtf8());
                h.addData(r.value(c).toString().toUtf8());
                h.addData(QByteArrayView("\x1f", 1));
            }
        }
    }
    return h.result().toHex();
}

DemoOptions fixed(int identities, quint32 seed = 7)
{
    DemoOptions o;
    o.identities = identities;
    o.seed = seed;
    o.today = QDate(2025, 3, 1);
    return o;
}

} // namespace

class TestDemoCompany : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void defaultCompanyHasRealisticCounts();
    void identifiersAreValid();
    void invoiceTotalsEqualTheirLines();
    void vatIsTenPercentOfTaxableLines();
    void receiptsAndDocumentsInEveryState();
    void pointsNeverGoNegative();
    void cartablesWaitForClubUsers();
    void accountsMatchTheirPaymentMethods();
    void sampleAccountsSignIn();
    void sameSeedSameData();
    void cancelLeavesNothing();

private:
    bool generate(const DemoOptions &o = DemoOptions());
    std::unique_ptr<TempStore> m_t;
    qint64 m_indexCount = 0;
};

void TestDemoCompany::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    m_indexCount = scalar(m_t->store(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"));
}

void TestDemoCompany::cleanup()
{
    m_t.reset();
}

bool TestDemoCompany::generate(const DemoOptions &o)
{
    const DemoResult r = DemoCompany::generate(m_t->store(), o);
    if (!r.ok)
        qWarning("demo failed: %s", qPrintable(r.error));
    return r.ok;
}

void TestDemoCompany::defaultCompanyHasRealisticCounts()
{
    QList<int> seen;
    const DemoResult r = DemoCompany::generate(m_t->store(), fixed(2000), [&](int p) {
        seen << p;
        return true;
    });
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), 100);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    Store &s = m_t->store();
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM identities WHERE profile_type = 'customer'")), 2000);
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM identities WHERE profile_type = 'agent'")), 15);
    const qint64 orgs = scalar(s, QStringLiteral("SELECT count(*) FROM identities WHERE profile_type = 'customer' AND kind = 'organisation'"));
    QVERIFY2(orgs > 150 && orgs < 400, qPrintable(QString::number(orgs)));
    // every agent has customers assigned
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(DISTINCT sales_responsible_id) FROM identities i JOIN users u ON u.id = i.sales_responsible_id WHERE u.kind = 'agent'")), 15);
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM users WHERE kind = 'agent'")), 15);
    const qint64 club = scalar(s, QStringLiteral("SELECT count(*) FROM users WHERE kind = 'customer'"));
    QVERIFY2(club > 400 && club < 1000, qPrintable(QString::number(club)));
    QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM products")) >= 40);
    const qint64 invoices = scalar(s, QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'invoice'"));
    QVERIFY2(invoices > 1200 && invoices < 2000, qPrintable(QString::number(invoices)));
    QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'proforma'")) > 300);
    QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'return_invoice' AND source_document_id IS NOT NULL")) > 10);
    QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'contract'")) > 40);
    QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM tickets")) > 100);
    QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM ticket_messages")) > scalar(s, QStringLiteral("SELECT count(*) FROM tickets")));
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM company")), 1);
    // dates: the 18 months up to `today`, never on a Friday
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM documents WHERE issue_date > '2025-03-01' OR issue_date < '2023-08-01'")), 0);
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM documents WHERE strftime('%w', issue_date) = '5'")), 0);
    // the search index was built in bulk and its triggers are back
    QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM identities_fts WHERE identities_fts MATCH '\"رضایی\"'")) > 0);
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_fts_a_'")), 9);
    // … and so are the row-count triggers, with the count the identity list shows
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_count_a_'")), 3);
    QCOMPARE(scalar(s, QStringLiteral("SELECT live FROM row_counts WHERE table_name = 'identities'")),
             scalar(s, QStringLiteral("SELECT count(*) FROM identities WHERE deleted = 0")));
    // the indexes dropped for the load are back, and used
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'")), m_indexCount);
    QSqlQuery plan(s.db());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM identities WHERE deleted = 0 ORDER BY display_name, id LIMIT 50")));
    QString details;
    while (plan.next())
        details += plan.value(3).toString() + QLatin1Char(';');
    QVERIFY2(details.contains(QLatin1String("identities_by_display_name")), qPrintable(details));
}

void TestDemoCompany::identifiersAreValid()
{
    QVERIFY(generate(fixed(1500)));
    QSqlQuery q(m_t->store().db());
    QVERIFY(q.exec(QStringLiteral("SELECT kind, national_id, economic_code FROM identities")));
    int n = 0;
    while (q.next()) {
        const QString id = q.value(1).toString();
        if (q.value(0).toString() == QLatin1String("person"))
            QVERIFY2(V::isValidNationalCode(id), qPrintable(id));
        else
            QVERIFY2(V::isValidNationalId(id), qPrintable(id));
        if (!q.value(2).toString().isEmpty())
            QVERIFY2(V::isValidEconomicCode(q.value(2).toString()), qPrintable(q.value(2).toString()));
        ++n;
    }
    QVERIFY(n > 1500);
    QVERIFY(q.exec(QStringLiteral("SELECT number FROM phones WHERE type = 'mobile'")));
    while (q.next())
        QVERIFY2(V::isValidMobile(q.value(0).toString()), qPrintable(q.value(0).toString()));
    QVERIFY(q.exec(QStringLiteral("SELECT postal_code FROM addresses UNION ALL SELECT postal_code FROM company")));
    while (q.next())
        QVERIFY2(V::isValidPostalCode(q.value(0).toString()), qPrintable(q.value(0).toString()));
    QVERIFY(q.exec(QStringLiteral("SELECT national_id, economic_code FROM company")) && q.next());
    QVERIFY(V::isValidNationalId(q.value(0).toString()));
    QCOMPARE(q.value(1).toString(), q.value(0).toString());
    // customer numbers are unique
    QCOMPARE(scalar(m_t->store(), QStringLiteral("SELECT count(customer_number) - count(DISTINCT customer_number) FROM identities")), 0);
}

void TestDemoCompany::invoiceTotalsEqualTheirLines()
{
    QVERIFY(generate(fixed(800)));
    Store &s = m_t->store();
    QCOMPARE(scalar(s, QStringLiteral(
                           "SELECT count(*) FROM documents d LEFT JOIN (SELECT document_id, sum(total) t, sum(discount) dc, "
                           "sum(tax) tx, sum(levy) lv, sum(final) f FROM document_lines WHERE deleted = 0 GROUP BY document_id) l "
                           "ON l.document_id = d.id WHERE d.total_amount != coalesce(l.t, 0) OR d.total_discount != coalesce(l.dc, 0) "
                           "OR d.total_tax != coalesce(l.tx, 0) OR d.total_levy != coalesce(l.lv, 0) "
                           "OR d.final_amount != coalesce(l.f, 0) + d.surcharge")),
             0);
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM document_lines WHERE total != quantity_milli * unit_price / 1000 "
                                      "OR final != total - discount + tax + levy")),
             0);
    QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'invoice' AND final_amount > 0")) > 500);
}

void TestDemoCompany::vatIsTenPercentOfTaxableLines()
{
    QVERIFY(generate(fixed(600)));
    Store &s = m_t->store();
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM document_lines l JOIN products p ON p.id = l.product_id "
                                      "WHERE l.tax_bp != CASE WHEN p.taxable = 1 THEN 1000 ELSE 0 END")),
             0);
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM document_lines WHERE abs(tax * 10 - (total - discount)) > 10")), 
             scalar(s, QStringLiteral("SELECT count(*) FROM document_lines WHERE tax_bp = 0 AND total - discount > 10")));
    QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM document_lines WHERE tax_bp = 0")) > 0);
}

void TestDemoCompany::receiptsAndDocumentsInEveryState()
{
    QVERIFY(generate(fixed(800)));
    Store &s = m_t->store();
    for (const char *st : {"pending", "approved", "rejected"}) {
        QVERIFY2(scalar(s, QStringLiteral("SELECT count(*) FROM receipts WHERE approval_status = '%1'").arg(QLatin1String(st))) > 0, st);
        QVERIFY2(scalar(s, QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'invoice' AND approval_status = '%1'").arg(QLatin1String(st))) > 0, st);
    }
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM receipts WHERE approval_status = 'rejected' AND reject_reason = ''")), 0);
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM documents WHERE approval_status = 'approved' AND kind = 'invoice' AND number IS NULL")), 0);
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'invoice' AND approval_status = 'pending' AND number IS NOT NULL")), 0);
    // returns point at approved invoices of the same customer
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM documents r JOIN documents i ON i.id = r.source_document_id "
                                      "WHERE r.kind = 'return_invoice' AND (i.kind != 'invoice' OR i.approval_status != 'approved' "
                                      "OR i.identity_id != r.identity_id)")),
             0);
    for (const char *state : {"approved", "pending", "rejected"})
        QVERIFY2(scalar(s, QStringLiteral("SELECT count(*) FROM users WHERE kind = 'customer' AND registration_status = '%1'").arg(QLatin1String(state))) > 0, state);
    for (const char *flag : {"suspended = 1", "locked = 1", "active = 0"})
        QVERIFY2(scalar(s, QStringLiteral("SELECT count(*) FROM users WHERE kind = 'customer' AND %1").arg(QLatin1String(flag))) > 0, flag);
}

void TestDemoCompany::pointsNeverGoNegative()
{
    QVERIFY(generate(fixed(800)));
    QSqlQuery q(m_t->store().db());
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT identity_id FROM point_transactions")));
    PointRepository points(m_t->store());
    int n = 0;
    bool anyConsumed = false, anyExpired = false;
    while (q.next()) {
        const PointTotals t = points.totals(q.value(0).toString());
        QVERIFY(t.remaining() >= 0);
        QCOMPARE(t.remaining(), t.earned - t.consumed - t.expired);
        anyConsumed |= t.consumed > 0;
        anyExpired |= t.expired > 0;
        ++n;
    }
    QVERIFY(n > 100);
    QVERIFY(anyConsumed && anyExpired);
}

void TestDemoCompany::cartablesWaitForClubUsers()
{
    QVERIFY(generate(fixed(500)));
    Store &s = m_t->store();
    const QString customerIdentity = QStringLiteral("(SELECT identity_id FROM users WHERE username = 'customer')");
    const QString agentIdentity = QStringLiteral("(SELECT identity_id FROM users WHERE username = 'agent')");
    QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM cartable_entries WHERE ended_at IS NULL AND assignee_identity_id = ") + customerIdentity) > 0);
    QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM cartable_entries WHERE ended_at IS NULL AND assignee_identity_id = ") + agentIdentity) > 0);
    QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM cartable_entries WHERE ended_at IS NULL AND assignee_user_id IS NOT NULL")) > 0);
    // the sample customer has something in every section of the club panel
    for (const char *table : {"documents", "receipts", "point_transactions", "tickets"})
        QVERIFY2(scalar(s, QLatin1String("SELECT count(*) FROM ") + QLatin1String(table) + QLatin1String(" WHERE identity_id = ") + customerIdentity) > 0, table);
    // and the sample agent has customers
    QVERIFY(scalar(s, QStringLiteral("SELECT count(*) FROM identities WHERE sales_responsible_id = (SELECT id FROM users WHERE username = 'agent')")) > 5);
}

void TestDemoCompany::accountsMatchTheirPaymentMethods()
{
    QVERIFY(generate(fixed(300)));
    FinancialAccountRepository accounts(m_t->store());
    const auto all = accounts.all();
    QVERIFY(all.size() >= 4);
    bool cash = false;
    for (const FinancialAccount &a : all) {
        // each account opens in its editor and saves again unchanged (what the service checks)
        QVERIFY2(FinancialAccountService::check(a).isEmpty(), qPrintable(FinancialAccountService::check(a)));
        if (a.allowsOnline)
            QCOMPARE(a.gateway, PaymentGateway::ZarinPal);
        if (a.isCash()) {
            cash = true;
            QVERIFY(!a.allowsOnline);
        } else {
            QVERIFY2(V::isValidIban(a.iban), qPrintable(a.iban));
            QVERIFY2(V::isValidCardNumber(a.cardNumber), qPrintable(a.cardNumber));
        }
    }
    QVERIFY(cash);
    for (const char *m : {"card_to_card", "deposit", "online"})
        QVERIFY2(!accounts.forClubMethod(QLatin1String(m)).isEmpty(), m);
}

void TestDemoCompany::sampleAccountsSignIn()
{
    QVERIFY(generate(fixed(200)));
    SettingsRepository settings(m_t->store());
    const QJsonArray listed = settings.value(QStringLiteral("demo.accounts")).toArray();
    const auto accounts = DemoCompany::sampleAccounts();
    QCOMPARE(listed.size(), accounts.size());
    QStringList kinds;
    SignInService service(m_t->store());
    for (const QJsonValue &v : listed) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(QStringLiteral("label")).toString().isEmpty());
        kinds << o.value(QStringLiteral("kind")).toString();
        const SignInResult r = service.signIn(o.value(QStringLiteral("username")).toString(),
                                              o.value(QStringLiteral("password")).toString());
        if (o.value(QStringLiteral("username")).toString() == QLatin1String("pending")) {
            QCOMPARE(r.failure, SignInResult::Failure::NotApproved);
            continue;
        }
        QVERIFY2(r.ok, qPrintable(o.value(QStringLiteral("username")).toString() + QLatin1String(": ") + r.message()));
        QCOMPARE(UserKindCode::text(r.user.kind), o.value(QStringLiteral("kind")).toString());
    }
    for (const char *k : {"staff", "customer", "agent"})
        QVERIFY(kinds.contains(QLatin1String(k)));
    QCOMPARE(service.signIn(QStringLiteral("admin"), QStringLiteral("not-the-password")).failure,
             SignInResult::Failure::WrongCredentials);
}

void TestDemoCompany::sameSeedSameData()
{
    const QStringList tables{QStringLiteral("identities"), QStringLiteral("phones"), QStringLiteral("documents"),
                             QStringLiteral("document_lines"), QStringLiteral("receipts"), QStringLiteral("users"),
                             QStringLiteral("point_transactions"), QStringLiteral("cartable_entries")};
    QVERIFY(generate(fixed(300, 11)));
    const QByteArray first = digest(m_t->store(), tables);
    TempStore again;
    QVERIFY(DemoCompany::generate(again.store(), fixed(300, 11)).ok);
    QCOMPARE(digest(again.store(), tables), first);
    TempStore other;
    QVERIFY(DemoCompany::generate(other.store(), fixed(300, 12)).ok);
    QVERIFY(digest(other.store(), tables) != first);
}

void TestDemoCompany::cancelLeavesNothing()
{
    const DemoResult r = DemoCompany::generate(m_t->store(), fixed(500), [](int p) { return p < 30; });
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    Store &s = m_t->store();
    for (const char *t : {"identities", "users", "documents", "settings", "company"})
        QVERIFY2(scalar(s, QLatin1String("SELECT count(*) FROM ") + QLatin1String(t)) == 0, t);
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_fts_a_'")), 9);
    // … and so are the row-count triggers, with the count the identity list shows
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_count_a_'")), 3);
    QCOMPARE(scalar(s, QStringLiteral("SELECT live FROM row_counts WHERE table_name = 'identities'")),
             scalar(s, QStringLiteral("SELECT count(*) FROM identities WHERE deleted = 0")));
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'")), m_indexCount);
    QCOMPARE(s.transactionDepth(), 0);
    // and the store still works afterwards, once
    QVERIFY(generate(fixed(50)));
    const DemoResult twice = DemoCompany::generate(s, fixed(50));
    QVERIFY(!twice.ok);
    QVERIFY(!twice.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoCompany)
#include "tst_demo_company.moc"
