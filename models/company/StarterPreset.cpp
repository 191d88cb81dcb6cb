#include "models/company/StarterPreset.h"

#include <QCoreApplication>

namespace StarterPreset {

QList<Pattern> patterns()
{
    // the first number is the initial value + 1
    return {
        {QStringLiteral("customer"), QStringLiteral("شماره مشتری"), QStringLiteral("{______(AN)}"), 100000, false},
        {QStringLiteral("proforma"), QStringLiteral("پیش‌فاکتور فروش"), QStringLiteral("PF-{____(SHYY)}-{_____(AN)}"), 0, true},
        {QStringLiteral("invoice"), QStringLiteral("فاکتور فروش"), QStringLiteral("{____(SHYY)}-{______(AN)}"), 0, true},
        {QStringLiteral("return_invoice"), QStringLiteral("فاکتور برگشت از فروش"), QStringLiteral("RT-{____(SHYY)}-{____(AN)}"), 0, true},
        {QStringLiteral("contract"), QStringLiteral("قرارداد"), QStringLiteral("C-{____(SHYY)}-{____(AN)}"), 0, true},
        {QStringLiteral("receipt"), QStringLiteral("دریافت"), QStringLiteral("R-{____(SHYY)}-{_____(AN)}"), 0, true},
        {QStringLiteral("ticket"), QStringLiteral("درخواست پشتیبانی"), QStringLiteral("T-{______(AN)}"), 1000, false},
    };
}

QList<Type> itemTypes()
{
    struct Spec
    {
        const char *code, *entity, *name, *contractKind, *pattern;
        bool cCreate, cView, cFields, aCreate, aView, approval, numbering;
        const char *numberOn;
        int tax;
    };
    static const Spec specs[] = {
        {"proforma", "proforma", "پیش‌فاکتور فروش", "", "proforma", true, true, true, true, true, true, true, "create", 1000},
        {"invoice", "invoice", "فاکتور فروش", "", "invoice", false, true, true, false, true, true, true, "approval", 1000},
        {"return_invoice", "return_invoice", "فاکتور برگشت از فروش", "", "return_invoice", false, true, false, false, true, true, true, "approval", 1000},
        {"contract_sales", "contract", "قرارداد فروش و پشتیبانی", "financial", "contract", false, true, true, false, true, true, true, "approval", 1000},
        {"contract_legal", "contract", "قرارداد همکاری", "legal", "contract", false, true, false, false, true, false, true, "create", 0},
        {"receipt", "receipt", "دریافت وجه", "", "receipt", true, true, false, true, true, true, true, "approval", 0},
        {"payment", "payment", "پرداخت", "", "", false, false, false, false, false, true, false, "create", 0},
        {"ticket", "ticket", "درخواست پشتیبانی", "", "ticket", true, true, true, true, true, false, true, "create", 0},
        {"request", "request", "درخواست خدمات", "", "", true, true, true, true, true, false, false, "create", 0},
        {"complaint", "ticket", "شکایت", "", "ticket", true, true, true, true, true, false, true, "create", 0},
        // the customer-affairs types staff work with; the club sees a form it fills, an
        // appointment it is invited to and a file shared with it, never internal notes or calls
        {"survey", "form", "فرم نظرسنجی", "", "", true, true, true, true, true, false, false, "create", 0},
        {"task", "task", "وظیفه", "", "", false, false, false, false, false, false, false, "create", 0},
        {"note", "note", "یادداشت", "", "", false, false, false, false, false, false, false, "create", 0},
        {"call", "call", "تماس تلفنی", "", "", false, false, false, false, false, false, false, "create", 0},
        {"appointment", "appointment", "قرار ملاقات", "", "", false, true, true, true, true, false, false, "create", 0},
        {"file", "file", "پرونده", "", "", false, true, false, true, true, false, false, "create", 0},
    };
    QList<Type> out;
    for (const Spec &s : specs) {
        Type t;
        t.type.code = QLatin1String(s.code);
        t.type.entity = QLatin1String(s.entity);
        t.type.name = QString::fromUtf8(s.name);
        t.type.contractKind = QLatin1String(s.contractKind);
        t.type.customerCanCreate = s.cCreate;
        t.type.customerCanView = s.cView;
        t.type.customerCanViewFields = s.cFields;
        t.type.customerDisplayMode = s.cView ? QStringLiteral("public_preview") : QStringLiteral("default");
        t.type.agentCanCreate = s.aCreate;
        t.type.agentCanView = s.aView;
        t.type.agentCanViewFields = s.aView;
        t.type.agentDisplayMode = s.aView ? QStringLiteral("preview") : QStringLiteral("default");
        t.type.needsApproval = s.approval;
        t.type.needsNumbering = s.numbering;
        t.type.numberOn = QLatin1String(s.numberOn);
        t.type.pendingAfterEdit = s.approval;
        t.type.taxBp = s.tax;
        t.patternKey = QLatin1String(s.pattern);
        out << t;
    }
    return out;
}

QList<IdentitySubtype> subtypes()
{
    struct Spec
    {
        const char *code, *name;
        IdentityKind kind;
        ProfileType profile;
    };
    static const Spec specs[] = {{"person", "مشتری حقیقی", IdentityKind::Person, ProfileType::Customer},
                                 {"org", "مشتری حقوقی", IdentityKind::Organisation, ProfileType::Customer},
                                 {"agent", "نماینده فروش", IdentityKind::Person, ProfileType::Agent},
                                 {"agent_org", "نمایندگی حقوقی", IdentityKind::Organisation, ProfileType::Agent},
                                 {"supplier", "تأمین‌کننده", IdentityKind::Organisation, ProfileType::Supplier},
                                 {"staff", "کارمند", IdentityKind::Person, ProfileType::Operator}};
    QList<IdentitySubtype> out;
    for (const Spec &s : specs) {
        IdentitySubtype t;
        t.code = QLatin1String(s.code);
        t.name = QString::fromUtf8(s.name);
        t.kind = s.kind;
        t.profileType = s.profile;
        out << t;
    }
    return out;
}

} // namespace StarterPreset
