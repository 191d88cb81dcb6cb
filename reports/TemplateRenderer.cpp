#include "reports/TemplateRenderer.h"

#include "models/persian/Bidi.h"
#include "models/persian/Digits.h"
#include "models/persian/Jalali.h"
#include "models/persian/Money.h"
#include "models/persian/NumberWords.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/FinancialAccountRepository.h"
#include "models/finance/ReceiptRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "models/core/SettingsRepository.h"
#include "models/core/Store.h"
#include "reports/OfficialInvoiceForm.h"

#include <QCoreApplication>
#include <QFile>

#include <kainjow/mustache.hpp>

namespace mstch = kainjow::mustache;

namespace {


QString resourcePath(const QString &entity)
{
    return QStringLiteral(":/vafa/print-templates/") + entity + QStringLiteral(".html");
}

// The labels on paper are the official Persian wording of the forms, fixed like the month names:
// they are not translated with the UI (an English UI still prints a Persian invoice).
QString kindTitle(const QString &kind)
{
    if (kind == QLatin1String("proforma"))
        return QStringLiteral("پیش‌فاکتور");
    if (kind == QLatin1String("return_invoice"))
        return QStringLiteral("صورتحساب برگشت از فروش کالا و خدمات");
    if (kind == QLatin1String("contract"))
        return QStringLiteral("قرارداد");
    return QStringLiteral("صورتحساب فروش کالا و خدمات");
}

QString statusLabel(const QString &status)
{
    if (status == QLatin1String("approved"))
        return QStringLiteral("تأییدشده");
    if (status == QLatin1String("rejected"))
        return QStringLiteral("ردشده");
    return QStringLiteral("در انتظار تأیید");
}

QString settlementLabel(const QString &settlement)
{
    if (settlement == QLatin1String("credit"))
        return QStringLiteral("غیرنقدی");
    if (settlement == QLatin1String("mixed"))
        return QStringLiteral("نقدی و غیرنقدی");
    return QStringLiteral("نقدی");
}

QString receiptMethodLabel(const Receipt &r)
{
    if (r.method == QLatin1String("cheque"))
        return QStringLiteral("چک");
    if (r.method == QLatin1String("credit"))
        return QStringLiteral("اعتباری");
    static const QHash<QString, QString> cash{
        {QStringLiteral("card_to_card"), QStringLiteral("نقدی – کارت به کارت")},
        {QStringLiteral("deposit"), QStringLiteral("نقدی – واریز به حساب")},
        {QStringLiteral("online"), QStringLiteral("نقدی – پرداخت اینترنتی")},
        {QStringLiteral("in_person"), QStringLiteral("نقدی – پرداخت حضوری")},
        {QStringLiteral("payment_link"), QStringLiteral("نقدی – لینک پرداخت")},
        {QStringLiteral("pos"), QStringLiteral("نقدی – کارت‌خوان")},
    };
    return cash.value(r.cashMethod, QStringLiteral("نقدی"));
}

// «ملت» and «بانک ملت» both print as «بانک ملت»: the bank is named once, with the word «بانک»
// once (the labels next to it do not repeat it).
QString bankName(const QString &typed)
{
    const QString name = Persian::withoutBidiControls(typed).simplified();
    if (name.isEmpty() || name.startsWith(QStringLiteral("بانک")) || name.startsWith(QStringLiteral("موسسه"))
        || name.startsWith(QStringLiteral("مؤسسه")))
        return name;
    return QStringLiteral("بانک ") + name;
}

// An account as «name, bank»: the bank only when the account's name does not already say it.
QString accountLabel(const FinancialAccount &a)
{
    const QString name = a.name.simplified();
    const QString bank = bankName(a.bankName);
    QString bare = bank;
    bare.remove(QStringLiteral("بانک "));
    if (bank.isEmpty() || name.contains(bare))
        return name;
    return name.isEmpty() ? bank : name + QStringLiteral("، ") + bank;
}

// Card numbers and IBANs (شبا) as banks print them: left to right, in groups of four
// («IR۰۶ ۰۱۲۰ …», «۶۱۰۴ ۳۳۷۸ …»), Persian digits; spaces and dashes typed in between are dropped.
// The groups are joined by no-break spaces so that the number is never split across lines.
QString groupsOfFour(const QString &typed)
{
    QString compact;
    for (const QChar c : Persian::toLatinDigits(typed))
        if (c.isLetterOrNumber())
            compact += c.toUpper();
    if (compact.isEmpty())
        return {};
    QStringList groups;
    for (qsizetype i = 0; i < compact.size(); i += 4)
        groups << compact.mid(i, 4);
    return Persian::leftToRight(Persian::toPersianDigits(groups.join(QChar(0x00A0))));
}

QString imageDataUri(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    QByteArray mime = "image/png";
    if (bytes.startsWith("\xFF\xD8"))
        mime = "image/jpeg";
    else if (bytes.startsWith("GIF8"))
        mime = "image/gif";
    return QString::fromLatin1("data:" + mime + ";base64," + bytes.toBase64());
}

QString joinNonEmpty(const QStringList &parts, const QString &sep)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(sep);
}

