// Figure (d): one sales invoice to PDF, warm, against LibreOffice converting the same invoice.
//
// Vafa: the app's real print path for one document — TemplateRenderer::renderDocument() (the
// document, its lines, customer, address, company and item type read from the store, the data
// built, the Mustache template rendered and, as the item type keeps the built-in template, the
// official form laid out by OfficialInvoiceForm) and PrintService::writePdf() (the laid-out pages
// written to a PDF file by PdfFile). A temporary store holds approved five-line invoices with a
// signature, filled through the repositories, each with its own buyer, lines and amounts: every
// run prints an invoice no earlier run printed, so nothing document-specific is reused. Warm-up
// runs first, then ≥ 50 timed runs.
// Baseline: what offices that print from word-processor templates pay today — LibreOffice
// (`soffice --headless --convert-to pdf`, libreoffice-writer-nogui) converting an invoice of the
// same form, written as an .html file with the same content, one process per document as a script
// does it. Also, for the notes, one soffice process converting ten copies (the per-document share
// when a batch is converted at once). Both sides run in the same process, interleaved.
#include "tests/bench/BenchCommon.h"

#include "models/finance/DocumentRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "models/core/SettingsRepository.h"
#include "models/core/Store.h"
#include "reports/PrintService.h"
#include "reports/TemplateRenderer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

