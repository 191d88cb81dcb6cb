#include "models/identities/IdentityImport.h"

#include "models/auth/UserRepository.h"
#include "models/core/AuditLog.h"
#include "models/core/ImportCommand.h"
#include "models/core/Store.h"
#include "models/finance/FinanceStateRepository.h"
#include "models/finance/NumberPattern.h"
#include "models/identities/CategoryRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentityRules.h"
#include "models/identities/IdentityService.h"
#include "models/identities/IdentitySubtypeRepository.h"
#include "models/persian/Jalali.h"
#include "models/persian/SearchText.h"

namespace {
// The columns of PayamGostar's identity import (Help/Integrated-bank/Excel-input), in its
// Persian names, with English names for files made elsewhere.
const QList<TabularImport::Field> kFields = {
    {"identity_kind", QT_TRANSLATE_NOOP("Identities", "Identity type"), "نوع هویت"},
    {"function", QT_TRANSLATE_NOOP("Identities", "Lead or contact"), "عملکرد هویت"},
    {"profile_type", QT_TRANSLATE_NOOP("Identities", "Profile type"), "نوع پروفایل"},
    {"subtype", QT_TRANSLATE_NOOP("Identities", "Identity subtype"), "زیرنوع هویت"},
    {"customer_number", QT_TRANSLATE_NOOP("Identities", "Customer number"), "شماره مشتری"},
    {"title", QT_TRANSLATE_NOOP("Identities", "Title"), "پیشوند"},
    {"first_name", QT_TRANSLATE_NOOP("Identities", "First name"), "نام"},
    {"last_name", QT_TRANSLATE_NOOP("Identities", "Last name"), "نام خانوادگی"},
    {"org_name", QT_TRANSLATE_NOOP("Identities", "Organisation name"), "نام هویت حقوقی"},
    {"brand_name", QT_TRANSLATE_NOOP("Identities", "Brand name"), "نام تجاری"},
    {"manager_name", QT_TRANSLATE_NOOP("Identities", "Manager name"), "نام مدیر"},
    {"gender", QT_TRANSLATE_NOOP("Identities", "Gender"), "جنسیت"},
    {"birth_date", QT_TRANSLATE_NOOP("Identities", "Birth date"), "تاریخ تولد"},
    {"national_id", QT_TRANSLATE_NOOP("Identities", "National code or ID"), "کد ملی"},
    {"economic_code", QT_TRANSLATE_NOOP("Identities", "Economic code"), "کد اقتصادی"},
    {"registration_number", QT_TRANSLATE_NOOP("Identities", "Registration number"), "شماره ثبت"},
    {"email", QT_TRANSLATE_NOOP("Identities", "Email"), "ایمیل"},
    {"email2", QT_TRANSLATE_NOOP("Identities", "Second email"), "ایمیل دوم"},
    {"website", QT_TRANSLATE_NOOP("Identities", "Website"), "وب‌سایت"},
    {"mobile", QT_TRANSLATE_NOOP("Identities", "Mobile"), "موبایل"},
    {"phone", QT_TRANSLATE_NOOP("Identities", "Phone"), "تلفن"},
    {"fax", QT_TRANSLATE_NOOP("Identities", "Fax"), "فکس"},
    {"province", QT_TRANSLATE_NOOP("Identities", "Province"), "استان"},
    {"city", QT_TRANSLATE_NOOP("Identities", "City"), "شهر"},
    {"address", QT_TRANSLATE_NOOP("Identities", "Address"), "نشانی"},
    {"postal_code", QT_TRANSLATE_NOOP("Identities", "Postal code"), "کد پستی"},
    {"category", QT_TRANSLATE_NOOP("Identities", "Category"), "دسته بندی"},
    {"sales_responsible", QT_TRANSLATE_NOOP("Identities", "Sales responsible"), "مسئول فروش"},
    {"support_responsible", QT_TRANSLATE_NOOP("Identities", "Support responsible"), "مسئول پشتیبانی"},
    {"misc_responsible", QT_TRANSLATE_NOOP("Identities", "Misc responsible"), "مسئول متفرقه"},
    {"lead_subject", QT_TRANSLATE_NOOP("Identities", "Lead subject"), "موضوع"},
    {"lead_status", QT_TRANSLATE_NOOP("Identities", "Lead status"), "وضعیت سرنخ"},
    {"source", QT_TRANSLATE_NOOP("Identities", "Source"), "شروع ارتباط با مشتری"},
    {"acquaintance", QT_TRANSLATE_NOOP("Identities", "How they found us"), "نحوه آشنایی"},
    {"colour", QT_TRANSLATE_NOOP("Identities", "Colour"), "رنگ"},
    {"description", QT_TRANSLATE_NOOP("Identities", "Description"), "توضیحات"},
};

// A coded cell in any of its spellings: the stored code, English, or the Persian label.
struct Spelling
{
    const char *code;
    QStringList names;
};

std::optional<QString> codeOf(const QString &cell, const QList<Spelling> &spellings)
{
    const QString folded = Persian::normalizeForSearch(cell);
    for (const Spelling &s : spellings)
        for (const QString &n : s.names)
            if (folded == Persian::normalizeForSearch(n))
                return QLatin1String(s.code);
    return std::nullopt;
}

QString u(const char *utf8) { return QString::fromUtf8(utf8); }

// The text fields an update copies from the row, when the row has a value.
const QList<QString Identity::*> kTextFields = {
    &Identity::title, &Identity::firstName, &Identity::lastName, &Identity::orgName, &Identity::brandName,
    &Identity::managerName, &Identity::gender, &Identity::nationalId, &Identity::economicCode,
    &Identity::registrationNumber, &Identity::email, &Identity::email2, &Identity::website, &Identity::customerNumber,
    &Identity::salesResponsibleId, &Identity::supportResponsibleId, &Identity::miscResponsibleId, &Identity::leadSubject,
    &Identity::source, &Identity::acquaintance, &Identity::colour, &Identity::description,
};
} // namespace

