#include "reports/OfficialInvoiceForm.h"

#include "reports/PrintService.h"
#include "reports/paper/FormLayout.h"

#include <QCache>
#include <QMutex>

// The wording on paper is the official Persian form's, fixed like month names: it is not
// translated with the UI, exactly as in templates/invoice.html.

namespace {

using Span = FormLayout::Span;
using Block = FormLayout::Block;
using Cell = FormLayout::Cell;

const QColor labelColour(0x40, 0x40, 0x40);
const QColor barColour(0xd9, 0xd9, 0xd9);
const QColor headColour(0xef, 0xef, 0xef);

// The sizes of the HTML template: body 9 pt, table text 8 pt, column headings 7 pt.
constexpr qreal bodySize = 9;
constexpr qreal cellSize = 8;
constexpr qreal headSize = 7;
constexpr qreal smallSize = 7.5;
constexpr qreal titleSize = 13;

QString value(const QVariantMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toString();
}

bool flag(const QVariantMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toBool();
}

Span label(const QString &text)
{
    return Span{text + QLatin1Char(' '), false, labelColour};
}

Span plain(const QString &text)
{
    return Span{text, false, Qt::black};
}

Span bold(const QString &text)
{
    return Span{text, true, Qt::black};
}

// «label: value» in one cell of the seller/buyer frame.
Cell field(const QString &name, const QString &text, bool strong = false, int span = 1)
{
    return FormLayout::cell({FormLayout::paragraph({label(name), strong ? bold(text) : plain(text)}, bodySize)}, span);
}

Cell bar(const QString &text, int span)
{
    return FormLayout::cell({FormLayout::paragraph({bold(text)}, bodySize, Qt::AlignHCenter)}, span, barColour);
}

Cell centred(const QString &text, qreal size, const QColor &background = {}, bool strong = false, int span = 1)
{
    return FormLayout::cell({FormLayout::paragraph({strong ? bold(text) : plain(text)}, size, Qt::AlignHCenter)}, span,
                            background);
}

// An amount or a number: on one line whatever its length, in smaller letters when the column is
// too narrow for it (an amount broken in two reads as two amounts).
Cell figure(const QString &text, qreal size, const QColor &background = {}, bool strong = false, int span = 1)
{
    return FormLayout::cell({FormLayout::oneLine({strong ? bold(text) : plain(text)}, size, Qt::AlignHCenter)}, span,
                            background);
}

// Logos and signatures come as data URIs (what the HTML template's <img> reads); a batch prints
// the same few pictures again and again, so each is decoded once.
QImage picture(const QString &dataUri)
{
    static QMutex mutex;
    static QCache<QString, QImage> decoded(8);
    const QMutexLocker lock(&mutex);
    if (QImage *known = decoded.object(dataUri))
        return *known;
    const qsizetype comma = dataUri.indexOf(QLatin1Char(','));
    auto *image = new QImage(QImage::fromData(QByteArray::fromBase64(dataUri.mid(comma + 1).toLatin1())));
    const QImage copy = *image;
    decoded.insert(dataUri, image);
    return copy;
}

void addHeading(FormLayout &form, const QVariantMap &data)
{
    const QVariantMap doc = data.value(QStringLiteral("document")).toMap();
    const QVariantMap seller = data.value(QStringLiteral("seller")).toMap();
    const bool proforma = value(doc, "kind") == QLatin1String("proforma");

    QList<Block> numbers{
        FormLayout::paragraph({label(proforma ? QStringLiteral("شمارهٔ پیش‌فاکتور:") : QStringLiteral("شمارهٔ سریال:")),
                               plain(value(doc, "number"))},
                              bodySize),
        FormLayout::paragraph({label(QStringLiteral("تاریخ:")), plain(value(doc, "date"))}, bodySize)};
    if (proforma && flag(doc, "has_due_date"))
        numbers << FormLayout::paragraph({label(QStringLiteral("تاریخ اعتبار:")), plain(value(doc, "due_date"))}, bodySize);
    if (flag(doc, "has_source"))
        numbers << FormLayout::paragraph({label(QStringLiteral("مرجع:")), plain(value(doc, "source_number"))}, bodySize);

    QList<Block> company;
    if (flag(seller, "has_logo"))
        company << FormLayout::picture(picture(value(seller, "logo_src")), 42, Qt::AlignRight);
    company << FormLayout::paragraph({bold(value(seller, "name"))}, bodySize);

    FormLayout::Table heading;
    heading.columns = {0.30, 0.40, 0.30};
    heading.frame = false;
    heading.padding = 1.5;
    heading.rows = {{FormLayout::cell(company),
                     FormLayout::cell({FormLayout::paragraph({bold(value(doc, "kind_title"))}, titleSize, Qt::AlignHCenter),
                                       FormLayout::paragraph({Span{value(doc, "status_label"), false, labelColour}},
                                                             smallSize, Qt::AlignHCenter)}),
                     FormLayout::cell(numbers)}};
    form.addTable(heading);
}

void addParties(FormLayout &form, const QVariantMap &data)
{
    FormLayout::Table parties;
    parties.columns = {0.40, 0.26, 0.34};
    parties.padding = 3.75;
    const auto addParty = [&parties](const QString &title, const QVariantMap &p, const QString &idLabel) {
        parties.rows << FormLayout::Row{bar(title, 3)};
        parties.rows << FormLayout::Row{field(QStringLiteral("نام شخص حقیقی / حقوقی:"), value(p, "name"), true),
                                        field(QStringLiteral("شمارهٔ اقتصادی:"), value(p, "economic_code")),
                                        field(idLabel, value(p, "national_id"))};
        parties.rows << FormLayout::Row{field(QStringLiteral("شمارهٔ ثبت:"), value(p, "registration_number")),
                                        field(QStringLiteral("کد پستی ۱۰ رقمی:"), value(p, "postal_code")),
                                        field(QStringLiteral("تلفن / نمابر:"), value(p, "phone"))};
        parties.rows << FormLayout::Row{
            field(QStringLiteral("نشانی کامل (استان، شهرستان، نشانی):"), value(p, "full_address"), false, 3)};
    };
    addParty(QStringLiteral("مشخصات فروشنده"), data.value(QStringLiteral("seller")).toMap(), QStringLiteral("شناسهٔ ملی:"));
    addParty(QStringLiteral("مشخصات خریدار"), data.value(QStringLiteral("buyer")).toMap(),
             QStringLiteral("شمارهٔ ملی / شناسهٔ ملی:"));
    form.addTable(parties);
}

void addLines(FormLayout &form, const QVariantMap &data)
{
    const QVariantMap doc = data.value(QStringLiteral("document")).toMap();
    const QVariantMap totals = data.value(QStringLiteral("totals")).toMap();
    const bool proforma = value(doc, "kind") == QLatin1String("proforma");

    FormLayout::Table table;
    // The eleven columns of the official form, from right to left.
    table.columns = {0.05, 0.07, 0.16, 0.06, 0.08, 0.09, 0.10, 0.08, 0.10, 0.09, 0.12};
    table.padding = 3;
    table.repeatedRows = 2;
    table.rows << FormLayout::Row{bar(QStringLiteral("مشخصات کالا یا خدمات مورد معامله"), 11)};
    FormLayout::Row headings;
    for (const char *h : {"ردیف", "کد کالا", "شرح کالا یا خدمات", "تعداد/مقدار", "واحد اندازه‌گیری", "مبلغ واحد (ریال)",
                          "مبلغ کل (ریال)", "مبلغ تخفیف", "مبلغ کل پس از تخفیف (ریال)", "جمع مالیات و عوارض (ریال)",
                          "جمع مبلغ کل بعلاوه جمع مالیات و عوارض (ریال)"})
        headings << centred(QString::fromUtf8(h), headSize, headColour, true);
    table.rows << headings;

    for (const QVariant &v : data.value(QStringLiteral("lines")).toList()) {
        const QVariantMap line = v.toMap();
        FormLayout::Row row;
        row << figure(value(line, "row"), cellSize) << centred(value(line, "code"), cellSize);
        row << FormLayout::cell({FormLayout::paragraph({plain(value(line, "description"))}, cellSize)});
        row << figure(value(line, "quantity"), cellSize) << centred(value(line, "unit"), cellSize);
        for (const char *key : {"unit_price", "total", "discount", "net", "tax_levy", "final"})
            row << figure(value(line, key), cellSize);
        table.rows << row;
    }

    const auto sum = [](const QString &text, int span = 1) { return figure(text, cellSize, headColour, true, span); };
    table.rows << FormLayout::Row{centred(QStringLiteral("جمع کل"), cellSize, headColour, true, 6), sum(value(totals, "total")),
                                  sum(value(totals, "discount")), sum(value(totals, "net")),
                                  sum(value(totals, "tax_levy")), sum(value(totals, "lines_final"))};
    if (flag(totals, "has_surcharge"))
        table.rows << FormLayout::Row{centred(QStringLiteral("اضافات (ریال)"), cellSize, headColour, true, 10),
                                      sum(value(totals, "surcharge"))};
    table.rows << FormLayout::Row{
        FormLayout::cell({FormLayout::paragraph({bold(QStringLiteral("مبلغ قابل پرداخت (ریال)")), plain(QStringLiteral(" — ")),
                                                 label(QStringLiteral("به حروف:")), bold(value(totals, "final_words"))},
                                                cellSize)},
                         10),
        sum(value(totals, "final"))};

    QList<Span> terms{label(QStringLiteral("شرایط و نحوهٔ فروش:")), bold(value(doc, "settlement_label"))};
    if (!proforma && flag(doc, "has_due_date"))
        terms << plain(QStringLiteral(" — ")) << label(QStringLiteral("سررسید:")) << plain(value(doc, "due_date"));
    table.rows << FormLayout::Row{
        FormLayout::cell({FormLayout::paragraph(terms, cellSize)}, 6),
        FormLayout::cell({FormLayout::paragraph({label(QStringLiteral("توضیحات:")), plain(value(doc, "description"))}, cellSize)}, 5)};
    form.addTable(table);
}

void addSignatures(FormLayout &form, const QVariantMap &data)
{
    const QVariantMap signature = data.value(QStringLiteral("signature")).toMap();
    QList<Block> seller{FormLayout::paragraph({bold(QStringLiteral("مهر و امضای فروشنده"))}, bodySize, Qt::AlignHCenter)};
    if (flag(signature, "show"))
        seller << FormLayout::picture(picture(value(signature, "src")), 48, Qt::AlignHCenter);
    Cell sellerCell = FormLayout::cell(seller);
    Cell buyerCell = FormLayout::cell(
        {FormLayout::paragraph({bold(QStringLiteral("مهر و امضای خریدار"))}, bodySize, Qt::AlignHCenter)});
    for (Cell *c : {&sellerCell, &buyerCell}) {
        c->valign = Qt::AlignTop;
        c->minHeight = 67.5; // room for the stamp
    }
    FormLayout::Table table;
    table.columns = {0.5, 0.5};
    table.padding = 3;
    table.rows = {{sellerCell, buyerCell}};
    form.addTable(table);
}

void addFooter(FormLayout &form, const QVariantMap &data)
{
    const QVariantMap doc = data.value(QStringLiteral("document")).toMap();
    QString note;
    if (flag(doc, "not_approved"))
        note = QStringLiteral("این سند هنوز تأیید نشده است و بدون امضا چاپ می‌شود. ");
    note += QStringLiteral("تاریخ چاپ: ") + value(data, "printed_at");
    form.addSpace(4);
    form.addBlock(FormLayout::paragraph({Span{note, false, labelColour}}, smallSize));
    if (value(doc, "kind") == QLatin1String("proforma") && flag(doc, "has_due_date"))
        form.addBlock(FormLayout::paragraph(
            {bold(QStringLiteral("این پیش‌فاکتور تا تاریخ ") + value(doc, "due_date")
                  + QStringLiteral(" اعتبار دارد و صورتحساب فروش نیست."))},
            bodySize));
}

} // namespace

namespace OfficialInvoiceForm {

bool draws(const QString &entity)
{
    return entity == QLatin1String("invoice") || entity == QLatin1String("proforma")
        || entity == QLatin1String("return_invoice");
}

Paper lay(const QVariantMap &data)
{
    PrintService::ensureFonts();
    const qreal margin = 12 * 72 / 25.4; // 12 mm, as PrintService's page layout
    FormLayout form(QMarginsF(margin, margin, margin, margin));
    addHeading(form, data);
    form.addSpace(4);
    addParties(form, data);
    form.addSpace(4);
    addLines(form, data);
    form.addSpace(4);
    addSignatures(form, data);
    addFooter(form, data);
    return form.finish();
}

} // namespace OfficialInvoiceForm