namespace {

QByteArray signaturePng()
{
    QImage img(240, 90, QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(20, 40, 140), 4));
    p.drawLine(10, 70, 80, 20);
    p.drawLine(80, 20, 120, 75);
    p.drawLine(120, 75, 230, 15);
    p.end();
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

// Approved five-line invoices with a full seller and a buyer each, all different (buyers, lines,
// amounts, numbers), so that no run prints what an earlier one did; returns their ids.
QStringList fillStore(Store &store, int count)
{
    SettingsRepository settings(store);
    Company c;
    c.name = QStringLiteral("شرکت فناوری اداری آریا");
    c.economicCode = QStringLiteral("411122223333");
    c.nationalId = QStringLiteral("10101234567");
    c.registrationNumber = QStringLiteral("123456");
    c.postalCode = QStringLiteral("1593845671");
    c.province = QStringLiteral("تهران");
    c.city = QStringLiteral("تهران");
    c.address = QStringLiteral("خیابان ولیعصر، کوچهٔ ۱۲، پلاک ۴۵");
    c.phone = QStringLiteral("021-88776655");
    settings.saveCompany(c);

    ItemTypeRepository types(store);
    ItemType type;
    type.entity = QStringLiteral("invoice");
    type.code = QStringLiteral("sales-invoice");
    type.name = QStringLiteral("فاکتور فروش");
    type.signatureImage = signaturePng();
    types.insert(type);

    static const char *const trades[] = {"بازرگانی", "صنایع", "پخش", "فروشگاه", "گروه تولیدی", "مهندسی"};
    static const char *const names[] = {"نگین شرق", "آفتاب", "پارس‌نوین", "کوهرنگ", "سپیدار", "البرز", "مهرگان",
                                        "آرین", "دنا", "کیمیا", "بهار", "ستاره"};
    static const char *const cities[][2] = {{"خراسان رضوی", "مشهد"}, {"اصفهان", "اصفهان"}, {"فارس", "شیراز"},
                                            {"آذربایجان شرقی", "تبریز"}, {"گیلان", "رشت"}};
    static const struct { const char *code; const char *desc; const char *unit; qint64 price; int tax; } products[] = {
        {"P-1001", "کاغذ A4 (بسته ۵۰۰ برگی)", "بسته", 1250000, 1000},
        {"S-2002", "خدمات نصب و راه‌اندازی", "خدمت", 3000000, 1000},
        {"C-3003", "کابل شبکه Cat6", "متر", 80000, 0},
        {"T-4004", "کارتریج لیزری ۸۵A", "عدد", 4200000, 1000},
        {"M-5005", "ماوس بی‌سیم", "عدد", 950000, 1000},
        {"K-6006", "صفحه‌کلید فارسی", "عدد", 1450000, 1000},
        {"R-7007", "رم ۱۶ گیگابایتی", "عدد", 6900000, 1000},
        {"D-8008", "دیسک SSD یک ترابایتی", "عدد", 11800000, 1000},
        {"N-9009", "پشتیبانی سالانهٔ شبکه", "سال", 48000000, 1000},
    };
    IdentityRepository identities(store);
    DocumentRepository docs(store);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        Identity buyer;
        buyer.kind = IdentityKind::Organisation;
        buyer.orgName = QString::fromUtf8(trades[i % 6]) + QLatin1Char(' ') + QString::fromUtf8(names[(i / 6) % 12]);
        buyer.nationalId = QStringLiteral("140034%1").arg(56789 + i * 7, 5, 10, QLatin1Char('0'));
        buyer.economicCode = QStringLiteral("4119876%1").arg(54321 + i * 3, 5, 10, QLatin1Char('0'));
        Phone phone;
        phone.type = QStringLiteral("phone");
        phone.number = QStringLiteral("051-3844%1").arg(5566 + i, 4, 10, QLatin1Char('0'));
        identities.insert(buyer, {phone});
        Address a;
        a.identityId = buyer.id;
        a.province = QString::fromUtf8(cities[i % 5][0]);
        a.city = QString::fromUtf8(cities[i % 5][1]);
        a.address = QStringLiteral("بلوار سجاد، نبش سجاد %1").arg(i + 1);
        a.postalCode = QStringLiteral("91857%1").arg(13456 + i, 5, 10, QLatin1Char('0'));
        a.isDefault = true;
        identities.addAddress(a);

        Document d;
        d.itemTypeId = type.id;
        d.identityId = buyer.id;
        d.number = QStringLiteral("1403-%1").arg(12 + i, 4, 10, QLatin1Char('0'));
        d.issueDate = QDate(2024, 11, 5).addDays(i);
        d.settlement = i % 3 ? QStringLiteral("credit") : QStringLiteral("cash");
        d.description = QStringLiteral("تحویل در انبار خریدار، نوبت %1").arg(i + 1);
        for (int l = 0; l < 5; ++l) {
            const auto &p = products[(i + 2 * l) % 9];
            DocumentLine line;
            line.productCode = QString::fromUtf8(p.code);
            line.description = QString::fromUtf8(p.desc);
            line.unit = QString::fromUtf8(p.unit);
            line.quantityMilli = 1000 * (1 + (i + l) % 12);
            line.unitPrice = p.price + 10000 * i;
            line.discount = (i + l) % 4 == 0 ? 50000 * (l + 1) : 0;
            line.taxBp = p.tax;
            d.lines << line;
        }
        docs.insert(d);
        docs.setApproval(d.id, ApprovalStatus::Pending, ApprovalStatus::Approved, Store::newId());
        ids << d.id;
    }
    return ids;
}