IdentityImport::IdentityImport(Store &store, const Actor &actor)
    : TabularImport(store, "Identities", kFields, QStringLiteral("identities.import.mappings")), m_actor(actor)
{
}

IdentityImport::~IdentityImport() = default;

const QList<IdentityImport::RowPlan> &IdentityImport::preview()
{
    TabularImport::preview();
    return m_plans;
}

void IdentityImport::validate()
{
    m_plans.clear();
    m_plans.reserve(m_data.rows.size());
    const QHash<QString, int> columns = columnIndexes();
    IdentityRepository repo(m_store);
    const QList<IdentitySubtype> subtypes = IdentitySubtypeRepository(m_store).all();
    QHash<QString, NumberPattern> patterns; // subtype id -> its numbering pattern
    FinanceStateRepository finance(m_store);
    for (const IdentitySubtype &s : subtypes)
        if (!s.numberingPatternId.isEmpty())
            if (const auto np = finance.pattern(s.numberingPatternId))
                patterns.insert(s.id, NumberPattern::parse(np->pattern));
    QHash<QString, QString> categories; // normalised name -> id
    for (const Category &c : CategoryRepository(m_store).all())
        categories.insert(Persian::normalizeForSearch(c.name), c.id);
    QHash<QString, QString> staff; // folded username -> id
    for (const User &s : UserRepository(m_store).byKind(UserKind::Staff))
        if (s.active)
            staff.insert(UserRepository::foldUsername(s.username), s.id);
    const QHash<QString, QString> byNationalId = repo.idsByNationalId();
    const QHash<QString, QString> byNumber = repo.idsByCustomerNumber();
    const bool mayEdit = IdentityService::mayEdit(m_actor);
    QHash<QString, int> fileNationalIds, fileNumbers; // value -> first line
    const bool strictLength = m_data.format == TabularData::Format::Csv;

    const QList<Spelling> kinds{{"person", {u("person"), u("real"), u("حقیقی"), u("شخص")}},
                                {"organisation", {u("organisation"), u("organization"), u("legal"), u("حقوقی"), u("شرکت")}}};
    const QList<Spelling> functions{{"contact", {u("contact"), u("مخاطب")}}, {"lead", {u("lead"), u("سرنخ")}}};
    const QList<Spelling> profiles{{"customer", {u("customer"), u("مشتری")}},
                                   {"agent", {u("agent"), u("نماینده")}},
                                   {"supplier", {u("supplier"), u("تامین کننده"), u("تأمین کننده")}},
                                   {"operator", {u("operator"), u("اپراتور")}},
                                   {"competitor", {u("competitor"), u("رقیب")}}};
    const QList<Spelling> genders{{"male", {u("male"), u("m"), u("مرد"), u("آقا")}},
                                  {"female", {u("female"), u("f"), u("زن"), u("خانم")}}};
    const QList<Spelling> leadStatuses{{"unknown", {u("unknown"), u("نامعلوم")}},
                                       {"insufficient", {u("insufficient"), u("عدم کفایت")}},
                                       {"qualified", {u("qualified"), u("واجد شرایط")}}};

    for (int r = 0; r < m_data.rows.size(); ++r) {
        const QStringList &row = m_data.rows.at(r);
        RowPlan p;
        p.line = m_data.lineOf(r);
        p.row = r;
        QStringList why, skip;
        const auto v = [&](const char *key) { return cell(row, columns, QLatin1String(key)); };
        const auto coded = [&](const char *key, const QList<Spelling> &spellings, const QString &message) {
            const QString text = v(key);
            if (text.isEmpty())
                return QString();
            const auto code = codeOf(text, spellings);
            if (!code)
                why << message.arg(text);
            return code.value_or(QString());
        };
        if (row.size() < m_data.headers.size() && strictLength)
            why << tr("The row has %1 of the %2 columns.").arg(row.size()).arg(m_data.headers.size());
        if (!mayEdit)
            why << tr("You do not have permission to create or edit identities.");

        Identity &i = p.draft.identity;
        const QString kind = coded("identity_kind", kinds, tr("The identity type «%1» must be person (حقیقی) or organisation (حقوقی)."));
        i.kind = kind.isEmpty() && !v("org_name").isEmpty() && v("first_name").isEmpty() && v("last_name").isEmpty()
            ? IdentityKind::Organisation
            : IdentityCode::identityKind(kind);
        i.function = IdentityCode::identityFunction(coded("function", functions, tr("«%1» is neither lead (سرنخ) nor contact (مخاطب).")));
        i.leadStatus = IdentityCode::leadStatus(coded("lead_status", leadStatuses, tr("The lead status «%1» is not one of نامعلوم, عدم کفایت, واجد شرایط.")));
        if (const QString profile = coded("profile_type", profiles, tr("The profile type «%1» is not known.")); !profile.isEmpty())
            i.profileType = IdentityCode::profileType(profile).value_or(ProfileType::Customer);
        i.gender = coded("gender", genders, tr("The gender «%1» must be male (مرد) or female (زن)."));
        if (const QString subtype = v("subtype"); !subtype.isEmpty()) {
            const IdentitySubtype *found = nullptr;
            for (const IdentitySubtype &s : subtypes)
                if (s.code == subtype || s.name == subtype || s.id == subtype)
                    found = &s;
            if (!found)
                why << tr("The identity subtype «%1» does not exist.").arg(subtype);
            else if (found->kind != i.kind)
                why << tr("The identity subtype «%1» is not for this identity type.").arg(subtype);
            else
                i.subtypeId = found->id;
        } else {
            i.subtypeId = IdentityRules::defaultSubtypeId(subtypes, i.kind, i.profileType); // as the editor starts
        }
        i.customerNumber = v("customer_number");
        i.title = v("title");
        i.firstName = v("first_name");
        i.lastName = v("last_name");
        i.orgName = v("org_name");
        i.brandName = v("brand_name");
        i.managerName = v("manager_name");
        i.nationalId = v("national_id");
        i.economicCode = v("economic_code");
        i.registrationNumber = v("registration_number");
        i.email = v("email");
        i.email2 = v("email2");
        i.website = v("website");
        i.leadSubject = v("lead_subject");
        i.source = v("source");
        i.acquaintance = v("acquaintance");
        i.colour = v("colour");
        i.description = v("description");
        if (const QString birth = v("birth_date"); !birth.isEmpty()) {
            if (const auto j = Persian::JalaliDate::parse(birth))
                i.birthDate = j->toGregorian();
            else if (const QDate g = QDate::fromString(birth, Qt::ISODate); g.isValid())
                i.birthDate = g;
            else
                why << tr("The birth date «%1» is not a date such as 1370/05/17.").arg(birth);
        }
        const struct
        {
            const char *column;
            QString *target;
        } responsibles[] = {{"sales_responsible", &i.salesResponsibleId},
                            {"support_responsible", &i.supportResponsibleId},
                            {"misc_responsible", &i.miscResponsibleId}};
        for (const auto &rsp : responsibles)
            if (const QString name = v(rsp.column); !name.isEmpty()) {
                *rsp.target = staff.value(UserRepository::foldUsername(name));
                if (rsp.target->isEmpty())
                    why << tr("No active staff user has the username «%1».").arg(name);
            }
        const struct
        {
            const char *column;
            const char *type;
        } phoneColumns[] = {{"mobile", "mobile"}, {"phone", "phone"}, {"fax", "fax"}};
        for (const auto &pc : phoneColumns)
            if (const QString number = v(pc.column); !number.isEmpty()) {
                Phone ph;
                ph.type = QLatin1String(pc.type);
                ph.number = number;
                p.draft.phones << ph;
            }
        Address a;
        a.province = v("province");
        a.city = v("city");
        a.address = v("address");
        a.postalCode = v("postal_code");
        if (!a.province.isEmpty() || !a.city.isEmpty() || !a.address.isEmpty() || !a.postalCode.isEmpty())
            p.draft.addresses << a;
        if (const QString category = v("category"); !category.isEmpty()) {
            const QString id = categories.value(Persian::normalizeForSearch(category));
            if (id.isEmpty())
                why << tr("The category «%1» does not exist.").arg(category);
            else
                p.draft.categoryIds << id;
        }
        why << IdentityRules::messages(IdentityRules::check(p.draft));
        p.displayName = i.displayName;

        // is it there already?
        p.key = i.customerNumber.isEmpty() ? i.nationalId : i.customerNumber;
        QString existing = i.customerNumber.isEmpty() ? byNationalId.value(i.nationalId) : byNumber.value(i.customerNumber);
        if (i.nationalId.isEmpty() && i.customerNumber.isEmpty())
            existing.clear();
        if (existing.isEmpty() && m_options.mode == Mode::Update) {
            p.action = ImportRow::Action::Skip;
            skip << (p.key.isEmpty() ? tr("The row has no customer number or national ID to find the identity by.")
                                     : tr("No identity has the customer number or national ID %1.").arg(p.key));
        } else if (!existing.isEmpty() && m_options.mode == Mode::Add) {
            p.action = ImportRow::Action::Skip;
            skip << tr("An identity with the customer number or national ID %1 already exists.").arg(p.key);
        } else {
            p.action = existing.isEmpty() ? ImportRow::Action::Create : ImportRow::Action::Update;
            i.id = existing;
            if (p.action == ImportRow::Action::Create) {
                if (i.isLead() && !i.customerNumber.isEmpty())
                    why << tr("A lead has no customer number; it gets one when it becomes a contact.");
                if (!i.customerNumber.isEmpty() && !i.subtypeId.isEmpty() && patterns.contains(i.subtypeId)
                    && !patterns.value(i.subtypeId).match(i.customerNumber))
                    why << tr("The customer number %1 does not follow the subtype's numbering pattern %2.")
                               .arg(i.customerNumber, patterns.value(i.subtypeId).source());
                if (!i.nationalId.isEmpty() && byNationalId.contains(i.nationalId) && !i.customerNumber.isEmpty())
                    why << tr("The national ID %1 belongs to an identity with another customer number.").arg(i.nationalId);
            }
        }
        if (p.action != ImportRow::Action::Skip) {
            const auto once = [&](QHash<QString, int> &seen, const QString &value, const QString &message) {
                if (value.isEmpty())
                    return;
                if (const int first = seen.value(value, 0); first > 0)
                    why << message.arg(value).arg(first);
                else
                    seen.insert(value, p.line);
            };
            once(fileNationalIds, i.nationalId, tr("The national ID %1 is also on line %2 of the file."));
            once(fileNumbers, i.customerNumber, tr("The customer number %1 is also on line %2 of the file."));
        }
        if (!why.isEmpty()) {
            p.action = ImportRow::Action::Error;
            p.reasons = why;
        } else {
            p.reasons = skip;
        }
        m_plans << p;
    }
}

