#include "models/demo/DemoCompany.h"

#include "models/company/StarterPreset.h"

#include "models/auth/PasswordHasher.h"
#include "models/auth/SignIn.h"
#include "models/demo/DemoData.h"
#include "models/demo/DemoLicence.h"
#include "models/finance/FinanceStateRepository.h"
#include "models/finance/NumberPattern.h"
#include "models/persian/Jalali.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/FinancialAccountRepository.h"
#include "models/finance/ReceiptRepository.h"
#include "models/loyalty/PointRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/CategoryRepository.h"
#include "models/identities/IdentitySubtypeRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "models/loyalty/ProductRepository.h"
#include "models/core/SettingsRepository.h"
#include "models/tickets/TicketRepository.h"
#include "models/auth/UserRepository.h"
#include "models/workflow/WorkflowRepository.h"
#include "models/core/Store.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>
#include <QSqlQuery>
#include <QTimeZone>

#include <map>
#include <vector>

using namespace DemoData;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

struct CustomerInfo
{
    QString id;
    QString name;
    QString clubUserId; // empty: no club account
    int agent = -1;     // index into agents, or -1
    bool org = false;
};

struct AgentInfo
{
    QString identityId;
    QString userId;
    QString name;
};

struct InvoiceInfo
{
    QString id;
    int customer;
    QDate date;
    qint64 finalAmount;
    int firstProduct;
    qint64 firstQty;
};

// Check digits of Iranian identifiers (the rules of models/persian/Validators.h).
QString withNationalCodeCheck(const QString &nine)
{
    int s = 0;
    for (int i = 0; i < 9; ++i)
        s += nine.at(i).digitValue() * (10 - i);
    const int r = s % 11;
    return nine + QString::number(r < 2 ? r : 11 - r);
}

QString withNationalIdCheck(const QString &ten)
{
    static const int w[5] = {29, 27, 23, 19, 17};
    const int t = ten.at(9).digitValue() + 2;
    int s = 0;
    for (int i = 0; i < 10; ++i)
        s += (ten.at(i).digitValue() + t) * w[i % 5];
    const int r = s % 11;
    return ten + QString::number(r == 10 ? 0 : r);
}

