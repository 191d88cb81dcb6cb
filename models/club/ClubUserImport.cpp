#include "models/club/ClubUserImport.h"

#include "models/club/ClubMemberRepository.h"
#include "models/club/ClubMemberService.h"
#include "models/persian/Validators.h"
#include "models/core/AuditLog.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentitySubtypeRepository.h"
#include "models/core/SettingsRepository.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <optional>

namespace {
// Column names of the PayamGostar user import (§1.7 A), plus national ID and customer number.
const QList<TabularImport::Field> kFields = {
    {"user_type", QT_TRANSLATE_NOOP("Club", "User type"), "نوع کاربری"},
    {"identity_kind", QT_TRANSLATE_NOOP("Club", "Identity type"), "نوع هویت"},
    {"subtype", QT_TRANSLATE_NOOP("Club", "Identity subtype"), "زیرنوع هویت"},
    {"first_name", QT_TRANSLATE_NOOP("Club", "First name"), "نام"},
    {"last_name", QT_TRANSLATE_NOOP("Club", "Last name"), "نام خانوادگی"},
    {"org_name", QT_TRANSLATE_NOOP("Club", "Company name"), "نام شرکت"},
    {"email", QT_TRANSLATE_NOOP("Club", "Email"), "ایمیل"},
    {"mobile", QT_TRANSLATE_NOOP("Club", "Mobile"), "موبایل"},
    {"username", QT_TRANSLATE_NOOP("Club", "Username"), "نام کاربری"},
    {"user_key", QT_TRANSLATE_NOOP("Club", "User key"), "کلید کاربری"},
    {"password", QT_TRANSLATE_NOOP("Club", "Password"), "رمز عبور"},
    {"phone_password", QT_TRANSLATE_NOOP("Club", "Phone password"), "رمز تلفنی"},
    {"active", QT_TRANSLATE_NOOP("Club", "Active"), "فعال"},
    {"no_expiry", QT_TRANSLATE_NOOP("Club", "Password never expires"), "عدم فعال‌سازی مدت زمان عبور"},
    {"commission", QT_TRANSLATE_NOOP("Club", "Commission percent"), "درصد پورسانت"},
    {"national_id", QT_TRANSLATE_NOOP("Club", "National ID"), "کد ملی"},
    {"customer_number", QT_TRANSLATE_NOOP("Club", "Customer number"), "شماره مشتری"},
};

// Seats a licence counts for a club (the repository counts suppliers with the customer club,
// whose members they are). -1 when the store cannot be read.
qint64 seatsTaken(ClubMemberRepository &members, ClubKind kind)
{
    return members.activeCount(clubKindName(kind));
}

} // namespace

ClubUserImport::ClubUserImport(Store &store, const Actor &actor)
    : TabularImport(store, "Club", kFields, ClubSettings::Key::savedImportMappings()), m_perms(actor),
      m_actor(actor.userId)
{
}

ClubUserImport::~ClubUserImport() = default;

bool ClubUserImport::loadFile(const QString &path, QString *error)
{
    m_rowIdentityIds.clear();
    m_plans.clear();
    return TabularImport::loadFile(path, error);
}