// Inside the write transaction: the keys the preview decided on are read again, now that no
// other writer can change them (DESIGN §3).
bool IdentityImport::recheck()
{
    IdentityRepository repo(m_store);
    const QHash<QString, QString> byNationalId = repo.idsByNationalId();
    const QHash<QString, QString> byNumber = repo.idsByCustomerNumber();
    int moved = 0;
    for (RowPlan &p : m_plans) {
        const Identity &i = p.draft.identity;
        const QString now = i.customerNumber.isEmpty() ? byNationalId.value(i.nationalId) : byNumber.value(i.customerNumber);
        QString why;
        if (p.action == ImportRow::Action::Create && !p.key.isEmpty() && !now.isEmpty())
            why = tr("An identity with %1 was added after the preview.").arg(p.key);
        else if (p.action == ImportRow::Action::Update && now != i.id)
            why = tr("The identity with %1 was changed or removed after the preview.").arg(p.key);
        if (!why.isEmpty()) {
            p.action = ImportRow::Action::Error;
            p.reasons = QStringList{why};
            ++moved;
        }
    }
    if (moved == 0)
        return true;
    count();
    m_summary.failure = tr("%L1 rows changed in the database since the preview; nothing was saved. Check them and "
                           "import again.")
                            .arg(moved);
    return false;
}