// QVariant tree → Mustache data. Strings are escaped here, once; see the header.
mstch::data toMustache(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QVariantMap: {
        mstch::data obj{mstch::data::type::object};
        const QVariantMap m = v.toMap();
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            obj.set(it.key().toStdString(), toMustache(it.value()));
        return obj;
    }
    case QMetaType::QVariantList: {
        mstch::data list{mstch::data::type::list};
        const QVariantList l = v.toList();
        for (const QVariant &item : l)
            list.push_back(toMustache(item));
        return list;
    }
    case QMetaType::Bool:
        return v.toBool() ? mstch::data{mstch::data::type::bool_true} : mstch::data{mstch::data::type::bool_false};
    default:
        return mstch::data{TemplateRenderer::escape(v.toString()).toStdString()};
    }
}

} // namespace

TemplateRenderer::TemplateRenderer(Store &store) : m_store(store) {}

// ---- templates ---------------------------------------------------------------------------------

QString TemplateRenderer::builtInTemplate(const QString &entity, Variant)
{
    QString name = entity;
    if (name == QLatin1String("return_invoice"))
        name = QStringLiteral("invoice");
    else if (name == QLatin1String("payment"))
        name = QStringLiteral("receipt");
    QFile f(resourcePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString TemplateRenderer::templateFor(const ItemType &type, Variant variant)
{
    const QString stored = variant == Variant::Public ? type.publicTemplate : type.mainTemplate;
    if (!stored.trimmed().isEmpty())
        return stored;
    return builtInTemplate(type.entity, variant);
}

QString TemplateRenderer::resetToDefault(ItemType &type, Variant variant)
{
    (variant == Variant::Public ? type.publicTemplate : type.mainTemplate).clear();
    return builtInTemplate(type.entity, variant);
}

// ---- text helpers ------------------------------------------------------------------------------

QString TemplateRenderer::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\'': out += QLatin1String("&#39;"); break;
        case u'\r': break;
        case u'\n': out += QLatin1String("<br/>"); break;
        default: out += c;
        }
    }
    return out;
}

QString TemplateRenderer::text(const QString &typed)
{
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return t;
    return Persian::ownDirection(Persian::toPersianDigits(t));
}

QString TemplateRenderer::token(const QString &latin)
{
    return Persian::leftToRight(Persian::toPersianDigits(latin.trimmed()));
}

QString TemplateRenderer::amount(qint64 rials)
{
    return Persian::leftToRight(Persian::formatNumber(rials));
}