void ClubUserImport::loadIdentities(const QStringList &identityIds)
{
    m_data = TabularData();
    m_data.format = TabularData::Format::Csv;
    m_rowIdentityIds.clear();
    m_plans.clear();
    const QStringList keys{QStringLiteral("identity_kind"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                           QStringLiteral("org_name"), QStringLiteral("email"), QStringLiteral("mobile"),
                           QStringLiteral("national_id"), QStringLiteral("customer_number"), QStringLiteral("user_type")};
    m_data.headers = keys;
    IdentityRepository ids(m_store);
    for (const QString &id : identityIds) {
        const auto i = ids.get(id);
        QString mobile;
        if (i) {
            const QList<Phone> phones = ids.phones(id);
            for (const Phone &p : phones)
                if (p.type == QLatin1String("mobile") && (mobile.isEmpty() || p.isDefault))
                    mobile = p.number;
        }
        m_rowIdentityIds << id;
        if (!i) {
            m_data.rows << QStringList();
            continue;
        }
        m_data.rows << QStringList{IdentityCode::text(i->kind), i->firstName, i->lastName, i->orgName, i->email, mobile,
                                   i->nationalId, i->customerNumber, IdentityCode::text(i->profileType)};
    }
    m_mapping.clear();
    for (const QString &k : keys)
        m_mapping.insert(k, k);
}

QString ClubUserImport::randomPassword(const PasswordPolicy &policy)
{
    // no look-alikes (0/O, 1/l/I): the credentials are typed from a letter
    static const QString upper = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
    static const QString lower = QStringLiteral("abcdefghijkmnopqrstuvwxyz");
    static const QString digits = QStringLiteral("23456789");
    const QString all = upper + lower + digits;
    QRandomGenerator *rng = QRandomGenerator::system();
    const int length = qMax(12, policy.minLength);
    QString p;
    p += upper.at(int(rng->bounded(quint32(upper.size()))));
    p += lower.at(int(rng->bounded(quint32(lower.size()))));
    p += digits.at(int(rng->bounded(quint32(digits.size()))));
    while (p.size() < length)
        p += all.at(int(rng->bounded(quint32(all.size()))));
    for (qsizetype i = p.size() - 1; i > 0; --i) // shuffle so the classes are not in fixed places
        std::swap(p[i], p[qsizetype(rng->bounded(quint32(i + 1)))]);
    return p;
}

const QList<ClubUserImport::RowPlan> &ClubUserImport::preview()
{
    TabularImport::preview();
    return m_plans;
}

void ClubUserImport::validate()
{
    m_plans.clear();
    const QHash<QString, int> columns = columnIndexes();
    ClubSettings settings(m_store);
    const PasswordPolicy policy = settings.passwordPolicy();
    ClubMemberRepository members(m_store);
    const QSet<QString> takenUsernames = members.allUsernames();
    const QSet<QString> withAccounts = m_rowIdentityIds.isEmpty() ? QSet<QString>() : members.identitiesWithAccounts();
    UserRepository users(m_store);
    IdentityRepository identities(m_store);
    const QList<IdentitySubtype> subtypes = IdentitySubtypeRepository(m_store).all();
    const bool customerOn = settings.moduleEnabled(ClubKind::Customer);
    const bool agentOn = settings.moduleEnabled(ClubKind::Agent);
    qint64 capacity[2];
    for (ClubKind k : {ClubKind::Customer, ClubKind::Agent}) {
        const int limit = settings.activeUserLimit(k);
        capacity[int(k)] = limit < 0 ? -1 : qMax<qint64>(0, limit - seatsTaken(members, k));
    }
    QHash<QString, int> fileUsernames; // folded -> first line
    int patternCounter = 0;
    const bool strictLength = m_data.format == TabularData::Format::Csv && m_rowIdentityIds.isEmpty();
    const bool fromFile = m_rowIdentityIds.isEmpty();
    // A workbook stores no cells after a row's last value, so its row is short when it stops
    // before a column the row needs (a name, the username or password taken from the file)
    // and that column has no default value.
    const auto column = [&](const char *key) {
        return m_defaults.value(QLatin1String(key)).trimmed().isEmpty() ? columns.value(QLatin1String(key), -1) : -1;
    };
    const auto stopsShort = [&](const QStringList &row) {
        const auto past = [&row](int c) { return c >= 0 && c >= row.size(); };
        if (m_options.usernameRule == UsernameRule::Column && past(column("username")))
            return true;
        if (m_options.passwordRule == PasswordRule::Column && m_options.mode != Mode::Update && past(column("password")))
            return true;
        if (m_options.mode == Mode::Update)
            return false;
        const int names[3] = {column("first_name"), column("last_name"), column("org_name")};
        bool anyMapped = false;
        for (int c : names) {
            if (c < 0)
                continue;
            anyMapped = true;
            if (!past(c))
                return false;
        }
        return anyMapped;
    };
    int ignoredPasswords = 0; // password cells under the random rule

    for (int r = 0; r < m_data.rows.size(); ++r) {
        const QStringList &row = m_data.rows.at(r);
        RowPlan p;
        p.line = m_data.lineOf(r);
        p.row = r;
        QStringList why;  // errors
        QStringList skip; // why the row is skipped
        const auto v = [&](const char *key) { return cell(row, columns, QLatin1String(key)); };
        if (row.size() < m_data.headers.size() && (strictLength || (fromFile && stopsShort(row))))
            why << tr("The row has %1 of the %2 columns.").arg(row.size()).arg(m_data.headers.size());
        if (m_options.passwordRule == PasswordRule::Random && fromFile && !v("password").isEmpty()
            && m_defaults.value(QStringLiteral("password")).trimmed().isEmpty())
            ++ignoredPasswords;

        // kind of user
        const QString type = v("user_type").toLower();
        p.kind = m_options.kind;
        p.values.insert(QStringLiteral("user_kind"), QString());
        if (type == QLatin1String("supplier") || type == QStringLiteral("تامین کننده")) {
            p.kind = ClubKind::Customer; // suppliers follow the customer module
            p.values.insert(QStringLiteral("user_kind"), QStringLiteral("supplier"));
        } else if (type == QLatin1String("customer") || type == QStringLiteral("مشتری"))
            p.kind = ClubKind::Customer;
        else if (type == QLatin1String("agent") || type == QStringLiteral("نماینده"))
            p.kind = ClubKind::Agent;
        else if (!type.isEmpty())
            why << tr("Only customer and agent users can be imported here (user type \"%1\").").arg(v("user_type"));
        if (!(p.kind == ClubKind::Agent ? agentOn : customerOn))
            why << (p.kind == ClubKind::Agent ? tr("The agent club is not enabled.") : tr("The customer club is not enabled."));

        // identity kind and names
        const QString ik = v("identity_kind").toLower();
        bool person = true;
        if (ik == QLatin1String("organisation") || ik == QLatin1String("organization") || ik == QLatin1String("legal")
            || ik == QStringLiteral("حقوقی"))
            person = false;
        else if (!ik.isEmpty() && ik != QLatin1String("person") && ik != QLatin1String("real") && ik != QStringLiteral("حقیقی"))
            why << tr("The identity type must be person (حقیقی) or organisation (حقوقی).");
        else if (ik.isEmpty() && !v("org_name").isEmpty() && v("first_name").isEmpty() && v("last_name").isEmpty())
            person = false;
        p.values.insert(QStringLiteral("identity_kind"), person ? QStringLiteral("person") : QStringLiteral("organisation"));
        for (const char *k : {"first_name", "last_name", "org_name"})
            p.values.insert(QLatin1String(k), v(k));
        p.displayName = person ? QString(v("first_name") + QLatin1Char(' ') + v("last_name")).trimmed() : v("org_name");

        // contact details and identifiers
        const QString email = v("email");
        if (const QString e = ClubMemberService::checkEmail(email, false); !e.isEmpty())
            why << e;
        p.values.insert(QStringLiteral("email"), email);
        const QString mobileRaw = v("mobile");
        QString mobile;
        if (!mobileRaw.isEmpty()) {
            mobile = Persian::Validate::normalizeMobile(mobileRaw);
            if (mobile.isEmpty())
                why << Persian::Validate::errorMessage(Persian::Validate::Field::Mobile, Persian::Validate::checkMobile(mobileRaw));
        }
        p.values.insert(QStringLiteral("mobile"), mobile);
        const QString nidRaw = v("national_id");
        if (!nidRaw.isEmpty()) {
            const auto field = person ? Persian::Validate::Field::NationalCode : Persian::Validate::Field::NationalId;
            const QString nid = Persian::Validate::normalize(field, nidRaw);
            if (nid.isEmpty())
                why << Persian::Validate::errorMessage(field, Persian::Validate::check(field, nidRaw));
            p.values.insert(QStringLiteral("national_id"), nid);
        }
        p.values.insert(QStringLiteral("customer_number"), v("customer_number"));
        const QString subtype = v("subtype");
        if (!subtype.isEmpty()) {
            QString found;
            for (const IdentitySubtype &s : subtypes)
                if (s.code == subtype || s.name == subtype || s.id == subtype)
                    found = IdentityCode::text(s.profileType) == clubKindName(p.kind) ? s.id : QStringLiteral("-");
            if (found.isEmpty())
                why << tr("The identity subtype \"%1\" does not exist.").arg(subtype);
            else if (found == QLatin1String("-"))
                why << tr("The identity subtype \"%1\" does not fit this kind of user.").arg(subtype);
            else
                p.values.insert(QStringLiteral("subtype"), found);
        }
        const QString commission = v("commission");
        if (!commission.isEmpty()) {
            bool ok = false;
            const double pc = commission.toDouble(&ok);
            if (!ok || pc < 0 || pc > 100)
                why << tr("The commission must be a number from 0 to 100, without a percent sign.");
            else
                p.values.insert(QStringLiteral("commission"), QString::number(qRound(pc * 100)));
        }
        const int active = parseBool(v("active"));
        if (active == -2)
            why << tr("Active must be yes or no (بلی/خیر, true/false, 1/0).");
        const bool wantsActive = active == -1 ? m_options.activeByDefault : active == 1;

        // username by the chosen rule
        QString username;
        switch (m_options.usernameRule) {
        case UsernameRule::Column: username = v("username"); break;
        case UsernameRule::CustomerNumber:
            username = v("customer_number");
            if (username.isEmpty())
                why << tr("The row has no customer number to make the username from.");
            break;
        case UsernameRule::Mobile:
            username = mobile;
            if (username.isEmpty() && mobileRaw.isEmpty())
                why << tr("The row has no mobile number to make the username from.");
            break;
        case UsernameRule::Email:
            username = email;
            if (username.isEmpty())
                why << tr("The row has no email address to make the username from.");
            break;
        case UsernameRule::Pattern: break; // after the match below
        }
        if (!username.isEmpty() && m_options.usernameRule != UsernameRule::Column)
            username = m_options.usernamePrefix + username;
        if (m_options.usernameRule == UsernameRule::Pattern) {
            do
                username = m_options.usernamePrefix + QStringLiteral("%1").arg(++patternCounter, 5, 10, QLatin1Char('0'));
            while (takenUsernames.contains(UserRepository::foldUsername(username))
                   || fileUsernames.contains(UserRepository::foldUsername(username)));
        }
        const QString folded = UserRepository::foldUsername(username);
        p.username = folded;
        p.key = folded;

        if (!m_rowIdentityIds.isEmpty()) { // source (a): identities without accounts
            if (row.isEmpty())
                why << tr("The identity was not found.");
            else if (withAccounts.contains(m_rowIdentityIds.value(r)))
                why << tr("This identity already has a club account.");
        }

        // what happens to the row
        std::optional<User> existing;
        if (!folded.isEmpty() && m_options.mode != Mode::Add && m_rowIdentityIds.isEmpty())
            existing = users.findByUsername(folded);
        if (existing && !existing->isClubUser()) {
            why << tr("The username %1 belongs to a staff account.").arg(username);
            existing.reset();
        }
        if (m_options.mode == Mode::Update && !existing) {
            p.action = RowPlan::Action::Skip;
            skip << tr("No user has the username %1.").arg(username);
        } else if (existing) {
            p.action = RowPlan::Action::Update;
            p.existingUserId = existing->id;
            p.identityId = existing->identityId;
            p.kind = ClubMemberService::kindOfUser(*existing); // the user type is never changed (rule 18)
            p.becomesActive = wantsActive && active != -1 && !existing->active
                && existing->registrationStatus == RegistrationStatus::Approved;
            if (active != -1)
                p.values.insert(QStringLiteral("active"), active == 1 ? QStringLiteral("1") : QStringLiteral("0"));
        } else if (m_options.mode == Mode::Add && takenUsernames.contains(folded) && !folded.isEmpty()) {
            p.action = RowPlan::Action::Skip;
            skip << tr("The username %1 already exists.").arg(username);
        } else {
            p.action = RowPlan::Action::Create;
            p.becomesActive = wantsActive;
            p.values.insert(QStringLiteral("active"), wantsActive ? QStringLiteral("1") : QStringLiteral("0"));
            if (!m_rowIdentityIds.isEmpty()) {
                p.identityId = m_rowIdentityIds.value(r);
            } else if (person ? p.displayName.isEmpty() : v("org_name").isEmpty()) {
                why << (person ? tr("A first or last name is required.") : tr("A company name is required."));
            }
            if (const QString e = ClubMemberService::checkUsername(username); !e.isEmpty())
                why << e;
            else if (takenUsernames.contains(folded))
                why << tr("The username %1 is already taken.").arg(username);
        }
        if (p.action == RowPlan::Action::Create || p.action == RowPlan::Action::Update) {
            if (!folded.isEmpty()) {
                if (const int first = fileUsernames.value(folded, 0); first > 0)
                    why << tr("The username %1 is also on line %2 of the file.").arg(username).arg(first);
                else
                    fileUsernames.insert(folded, p.line);
            }
            if (p.action == RowPlan::Action::Create ? !m_perms.canCreateUsers(p.kind) : !m_perms.canManageMembers(p.kind))
                why << tr("You do not have permission to do this.");
            // password
            const QString given = m_options.passwordRule == PasswordRule::Column ? v("password") : QString();
            if (p.action == RowPlan::Action::Create) {
                if (m_options.passwordRule == PasswordRule::Random)
                    p.password = randomPassword(policy);
                else if (given.isEmpty())
                    why << tr("A password is required.");
                else
                    p.password = given;
            } else {
                p.password = given;
            }
            if (!p.password.isEmpty())
                if (const QString e = policy.check(p.password); !e.isEmpty())
                    why << e;
            // licence, counted with the file's rows in file order
            if (p.becomesActive && why.isEmpty()) {
                qint64 &cap = capacity[int(p.kind)];
                if (cap == 0)
                    why << (p.kind == ClubKind::Agent
                                ? tr("More active agent users than the licence allows: it allows %1.")
                                : tr("More active customer users than the licence allows: it allows %1."))
                               .arg(settings.activeUserLimit(p.kind));
                else if (cap > 0)
                    --cap;
            }
        }
        if (!why.isEmpty()) {
            p.action = RowPlan::Action::Error;
            p.reasons = why;
        } else {
            p.reasons = skip;
        }
        m_plans << p;
    }
    if (ignoredPasswords > 0)
        m_summary.warnings << tr("The file's password column is ignored on %L1 rows: the password rule is \"random\", so "
                                 "every new account gets a random password.")
                                  .arg(ignoredPasswords);
}

int ClubUserImport::progressTotal() const
{
    int toHash = 0;
    for (const RowPlan &p : m_plans)
        toHash += p.password.isEmpty() ? 0 : 1;
    return toHash + int(m_plans.size());
}

bool ClubUserImport::prepareWrite(const Progress &progress, int total)
{
    PasswordHasher::initialize();
    const PasswordHasher hasher(m_options.hashStrength);
    m_hashes = QStringList(m_plans.size(), QString());
    QList<int> todo;
    for (int i = 0; i < m_plans.size(); ++i)
        if (!m_plans[i].password.isEmpty())
            todo << i;
    QThreadPool pool;
    pool.setMaxThreadCount(m_options.threads > 0 ? m_options.threads : qMax(1, QThread::idealThreadCount()));
    const int chunk = 256;
    for (int start = 0; start < todo.size(); start += chunk) {
        const QList<int> part = todo.mid(start, chunk);
        // each worker takes the next index until the chunk is done (QtCore only, no QtConcurrent)
        std::atomic<int> next{0};
        const auto worker = [&] {
            for (int k = next++; k < part.size(); k = next++)
                m_hashes[part[k]] = hasher.hash(m_plans[part[k]].password);
        };
        for (int t = 0; t < pool.maxThreadCount(); ++t)
            pool.start(worker);
        pool.waitForDone();
        if (progress && !progress(start + int(part.size()), total))
            return false;
    }
    for (int i : std::as_const(todo))
        if (m_hashes[i].isEmpty()) {
            m_summary.failure = tr("The password could not be hashed.");
            return false;
        }
    return true;
}

namespace {
QString u_kind(const ClubUserImport::RowPlan &p)
{
    const QString k = p.values.value(QStringLiteral("user_kind"));
    return k.isEmpty() ? clubKindName(p.kind) : k;
}
} // namespace

// Inside the write transaction: everything the preview decided on is read again, now that no
// other writer can change it (DESIGN §3). A row whose ground moved becomes an error and the
// whole import stops; the licence is counted here, for every kind that takes a seat.
bool ClubUserImport::recheck()
{
    ClubMemberRepository members(m_store);
    UserRepository users(m_store);
    const QSet<QString> withAccounts = m_rowIdentityIds.isEmpty() ? QSet<QString>() : members.identitiesWithAccounts();
    qint64 adding[2] = {0, 0};
    int moved = 0;
    for (RowPlan &p : m_plans) {
        QString why;
        if (p.action == RowPlan::Action::Create) {
            if (members.usernameTaken(p.username))
                why = tr("The username %1 was taken after the preview.").arg(p.username);
            else if (!p.identityId.isEmpty() && withAccounts.contains(p.identityId))
                why = tr("This identity was given a club account after the preview.");
        } else if (p.action == RowPlan::Action::Update) {
            const auto u = users.get(p.existingUserId);
            if (!u || !u->isClubUser())
                why = tr("The user %1 was removed after the preview.").arg(p.username);
        }
        if (!why.isEmpty()) {
            p.action = RowPlan::Action::Error;
            p.reasons = QStringList{why};
            ++moved;
        } else if ((p.action == RowPlan::Action::Create || p.action == RowPlan::Action::Update) && p.becomesActive) {
            ++adding[int(p.kind)];
        }
    }
    if (moved > 0) {
        count();
        m_summary.failure = tr("%L1 rows changed in the database since the preview; nothing was saved. Check them and "
                               "import again.")
                                .arg(moved);
        return false;
    }
    ClubSettings settings(m_store);
    for (ClubKind k : {ClubKind::Customer, ClubKind::Agent}) {
        const int limit = settings.activeUserLimit(k);
        if (limit < 0 || adding[int(k)] == 0)
            continue;
        const qint64 taken = seatsTaken(members, k);
        if (taken < 0)
            return storeFailed(tr("The database could not be read; nothing was saved."), members.lastError());
        if (taken + adding[int(k)] > limit) {
            m_summary.failure = (k == ClubKind::Agent
                                     ? tr("The licence allows %L1 active agent users; %L2 are active now and the import "
                                          "adds %L3. Nothing was saved.")
                                     : tr("The licence allows %L1 active customer users (suppliers included); %L2 are "
                                          "active now and the import adds %L3. Nothing was saved."))
                                    .arg(limit)
                                    .arg(taken)
                                    .arg(adding[int(k)]);
            return false;
        }
    }
    return true;
}

// Inside the transaction TabularImport::run opened.
bool ClubUserImport::writeRows(const Progress &progress, int total)
{
    if (!recheck())
        return false;
    ClubSettings settings(m_store);
    const PasswordPolicy policy = settings.passwordPolicy();
    const QString categories[2] = {settings.defaultCategory(ClubKind::Customer), settings.defaultCategory(ClubKind::Agent)};
    IdentityRepository identities(m_store);
    UserRepository users(m_store);
    AuditLog audit(m_store);
    const int hashed = int(std::count_if(m_hashes.cbegin(), m_hashes.cend(), [](const QString &h) { return !h.isEmpty(); }));
    const auto fail = [this](const QString &detail) { return writeFailed(detail); };
    int done = 0;
    for (int i = 0; i < m_plans.size(); ++i) {
        RowPlan &p = m_plans[i];
        const auto val = [&p](const char *k) { return p.values.value(QLatin1String(k)); };
        if (p.action == RowPlan::Action::Create) {
            if (p.identityId.isEmpty()) {
                Identity id;
                id.kind = IdentityCode::identityKind(val("identity_kind"));
                id.profileType = IdentityCode::profileType(u_kind(p)).value_or(ProfileType::Customer);
                id.subtypeId = val("subtype");
                id.firstName = val("first_name");
                id.lastName = val("last_name");
                id.orgName = val("org_name");
                id.email = val("email");
                id.nationalId = val("national_id");
                id.customerNumber = val("customer_number");
                id.createdBy = m_actor;
                QList<Phone> phones;
                if (!val("mobile").isEmpty()) {
                    Phone ph;
                    ph.number = val("mobile");
                    ph.isDefault = true;
                    phones << ph;
                }
                if (!identities.insert(id, phones))
                    return fail(identities.lastError());
                const QString cat = categories[int(p.kind)];
                if (!cat.isEmpty() && !identities.addToCategory(id.id, cat))
                    return fail(identities.lastError());
                p.identityId = id.id;
            }
            User u;
            u.kind = UserKindCode::fromText(val("user_kind").isEmpty() ? clubKindName(p.kind) : val("user_kind"));
            u.identityId = p.identityId;
            u.username = p.username;
            u.passwordHash = m_hashes[i];
            u.registrationStatus = RegistrationStatus::Approved;
            u.active = val("active") == QLatin1String("1");
            u.mustChangePassword = policy.changeAtFirstSignIn;
            u.passwordChangedAt = Store::now();
            u.createdVia = m_rowIdentityIds.isEmpty() ? QStringLiteral("import") : QStringLiteral("bulk");
            u.commissionBp = p.kind == ClubKind::Agent ? val("commission").toInt() : 0;
            u.email = val("email");
            u.mobile = val("mobile");
            if (!users.insert(u))
                return fail(users.lastError());
            if (!audit.append(m_actor, QStringLiteral("club.member.import_create"), QStringLiteral("user"), u.id, u.username))
                return fail(audit.lastError());
        } else if (p.action == RowPlan::Action::Update) {
            auto u = users.get(p.existingUserId);
            if (!u)
                return fail(users.lastError());
            const bool onlyEmpty = m_options.fillOnlyEmpty;
            const auto put = [&](QString &target, const QString &value) {
                if (!value.isEmpty() && (!onlyEmpty || target.isEmpty()))
                    target = value;
            };
            put(u->email, val("email"));
            put(u->mobile, val("mobile"));
            if (p.kind == ClubKind::Agent && !val("commission").isEmpty() && (!onlyEmpty || u->commissionBp == 0))
                u->commissionBp = val("commission").toInt();
            if (!onlyEmpty && p.values.contains(QStringLiteral("active")))
                u->active = val("active") == QLatin1String("1");
            if (!m_hashes[i].isEmpty()) {
                u->passwordHash = m_hashes[i];
                u->passwordChangedAt = Store::now();
            }
            if (!users.update(*u))
                return fail(users.lastError());
            if (!p.identityId.isEmpty()) {
                if (auto id = identities.get(p.identityId)) {
                    put(id->firstName, val("first_name"));
                    put(id->lastName, val("last_name"));
                    put(id->orgName, val("org_name"));
                    put(id->email, val("email"));
                    put(id->nationalId, val("national_id"));
                    put(id->customerNumber, val("customer_number"));
                    id->displayName.clear();
                    if (!identities.update(*id))
                        return fail(identities.lastError());
                }
            }
            if (!audit.append(m_actor, QStringLiteral("club.member.import_update"), QStringLiteral("user"), u->id, u->username))
                return fail(audit.lastError());
        }
        if (++done % 100 == 0 && progress && !progress(hashed + done, total))
            return false; // the transaction rolls back
    }
    const QString detail = QStringLiteral("created %1, updated %2, skipped %3").arg(m_summary.created).arg(m_summary.updated).arg(m_summary.skipped);
    return audit.append(m_actor, QStringLiteral("club.import"), QString(), QString(), detail) || fail(audit.lastError());
}

void ClubUserImport::afterRollback()
{
    for (RowPlan &p : m_plans) // identities created inside the rolled-back transaction are gone
        if (p.action == RowPlan::Action::Create && m_rowIdentityIds.isEmpty())
            p.identityId.clear();
}

bool ClubUserImport::writeCredentialsFile(const QString &path, QString *error) const
{
    QList<QStringList> rows;
    for (const RowPlan &p : m_plans)
        if ((p.action == RowPlan::Action::Create || p.action == RowPlan::Action::Update) && !p.password.isEmpty())
            rows << QStringList{p.username, p.password, p.displayName};
    return TabularFile::write(path, TabularFile::formatOf(path), {tr("Username"), tr("Password"), tr("Name")}, rows, error);
}