// One `soffice --headless --convert-to pdf` run; returns the wall time in ms, or -1.
double convertWithLibreOffice(const QString &soffice, const QString &profileUrl, const QStringList &inputs,
                              const QString &outDir, QString *error)
{
    QProcess p;
    QStringList args{QStringLiteral("-env:UserInstallation=") + profileUrl, QStringLiteral("--headless"),
                     QStringLiteral("--norestore"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                     QStringLiteral("--outdir"), outDir};
    args << inputs;
    QElapsedTimer t;
    t.start();
    p.start(soffice, args);
    if (!p.waitForFinished(300000) || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError()).left(300);
        if (error->isEmpty())
            *error = p.errorString();
        return -1;
    }
    const double ms = Bench::msSince(t);
    for (const QString &in : inputs) {
        const QString pdf = QDir(outDir).filePath(QFileInfo(in).completeBaseName() + QStringLiteral(".pdf"));
        if (!QFileInfo(pdf).isFile() || QFileInfo(pdf).size() < 1000) {
            *error = QStringLiteral("no PDF from LibreOffice for ") + QFileInfo(in).fileName();
            return -1;
        }
        QFile::remove(pdf);
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString out = Bench::argValue(args, QStringLiteral("--out"), QStringLiteral("bench/results.json"));
    const int runs = std::max(50, Bench::argInt(args, QStringLiteral("--runs"), 60));
    const int loRuns = std::max(1, Bench::argInt(args, QStringLiteral("--lo-runs"), 3));
    const QString soffice = Bench::argValue(args, QStringLiteral("--soffice"), QStringLiteral("soffice"));
    // --html FILE keeps the rendered invoice, for profiling the PDF side on its own
    const QString keepHtml = Bench::argValue(args, QStringLiteral("--html"), QString());
    QTextStream console(stdout);

    QTemporaryDir dir;
    Store store;
    if (!dir.isValid() || !store.openSqlite(dir.filePath(QStringLiteral("print-bench.vafa")))) {
        console << "cannot create the bench store: " << store.errorMessage() << Qt::endl;
        return 1;
    }
    const QStringList ids = fillStore(store, runs + 5);
    PrintService::ensureFonts();
    TemplateRenderer renderer(store);
    const QString pdfPath = dir.filePath(QStringLiteral("invoice.pdf"));

    QVector<double> vafa, renderPart, pdfPart;
    QString html;
    int printed = 0;
    auto vafaOnce = [&](bool record) {
        const QString id = ids.at(printed++ % ids.size());
        QElapsedTimer t;
        t.start();
        const auto r = renderer.renderDocument(id, TemplateRenderer::Variant::Main);
        const double rendered = Bench::msSince(t);
        if (!r || !PrintService::writePdf(r->item(), pdfPath))
            return false;
        const double total = Bench::msSince(t);
        html = r->html;
        if (record) {
            vafa << total;
            renderPart << rendered;
            pdfPart << total - rendered;
        }
        return true;
    };

    // warm-up: fonts, the template resource, prepared statements, the PDF engine
    for (int i = 0; i < 5; ++i)
        if (!vafaOnce(false)) {
            console << "the invoice could not be printed" << Qt::endl;
            return 1;
        }
    const qint64 pdfBytes = QFileInfo(pdfPath).size();

    // the same invoice as a word-processor file for LibreOffice
    const QString loDir = dir.filePath(QStringLiteral("lo"));
    QDir().mkpath(loDir);
    const QString htmlPath = QDir(loDir).filePath(QStringLiteral("invoice.html"));
    QStringList batchInputs;
    for (int i = 0; i < 10; ++i) {
        const QString p = QDir(loDir).filePath(QStringLiteral("batch-%1.html").arg(i));
        batchInputs << p;
    }
    QStringList htmlFiles = QStringList(batchInputs) << htmlPath;
    if (!keepHtml.isEmpty())
        htmlFiles << keepHtml;
    for (const QString &p : htmlFiles) {
        QFile f(p);
        if (f.open(QIODevice::WriteOnly))
            f.write(html.toUtf8());
    }
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile"))).toString();
    const QString loOut = dir.filePath(QStringLiteral("lo-out"));
    QDir().mkpath(loOut);

    QString loVersion;
    {
        QProcess v;
        v.start(soffice, {QStringLiteral("--version")});
        if (v.waitForFinished(60000))
            loVersion = QString::fromLocal8Bit(v.readAllStandardOutput()).simplified();
    }
    const QString loadBefore = Bench::machineLoad();
    QString loError;
    // LibreOffice's first start creates its profile: a warm-up run, not timed.
    const double loWarm = convertWithLibreOffice(soffice, profile, {htmlPath}, loOut, &loError);
    QVector<double> lo;
    const int chunk = (runs + loRuns - 1) / loRuns;
    int done = 0;
    for (int k = 0; k < loRuns; ++k) {
        for (int i = 0; i < chunk && done < runs; ++i, ++done)
            vafaOnce(true);
        if (loWarm >= 0) {
            const double ms = convertWithLibreOffice(soffice, profile, {htmlPath}, loOut, &loError);
            if (ms >= 0)
                lo << ms;
        }
    }
    while (done++ < runs)
        vafaOnce(true);
    double loBatch = -1;
    if (loWarm >= 0)
        loBatch = convertWithLibreOffice(soffice, profile, batchInputs, loOut, &loError);
    const QString loadAfter = Bench::machineLoad();

    const Bench::Stats sv = Bench::stats(vafa), sl = Bench::stats(lo);
    const bool haveLo = !lo.isEmpty();
    const double ratio = haveLo && sv.median > 0 ? sl.median / sv.median : 0;
    const QString common =
        QStringLiteral("Vafa: TemplateRenderer::renderDocument (store → data → Mustache → official form laid out, %1) + PrintService::writePdf "
                       "(laid-out pages → PDF file, %2); a different approved 5-line invoice with signature each run, %3 bytes of PDF; "
                       "%4 timed runs after 5 warm-ups. LibreOffice %5: soffice --headless --convert-to pdf of the same "
                       "invoice as .html, one process per document, %6 runs after one untimed first start (%7 ms)%8; "
                       "ten documents in one soffice process: %9 ms (%10 ms per document). %11 before, %12 after.")
            .arg(Bench::describe(Bench::stats(renderPart), QStringLiteral("ms")),
                 Bench::describe(Bench::stats(pdfPart), QStringLiteral("ms")))
            .arg(pdfBytes)
            .arg(vafa.size())
            .arg(loVersion)
            .arg(lo.size())
            .arg(loWarm, 0, 'f', 0)
            .arg(loError.isEmpty() ? QString() : QString(QStringLiteral(" (error: ") + loError + QLatin1Char(')')))
            .arg(loBatch, 0, 'f', 0)
            .arg(loBatch > 0 ? loBatch / 10 : -1.0, 0, 'f', 0)
            .arg(loadBefore, loadAfter);

    Bench::Results results(out);
    Bench::Figure median;
    median.name = QStringLiteral("print_invoice_pdf");
    median.value = sv.median;
    median.unit = QStringLiteral("ms");
    median.baselineName = QStringLiteral("LibreOffice soffice --convert-to pdf of the same invoice, per document");
    median.baselineValue = haveLo ? sl.median : 0;
    median.target = QStringLiteral("<= 15 ms");
    median.meetsTarget = sv.median <= 15;
    median.notes = QStringLiteral("Vafa %1. LibreOffice %2. ").arg(Bench::describe(sv, median.unit),
                                                                    haveLo ? Bench::describe(sl, median.unit) : QStringLiteral("not measured"))
                   + common;
    median.samples = vafa;
    median.baselineSamples = lo;
    results.add(median);

    Bench::Figure p95 = median;
    p95.name = QStringLiteral("print_invoice_pdf_p95");
    p95.value = sv.p95;
    p95.baselineValue = haveLo ? sl.p95 : 0;
    p95.meetsTarget = sv.p95 <= 15;
    p95.notes = QStringLiteral("p95 of the print_invoice_pdf samples; see there.");
    p95.samples.clear();
    p95.baselineSamples.clear();
    results.add(p95);

    Bench::Figure speed;
    speed.name = QStringLiteral("print_invoice_speedup_vs_libreoffice");
    speed.value = ratio;
    speed.unit = QStringLiteral("x");
    speed.baselineName = QStringLiteral("LibreOffice per-document median / Vafa median");
    speed.baselineValue = 1;
    speed.target = QStringLiteral(">= 20 x");
    if (haveLo)
        speed.meetsTarget = ratio >= 20;
    speed.notes = haveLo ? QStringLiteral("%1 ms / %2 ms. With one soffice process for ten documents LibreOffice's share is "
                                          "%3 ms per document (%4 x).")
                               .arg(sl.median, 0, 'f', 0)
                               .arg(sv.median, 0, 'f', 2)
                               .arg(loBatch / 10, 0, 'f', 0)
                               .arg(loBatch > 0 ? loBatch / 10 / sv.median : 0, 0, 'f', 0)
                         : QString(QStringLiteral("LibreOffice could not be run: ") + loError);
    results.add(speed);
    return results.write() ? 0 : 1;
}