bool IdentityImport::writeUpdate(RowPlan &p, IdentityService &service, IdentityRepository &repo, QString *error)
{
    const auto stored = repo.get(p.draft.identity.id);
    if (!stored) {
        *error = repo.lastError();
        return false;
    }
    IdentityDraft merged;
    merged.identity = *stored;
    const Identity &row = p.draft.identity;
    for (QString Identity::*field : kTextFields)
        if (!(row.*field).isEmpty() && (!m_options.fillOnlyEmpty || (merged.identity.*field).isEmpty()))
            merged.identity.*field = row.*field;
    if (row.birthDate.isValid() && (!m_options.fillOnlyEmpty || !merged.identity.birthDate.isValid()))
        merged.identity.birthDate = row.birthDate;
    merged.phones = repo.phones(stored->id);
    for (Phone ph : p.draft.phones) {
        const bool known = std::any_of(merged.phones.cbegin(), merged.phones.cend(),
                                       [&ph](const Phone &x) { return x.number == ph.number; });
        if (!known) {
            ph.isDefault = false; // the identity's default stays its default
            merged.phones << ph;
        }
    }
    merged.addresses = repo.addresses(stored->id);
    for (Address a : p.draft.addresses) {
        const bool known = std::any_of(merged.addresses.cbegin(), merged.addresses.cend(), [&a](const Address &x) {
            return x.city == a.city && x.address == a.address && x.postalCode == a.postalCode;
        });
        if (!known) {
            a.isDefault = false;
            merged.addresses << a;
        }
    }
    merged.categoryIds = repo.categoryIds(stored->id) + p.draft.categoryIds;
    QList<IdentityRules::Problem> problems;
    return service.prepare(merged, &*stored, error, &problems) && service.write(merged, false, error);
}