QString TemplateRenderer::quantity(qint64 milli)
{
    const bool negative = milli < 0;
    const quint64 m = negative ? quint64(0) - quint64(milli) : quint64(milli);
    QString digits = Persian::formatNumber(qint64(m / 1000));
    if (m % 1000) {
        QString frac = QString::number(m % 1000).rightJustified(3, QLatin1Char('0'));
        while (frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
        digits += QChar(Persian::DecimalSeparator) + Persian::toPersianDigits(frac);
    }
    return Persian::leftToRight(negative ? QLatin1Char('-') + digits : digits);
}

QString TemplateRenderer::date(const QDate &d)
{
    return Persian::leftToRight(Persian::formatDate(d));
}

// A statement line's item, short: the lines of a statement are read down a column.
QString statementKindTitle(const QString &kind)
{
    if (kind == QLatin1String("invoice"))
        return QStringLiteral("فاکتور فروش");
    if (kind == QLatin1String("return_invoice"))
        return QStringLiteral("برگشت از فروش");
    if (kind == QLatin1String("contract"))
        return QStringLiteral("قرارداد");
    if (kind == QLatin1String("payment"))
        return QStringLiteral("پرداخت وجه");
    return QStringLiteral("دریافت وجه");
}

QString sideWord(qint64 balance)
{
    switch (balanceSide(balance)) {
    case BalanceSide::Debtor:
        return QStringLiteral("بدهکار");
    case BalanceSide::Creditor:
        return QStringLiteral("بستانکار");
    case BalanceSide::Settled:
        break;
    }
    return QStringLiteral("بی‌حساب");
}

// ---- data --------------------------------------------------------------------------------------

TemplateRenderer::Party TemplateRenderer::loadParty(const QString &identityId)
{
    Party p;
    if (identityId.isEmpty())
        return p;
    IdentityRepository identities(m_store);
    if (auto i = identities.get(identityId))
        p.identity = *i;
    const QList<Address> addresses = identities.addresses(identityId);
    if (!addresses.isEmpty())
        p.address = addresses.first();
    for (const Address &a : addresses)
        if (a.isDefault) {
            p.address = a;
            break;
        }
    const QList<Phone> phones = identities.phones(identityId);
    for (const Phone &ph : phones) {
        QString &slot = ph.type == QLatin1String("mobile") ? p.mobile : p.phone;
        if (slot.isEmpty() || ph.isDefault)
            slot = ph.number;
    }
    return p;
}

QByteArray TemplateRenderer::signatureOf(const ItemType &type, const Company &company)
{
    return type.signatureImage.isEmpty() ? company.seal : type.signatureImage;
}

QVariantMap TemplateRenderer::companyData(const Company &c)
{
    QVariantMap m;
    m[QStringLiteral("name")] = text(c.name);
    m[QStringLiteral("economic_code")] = token(c.economicCode);
    m[QStringLiteral("national_id")] = token(c.nationalId);
    m[QStringLiteral("registration_number")] = token(c.registrationNumber);
    m[QStringLiteral("has_registration")] = !c.registrationNumber.trimmed().isEmpty();
    m[QStringLiteral("postal_code")] = token(c.postalCode);
    m[QStringLiteral("province")] = c.province;
    m[QStringLiteral("city")] = c.city;
    m[QStringLiteral("address")] = text(c.address);
    m[QStringLiteral("full_address")] = text(joinNonEmpty({c.province, c.city, c.address}, QStringLiteral("، ")));
    m[QStringLiteral("phone")] = token(c.phone);
    const QString logo = imageDataUri(c.logo);
    m[QStringLiteral("has_logo")] = !logo.isEmpty();
    m[QStringLiteral("logo_src")] = logo;
    return m;
}

QVariantMap TemplateRenderer::partyData(const Party &p)
{
    const Identity &i = p.identity;
    QVariantMap m;
    QString name = i.displayName.trimmed().isEmpty() ? i.composedDisplayName() : i.displayName;
    if (i.isPerson() && !i.title.trimmed().isEmpty())
        name = i.title.trimmed() + QLatin1Char(' ') + name;
    m[QStringLiteral("name")] = text(name);
    m[QStringLiteral("is_person")] = i.isPerson();
    m[QStringLiteral("customer_number")] = token(i.customerNumber);
    m[QStringLiteral("has_customer_number")] = !i.customerNumber.trimmed().isEmpty();
    m[QStringLiteral("economic_code")] = token(i.economicCode);
    m[QStringLiteral("national_id")] = token(i.nationalId);
    m[QStringLiteral("registration_number")] = token(i.registrationNumber);
    m[QStringLiteral("has_registration")] = !i.registrationNumber.trimmed().isEmpty();
    m[QStringLiteral("email")] = i.email;
    m[QStringLiteral("postal_code")] = token(p.address.postalCode);
    m[QStringLiteral("province")] = p.address.province;
    m[QStringLiteral("city")] = p.address.city;
    m[QStringLiteral("address")] = text(p.address.address);
    m[QStringLiteral("full_address")] =
        text(joinNonEmpty({p.address.province, p.address.city, p.address.address}, QStringLiteral("، ")));
    // One phone on paper: the landline, else the mobile.
    m[QStringLiteral("phone")] = token(p.phone.isEmpty() ? p.mobile : p.phone);
    m[QStringLiteral("mobile")] = token(p.mobile);
    return m;
}

QVariantMap TemplateRenderer::documentData(const Document &source, const ItemType &type, const Company &company,
                                           const Party &buyer)
{
    Document d = source;
    d.computeTotals(); // totals are computed one way everywhere

    const bool approved = d.approval.status == ApprovalStatus::Approved;
    QVariantMap doc;
    doc[QStringLiteral("kind")] = d.kind;
    doc[QStringLiteral("kind_title")] = kindTitle(d.kind);
    doc[QStringLiteral("type_name")] = type.name;
    doc[QStringLiteral("title")] = text(d.title);
    doc[QStringLiteral("has_title")] = !d.title.trimmed().isEmpty();
    doc[QStringLiteral("number")] = token(d.number);
    doc[QStringLiteral("date")] = date(d.issueDate);
    doc[QStringLiteral("date_long")] = Persian::JalaliDate::fromGregorian(d.issueDate).toLongString();
    doc[QStringLiteral("due_date")] = date(d.dueDate);
    doc[QStringLiteral("has_due_date")] = d.dueDate.isValid();
    doc[QStringLiteral("start_date")] = date(d.startDate);
    doc[QStringLiteral("end_date")] = date(d.endDate);
    doc[QStringLiteral("status")] = ApprovalStatusCode::text(d.approval.status);
    doc[QStringLiteral("status_label")] = statusLabel(ApprovalStatusCode::text(d.approval.status));
    doc[QStringLiteral("approved")] = approved;
    doc[QStringLiteral("not_approved")] = !approved;
    doc[QStringLiteral("settlement")] = d.settlement;
    doc[QStringLiteral("settlement_label")] = settlementLabel(d.settlement);
    doc[QStringLiteral("is_cash")] = d.settlement == QLatin1String("cash");
    doc[QStringLiteral("description")] = text(d.description);
    doc[QStringLiteral("has_description")] = !d.description.trimmed().isEmpty();
    doc[QStringLiteral("has_source")] = false;

    QVariantList lines;
    int row = 0;
    for (const DocumentLine &l : std::as_const(d.lines)) {
        QVariantMap m;
        m[QStringLiteral("row")] = Persian::leftToRight(Persian::formatNumber(++row));
        m[QStringLiteral("code")] = token(l.productCode);
        m[QStringLiteral("description")] = text(l.description);
        m[QStringLiteral("quantity")] = quantity(l.quantityMilli);
        m[QStringLiteral("unit")] = l.unit;
        m[QStringLiteral("unit_price")] = amount(l.unitPrice);
        m[QStringLiteral("total")] = amount(l.total);
        m[QStringLiteral("discount")] = amount(l.discount);
        m[QStringLiteral("net")] = amount(l.total - l.discount);
        m[QStringLiteral("tax")] = amount(l.tax);
        m[QStringLiteral("levy")] = amount(l.levy);
        m[QStringLiteral("tax_levy")] = amount(l.tax + l.levy);
        m[QStringLiteral("final")] = amount(l.final);
        lines << m;
    }

    QVariantMap totals;
    totals[QStringLiteral("total")] = amount(d.totalAmount);
    totals[QStringLiteral("discount")] = amount(d.totalDiscount);
    totals[QStringLiteral("net")] = amount(d.totalAmount - d.totalDiscount);
    totals[QStringLiteral("tax")] = amount(d.totalTax);
    totals[QStringLiteral("levy")] = amount(d.totalLevy);
    totals[QStringLiteral("tax_levy")] = amount(d.totalTax + d.totalLevy);
    totals[QStringLiteral("surcharge")] = amount(d.surcharge);
    totals[QStringLiteral("has_surcharge")] = d.surcharge != 0;
    totals[QStringLiteral("lines_final")] = amount(d.finalAmount - d.surcharge);
    totals[QStringLiteral("final")] = amount(d.finalAmount);
    totals[QStringLiteral("final_with_unit")] = QString(amount(d.finalAmount) + QStringLiteral(" ریال"));
    totals[QStringLiteral("final_words")] = Persian::amountInWords(d.finalAmount, Persian::MoneyUnit::Rial);

    // The signature prints only on an approved document (PayamGostar: «امضا» of the subtype);
    // a type without one carries the company's seal.
    QVariantMap signature;
    const QString sig = approved ? imageDataUri(signatureOf(type, company)) : QString();
    signature[QStringLiteral("show")] = !sig.isEmpty();
    signature[QStringLiteral("src")] = sig;

    QVariantMap data;
    data[QStringLiteral("document")] = doc;
    data[QStringLiteral("seller")] = companyData(company);
    data[QStringLiteral("buyer")] = partyData(buyer);
    data[QStringLiteral("lines")] = lines;
    data[QStringLiteral("has_lines")] = !lines.isEmpty();
    data[QStringLiteral("totals")] = totals;
    data[QStringLiteral("signature")] = signature;
    data[QStringLiteral("printed_at")] = date(QDate::currentDate());
    return data;
}

QVariantMap TemplateRenderer::receiptData(const Receipt &r, const ItemType &type, const Company &company,
                                          const Party &payer, const FinancialAccount &account, const Document *paid)
{
    const bool approved = r.approval.status == ApprovalStatus::Approved;
    const bool incoming = r.direction != QLatin1String("out");
    QVariantMap rec;
    rec[QStringLiteral("kind_title")] = incoming ? QStringLiteral("رسید دریافت وجه") : QStringLiteral("رسید پرداخت وجه");
    rec[QStringLiteral("incoming")] = incoming;
    rec[QStringLiteral("party_label")] = incoming ? QStringLiteral("دریافت از") : QStringLiteral("پرداخت به");
    rec[QStringLiteral("type_name")] = type.name;
    rec[QStringLiteral("number")] = token(r.number);
    rec[QStringLiteral("date")] = date(r.receivedOn.isValid() ? r.receivedOn : r.createdAt.date());
    rec[QStringLiteral("amount")] = amount(r.amount);
    rec[QStringLiteral("amount_with_unit")] = QString(amount(r.amount) + QStringLiteral(" ریال"));
    rec[QStringLiteral("amount_words")] = Persian::amountInWords(r.amount, Persian::MoneyUnit::Rial);
    rec[QStringLiteral("method_label")] = receiptMethodLabel(r);
    rec[QStringLiteral("is_cheque")] = r.method == QLatin1String("cheque");
    rec[QStringLiteral("cheque_number")] = token(r.chequeNumber);
    rec[QStringLiteral("cheque_due_date")] = date(r.chequeDueDate);
    rec[QStringLiteral("bank")] = bankName(r.bank);
    rec[QStringLiteral("has_bank")] = !r.bank.trimmed().isEmpty();
    rec[QStringLiteral("tracking_number")] = token(r.trackingNumber);
    rec[QStringLiteral("has_tracking")] = !r.trackingNumber.trimmed().isEmpty();
    rec[QStringLiteral("card_number")] = groupsOfFour(r.cardNumber);
    rec[QStringLiteral("has_card")] = !r.cardNumber.trimmed().isEmpty();
    rec[QStringLiteral("description")] = text(r.description);
    // «بابت …»: what is paid, the document when the receipt pays one, else its description; the
    // description is printed on its own only when it is not already what is paid.
    QString paidFor;
    if (paid)
        paidFor = kindTitle(paid->kind) + QStringLiteral(" شمارهٔ ") + token(paid->number)
            + (paid->issueDate.isValid() ? QStringLiteral(" مورخ ") + date(paid->issueDate) : QString());
    else
        paidFor = text(r.description);
    rec[QStringLiteral("for")] = paidFor;
    rec[QStringLiteral("has_for")] = !paidFor.isEmpty();
    rec[QStringLiteral("has_description")] = paid && !r.description.trimmed().isEmpty();
    rec[QStringLiteral("status")] = ApprovalStatusCode::text(r.approval.status);
    rec[QStringLiteral("status_label")] = statusLabel(ApprovalStatusCode::text(r.approval.status));
    rec[QStringLiteral("approved")] = approved;
    rec[QStringLiteral("not_approved")] = !approved;
    rec[QStringLiteral("reject_reason")] = r.approval.rejectReason;

    QVariantMap acc;
    acc[QStringLiteral("present")] = !account.id.isEmpty();
    acc[QStringLiteral("name")] = account.name;
    acc[QStringLiteral("bank")] = bankName(account.bankName);
    acc[QStringLiteral("label")] = accountLabel(account);
    acc[QStringLiteral("number")] = token(account.accountNumber);
    acc[QStringLiteral("has_number")] = !account.accountNumber.trimmed().isEmpty();
    acc[QStringLiteral("iban")] = groupsOfFour(account.iban);
    acc[QStringLiteral("has_iban")] = !account.iban.trimmed().isEmpty();
    acc[QStringLiteral("card_number")] = groupsOfFour(account.cardNumber);
    acc[QStringLiteral("has_card")] = !account.cardNumber.trimmed().isEmpty();

    QVariantMap signature;
    const QString sig = approved ? imageDataUri(signatureOf(type, company)) : QString();
    signature[QStringLiteral("show")] = !sig.isEmpty();
    signature[QStringLiteral("src")] = sig;

    QVariantMap data;
    data[QStringLiteral("receipt")] = rec;
    data[QStringLiteral("account")] = acc;
    data[QStringLiteral("seller")] = companyData(company);
    data[QStringLiteral("payer")] = partyData(payer);
    data[QStringLiteral("signature")] = signature;
    data[QStringLiteral("printed_at")] = date(QDate::currentDate());
    return data;
}

// ---- rendering ---------------------------------------------------------------------------------

QString TemplateRenderer::render(const QString &templateText, const QVariantMap &data, QString *error)
{
    mstch::mustache tmpl{templateText.toStdString()};
    if (!tmpl.is_valid()) {
        if (error)
            *error = QCoreApplication::translate("TemplateRenderer", "The template has an error: %1")
                         .arg(QString::fromStdString(tmpl.error_message()));
        return {};
    }
    // Values are escaped by toMustache(); escaping again would print "&amp;amp;".
    tmpl.set_custom_escape([](const std::string &s) { return s; });
    const std::string out = tmpl.render(toMustache(data));
    if (!tmpl.is_valid()) {
        if (error)
            *error = QCoreApplication::translate("TemplateRenderer", "The template has an error: %1")
                         .arg(QString::fromStdString(tmpl.error_message()));
        return {};
    }
    return QString::fromStdString(out);
}

std::optional<TemplateRenderer::Rendered> TemplateRenderer::renderDocument(const QString &documentId, Variant variant,
                                                                          QString *error)
{
    DocumentRepository documents(m_store);
    const std::optional<Document> d = documents.get(documentId);
    if (!d) {
        if (error)
            *error = QCoreApplication::translate("TemplateRenderer", "The document cannot be found.");
        return std::nullopt;
    }
    ItemTypeRepository types(m_store);
    ItemType type;
    if (auto t = types.get(d->itemTypeId))
        type = *t;
    if (type.entity.isEmpty())
        type.entity = d->kind;
    // A return invoice stored under an invoice type, or a type without its own template, still
    // prints with the template of the document's own kind.
    QString text = templateFor(type, variant);
    if (text.isEmpty())
        text = builtInTemplate(d->kind, variant);
    const QString &stored = variant == Variant::Public ? type.publicTemplate : type.mainTemplate;
    const bool officialForm = stored.trimmed().isEmpty() && OfficialInvoiceForm::draws(d->kind);

    SettingsRepository settings(m_store);
    const Company company = settings.company().value_or(Company());
    QVariantMap data = documentData(*d, type, company, loadParty(d->identityId));
    if (!d->sourceDocumentId.isEmpty()) {
        if (auto src = documents.get(d->sourceDocumentId)) {
            QVariantMap doc = data.value(QStringLiteral("document")).toMap();
            doc[QStringLiteral("has_source")] = true;
            doc[QStringLiteral("source_number")] = token(src->number);
            doc[QStringLiteral("source_date")] = date(src->issueDate);
            data[QStringLiteral("document")] = doc;
        }
    }
    QString renderError;
    Rendered r;
    r.html = render(text, data, &renderError);
    if (r.html.isEmpty()) {
        if (error)
            *error = renderError;
        return std::nullopt;
    }
    if (officialForm)
        r.paper = OfficialInvoiceForm::lay(data);
    r.kind = d->kind;
    r.number = d->number;
    r.title = kindTitle(d->kind) + QLatin1Char(' ') + Persian::toPersianDigits(d->number);
    return r;
}

std::optional<TemplateRenderer::Rendered> TemplateRenderer::renderReceipt(const QString &receiptId, Variant variant,
                                                                         QString *error)
{
    ReceiptRepository receipts(m_store);
    const std::optional<Receipt> r = receipts.get(receiptId);
    if (!r) {
        if (error)
            *error = QCoreApplication::translate("TemplateRenderer", "The receipt cannot be found.");
        return std::nullopt;
    }
    ItemTypeRepository types(m_store);
    ItemType type;
    if (auto t = types.get(r->itemTypeId))
        type = *t;
    if (type.entity.isEmpty())
        type.entity = QStringLiteral("receipt");
    QString text = templateFor(type, variant);
    if (text.isEmpty())
        text = builtInTemplate(QStringLiteral("receipt"), variant);
    FinancialAccount account;
    if (!r->accountId.isEmpty()) {
        FinancialAccountRepository accounts(m_store);
        if (auto a = accounts.get(r->accountId))
            account = *a;
    }
    std::optional<Document> paid;
    if (!r->documentId.isEmpty())
        paid = DocumentRepository(m_store).get(r->documentId);
    SettingsRepository settings(m_store);
    const QVariantMap data = receiptData(*r, type, settings.company().value_or(Company()), loadParty(r->identityId),
                                         account, paid ? &*paid : nullptr);
    QString renderError;
    Rendered out;
    out.html = render(text, data, &renderError);
    if (out.html.isEmpty()) {
        if (error)
            *error = renderError;
        return std::nullopt;
    }
    out.kind = QStringLiteral("receipt");
    out.number = r->number;
    out.title = data.value(QStringLiteral("receipt")).toMap().value(QStringLiteral("kind_title")).toString()
                + QLatin1Char(' ') + Persian::toPersianDigits(r->number);
    return out;
}

QVariantMap TemplateRenderer::statementData(const Party &party, const QList<StatementLine> &lines,
                                            const Company &company)
{
    QVariantList rows;
    qint64 debit = 0;
    qint64 credit = 0;
    for (const StatementLine &l : lines) {
        QVariantMap row;
        row[QStringLiteral("date")] = date(l.date);
        row[QStringLiteral("item")] = statementKindTitle(l.kind);
        row[QStringLiteral("number")] = token(l.number);
        row[QStringLiteral("debit")] = l.debit ? amount(l.debit) : QString();
        row[QStringLiteral("credit")] = l.credit ? amount(l.credit) : QString();
        // as a ledger writes it: the amount without a sign, and the side beside it
        row[QStringLiteral("balance")] = amount(qAbs(l.balance));
        row[QStringLiteral("side")] = sideWord(l.balance);
        rows << row;
        debit += l.debit;
        credit += l.credit;
    }
    const qint64 closing = lines.isEmpty() ? 0 : lines.last().balance;
    QVariantMap st;
    st[QStringLiteral("lines")] = rows;
    st[QStringLiteral("has_lines")] = !rows.isEmpty();
    st[QStringLiteral("from")] = lines.isEmpty() ? QString() : date(lines.first().date);
    st[QStringLiteral("to")] = lines.isEmpty() ? QString() : date(lines.last().date);
    st[QStringLiteral("total_debit")] = amount(debit);
    st[QStringLiteral("total_credit")] = amount(credit);
    st[QStringLiteral("balance")] = amount(qAbs(closing));
    st[QStringLiteral("balance_with_unit")] = QString(amount(qAbs(closing)) + QStringLiteral(" ریال"));
    st[QStringLiteral("balance_words")] = Persian::amountInWords(qAbs(closing), Persian::MoneyUnit::Rial);
    st[QStringLiteral("side")] = sideWord(closing);
    st[QStringLiteral("settled")] = closing == 0;
    QVariantMap data;
    data[QStringLiteral("statement")] = st;
    data[QStringLiteral("seller")] = companyData(company);
    data[QStringLiteral("customer")] = partyData(party);
    data[QStringLiteral("printed_at")] = date(QDate::currentDate());
    return data;
}

std::optional<TemplateRenderer::Rendered> TemplateRenderer::renderStatement(const QString &identityId, QString *error)
{
    const Party party = loadParty(identityId);
    if (party.identity.id.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("TemplateRenderer", "The customer cannot be found.");
        return std::nullopt;
    }
    const QVariantMap data = statementData(party, BalanceRepository(m_store).statementLines(identityId),
                                           SettingsRepository(m_store).company().value_or(Company()));
    QString renderError;
    Rendered out;
    out.html = render(builtInTemplate(QStringLiteral("statement")), data, &renderError);
    if (out.html.isEmpty()) {
        if (error)
            *error = renderError;
        return std::nullopt;
    }
    out.kind = QStringLiteral("statement");
    out.number = party.identity.customerNumber;
    const Identity &who = party.identity;
    out.title = QStringLiteral("صورتحساب ") + (who.displayName.trimmed().isEmpty() ? who.composedDisplayName() : who.displayName);
    return out;
}

QVariantMap TemplateRenderer::sampleData(const ItemType &type, const Company &company)
{
    Party buyer;
    buyer.identity.firstName = QStringLiteral("علی");
    buyer.identity.lastName = QStringLiteral("رضایی");
    buyer.identity.displayName = QStringLiteral("علی رضایی");
    buyer.identity.customerNumber = QStringLiteral("100001");
    buyer.address.city = QStringLiteral("تهران");
    buyer.address.address = QStringLiteral("خیابان ولیعصر، پلاک ۱۲");
    buyer.mobile = QStringLiteral("09121234567");
    const QDate today = QDate::currentDate();
    if (type.entity == QLatin1String("receipt") || type.entity == QLatin1String("payment")) {
        Receipt r;
        r.direction = type.entity == QLatin1String("payment") ? QStringLiteral("out") : QStringLiteral("in");
        r.number = QStringLiteral("1403-0007");
        r.amount = 12500000;
        r.cashMethod = QStringLiteral("card_to_card");
        r.trackingNumber = QStringLiteral("884512");
        r.receivedOn = today;
        r.approval.status = ApprovalStatus::Approved;
        FinancialAccount account;
        account.id = QStringLiteral("sample");
        account.name = QStringLiteral("حساب جاری");
        account.bankName = QStringLiteral("بانک ملت");
        return receiptData(r, type, company, buyer, account);
    }
    Document d;
    d.kind = type.entity.isEmpty() ? QStringLiteral("invoice") : type.entity;
    d.number = QStringLiteral("1403-0012");
    d.issueDate = today;
    d.title = QStringLiteral("قرارداد پشتیبانی سالانه");
    d.approval.status = ApprovalStatus::Approved;
    DocumentLine taxed;
    taxed.description = QStringLiteral("نرم‌افزار باشگاه مشتریان");
    taxed.productCode = QStringLiteral("P-100");
    taxed.unit = QStringLiteral("عدد");
    taxed.quantityMilli = 2000;
    taxed.unitPrice = 5000000;
    taxed.taxBp = type.taxBp > 0 ? type.taxBp : 1000;
    taxed.levyBp = type.levyBp;
    DocumentLine free;
    free.description = QStringLiteral("آموزش (بدون مالیات)");
    free.unit = QStringLiteral("ساعت");
    free.quantityMilli = 3000;
    free.unitPrice = 800000;
    d.lines = {taxed, free};
    d.computeTotals();
    return documentData(d, type, company, buyer);
}