QString withLuhn(const QString &fifteen)
{
    int s = 0;
    for (int i = 0; i < 15; ++i) {
        int d = fifteen.at(i).digitValue();
        if (i % 2 == 0) { // from the right, the check digit is position 16: double positions 1,3,…,15
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        s += d;
    }
    return fifteen + QString::number((10 - s % 10) % 10);
}

// IR + two check digits + 22 digits (0 + bank code + account), ISO 13616 mod 97.
QString ibanFor(const QString &bban22)
{
    const QString rearranged = bban22 + QStringLiteral("1827") + QStringLiteral("00");
    int mod = 0;
    for (const QChar c : rearranged)
        mod = (mod * 10 + c.digitValue()) % 97;
    const int check = 98 - mod;
    return QStringLiteral("IR%1").arg(check, 2, 10, QLatin1Char('0')) + bban22;
}

class Generator
{
public:
    Generator(Store &store, const DemoOptions &o, std::function<bool(int)> progress)
        : m_store(store)
        , m_o(o)
        , m_progress(std::move(progress))
        , m_rng(o.seed)
        , m_today(o.today.isValid() ? o.today : QDate::currentDate())
        , m_start(m_today.addDays(-548))
        , m_identities(store)
        , m_categories(store)
        , m_users(store)
        , m_types(store)
        , m_products(store)
        , m_docs(store)
        , m_accounts(store)
        , m_receipts(store)
        , m_points(store)
        , m_tickets(store)
        , m_workflows(store)
        , m_settings(store)
    {
        if (m_o.password.isEmpty())
            m_o.password = DemoCompany::defaultPassword();
        // ids: UUID v7 layout with a synthetic, increasing clock, so the same seed gives the
        // same ids and B-tree inserts stay local
        m_idClock = quint64(QDateTime(m_start, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    DemoResult run();

private:
    // randomness --------------------------------------------------------------------------
    int between(int lo, int hi) { return lo + int(m_rng.bounded(quint32(hi - lo + 1))); }
    qint64 between64(qint64 lo, qint64 hi) { return lo + qint64(m_rng.bounded(double(hi - lo + 1))); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    template<class T, size_t N>
    const T &pick(const T (&a)[N])
    {
        return a[m_rng.bounded(quint32(N))];
    }
    QString id();
    QString digits(int n, const char *alphabet = "0123456789");

    QString nationalCode();
    QString nationalId();
    QString mobile() { return u8(pick(kMobilePrefixes)) + digits(7); }
    QString postalCode();
    const City &city();

    // dates -------------------------------------------------------------------------------
    QDate workday(QDate d) const;          // not a Friday, not Nowruz 1–4
    QDate dayAt(double fraction) const;    // fraction of the window, 0 = 18 months ago
    QDate randomDay() { return dayAt(m_rng.generateDouble()); }
    QDateTime officeTime(QDate d);         // 08:00–17:00 Tehran, as UTC
    static int jalaliYear(QDate d) { return Persian::JalaliDate::fromGregorian(d).year; }
    QString nextNumber(const QString &patternKey, int year);

    // progress ----------------------------------------------------------------------------
    bool tick(int stepBase, int stepSpan, qint64 done, qint64 total);
    bool check(bool ok, Repository &repo);

    bool company();
    bool catalog();
    bool staff();
    bool agents();
    bool customers();
    bool documents();
    bool receipts();
    bool points();
    bool tickets();
    bool workflows();
    bool settings();

    Document makeDocument(const QString &kind, int customer, QDate date);
    void addLines(Document &d, int count, bool services = false);

    Store &m_store;
    DemoOptions m_o;
    std::function<bool(int)> m_progress;
    QRandomGenerator m_rng;
    QDate m_today;
    QDate m_start;
    quint64 m_idClock = 0;
    int m_lastPercent = -1;
    bool m_cancelled = false;
    QString m_error;
    QString m_hash;

    IdentityRepository m_identities;
    CategoryRepository m_categories;
    UserRepository m_users;
    ItemTypeRepository m_types;
    ProductRepository m_products;
    DocumentRepository m_docs;
    FinancialAccountRepository m_accounts;
    ReceiptRepository m_receipts;
    PointRepository m_points;
    TicketRepository m_tickets;
    WorkflowRepository m_workflows;
    SettingsRepository m_settings;

    // what later steps refer to
    std::map<QString, QString> m_typeIds;   // code → item type id
    std::map<QString, NumberingPattern> m_patterns; // key → pattern (inserted at the end with its last value)
    std::map<QString, std::map<int, qint64>> m_counters; // pattern key → year → last value
    std::map<QString, NumberPattern> m_parsedPatterns;
    std::map<QString, QString> m_staff;     // username → user id
    std::vector<Product> m_productList;
    std::vector<FinancialAccount> m_accountList;
    std::vector<QString> m_categoryIds;
    std::vector<QString> m_classIds;
    std::vector<AgentInfo> m_agents;
    std::vector<CustomerInfo> m_customers;
    std::vector<InvoiceInfo> m_approvedInvoices;
    std::vector<int> m_sampleCustomers; // indexes of the customers with sample accounts
    int m_clubUsers = 0;
};

QString Generator::id()
{
    return Store::uuidV7(++m_idClock, m_rng);
}

QString Generator::digits(int n, const char *alphabet)
{
    const int len = int(qstrlen(alphabet));
    QString s;
    s.reserve(n);
    for (int i = 0; i < n; ++i)
        s += QLatin1Char(alphabet[m_rng.bounded(quint32(len))]);
    return s;
}

QString Generator::nationalCode()
{
    for (;;) {
        const QString nine = digits(9);
        if (nine.mid(3, 6) == QLatin1String("000000"))
            continue;
        const QString code = withNationalCodeCheck(nine);
        if (code.count(code.at(0)) == code.size())
            continue;
        return code;
    }
}

QString Generator::nationalId()
{
    for (;;) {
        const QString ten = QStringLiteral("10") + digits(8);
        if (ten.mid(3, 6) == QLatin1String("000000"))
            continue;
        return withNationalIdCheck(ten);
    }
}

QString Generator::postalCode()
{
    // the first five digits never contain 0 or 2
    return digits(5, "13456789") + digits(5);
}

const City &Generator::city()
{
    static int total = 0;
    if (total == 0)
        for (const City &c : kCities)
            total += c.weight;
    int r = int(m_rng.bounded(quint32(total)));
    for (const City &c : kCities) {
        if (r < c.weight)
            return c;
        r -= c.weight;
    }
    return kCities[0];
}

QDate Generator::workday(QDate d) const
{
    const auto j = Persian::JalaliDate::fromGregorian(d);
    if (j.month == 1 && j.day <= 4)
        d = d.addDays(5 - j.day);
    if (d.dayOfWeek() == Qt::Friday)
        d = d.addDays(-1);
    return qMin(d, m_today.dayOfWeek() == Qt::Friday ? m_today.addDays(-1) : m_today);
}

QDate Generator::dayAt(double fraction) const
{
    const qint64 span = m_start.daysTo(m_today);
    return workday(m_start.addDays(qint64(fraction * double(span))));
}

QDateTime Generator::officeTime(QDate d)
{
    static const QTimeZone tehran(12600); // +03:30; Iran has had no daylight saving time since 2022
    const QTime t(between(8, 16), between(0, 59), between(0, 59));
    return QDateTime(d, t, tehran).toUTC();
}

QString Generator::nextNumber(const QString &key, int year)
{
    // the numbers Numbering::next would issue (one engine, §1.17), counted here in memory
    // because the generator writes its rows in bulk
    const NumberingPattern &p = m_patterns[key];
    qint64 &last = m_counters[key][p.yearlyReset ? year : 0];
    last = (last == 0 ? p.initialValue : last) + 1;
    auto parsed = m_parsedPatterns.find(key);
    if (parsed == m_parsedPatterns.end())
        parsed = m_parsedPatterns.emplace(key, NumberPattern::parse(p.pattern)).first;
    return parsed->second.format(last, year, 0);
}

bool Generator::tick(int base, int span, qint64 done, qint64 total)
{
    if (!m_progress)
        return true;
    const int percent = qMin(99, base + int(total > 0 ? span * done / total : span));
    if (percent == m_lastPercent)
        return true;
    m_lastPercent = percent;
    if (!m_progress(percent)) {
        m_cancelled = true;
        return false;
    }
    return true;
}

bool Generator::check(bool ok, Repository &repo)
{
    if (!ok && m_error.isEmpty())
        m_error = repo.lastError();
    return ok;
}

// Company, catalogue, accounts ---------------------------------------------------------------

bool Generator::company()
{
    Company c;
    c.id = id();
    c.name = QStringLiteral("شرکت فن‌آوران وفا پارس (سهامی خاص)");
    nationalId(); // drawn as before, so the rest of the generated company stays the same
    // fixed whatever the seed: the demo licence the vendor signed names this ID (DemoLicence.h)
    c.nationalId = QString::fromLatin1(DemoLicence::kNationalId);
    c.economicCode = c.nationalId; // since the Moadian reform: the national ID
    c.registrationNumber = QString::number(between(300000, 599999));
    c.postalCode = postalCode();
    c.province = QStringLiteral("تهران");
    c.city = QStringLiteral("تهران");
    c.address = QStringLiteral("تهران، خیابان ولیعصر، بالاتر از میدان ونک، کوچه نگار، پلاک ۱۲، طبقه ۳");
    c.phone = QStringLiteral("021-8877") + digits(4);
    return check(m_settings.saveCompany(c), m_settings);
}

bool Generator::catalog()
{
    // the standard starter content every new company gets (StarterPreset), with the demo's own
    // data below it
    for (const StarterPreset::Pattern &s : StarterPreset::patterns()) {
        NumberingPattern p;
        p.id = id();
        p.title = s.title;
        p.pattern = s.pattern;
        p.initialValue = s.initialValue;
        p.yearlyReset = s.yearlyReset;
        m_patterns[s.key] = p;
    }
    for (const StarterPreset::Type &s : StarterPreset::itemTypes()) {
        ItemType t = s.type;
        t.id = id();
        if (!s.patternKey.isEmpty())
            t.numberingPatternId = m_patterns[s.patternKey].id;
        if (!check(m_types.insert(t), m_types))
            return false;
        m_typeIds[t.code] = t.id;
    }

    for (const ProductSpec &s : kProducts) {
        Product p;
        p.id = id();
        p.code = QLatin1String(s.code);
        p.name = u8(s.name);
        p.unit = u8(s.unit);
        p.unitPrice = s.price;
        p.taxable = s.taxable;
        p.category = u8(s.category);
        p.clubVisible = true;
        if (!check(m_products.insert(p), m_products))
            return false;
        m_productList.push_back(p);
    }

    // price lists and customer classes
    Row partners, gold;
    partners.id = id();
    gold.id = id();
    if (!check(m_products.insertPriceList(partners, QStringLiteral("فهرست قیمت همکاران و نمایندگان")), m_products)
        || !check(m_products.insertPriceList(gold, QStringLiteral("فهرست قیمت مشتریان طلایی")), m_products))
        return false;
    struct ClassSpec
    {
        const char *title;
        qint64 floor, ceiling;
        bool gold;
    };
    const ClassSpec classes[] = {{"برنزی", 0, 500000000, false},
                                 {"نقره‌ای", 500000000, 2000000000, false},
                                 {"طلایی", 2000000000, 10000000000, true},
                                 {"الماس", 10000000000, -1, true}};
    int priority = 0;
    for (const ClassSpec &s : classes) {
        CustomerClass c;
        c.id = id();
        c.title = u8(s.title);
        c.period = QStringLiteral("yearly");
        c.floorRials = s.floor;
        c.ceilingRials = s.ceiling;
        c.priceListId = s.gold ? gold.id : QString();
        c.priority = ++priority;
        if (!check(m_products.insertClass(c), m_products))
            return false;
        m_classIds.push_back(c.id);
    }

    // categories
    const char *const database[] = {"مشتریان عمده", "مشتریان خرد", "سازمان‌های دولتی", "شرکت‌های خصوصی",
                                    "مدارس و دانشگاه‌ها", "فروشگاه‌ها"};
    const char *const activity[] = {"فناوری اطلاعات", "آموزش", "درمان", "صنعت", "بازرگانی", "خدمات مالی"};
    std::map<QString, QString> databaseIds;
    for (const char *n : database) {
        Category c;
        c.id = id();
        c.name = u8(n);
        c.kind = QStringLiteral("database");
        // a tree, not a flat list, and one private category (shown in red) for the category page
        if (c.name == u8("مدارس و دانشگاه‌ها"))
            c.parentId = databaseIds[u8("سازمان‌های دولتی")];
        c.isPrivate = c.name == u8("فروشگاه‌ها");
        databaseIds[c.name] = c.id;
        if (!check(m_categories.insert(c), m_categories))
            return false;
        m_categoryIds.push_back(c.id);
    }
    for (const char *n : activity) {
        Category c;
        c.id = id();
        c.name = u8(n);
        c.kind = QStringLiteral("activity");
        if (!check(m_categories.insert(c), m_categories))
            return false;
        m_categoryIds.push_back(c.id);
    }

    // subtypes
    for (IdentitySubtype t : StarterPreset::subtypes()) {
        t.id = id();
        if (t.profileType == ProfileType::Customer)
            t.numberingPatternId = m_patterns[QStringLiteral("customer")].id;
        IdentitySubtypeRepository subtypes(m_store);
        if (!check(subtypes.insert(t), subtypes))
            return false;
        m_typeIds[QLatin1String("subtype_") + t.code] = t.id;
    }

    // financial accounts: three banks and a cash box (never paid into online)
    struct AccountSpec
    {
        const char *name, *bank, *bin, *bankCode;
        bool c2c, deposit, online;
    };
    const AccountSpec accounts[] = {
        {"حساب جاری بانک ملت", "بانک ملت", "610433", "012", true, true, true},
        {"حساب جاری بانک ملی", "بانک ملی ایران", "603799", "017", false, true, false},
        {"حساب بانک پاسارگاد", "بانک پاسارگاد", "502229", "057", true, false, true},
    };
    for (const AccountSpec &s : accounts) {
        FinancialAccount a;
        a.id = id();
        a.name = u8(s.name);
        a.kind = AccountKind::Bank;
        a.bankName = u8(s.bank);
        a.holder = QStringLiteral("شرکت فن‌آوران وفا پارس");
        a.accountNumber = digits(10);
        a.cardNumber = withLuhn(QLatin1String(s.bin) + digits(9));
        a.iban = ibanFor(QLatin1String(s.bankCode) + QLatin1Char('0') + digits(18));
        a.allowsCardToCard = s.c2c;
        a.allowsCashDeposit = s.deposit;
        a.allowsOnline = s.online;
        if (s.online) {
            // a merchant code of ZarinPal's form, derived from the account so the seeded data stays as it was
            a.gateway = PaymentGateway::ZarinPal;
            a.gatewayMerchant = QUuid::createUuidV5(QUuid::fromString(a.id), QStringLiteral("zarinpal")).toString(QUuid::WithoutBraces);
        }
        if (!check(m_accounts.insert(a), m_accounts))
            return false;
        m_accountList.push_back(a);
    }
    FinancialAccount cash;
    cash.id = id();
    cash.name = QStringLiteral("صندوق دفتر مرکزی");
    cash.kind = AccountKind::Cash;
    cash.holder = QStringLiteral("صندوق‌دار");
    if (!check(m_accounts.insert(cash), m_accounts))
        return false;
    m_accountList.push_back(cash);

    // scoring rules
    PointRule purchase;
    purchase.id = id();
    purchase.kind = QStringLiteral("purchase_amount");
    purchase.points = 1;
    purchase.rialStep = 1000000;
    purchase.itemTypeId = m_typeIds[QStringLiteral("invoice")];
    PointRule signUp;
    signUp.id = id();
    signUp.kind = QStringLiteral("sign_up");
    signUp.points = 50;
    PointRule ticketRule;
    ticketRule.id = id();
    ticketRule.kind = QStringLiteral("item_creation");
    ticketRule.itemTypeId = m_typeIds[QStringLiteral("request")];
    ticketRule.points = 5;
    return check(m_points.insertRule(purchase), m_points) && check(m_points.insertRule(signUp), m_points)
        && check(m_points.insertRule(ticketRule), m_points);
}

// People ------------------------------------------------------------------------------------------

bool Generator::staff()
{
    struct GroupSpec
    {
        const char *name;
        std::vector<const char *> permissions;
    };
    const GroupSpec groups[] = {
        {"مدیران سیستم", {"system.admin", "system.users.manage", "club.settings", "club.customers.manage",
                          "club.agents.manage", "finance.receipts.approve", "finance.documents.approve",
                          "finance.accounts.manage", "identities.view", "identities.edit", "documents.create",
                          "tickets.answer", "points.manage", "workflows.manage", "reports.view"}},
        {"مالی", {"finance.manager", "finance.number", "finance.receipts.approve", "finance.documents.approve",
                  "finance.accounts.manage", "identities.view", "documents.create", "reports.view"}},
        {"مدیران باشگاه", {"club.settings", "club.customers.manage", "club.agents.manage", "points.manage",
                            "identities.view", "identities.edit", "tickets.answer", "reports.view"}},
        {"فروش", {"identities.view", "identities.edit", "documents.create", "tickets.answer"}},
        {"پشتیبانی", {"identities.view", "tickets.answer", "workflows.act"}},
    };
    std::map<QString, QString> groupIds;
    for (const GroupSpec &g : groups) {
        UserGroup ug;
        ug.id = id();
        ug.name = u8(g.name);
        if (!check(m_users.insertGroup(ug), m_users))
            return false;
        groupIds[ug.name] = ug.id;
        for (const char *p : g.permissions)
            if (!check(m_users.grantToGroup(ug.id, QLatin1String(p)), m_users))
                return false;
    }
    struct StaffSpec
    {
        const char *username, *first, *last, *gender, *group;
    };
    const StaffSpec people[] = {
        {"admin", "بهروز", "شایسته", "male", "مدیران سیستم"},
        {"finance", "فرناز", "امیری", "female", "مالی"},
        {"clubadmin", "کیوان", "راستگو", "male", "مدیران باشگاه"},
        {"sales", "نیلوفر", "کاشانی", "female", "فروش"},
        {"sales2", "مهران", "صدری", "male", "فروش"},
        {"sales3", "ژاله", "معتمدی", "female", "فروش"},
        {"support", "پدرام", "یگانه", "male", "پشتیبانی"},
        {"support2", "شبنم", "فرهمند", "female", "پشتیبانی"},
    };
    for (const StaffSpec &s : people) {
        Identity i;
        i.id = id();
        i.kind = IdentityKind::Person;
        i.profileType = ProfileType::Operator;
        i.subtypeId = m_typeIds[QStringLiteral("subtype_staff")];
        i.firstName = u8(s.first);
        i.lastName = u8(s.last);
        i.gender = QLatin1String(s.gender);
        i.nationalId = nationalCode();
        i.createdAt = officeTime(m_start);
        Phone p;
        p.id = id();
        p.number = mobile();
        p.isDefault = true;
        if (!check(m_identities.insert(i, {p}), m_identities))
            return false;
        User u;
        u.id = id();
        u.kind = UserKind::Staff;
        u.identityId = i.id;
        u.username = QLatin1String(s.username);
        u.passwordHash = m_hash;
        u.email = QLatin1String(s.username) + QStringLiteral("@vafapars.ir");
        u.mobile = p.number;
        u.passwordChangedAt = officeTime(m_start);
        u.createdAt = u.passwordChangedAt;
        if (!check(m_users.insert(u), m_users) || !check(m_users.addToGroup(u.id, groupIds[u8(s.group)]), m_users))
            return false;
        m_staff[u.username] = u.id;
    }
    // a supplier or two, so the identity list is not customers only
    const char *const suppliers[] = {"شرکت پخش سپید رایانه", "بازرگانی آسیا تجهیز", "شرکت کاغذ پارس"};
    for (const char *n : suppliers) {
        Identity i;
        i.id = id();
        i.kind = IdentityKind::Organisation;
        i.profileType = ProfileType::Supplier;
        i.subtypeId = m_typeIds[QStringLiteral("subtype_supplier")];
        i.orgName = u8(n);
        i.nationalId = nationalId();
        i.economicCode = i.nationalId;
        i.createdAt = officeTime(m_start);
        if (!check(m_identities.insert(i), m_identities))
            return false;
    }
    return true;
}

bool Generator::agents()
{
    for (int n = 0; n < m_o.agents; ++n) {
        Identity i;
        i.id = id();
        i.profileType = ProfileType::Agent;
        const bool org = n % 3 == 2;
        const City &c = n == 0 ? kCities[0] : city();
        if (n == 0) {
            i.firstName = QStringLiteral("کامران");
            i.lastName = QStringLiteral("نیک‌نام");
            i.gender = QStringLiteral("male");
        } else if (org) {
            i.kind = IdentityKind::Organisation;
            i.orgName = QStringLiteral("نمایندگی ") + u8(pick(kCompanyCores).fa) + QLatin1Char(' ') + u8(c.city);
        } else {
            const bool female = chance(0.35);
            i.firstName = u8((female ? pick(kFemaleNames) : pick(kMaleNames)).fa);
            i.lastName = u8(pick(kLastNames));
            i.gender = female ? QStringLiteral("female") : QStringLiteral("male");
        }
        if (org) {
            i.kind = IdentityKind::Organisation;
            i.nationalId = nationalId();
            i.economicCode = i.nationalId;
        } else {
            i.nationalId = nationalCode();
        }
        i.subtypeId = m_typeIds[org ? QStringLiteral("subtype_agent_org") : QStringLiteral("subtype_agent")];
        i.customerSince = dayAt(0.0);
        i.createdAt = officeTime(i.customerSince);
        i.createdBy = m_staff[QStringLiteral("clubadmin")];
        Phone p;
        p.id = id();
        p.number = mobile();
        p.isDefault = true;
        if (!check(m_identities.insert(i, {p}), m_identities))
            return false;
        Address a;
        a.id = id();
        a.identityId = i.id;
        a.province = u8(c.province);
        a.city = u8(c.city);
        a.address = u8(c.city) + QStringLiteral("، ") + u8(pick(kStreets)) + QStringLiteral("، پلاک ") + QString::number(between(1, 240));
        a.postalCode = postalCode();
        a.isDefault = true;
        if (!check(m_identities.addAddress(a), m_identities))
            return false;

        User u;
        u.id = id();
        u.kind = UserKind::Agent;
        u.identityId = i.id;
        u.username = n == 0 ? QStringLiteral("agent") : QStringLiteral("agent%1").arg(n + 1, 2, 10, QLatin1Char('0'));
        u.passwordHash = m_hash;
        u.commissionBp = between(3, 8) * 100;
        u.mobile = p.number;
        u.createdVia = QStringLiteral("identity");
        u.createdAt = i.createdAt;
        u.passwordChangedAt = i.createdAt;
        if (n == m_o.agents - 2 && n > 0)
            u.registrationStatus = RegistrationStatus::Pending;
        if (n == m_o.agents - 1 && n > 0)
            u.suspended = true;
        if (n == m_o.agents - 3 && n > 0)
            u.active = false;
        if (!check(m_users.insert(u), m_users))
            return false;
        m_agents.push_back({i.id, u.id, i.displayName});
    }
    return true;
}

bool Generator::customers()
{
    const int n = m_o.identities;
    m_customers.reserve(size_t(n));
    const QStringList salesStaff{m_staff[QStringLiteral("sales")], m_staff[QStringLiteral("sales2")],
                                 m_staff[QStringLiteral("sales3")]};
    const QStringList supportStaff{m_staff[QStringLiteral("support")], m_staff[QStringLiteral("support2")]};
    const double clubShare = 0.35;
    const int maxClub = m_o.maxClubUsers;
    const char *const vias[] = {"self", "staff", "bulk", "identity", "import"};

    for (int k = 0; k < n; ++k) {
        if ((k & 255) == 0 && !tick(5, 45, k, n))
            return false;
        const bool sampleCompany = k == 1;
        const bool org = sampleCompany || (k > 2 && chance(0.12));
        Identity i;
        i.id = id();
        i.kind = org ? IdentityKind::Organisation : IdentityKind::Person;
        i.function = (k > 2 && chance(0.08)) ? IdentityFunction::Lead : IdentityFunction::Contact;
        i.subtypeId = m_typeIds[org ? QStringLiteral("subtype_org") : QStringLiteral("subtype_person")];
        QList<Phone> phones;
        const City &c = k < 3 ? kCities[0] : city();
        QString latin;
        if (org) {
            const Pair &core = pick(kCompanyCores);
            if (sampleCompany) {
                i.orgName = QStringLiteral("شرکت بازرگانی آریا تجارت (سهامی خاص)");
                latin = QStringLiteral("aryatejarat");
            } else {
                QString name = u8(pick(kCompanyKinds)) + QLatin1Char(' ') + u8(core.fa);
                const QString suffix = u8(pick(kCompanySuffixes));
                if (!suffix.isEmpty())
                    name += QLatin1Char(' ') + suffix;
                const QString form = u8(pick(kLegalForms));
                if (!form.isEmpty())
                    name += QLatin1Char(' ') + form;
                i.orgName = name;
                latin = QLatin1String(core.latin) + QString::number(between(1, 999));
            }
            i.nationalId = nationalId();
            i.economicCode = i.nationalId;
            i.registrationNumber = QString::number(between(10000, 699999));
            if (chance(0.7))
                i.email = QStringLiteral("info@") + latin + QStringLiteral(".ir");
            if (chance(0.5))
                i.website = QStringLiteral("https://www.") + latin + QStringLiteral(".ir");
            Phone land;
            land.id = id();
            land.type = QStringLiteral("phone");
            land.number = u8(c.areaCode) + digits(1, "2345678") + digits(7);
            land.isDefault = true;
            phones << land;
            if (chance(0.6)) {
                Phone m;
                m.id = id();
                m.number = mobile();
                m.description = QStringLiteral("مدیرعامل");
                phones << m;
            }
        } else {
            const bool female = k == 0 || (k == 2 ? false : chance(0.45));
            const Pair &first = female ? pick(kFemaleNames) : pick(kMaleNames);
            i.firstName = k == 0 ? QStringLiteral("مریم") : u8(first.fa);
            i.lastName = k == 0 ? QStringLiteral("رضایی") : u8(pick(kLastNames));
            i.gender = female ? QStringLiteral("female") : QStringLiteral("male");
            if (chance(0.1))
                i.title = female ? QStringLiteral("دکتر") : (chance(0.5) ? QStringLiteral("دکتر") : QStringLiteral("مهندس"));
            i.nationalId = nationalCode();
            i.birthDate = QDate(between(1955, 2003), between(1, 12), between(1, 28));
            if (chance(0.3))
                i.email = QLatin1String(first.latin) + QLatin1Char('.') + QString::number(between(10, 9999))
                    + (chance(0.6) ? QStringLiteral("@gmail.com") : QStringLiteral("@yahoo.com"));
            Phone m;
            m.id = id();
            m.number = mobile();
            m.isDefault = true;
            phones << m;
            if (chance(0.2)) {
                Phone land;
                land.id = id();
                land.type = QStringLiteral("phone");
                land.number = u8(c.areaCode) + digits(1, "2345678") + digits(7);
                phones << land;
            }
        }
        if (i.function == IdentityFunction::Contact)
            i.customerNumber = nextNumber(QStringLiteral("customer"), 0);
        i.customerSince = chance(0.3) ? workday(m_start.addDays(-between(30, 1500))) : dayAt(double(k) / n);
        i.createdAt = officeTime(i.customerSince);
        i.source = u8(pick(kSources));
        i.acquaintance = u8(pick(kSources));
        // 55 % belong to an agent (the sample customer to the sample agent)
        int agent = -1;
        if (!m_agents.empty() && (k == 0 || chance(0.55)))
            agent = k == 0 ? 0 : int(m_rng.bounded(quint32(m_agents.size())));
        if (agent >= 0) {
            i.salesResponsibleId = m_agents[size_t(agent)].userId;
            if (chance(0.4)) {
                i.createdByAgentId = m_agents[size_t(agent)].userId;
                i.createdBy = m_agents[size_t(agent)].userId;
            }
        } else {
            i.salesResponsibleId = salesStaff.at(int(m_rng.bounded(quint32(salesStaff.size()))));
        }
        if (i.createdBy.isEmpty())
            i.createdBy = salesStaff.at(int(m_rng.bounded(quint32(salesStaff.size()))));
        if (chance(0.3))
            i.supportResponsibleId = supportStaff.at(int(m_rng.bounded(2u)));
        const double r = m_rng.generateDouble();
        i.classId = m_classIds[r < 0.6 ? 0 : r < 0.85 ? 1 : r < 0.97 ? 2 : 3];
        if (!check(m_identities.insert(i, phones), m_identities))
            return false;

        if (chance(0.9) || k < 3) {
            Address a;
            a.id = id();
            a.identityId = i.id;
            a.province = u8(c.province);
            a.city = u8(c.city);
            a.address = u8(c.city) + QStringLiteral("، ") + u8(pick(kStreets)) + QStringLiteral("، کوچه ")
                + QString::number(between(1, 40)) + QStringLiteral("، پلاک ") + QString::number(between(1, 300));
            a.postalCode = postalCode();
            a.isDefault = true;
            if (!check(m_identities.addAddress(a), m_identities))
                return false;
        }
        const int cats = between(0, 2);
        int lastCat = -1;
        for (int q = 0; q < cats; ++q) {
            const int cat = int(m_rng.bounded(quint32(m_categoryIds.size())));
            if (cat == lastCat)
                continue;
            lastCat = cat;
            if (!check(m_identities.addToCategory(i.id, m_categoryIds[size_t(cat)], id()), m_identities))
                return false;
        }

        CustomerInfo info;
        info.id = i.id;
        info.name = i.displayName;
        info.agent = agent;
        info.org = org;
        const bool sample = k < 3;
        if (sample || (i.function == IdentityFunction::Contact && m_clubUsers < maxClub && chance(clubShare))) {
            User u;
            u.id = id();
            u.kind = UserKind::Customer;
            u.identityId = i.id;
            u.username = k == 0 ? QStringLiteral("customer")
                : k == 1        ? QStringLiteral("company")
                : k == 2        ? QStringLiteral("pending")
                                : QLatin1Char('c') + i.customerNumber;
            u.passwordHash = m_hash;
            u.mobile = phones.first().number;
            u.email = i.email;
            u.createdVia = sample ? QStringLiteral("staff") : QLatin1String(pick(vias));
            const double s = m_rng.generateDouble();
            if (k == 2)
                u.registrationStatus = RegistrationStatus::Pending;
            else if (!sample)
                u.registrationStatus = s < 0.82 ? RegistrationStatus::Approved : s < 0.94 ? RegistrationStatus::Pending : RegistrationStatus::Rejected;
            if (!sample) {
                u.active = chance(0.93);
                u.suspended = chance(0.03);
                u.locked = chance(0.02);
                if (u.locked)
                    u.failedAttempts = 5;
            }
            u.createdAt = officeTime(qMax(i.customerSince, m_start));
            u.passwordChangedAt = u.createdAt;
            if (u.registrationStatus == RegistrationStatus::Approved && chance(0.7))
                u.lastSignInAt = officeTime(randomDay());
            if (!check(m_users.insert(u), m_users))
                return false;
            info.clubUserId = u.id;
            ++m_clubUsers;
        }
        if (sample)
            m_sampleCustomers.push_back(int(m_customers.size()));
        m_customers.push_back(info);
    }
    return true;
}

// Documents ---------------------------------------------------------------------------------------

Document Generator::makeDocument(const QString &kind, int customer, QDate date)
{
    Document d;
    d.id = id();
    d.kind = kind;
    d.identityId = m_customers[size_t(customer)].id;
    d.issueDate = date;
    d.createdAt = officeTime(date);
    const CustomerInfo &c = m_customers[size_t(customer)];
    d.sellerUserId = c.agent >= 0 ? m_agents[size_t(c.agent)].userId : m_staff[QStringLiteral("sales")];
    d.createdBy = m_staff[chance(0.5) ? QStringLiteral("sales") : QStringLiteral("sales2")];
    d.settlement = chance(0.7) ? QStringLiteral("cash") : (chance(0.6) ? QStringLiteral("credit") : QStringLiteral("mixed"));
    return d;
}

void Generator::addLines(Document &d, int count, bool services)
{
    const int nProducts = int(m_productList.size());
    for (int n = 0; n < count; ++n) {
        int p = int(m_rng.bounded(quint32(nProducts)));
        if (services)
            p = 30 + int(m_rng.bounded(4u)); // SV-1xx
        const Product &prod = m_productList[size_t(p)];
        DocumentLine l;
        l.id = id();
        l.productId = prod.id;
        l.productCode = prod.code;
        l.description = prod.name;
        l.unit = prod.unit;
        const bool bulk = prod.unitPrice < 10000000;
        l.quantityMilli = qint64(bulk ? between(2, 40) : between(1, 5)) * 1000;
        if (prod.unit == QLatin1String("ساعت"))
            l.quantityMilli = qint64(between(2, 24)) * 500; // half hours
        l.unitPrice = prod.unitPrice;
        if (chance(0.2)) // a 5 % discount, in whole thousands of rials
            l.discount = (l.quantityMilli * l.unitPrice / 1000 / 20) / 1000 * 1000;
        l.taxBp = prod.taxable ? 1000 : 0;
        d.lines << l;
    }
    d.computeTotals();
}

bool Generator::documents()
{
    const qint64 n = qint64(m_customers.size());
    qint64 nInvoices = n * 8 / 10;
    qint64 nProformas = n * 3 / 10;
    qint64 nContracts = n * 4 / 100;
    const qint64 total = nInvoices + nProformas + nContracts + nInvoices / 20;
    if (total > m_o.maxDocuments) {
        const double f = double(m_o.maxDocuments) / double(total);
        nInvoices = qint64(double(nInvoices) * f);
        nProformas = qint64(double(nProformas) * f);
        nContracts = qint64(double(nContracts) * f);
    }
    const QString finance = m_staff[QStringLiteral("finance")];
    const QString invoiceType = m_typeIds[QStringLiteral("invoice")];
    const QString proformaType = m_typeIds[QStringLiteral("proforma")];
    auto customerFor = [&](qint64 i) -> int {
        if (i < qint64(m_sampleCustomers.size()) * 3)
            return m_sampleCustomers[size_t(i % qint64(m_sampleCustomers.size()))];
        return int(m_rng.bounded(quint32(n)));
    };
    qint64 done = 0;
    const qint64 all = nInvoices + nProformas + nContracts;

    // Proformas: numbered on creation; some become invoices below.
    std::vector<std::pair<QString, int>> approvedProformas; // id, customer
    for (qint64 k = 0; k < nProformas; ++k, ++done) {
        if ((k & 127) == 0 && !tick(50, 25, done, all))
            return false;
        const int cust = customerFor(k);
        const QDate date = dayAt((double(k) + m_rng.generateDouble()) / double(nProformas));
        Document d = makeDocument(QStringLiteral("proforma"), cust, date);
        d.itemTypeId = proformaType;
        d.dueDate = date.addDays(15);
        d.number = nextNumber(QStringLiteral("proforma"), jalaliYear(date));
        d.approval.numberedBy = d.createdBy;
        d.approval.numberedAt = d.createdAt;
        addLines(d, between(1, 4));
        const double s = m_rng.generateDouble();
        if (date.daysTo(m_today) < 7 || s < 0.2) {
            d.approval.status = ApprovalStatus::Pending;
        } else if (s < 0.9) {
            d.approval.status = ApprovalStatus::Approved;
            d.approval.approvedBy = finance;
            d.approval.approvedAt = d.createdAt.addSecs(between(600, 86400));
        } else {
            d.approval.status = ApprovalStatus::Rejected;
            d.approval.rejectedBy = finance;
            d.approval.rejectedAt = d.createdAt.addSecs(between(600, 86400));
            d.approval.rejectReason = u8(pick(kDocRejectReasons));
        }
        if (!check(m_docs.insert(d), m_docs))
            return false;
        if (d.approval.status == ApprovalStatus::Approved)
            approvedProformas.push_back({d.id, cust});
    }

    // Invoices: numbered on approval, in date order, so numbers grow with dates.
    size_t nextProforma = 0;
    for (qint64 k = 0; k < nInvoices; ++k, ++done) {
        if ((k & 127) == 0 && !tick(50, 25, done, all))
            return false;
        int cust = customerFor(k);
        QString source;
        if (k >= qint64(m_sampleCustomers.size()) * 3 && nextProforma < approvedProformas.size() && chance(0.25)) {
            source = approvedProformas[nextProforma].first;
            cust = approvedProformas[nextProforma].second;
            ++nextProforma;
        }
        const QDate date = dayAt((double(k) + m_rng.generateDouble()) / double(nInvoices));
        Document d = makeDocument(QStringLiteral("invoice"), cust, date);
        d.itemTypeId = invoiceType;
        d.sourceDocumentId = source;
        if (d.settlement != QLatin1String("cash"))
            d.dueDate = date.addDays(30);
        addLines(d, between(1, 4));
        const double s = m_rng.generateDouble();
        const bool recent = date.daysTo(m_today) < 10;
        if ((recent && s < 0.5) || (!recent && s < 0.08)) {
            d.approval.status = ApprovalStatus::Pending;
        } else if (s < 0.95 || k < 6) {
            d.approval.status = ApprovalStatus::Approved;
            d.approval.approvedBy = finance;
            d.approval.approvedAt = d.createdAt.addSecs(between(900, 3 * 86400));
            d.number = nextNumber(QStringLiteral("invoice"), jalaliYear(date));
            d.approval.numberedBy = finance;
            d.approval.numberedAt = d.approval.approvedAt;
        } else {
            d.approval.status = ApprovalStatus::Rejected;
            d.approval.rejectedBy = finance;
            d.approval.rejectedAt = d.createdAt.addSecs(between(900, 86400));
            d.approval.rejectReason = u8(pick(kDocRejectReasons));
        }
        if (!check(m_docs.insert(d), m_docs))
            return false;
        if (d.approval.status == ApprovalStatus::Approved) {
            const DocumentLine &l = d.lines.first();
            int productIndex = 0;
            for (size_t p = 0; p < m_productList.size(); ++p)
                if (m_productList[p].id == l.productId)
                    productIndex = int(p);
            m_approvedInvoices.push_back({d.id, cust, date, d.finalAmount, productIndex, l.quantityMilli});
        }
    }

    // Return invoices against about 5 % of the approved invoices.
    const QString returnType = m_typeIds[QStringLiteral("return_invoice")];
    for (size_t k = 0; k < m_approvedInvoices.size(); ++k) {
        if (!(k == 1 || chance(0.05)))
            continue;
        const InvoiceInfo &inv = m_approvedInvoices[k];
        const QDate date = workday(inv.date.addDays(between(3, 30)));
        if (date > m_today || date < inv.date)
            continue;
        Document d = makeDocument(QStringLiteral("return_invoice"), inv.customer, date);
        d.itemTypeId = returnType;
        d.sourceDocumentId = inv.id;
        d.description = QStringLiteral("برگشت کالا به علت ") + (chance(0.5) ? QStringLiteral("ایراد فنی") : QStringLiteral("انصراف خریدار"));
        const Product &prod = m_productList[size_t(inv.firstProduct)];
        DocumentLine l;
        l.id = id();
        l.productId = prod.id;
        l.productCode = prod.code;
        l.description = prod.name;
        l.unit = prod.unit;
        l.quantityMilli = qMax<qint64>(1000, inv.firstQty / 2 / 1000 * 1000);
        l.unitPrice = prod.unitPrice;
        l.taxBp = prod.taxable ? 1000 : 0;
        d.lines << l;
        if (chance(0.85)) {
            d.approval.status = ApprovalStatus::Approved;
            d.approval.approvedBy = finance;
            d.approval.approvedAt = d.createdAt.addSecs(3600);
            d.number = nextNumber(QStringLiteral("return_invoice"), jalaliYear(date));
            d.approval.numberedBy = finance;
            d.approval.numberedAt = d.approval.approvedAt;
        }
        if (!check(m_docs.insert(d), m_docs))
            return false;
    }

    // Contracts: yearly support (financial, with lines) and cooperation (legal, no lines).
    for (qint64 k = 0; k < nContracts; ++k, ++done) {
        if ((k & 127) == 0 && !tick(50, 25, done, all))
            return false;
        const int cust = customerFor(k);
        const QDate date = dayAt((double(k) + m_rng.generateDouble()) / double(qMax<qint64>(1, nContracts)));
        const bool financial = k == 0 || chance(0.7);
        Document d = makeDocument(QStringLiteral("contract"), cust, date);
        d.itemTypeId = m_typeIds[financial ? QStringLiteral("contract_sales") : QStringLiteral("contract_legal")];
        d.title = financial ? QStringLiteral("قرارداد پشتیبانی سالانه تجهیزات") : QStringLiteral("قرارداد همکاری و محرمانگی");
        d.startDate = date;
        d.endDate = date.addYears(1).addDays(-1);
        if (financial)
            addLines(d, between(1, 2), true);
        d.number = nextNumber(QStringLiteral("contract"), jalaliYear(date));
        d.approval.status = chance(0.85) ? ApprovalStatus::Approved : ApprovalStatus::Pending;
        if (d.approval.status == ApprovalStatus::Approved) {
            d.approval.approvedBy = finance;
            d.approval.approvedAt = d.createdAt.addSecs(86400);
        }
        if (!check(m_docs.insert(d), m_docs))
            return false;
    }
    return true;
}

bool Generator::receipts()
{
    const QString finance = m_staff[QStringLiteral("finance")];
    const QString receiptType = m_typeIds[QStringLiteral("receipt")];
    const char *const methods[] = {"card_to_card", "deposit", "online", "pos", "in_person"};
    const char *const banks[] = {"ملت", "ملی", "صادرات", "تجارت", "پاسارگاد", "سامان", "پارسیان", "سپه"};
    const qint64 total = qint64(m_approvedInvoices.size());
    for (qint64 k = 0; k < total; ++k) {
        if ((k & 255) == 0 && !tick(75, 8, k, total))
            return false;
        const InvoiceInfo &inv = m_approvedInvoices[size_t(k)];
        if (k >= 6 && !chance(0.75))
            continue;
        const CustomerInfo &c = m_customers[size_t(inv.customer)];
        Receipt r;
        r.id = id();
        r.itemTypeId = receiptType;
        r.identityId = c.id;
        r.documentId = inv.id;
        r.amount = chance(0.8) ? inv.finalAmount : inv.finalAmount / 2 / 10000 * 10000 + 10000;
        r.receivedOn = workday(inv.date.addDays(between(0, 20)));
        if (r.receivedOn > m_today)
            r.receivedOn = m_today;
        r.createdAt = officeTime(r.receivedOn);
        const bool club = !c.clubUserId.isEmpty() && (k < 6 || chance(0.3));
        if (chance(0.1) && !club) {
            r.method = QStringLiteral("cheque");
            r.chequeNumber = digits(6);
            r.bank = QStringLiteral("بانک ") + u8(pick(banks));
            r.chequeDueDate = r.receivedOn.addDays(between(15, 90));
            r.accountId = m_accountList[0].id;
        } else {
            r.method = QStringLiteral("cash");
            r.cashMethod = club ? QLatin1String(methods[m_rng.bounded(3u)]) : QLatin1String(pick(methods));
            const QString &m = r.cashMethod;
            if (m == QLatin1String("in_person")) {
                r.accountId = m_accountList.back().id; // the cash box
            } else {
                // an account that takes this method
                for (const FinancialAccount &a : m_accountList) {
                    if ((m == QLatin1String("card_to_card") && a.allowsCardToCard)
                        || (m == QLatin1String("deposit") && a.allowsCashDeposit)
                        || (m == QLatin1String("online") && a.allowsOnline)
                        || (m == QLatin1String("pos") && a.kind == AccountKind::Bank)) {
                        r.accountId = a.id;
                        if (chance(0.5))
                            break;
                    }
                }
                r.trackingNumber = digits(12);
                if (m == QLatin1String("card_to_card"))
                    r.cardNumber = QStringLiteral("6037") + digits(8, "0123456789") + QStringLiteral("****");
            }
        }
        if (club) {
            r.enteredInClub = true;
            r.enteredBy = c.clubUserId;
            const double s = m_rng.generateDouble();
            // the sample customer has one of each state
            const int forced = k < 6 ? int(k % 3) : -1;
            if (forced == 0 || (forced < 0 && (r.receivedOn.daysTo(m_today) < 5 || s < 0.15))) {
                r.approval.status = ApprovalStatus::Pending;
            } else if (forced == 1 || (forced < 0 && s < 0.85)) {
                r.approval.status = ApprovalStatus::Approved;
            } else {
                r.approval.status = ApprovalStatus::Rejected;
                r.approval.rejectReason = u8(pick(kRejectReasons));
                r.approval.approvedBy = finance;
                r.approval.approvedAt = r.createdAt.addSecs(7200);
            }
        } else {
            r.enteredBy = finance;
            r.approval.status = r.receivedOn.daysTo(m_today) < 3 ? ApprovalStatus::Pending : ApprovalStatus::Approved;
        }
        if (r.approval.status == ApprovalStatus::Approved) {
            r.approval.approvedBy = finance;
            r.approval.approvedAt = r.createdAt.addSecs(between(600, 86400));
            r.number = nextNumber(QStringLiteral("receipt"), jalaliYear(r.receivedOn));
        }
        if (!check(m_receipts.insert(r), m_receipts))
            return false;
    }
    return true;
}

bool Generator::points()
{
    // 1 point per 1,000,000 rials of each approved invoice, valid one year; 50 for joining the
    // club. Expired points are those of earnings past their date; some customers spend points.
    struct Earned
    {
        qint64 points = 0;
        qint64 expired = 0;
        QDate last;
    };
    std::map<int, Earned> perCustomer;
    const qint64 total = qint64(m_approvedInvoices.size());
    for (qint64 k = 0; k < total; ++k) {
        if ((k & 255) == 0 && !tick(83, 6, k, total))
            return false;
        const InvoiceInfo &inv = m_approvedInvoices[size_t(k)];
        const int pts = int(inv.finalAmount / 1000000);
        if (pts <= 0)
            continue;
        PointTransaction p;
        p.id = id();
        p.identityId = m_customers[size_t(inv.customer)].id;
        p.kind = PointKind::Earned;
        p.points = pts;
        p.createdOn = inv.date;
        p.expiresOn = inv.date.addDays(365);
        p.relatedId = inv.id;
        p.description = QStringLiteral("خرید");
        if (!check(m_points.insert(p), m_points))
            return false;
        Earned &e = perCustomer[inv.customer];
        e.points += pts;
        if (p.expiresOn < m_today)
            e.expired += pts;
        e.last = qMax(e.last, inv.date);
    }
    for (size_t k = 0; k < m_customers.size(); ++k) {
        const CustomerInfo &c = m_customers[k];
        if (c.clubUserId.isEmpty())
            continue;
        PointTransaction p;
        p.id = id();
        p.identityId = c.id;
        p.kind = PointKind::Earned;
        p.points = 50;
        p.createdOn = m_start;
        p.expiresOn = m_start.addDays(365);
        p.description = QStringLiteral("امتیاز عضویت در باشگاه");
        if (!check(m_points.insert(p), m_points))
            return false;
        Earned &e = perCustomer[int(k)];
        e.points += 50;
        e.expired += 50;
        e.last = qMax(e.last, m_start);
    }
    for (auto &[cust, e] : perCustomer) {
        const QString identity = m_customers[size_t(cust)].id;
        if (e.expired > 0 && (cust == 0 || chance(0.6))) {
            PointTransaction p;
            p.id = id();
            p.identityId = identity;
            p.kind = PointKind::Expired;
            p.points = int(qMin(e.expired, e.points / 2));
            p.createdOn = workday(m_start.addDays(366));
            p.description = QStringLiteral("انقضای امتیاز");
            if (p.points > 0 && !check(m_points.insert(p), m_points))
                return false;
            e.points -= p.points;
        }
        if (e.points > 10 && (cust == 0 || chance(0.2))) {
            PointTransaction p;
            p.id = id();
            p.identityId = identity;
            p.kind = PointKind::Consumed;
            p.points = int(between64(1, e.points / 2));
            p.createdOn = workday(e.last.addDays(between(1, 60)));
            p.description = QStringLiteral("استفاده در خرید");
            p.manual = chance(0.3);
            if (!check(m_points.insert(p), m_points))
                return false;
        }
    }
    return true;
}

bool Generator::tickets()
{
    const qint64 count = qMin<qint64>(qint64(m_customers.size()) / 10 + 3, 50000);
    const QString ticketType = m_typeIds[QStringLiteral("ticket")];
    const QStringList experts{m_staff[QStringLiteral("support")], m_staff[QStringLiteral("support2")]};
    const TicketStatus statuses[] = {TicketStatus::Open, TicketStatus::Answered, TicketStatus::Waiting,
                                     TicketStatus::Closed, TicketStatus::Closed};
    const TicketPriority priorities[] = {TicketPriority::Low, TicketPriority::Normal, TicketPriority::Normal,
                                         TicketPriority::High};
    for (qint64 k = 0; k < count; ++k) {
        if ((k & 127) == 0 && !tick(89, 4, k, count))
            return false;
        const int cust = k < 2 ? m_sampleCustomers.front() : int(m_rng.bounded(quint32(m_customers.size())));
        const CustomerInfo &c = m_customers[size_t(cust)];
        Ticket t;
        t.id = id();
        t.itemTypeId = ticketType;
        t.number = nextNumber(QStringLiteral("ticket"), 0);
        t.identityId = c.id;
        t.subject = u8(pick(kTicketSubjects));
        t.status = k == 0 ? TicketStatus::Answered : pick(statuses);
        t.priority = pick(priorities);
        t.severity = t.priority;
        t.expertUserId = experts.at(int(k % 2));
        const QDate day = dayAt((double(k) + 0.5) / double(count));
        t.createdAt = officeTime(day);
        t.createdBy = c.clubUserId.isEmpty() ? experts.at(0) : c.clubUserId;
        if (!check(m_tickets.insert(t), m_tickets))
            return false;
        TicketMessage first;
        first.id = id();
        first.ticketId = t.id;
        first.authorUserId = t.createdBy;
        first.fromClub = !c.clubUserId.isEmpty();
        first.body = t.subject + QStringLiteral(". لطفاً پیگیری کنید.");
        first.createdAt = t.createdAt;
        if (!check(m_tickets.addMessage(first), m_tickets))
            return false;
        if (t.status != TicketStatus::Open) {
            TicketMessage reply;
            reply.id = id();
            reply.ticketId = t.id;
            reply.authorUserId = t.expertUserId;
            reply.body = u8(pick(kStaffReplies));
            reply.createdAt = t.createdAt.addSecs(between(1800, 86400));
            if (!check(m_tickets.addMessage(reply), m_tickets))
                return false;
            if (t.status == TicketStatus::Waiting || (t.status == TicketStatus::Closed && chance(0.5))) {
                TicketMessage back;
                back.id = id();
                back.ticketId = t.id;
                back.authorUserId = t.createdBy;
                back.fromClub = first.fromClub;
                back.body = u8(pick(kCustomerReplies));
                back.createdAt = reply.createdAt.addSecs(between(1800, 86400));
                if (!check(m_tickets.addMessage(back), m_tickets))
                    return false;
            }
        }
    }
    return true;
}

bool Generator::workflows()
{
    // 1. Service requests: the customer registers, an expert reviews, the customer completes
    //    documents, the sales manager approves.
    Workflow service;
    service.id = id();
    service.itemTypeId = m_typeIds[QStringLiteral("request")];
    service.name = QStringLiteral("پیگیری درخواست خدمات");
    if (!check(m_workflows.insertWorkflow(service), m_workflows))
        return false;
    struct StateSpec
    {
        const char *name, *kind, *mode, *user;
    };
    const StateSpec serviceStates[] = {
        {"ثبت درخواست", "initial", "club_user", ""},
        {"بررسی کارشناس فنی", "normal", "user", "support"},
        {"تکمیل مدارک توسط مشتری", "normal", "club_user", ""},
        {"تأیید نهایی مدیر فروش", "normal", "user", "sales"},
        {"پایان", "final", "user", ""},
    };
    std::vector<WorkflowState> s1;
    int order = 0;
    for (const StateSpec &s : serviceStates) {
        WorkflowState st;
        st.id = id();
        st.workflowId = service.id;
        st.name = u8(s.name);
        st.kind = QLatin1String(s.kind);
        st.responsibleMode = QLatin1String(s.mode);
        if (qstrlen(s.user) > 0)
            st.responsibleUserId = m_staff[QLatin1String(s.user)];
        st.sortOrder = ++order;
        if (!check(m_workflows.insertState(st), m_workflows))
            return false;
        s1.push_back(st);
    }
    const struct
    {
        int from;
        const char *name;
        int to;
        bool closes;
    } serviceActions[] = {{0, "ارسال برای بررسی", 1, false}, {1, "نیاز به مدارک", 2, false},
                          {1, "تأیید فنی", 3, false},        {2, "ارسال مدارک", 1, false},
                          {3, "تأیید و بستن", 4, true},       {3, "رد درخواست", 4, true}};
    std::map<int, QString> actionInto; // state index → an action leading into it
    for (const auto &a : serviceActions) {
        WorkflowAction wa;
        wa.id = id();
        wa.stateId = s1[size_t(a.from)].id;
        wa.name = u8(a.name);
        wa.nextStateId = s1[size_t(a.to)].id;
        wa.closes = a.closes;
        if (!check(m_workflows.insertAction(wa), m_workflows))
            return false;
        if (!actionInto.count(a.to))
            actionInto[a.to] = wa.id;
    }

    // 2. Agent orders: the agent confirms, sales issues the proforma.
    Workflow orders;
    orders.id = id();
    orders.itemTypeId = m_typeIds[QStringLiteral("proforma")];
    orders.name = QStringLiteral("تأیید سفارش نماینده");
    if (!check(m_workflows.insertWorkflow(orders), m_workflows))
        return false;
    const StateSpec orderStates[] = {{"ثبت سفارش", "initial", "user", "sales2"},
                                     {"تأیید نماینده", "normal", "club_user", ""},
                                     {"صدور پیش‌فاکتور", "normal", "user", "sales"},
                                     {"پایان", "final", "user", ""}};
    std::vector<WorkflowState> s2;
    order = 0;
    for (const StateSpec &s : orderStates) {
        WorkflowState st;
        st.id = id();
        st.workflowId = orders.id;
        st.name = u8(s.name);
        st.kind = QLatin1String(s.kind);
        st.responsibleMode = QLatin1String(s.mode);
        if (qstrlen(s.user) > 0)
            st.responsibleUserId = m_staff[QLatin1String(s.user)];
        st.sortOrder = ++order;
        if (!check(m_workflows.insertState(st), m_workflows))
            return false;
        s2.push_back(st);
    }
    for (int from = 0; from < 3; ++from) {
        WorkflowAction wa;
        wa.id = id();
        wa.stateId = s2[size_t(from)].id;
        wa.name = from == 0 ? QStringLiteral("ارسال برای نماینده") : from == 1 ? QStringLiteral("تأیید سفارش") : QStringLiteral("صدور و بستن");
        wa.nextStateId = s2[size_t(from + 1)].id;
        wa.closes = from == 2;
        if (!check(m_workflows.insertAction(wa), m_workflows))
            return false;
    }

    // Instances walk their path; every passed state leaves an ended entry, the current one an
    // open entry in the right cartable (a staff user's, or the club identity's).
    auto run = [&](const Workflow &w, const std::vector<WorkflowState> &states, const std::vector<int> &path,
                   const QString &identityId, const QString &title, QDate day) -> bool {
        WorkflowInstance in;
        in.id = id();
        in.workflowId = w.id;
        in.subjectKind = QStringLiteral("item");
        in.identityId = identityId;
        in.title = title;
        in.startedAt = officeTime(day);
        in.currentStateId = states[size_t(path.back())].id;
        const bool ended = states[size_t(path.back())].kind == QLatin1String("final");
        in.status = ended ? WorkflowStatus::Ended : WorkflowStatus::Running;
        QDateTime t = in.startedAt;
        std::vector<CartableEntry> entries;
        for (size_t p = 0; p < path.size(); ++p) {
            const WorkflowState &st = states[size_t(path[p])];
            if (st.kind == QLatin1String("final"))
                break;
            CartableEntry e;
            e.id = id();
            e.instanceId = in.id;
            e.stateId = st.id;
            if (st.responsibleMode == QLatin1String("club_user"))
                e.assigneeIdentityId = identityId;
            else
                e.assigneeUserId = st.responsibleUserId;
            e.enteredAt = t;
            e.deadline = t.addDays(3);
            if (p + 1 < path.size()) {
                t = t.addSecs(between(3600, 3 * 86400));
                e.seenAt = e.enteredAt.addSecs(600);
                e.endedAt = t;
            } else if (chance(0.5)) {
                e.seenAt = e.enteredAt.addSecs(1200);
            }
            entries.push_back(e);
        }
        if (ended)
            in.endedAt = t;
        if (!check(m_workflows.insertInstance(in), m_workflows))
            return false;
        for (CartableEntry &e : entries)
            if (!check(m_workflows.insertEntry(e), m_workflows))
                return false;
        return true;
    };

    const qint64 count = qMin<qint64>(qint64(m_customers.size()) / 20 + 4, 20000);
    const std::vector<std::vector<int>> paths = {{0, 1}, {0, 1, 2}, {0, 1, 2, 1}, {0, 1, 3}, {0, 1, 3, 4}, {0, 1, 2, 1, 3, 4}};
    for (qint64 k = 0; k < count; ++k) {
        if ((k & 63) == 0 && !tick(93, 3, k, count))
            return false;
        const int cust = k < 2 ? m_sampleCustomers.front() : int(m_rng.bounded(quint32(m_customers.size())));
        const std::vector<int> &path = k < 2 ? paths[1] : paths[m_rng.bounded(quint32(paths.size()))];
        const CustomerInfo &c = m_customers[size_t(cust)];
        const QDate day = dayAt(qMin(0.98, (double(k) + 0.5) / double(count)));
        if (!run(service, s1, path, c.id, QStringLiteral("درخواست خدمات — ") + c.name, day))
            return false;
    }
    const std::vector<std::vector<int>> orderPaths = {{0, 1}, {0, 1}, {0, 1, 2}, {0, 1, 2, 3}};
    for (size_t a = 0; a < m_agents.size(); ++a) {
        for (int k = 0; k < 3; ++k) {
            const std::vector<int> &path = a == 0 && k < 2 ? orderPaths[0] : orderPaths[m_rng.bounded(quint32(orderPaths.size()))];
            if (!run(orders, s2, path, m_agents[a].identityId, QStringLiteral("سفارش نماینده — ") + m_agents[a].name,
                     dayAt(0.8 + 0.05 * k)))
                return false;
        }
    }
    return true;
}

bool Generator::settings()
{
    // numbering patterns now that their last values are known
    for (auto &[key, p] : m_patterns) {
        const auto &years = m_counters[key];
        if (!years.empty()) {
            p.lastYear = years.rbegin()->first;
            p.lastValue = years.rbegin()->second;
        }
        FinanceStateRepository patterns(m_store);
        if (!check(patterns.insertPattern(p), patterns))
            return false;
    }
    QJsonArray accounts;
    const QList<DemoAccount> sample = DemoCompany::sampleAccounts(m_o.password);
    for (const DemoAccount &a : sample)
        accounts.append(QJsonObject{{QStringLiteral("username"), a.username},
                                    {QStringLiteral("password"), a.password},
                                    {QStringLiteral("kind"), a.kind},
                                    {QStringLiteral("label"), a.label}});
    const std::pair<const char *, QJsonValue> values[] = {
        {"demo.accounts", accounts},
        {"demo.generated", QJsonObject{{QStringLiteral("seed"), qint64(m_o.seed)},
                                       {QStringLiteral("identities"), m_o.identities},
                                       {QStringLiteral("today"), m_today.toString(Qt::ISODate)}}},
        // the edition and seats come from a licence (DESIGN §6), never from a free setting
        {"club.licence", QString::fromLatin1(DemoLicence::kText)},
        {"club.customers.enabled", true},
        {"club.agents.enabled", true},
        {"club.customers.self_registration", true},
        {"club.customers.registration_needs_approval", true},
        // what self-registration needs (reference §3 rule 9): a category and the subtypes offered
        {"club.customers.default_category", m_categoryIds[1]},
        {"club.customers.allowed_subtypes", QJsonArray{m_typeIds[QStringLiteral("subtype_person")],
                                                       m_typeIds[QStringLiteral("subtype_org")]}},
        {"club.agents.default_category", m_categoryIds[3]},
        {"club.agents.created_identities_category", m_categoryIds[1]},
        {"club.points.enabled", true},
        {"club.points.rial_per_point", 10000},
        {"club.payment.methods", QJsonArray{QStringLiteral("card_to_card"), QStringLiteral("deposit"), QStringLiteral("online")}},
        {"club.currency_display", QStringLiteral("toman")},
        {"security.max_failed_attempts", SignInService::kDefaultMaxFailedAttempts},
        {"security.session_hours", 8},
    };
    for (const auto &[key, value] : values)
        if (!check(m_settings.setValue(QLatin1String(key), value), m_settings))
            return false;
    return true;
}

DemoResult Generator::run()
{
    DemoResult result;
    QElapsedTimer timer;
    timer.start();
    // One hash for every demo account: argon2id takes a tenth of a second by design, and
    // hashing thousands of club accounts would make `vafa --demo` take minutes. Every demo
    // account therefore shares the same salt and hash string; real accounts never do.
    m_hash = PasswordHasher().hash(m_o.password);
    if (m_hash.isEmpty()) {
        result.error = QStringLiteral("the password could not be hashed");
        return result;
    }
    if (!tick(0, 1, 0, 1))
        return result.cancelled = true, result;
    {
        QSqlQuery existing(m_store.db());
        if (!existing.exec(QStringLiteral("SELECT count(*) FROM identities")) || !existing.next()
            || existing.value(0).toLongLong() > 0) {
            result.error = QStringLiteral("the demo company needs an empty database");
            return result;
        }
    }

    // SQLite bulk load: a big page cache (scaled to the size asked for), and the rollback
    // journal instead of WAL while the one transaction runs. Into an empty database the
    // rollback journal stays tiny and spilled pages go straight to the file, where WAL would
    // append every spilled page again and again (gigabytes for a million identities) and then
    // copy them all at the checkpoint. A cancelled or failed load still rolls back completely.
    QSqlQuery pragma(m_store.db());
    const bool sqlite = m_store.dialect().isSqlite();
    bool switchedJournal = false;
    if (sqlite) {
        const qint64 cacheKiB = qBound(qint64(65536), qint64(m_o.identities) * 6, qint64(1024) * 1024);
        pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB));
        if (m_store.journalMode() == QLatin1String("wal") && pragma.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))
            && pragma.next())
            switchedJournal = pragma.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
        pragma.finish();
    }
    m_store.setJoinNestedTransactions(true); // any failure aborts the whole load anyway
    {
        Store::Transaction tx = m_store.transaction();
        if (!tx.isActive()) {
            result.error = m_store.errorDetail();
            return result;
        }
        QElapsedTimer step;
        step.start();
        auto timed = [&](const char *name, bool ok) {
            result.stepMs.insert(QLatin1String(name), step.restart());
            return ok;
        };
        const bool ok = m_store.beginBulkLoad() && timed("company", company() && catalog() && staff())
            && timed("agents", agents()) && timed("customers", customers()) && timed("documents", documents())
            && timed("receipts", receipts()) && timed("points", points()) && timed("tickets", tickets())
            && timed("workflows", workflows()) && timed("settings", settings()) && tick(96, 1, 0, 1)
            && timed("indexes", m_store.finishBulkLoad());
        if (m_cancelled) {
            result.cancelled = true;
        } else if (!ok) {
            result.error = m_error.isEmpty() ? m_store.errorDetail() : m_error;
        } else if (!tx.commit()) {
            result.error = m_store.errorDetail();
        } else {
            result.ok = true;
            result.stepMs.insert(QStringLiteral("commit"), step.restart());
        }
    }
    m_store.setJoinNestedTransactions(false);
    if (sqlite) {
        pragma.exec(QStringLiteral("PRAGMA cache_size = -2000"));
        if (switchedJournal)
            pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (result.ok)
            pragma.exec(QStringLiteral("PRAGMA optimize"));
        pragma.finish();
    }
    if (result.ok) {
        const char *const tables[] = {"identities", "phones", "addresses", "identity_categories", "users",
                                      "documents", "document_lines", "receipts", "point_transactions", "tickets",
                                      "ticket_messages", "workflow_instances", "cartable_entries", "products"};
        for (const char *t : tables) {
            QSqlQuery q(m_store.db());
            if (q.exec(QLatin1String("SELECT count(*) FROM ") + QLatin1String(t)) && q.next())
                result.counts.insert(QLatin1String(t), q.value(0).toLongLong());
        }
        if (m_progress)
            m_progress(100);
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace

QString DemoCompany::defaultPassword()
{
    return QStringLiteral("vafa1403");
}

QList<DemoAccount> DemoCompany::sampleAccounts(const QString &password)
{
    return {
        {QStringLiteral("admin"), password, QStringLiteral("staff"), QStringLiteral("مدیر سیستم")},
        {QStringLiteral("finance"), password, QStringLiteral("staff"), QStringLiteral("مدیر مالی")},
        {QStringLiteral("clubadmin"), password, QStringLiteral("staff"), QStringLiteral("مدیر باشگاه")},
        {QStringLiteral("sales"), password, QStringLiteral("staff"), QStringLiteral("کارشناس فروش")},
        {QStringLiteral("customer"), password, QStringLiteral("customer"), QStringLiteral("مشتری حقیقی (مریم رضایی)")},
        {QStringLiteral("company"), password, QStringLiteral("customer"), QStringLiteral("مشتری حقوقی (آریا تجارت)")},
        {QStringLiteral("agent"), password, QStringLiteral("agent"), QStringLiteral("نماینده فروش (کامران نیک‌نام)")},
        {QStringLiteral("pending"), password, QStringLiteral("customer"), QStringLiteral("مشتری در انتظار تأیید")},
    };
}

DemoResult DemoCompany::generate(Store &store, const DemoOptions &options, std::function<bool(int)> progress)
{
    Generator g(store, options, std::move(progress));
    return g.run();
}