bool IdentityImport::writeRows(const Progress &progress, int total)
{
    if (!recheck())
        return false;
    IdentityService service(m_store, m_actor);
    IdentityRepository repo(m_store); // one for the whole file: its statements are prepared once
    AuditLog audit(m_store);
    const QDateTime now = Store::now();
    int done = 0;
    for (RowPlan &p : m_plans) {
        QString error;
        bool written = true;
        bool refused = false; // the service refused the row (a store failure is not the row's fault)
        if (p.action == ImportRow::Action::Create) {
            IdentityDraft d = p.draft;
            d.identity.createdBy = m_actor.userId;
            d.identity.createdAt = now;
            QList<IdentityRules::Problem> problems;
            refused = !service.prepare(d, nullptr, &error, &problems);
            written = !refused && service.write(d, true, &error)
                && audit.append(m_actor.userId, QStringLiteral("identity.import_create"), QStringLiteral("identity"), d.identity.id,
                                d.identity.displayName);
            if (!written && error.isEmpty())
                error = audit.lastError();
        } else if (p.action == ImportRow::Action::Update) {
            written = writeUpdate(p, service, repo, &error)
                && audit.append(m_actor.userId, QStringLiteral("identity.import_update"), QStringLiteral("identity"),
                                p.draft.identity.id, p.displayName);
            if (!written && error.isEmpty())
                error = audit.lastError();
        }
        if (refused) {
            p.action = ImportRow::Action::Error;
            p.reasons = QStringList{error};
            count();
            m_summary.failure = tr("Line %1: %2 Nothing was saved.").arg(p.line).arg(error);
            return false;
        }
        if (!written)
            return writeFailed(error);
        if (++done % 500 == 0 && progress && !progress(done, total))
            return false; // cancelled: the transaction rolls back
    }
    const QString detail = QStringLiteral("created %1, updated %2, skipped %3").arg(m_summary.created).arg(m_summary.updated).arg(m_summary.skipped);
    return audit.append(m_actor.userId, QStringLiteral("identities.import"), QString(), QString(), detail)
        || writeFailed(audit.lastError());
}

// The command ---------------------------------------------------------------------------------

QString IdentitiesImportCommand::usage()
{
    return tr("Usage: vafa identities import FILE --store DB [--mode add|update|upsert] [--fill-only-empty]\n"
              "       [--errors OUT] [--dry-run]\n"
              "Rows already in the database are found by their customer number, or else their national ID.")
        + QLatin1Char('\n') + ImportCommand::commonUsage();
}

int IdentitiesImportCommand::run(const QStringList &args, Store &store, QTextStream &out, QTextStream &err)
{
    ImportCommand::Common common;
    if (const int code = ImportCommand::parse(args, usage(), store, &common, out, err); code >= 0)
        return code;
    // The command line acts as the local administrator (see UsersImportCommand).
    IdentityImport import(store, Actor::localAdministrator());
    return ImportCommand::run(import, common, out, err, [&] {
        IdentityImport::Options o;
        o.mode = common.mode;
        o.fillOnlyEmpty = common.fillOnlyEmpty;
        import.setOptions(o);
    });
}
