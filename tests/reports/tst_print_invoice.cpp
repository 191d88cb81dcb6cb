// The printed invoice, read back from the PDF: the store is filled through the repositories,
// the document is rendered with its item type's template and printed to PDF by PrintService,
// and `pdftotext -bbox-layout` (poppler-utils) gives the words and their positions on the page.
#include "models/repositories/DocumentRepository.h"
#include "models/repositories/FinanceRepositories.h"
#include "models/repositories/IdentityRepository.h"
#include "models/repositories/ItemTypeRepository.h"
#include "models/repositories/SettingsRepository.h"
#include "reports/PrintCommand.h"
#include "reports/PrintService.h"
#include "reports/TemplateRenderer.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QTextStream>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>
#include <memory>

using TestSupport::TempStore;

namespace {

struct Word
{
    QString text;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    int page = 0;
    double xCenter() const { return (xMin + xMax) / 2; }
};

// Letters only: pdftotext may split a cell's text at ZWNJ, mirror parentheses or drop spaces.
QString lettersOnly(const QString &s)
{
    QString out;
    for (const QChar c : s)
        if (c.isLetter())
            out += c;
    return out;
}

// pdftotext gives Arabic letters as presentation forms (ﻣ, ﺸ…) and wraps runs in bidi controls;
// NFKC folds the forms back to letters, the controls are dropped.
QString plain(const QString &s)
{
    QString out = s.normalized(QString::NormalizationForm_KC);
    out.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F;
    });
    return out;
}

// Qt 6.4's PDF text layer maps a glyph back to a character only through the font's cmap, and
// Vazirmatn draws some initial and medial forms of ی ت پ م (e.g. the ی of «میلیون») with glyphs
// reached only through its contextual substitutions: those letters are missing from the text
// pdftotext reads (it puts a space or nothing in their place), although they are on paper. So a
// PDF text check allows exactly those letters to be missing or replaced by a space, and nothing
// else; the exact strings are checked in the HTML the PDF was printed from.
QRegularExpression lossyPattern(const QString &expected)
{
    static const QString lossy = QStringLiteral("یتپم");
    QString re;
    for (const QChar c : expected) {
        if (c == QLatin1Char(' '))
            re += QStringLiteral("\\s*");
        else if (lossy.contains(c))
            re += QStringLiteral("(?:") + c + QStringLiteral("|\\s)?");
        else
            re += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(re);
}

QString run(const QString &program, const QStringList &args, bool *ok)
{
    QProcess p;
    p.start(program, args);
    *ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!*ok)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The page's text lines as pdftotext -bbox-layout lays them out. Qt writes Persian text glyph by
// glyph, so poppler's "words" are single glyphs with their boxes: a line's visual order is its
// words sorted by x, and a right-to-left line reads from the largest x down.
struct Line
{
    QList<Word> glyphs;
    double xMin = 1e9, yMin = 1e9, xMax = 0, yMax = 0;
    int page = 0;
    QString visualLeftToRight() const
    {
        QList<Word> g = glyphs;
        std::sort(g.begin(), g.end(), [](const Word &a, const Word &b) { return a.xMin < b.xMin; });
        QString out;
        for (const Word &w : std::as_const(g))
            out += w.text;
        return out;
    }
    QString rightToLeft() const
    {
        QList<Word> g = glyphs;
        std::sort(g.begin(), g.end(), [](const Word &a, const Word &b) { return a.xMax > b.xMax; });
        QString out;
        for (const Word &w : std::as_const(g))
            out += w.text;
        return out;
    }
};

QList<Line> pdfLines(const QString &pdf)
{
    bool ok = false;
    const QString xml = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")}, &ok);
    QList<Line> lines;
    if (!ok)
        return lines;
    QXmlStreamReader r(xml);
    int page = 0;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (r.name() == QLatin1String("page")) {
            ++page;
        } else if (r.name() == QLatin1String("line")) {
            Line l;
            l.page = page;
            lines << l;
        } else if (r.name() == QLatin1String("word") && !lines.isEmpty()) {
            Word w;
            const auto a = r.attributes();
            w.xMin = a.value(QLatin1String("xMin")).toDouble();
            w.yMin = a.value(QLatin1String("yMin")).toDouble();
            w.xMax = a.value(QLatin1String("xMax")).toDouble();
            w.yMax = a.value(QLatin1String("yMax")).toDouble();
            w.page = page;
            w.text = plain(r.readElementText());
            Line &l = lines.last();
            l.glyphs << w;
            l.xMin = std::min(l.xMin, w.xMin);
            l.yMin = std::min(l.yMin, w.yMin);
            l.xMax = std::max(l.xMax, w.xMax);
            l.yMax = std::max(l.yMax, w.yMax);
        }
    }
    return lines;
}

// Everything printed on the same baseline as `at` (all cells of a table row), left to right:
// poppler may put a left-to-right number in a line of its own.
QString visualRow(const QList<Line> &lines, const Line &at)
{
    Line row;
    for (const Line &l : lines)
        for (const Word &w : l.glyphs)
            if (w.page == at.page && std::abs(w.yMax - at.yMax) < 2.5)
                row.glyphs << w;
    return row.visualLeftToRight();
}

int pageCount(const QList<Line> &lines)
{
    int pages = 0;
    for (const Line &l : lines)
        pages = std::max(pages, l.page);
    return pages;
}

QString pdfText(const QString &pdf)
{
    bool ok = false;
    return plain(run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}, &ok));
}

int pdfImageCount(const QString &pdf)
{
    bool ok = false;
    const QString list = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}, &ok);
    // two header lines, then one line per image; an image's transparency is a separate "smask"
    int images = 0;
    for (const QString &line : list.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.simplified().section(QLatin1Char(' '), 2, 2) == QLatin1String("image"))
            ++images;
    return images;
}

// The font names pdffonts lists, subset prefixes ("ABCDEF+") removed.
QStringList pdfFonts(const QString &pdf)
{
    bool ok = false;
    const QString list = run(QStringLiteral("pdffonts"), {pdf}, &ok);
    QStringList fonts;
    const QStringList lines = list.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) // two header lines
        fonts << lines[i].section(QLatin1Char(' '), 0, 0).section(QLatin1Char('+'), -1);
    return fonts;
}

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

const QStringList officialColumns{
    QStringLiteral("ردیف"),
    QStringLiteral("کد کالا"),
    QStringLiteral("شرح کالا یا خدمات"),
    QStringLiteral("تعداد/مقدار"),
    QStringLiteral("واحد اندازه‌گیری"),
    QStringLiteral("مبلغ واحد (ریال)"),
    QStringLiteral("مبلغ کل (ریال)"),
    QStringLiteral("مبلغ تخفیف"),
    QStringLiteral("مبلغ کل پس از تخفیف (ریال)"),
    QStringLiteral("جمع مالیات و عوارض (ریال)"),
    QStringLiteral("جمع مبلغ کل بعلاوه جمع مالیات و عوارض (ریال)"),
};

} // namespace

class TestPrintInvoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void columnsRunRightToLeftInOfficialOrder();
    void digitsArePersian();
    void hyphenatedNumberKeepsItsOrder();
    void onlyVazirmatnOnPaper();
    void amountInWords();
    void signatureOnlyWhenApproved();
    void hostileCustomerNamePrintsLiterally();
    void tripleBracesStillEscape();
    void storedTemplateAndReset();
    void batchPdf();
    void officialFormSaysWhatItsTemplateSays();
    void longInvoiceGoesOnWithHeadingsOnTheNextPage();
    void otherTemplates();
    void commandLine();
    void cleanupTestCase();

private:
    QString printDocument(const QString &documentId, const QString &name);

    std::unique_ptr<TempStore> m_store;
    QString m_invoiceId;
    QString m_pendingId;
    QString m_hostileId;
    QString m_longId;
    QString m_typeId;
    QString m_pdf;
    QList<Line> m_lines;
};

void TestPrintInvoice::initTestCase()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY2(m_store->isOpen(), qPrintable(m_store->errorText()));
    Store &store = m_store->store();

    SettingsRepository settings(store);
    Company c;
    c.name = QStringLiteral("شرکت فناوری اداری آریا");
    c.economicCode = QStringLiteral("411122223333");
    c.nationalId = QStringLiteral("10101234567");
    c.registrationNumber = QStringLiteral("123456");
    c.postalCode = QStringLiteral("1593845671");
    c.province = QStringLiteral("تهران");
    c.city = QStringLiteral("تهران");
    c.address = QStringLiteral("خیابان ولیعصر، کوچهٔ ۱۲، پلاک 45، طبقهٔ 3");
    c.phone = QStringLiteral("021-88776655");
    QVERIFY2(settings.saveCompany(c), qPrintable(settings.lastError()));

    IdentityRepository identities(store);
    Identity buyer;
    buyer.kind = QStringLiteral("organisation");
    buyer.orgName = QStringLiteral("بازرگانی نگین شرق");
    buyer.nationalId = QStringLiteral("14003456789");
    buyer.economicCode = QStringLiteral("411987654321");
    buyer.registrationNumber = QStringLiteral("98765");
    Phone phone;
    phone.type = QStringLiteral("phone");
    phone.number = QStringLiteral("051-38445566");
    phone.isDefault = true;
    QVERIFY2(identities.insert(buyer, {phone}), qPrintable(identities.lastError()));
    Address addr;
    addr.identityId = buyer.id;
    addr.province = QStringLiteral("خراسان رضوی");
    addr.city = QStringLiteral("مشهد");
    addr.address = QStringLiteral("بلوار سجاد، نبش سجاد 14");
    addr.postalCode = QStringLiteral("9185713456");
    addr.isDefault = true;
    QVERIFY2(identities.addAddress(addr), qPrintable(identities.lastError()));

    Identity hostile;
    hostile.kind = QStringLiteral("person");
    hostile.firstName = QStringLiteral("<b>&\"");
    hostile.lastName = QStringLiteral("{{seller.name}}");
    QVERIFY2(identities.insert(hostile), qPrintable(identities.lastError()));

    ItemTypeRepository types(store);
    ItemType type;
    type.entity = QStringLiteral("invoice");
    type.code = QStringLiteral("sales-invoice");
    type.name = QStringLiteral("فاکتور فروش");
    type.needsApproval = true;
    type.signatureImage = signaturePng();
    QVERIFY2(types.insert(type), qPrintable(types.lastError()));
    m_typeId = type.id;

    DocumentRepository docs(store);
    Document d;
    d.itemTypeId = type.id;
    d.kind = QStringLiteral("invoice");
    d.identityId = buyer.id;
    d.number = QStringLiteral("1403-0012");
    d.issueDate = QDate(2024, 11, 5); // ۱۴۰۳/۰۸/۱۵
    d.settlement = QStringLiteral("credit");
    d.description = QStringLiteral("تحویل در انبار خریدار");
    DocumentLine paper;
    paper.productCode = QStringLiteral("P-1001");
    paper.description = QStringLiteral("کاغذ A4 (بسته ۵۰۰ برگی)");
    paper.unit = QStringLiteral("بسته");
    paper.quantityMilli = 10000;
    paper.unitPrice = 1250000;
    paper.discount = 500000;
    paper.taxBp = 1000;
    DocumentLine install;
    install.productCode = QStringLiteral("S-2002");
    install.description = QStringLiteral("خدمات نصب و راه‌اندازی");
    install.unit = QStringLiteral("خدمت");
    install.quantityMilli = 1000;
    install.unitPrice = 3000000;
    install.taxBp = 1000;
    DocumentLine cable;
    cable.productCode = QStringLiteral("C-3003");
    cable.description = QStringLiteral("کابل شبکه Cat6");
    cable.unit = QStringLiteral("متر");
    cable.quantityMilli = 2500;
    cable.unitPrice = 80000;
    d.lines = {paper, install, cable};
    QVERIFY2(docs.insert(d), qPrintable(docs.lastError()));
    QCOMPARE(d.finalAmount, qint64(16700000));
    QVERIFY(docs.approve(d.id, Store::newId()));
    m_invoiceId = d.id;

    Document pending = d;
    pending.id.clear();
    pending.number = QStringLiteral("1403-0013");
    for (DocumentLine &l : pending.lines)
        l.id.clear();
    QVERIFY2(docs.insert(pending), qPrintable(docs.lastError()));
    m_pendingId = pending.id;

    Document h = pending;
    h.id.clear();
    h.identityId = hostile.id;
    h.number = QStringLiteral("1403-0014");
    for (DocumentLine &l : h.lines)
        l.id.clear();
    QVERIFY2(docs.insert(h), qPrintable(docs.lastError()));
    m_hostileId = h.id;

    Document longOne = pending;
    longOne.id.clear();
    longOne.number = QStringLiteral("1403-0015");
    longOne.issueDate = QDate(2024, 12, 10); // outside the command line test's filter
    longOne.lines.clear();
    for (int i = 0; i < 60; ++i) {
        DocumentLine l = i % 2 ? install : cable;
        l.description += QStringLiteral(" ") + QString::number(i + 1);
        longOne.lines << l;
    }
    QVERIFY2(docs.insert(longOne), qPrintable(docs.lastError()));
    m_longId = longOne.id;

    m_pdf = printDocument(m_invoiceId, QStringLiteral("invoice.pdf"));
    QVERIFY(!m_pdf.isEmpty());
    m_lines = pdfLines(m_pdf);
    QVERIFY2(m_lines.size() > 20, "pdftotext (poppler-utils) read no text from the PDF");
    if (qEnvironmentVariableIsSet("VAFA_KEEP_PDF"))
        QFile::copy(m_pdf, qEnvironmentVariable("VAFA_KEEP_PDF"));
}

QString TestPrintInvoice::printDocument(const QString &documentId, const QString &name)
{
    TemplateRenderer renderer(m_store->store());
    QString error;
    const auto rendered = renderer.renderDocument(documentId, TemplateRenderer::Variant::Main, &error);
    if (!rendered) {
        qWarning("render: %s", qPrintable(error));
        return {};
    }
    const QString path = m_store->dir() + QLatin1Char('/') + name;
    if (!PrintService::writePdf(rendered->item(), path, &error)) {
        qWarning("pdf: %s", qPrintable(error));
        return {};
    }
    return path;
}

void TestPrintInvoice::columnsRunRightToLeftInOfficialOrder()
{
    // The header row lies between the bar «مشخصات کالا یا خدمات مورد معامله» and the first line
    // of goods («کاغذ …»). Its text lines are grouped into cells: lines of one cell overlap in x,
    // cells are separated by their borders and padding.
    double top = -1, bottom = -1;
    for (const Line &l : std::as_const(m_lines)) {
        const QString t = lettersOnly(l.rightToLeft());
        if (l.page == 1 && t.contains(QStringLiteral("مورد")) && t.contains(QStringLiteral("خدمات")))
            top = l.yMax;
        if (l.page == 1 && t.startsWith(QStringLiteral("کاغذ")) && bottom < 0)
            bottom = l.yMin;
    }
    QVERIFY2(top > 0 && bottom > top, qPrintable(QStringLiteral("band %1 … %2").arg(top).arg(bottom)));
    QList<Line> header;
    for (const Line &l : std::as_const(m_lines))
        if (l.page == 1 && l.yMin >= top - 0.5 && l.yMax <= bottom + 0.5)
            header << l;
    std::sort(header.begin(), header.end(), [](const Line &a, const Line &b) { return a.xMax > b.xMax; });
    struct Cell { double xMin, xMax; QList<Line> lines; };
    QList<Cell> cells;
    for (const Line &l : std::as_const(header)) {
        if (!cells.isEmpty() && l.xMax > cells.last().xMin) {
            cells.last().xMin = std::min(cells.last().xMin, l.xMin);
            cells.last().lines << l;
        } else {
            cells << Cell{l.xMin, l.xMax, {l}};
        }
    }
    QStringList got; // cell texts, right-most cell first
    for (Cell &c : cells) {
        std::sort(c.lines.begin(), c.lines.end(), [](const Line &a, const Line &b) { return a.yMin < b.yMin; });
        QString t;
        for (const Line &l : std::as_const(c.lines))
            t += l.rightToLeft();
        got << lettersOnly(t);
    }
    QVERIFY2(got.size() == officialColumns.size(), qPrintable(got.join(QStringLiteral(" | "))));
    for (int i = 0; i < got.size(); ++i) {
        const QRegularExpression re(QStringLiteral("\\A(?:") + lossyPattern(lettersOnly(officialColumns[i])).pattern()
                                    + QStringLiteral(")\\z"));
        QVERIFY2(re.match(got[i]).hasMatch(),
                 qPrintable(QStringLiteral("column %1 from the right reads «%2», expected «%3»")
                                .arg(i + 1).arg(got[i], officialColumns[i])));
        if (i > 0)
            QVERIFY(cells[i].xMax <= cells[i - 1].xMin); // strictly right to left
    }
}

void TestPrintInvoice::digitsArePersian()
{
    const QString text = pdfText(m_pdf);
    QVERIFY(text.contains(QStringLiteral("۱۶٬۷۰۰٬۰۰۰")));
    static const QRegularExpression latin(QStringLiteral("[0-9]"));
    const QRegularExpressionMatch m = latin.match(text);
    QVERIFY2(!m.hasMatch(), qPrintable(QStringLiteral("Latin digit in: ")
                                       + text.mid(std::max(0, int(m.capturedStart()) - 40), 80)));
}

void TestPrintInvoice::hyphenatedNumberKeepsItsOrder()
{
    // In reading order the number is «۱۴۰۳-۰۰۱۲»: a left-to-right run inside right-to-left text,
    // so on paper, read by glyph position from left to right, it must be exactly that (bidi
    // without the left-to-right mark-up draws ۰۰۱۲-۱۴۰۳, toolchain note G5).
    const Line *serial = nullptr;
    for (const Line &l : std::as_const(m_lines))
        if (lettersOnly(l.rightToLeft()).contains(QStringLiteral("سریال")))
            serial = &l;
    QVERIFY(serial);
    const QString visual = visualRow(m_lines, *serial);
    QVERIFY2(visual.contains(QStringLiteral("۱۴۰۳-۰۰۱۲")), qPrintable(visual));
    QVERIFY(!visual.contains(QStringLiteral("۰۰۱۲-۱۴۰۳")));
    // and the control: the same line without the mark-up is scrambled, so this check can fail
    const QString control = m_store->dir() + QStringLiteral("/control.pdf");
    QVERIFY(PrintService::writePdf(QStringLiteral("<html><body dir=\"rtl\"><p>شمارهٔ سریال: ۱۴۰۳-۰۰۱۲</p></body></html>"),
                                   control));
    const QList<Line> controlLines = pdfLines(control);
    QVERIFY(!controlLines.isEmpty());
    QVERIFY2(visualRow(controlLines, controlLines.first()).contains(QStringLiteral("۰۰۱۲-۱۴۰۳")),
             qPrintable(visualRow(controlLines, controlLines.first())));
    // the Jalali date keeps its order as well
    const QString all = [this] {
        QString t;
        for (const Line &l : std::as_const(m_lines))
            t += visualRow(m_lines, l) + QLatin1Char('\n');
        return t;
    }();
    QVERIFY2(all.contains(QStringLiteral("۱۴۰۳/۰۸/۱۵")), qPrintable(all.left(800)));
}

void TestPrintInvoice::onlyVazirmatnOnPaper()
{
    // Every character on the invoice, the invisible direction marks too, comes from Vazirmatn:
    // a fallback font would set its rows at another height and make the file larger.
    const QStringList fonts = pdfFonts(m_pdf);
    QVERIFY(!fonts.isEmpty());
    for (const QString &font : fonts)
        QVERIFY2(font.startsWith(QLatin1String("Vazirmatn")), qPrintable(fonts.join(QLatin1String(", "))));
}

void TestPrintInvoice::amountInWords()
{
    const QString text = pdfText(m_pdf);
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    flat = flat.simplified();
    const QString words = QStringLiteral("شانزده میلیون و هفتصد هزار ریال");
    QVERIFY2(lossyPattern(words).match(flat).hasMatch(), qPrintable(flat));
    // the exact string, in the HTML the PDF was printed from
    TemplateRenderer renderer(m_store->store());
    const auto r = renderer.renderDocument(m_invoiceId, TemplateRenderer::Variant::Main);
    QVERIFY(r && r->html.contains(QStringLiteral("<b>") + words + QStringLiteral("</b>")));
}

void TestPrintInvoice::signatureOnlyWhenApproved()
{
    QCOMPARE(pdfImageCount(m_pdf), 1);
    const QString pending = printDocument(m_pendingId, QStringLiteral("pending.pdf"));
    QVERIFY(!pending.isEmpty());
    QCOMPARE(pdfImageCount(pending), 0);
}

void TestPrintInvoice::hostileCustomerNamePrintsLiterally()
{
    TemplateRenderer renderer(m_store->store());
    const auto r = renderer.renderDocument(m_hostileId, TemplateRenderer::Variant::Main);
    QVERIFY(r);
    QVERIFY(r->html.contains(QStringLiteral("&lt;b&gt;&amp;&quot; {{seller.name}}")));
    QVERIFY(!r->html.contains(QStringLiteral("<b>&\"")));
    const QString pdf = printDocument(m_hostileId, QStringLiteral("hostile.pdf"));
    QVERIFY(!pdf.isEmpty());
    // The name keeps its own direction (LRE … PDF for a Latin name), so it is one left-to-right run on paper: its
    // glyphs from left to right spell what was typed, brackets not mirrored, no bold.
    bool found = false;
    QString lines;
    const QList<Line> all = pdfLines(pdf);
    for (const Line &l : all) {
        const QString row = visualRow(all, l);
        lines += row + QLatin1Char('\n');
        found = found || row.contains(QStringLiteral("<b>&\"{{seller.name}}"));
    }
    QVERIFY2(found, qPrintable(lines.left(1200)));
}

void TestPrintInvoice::tripleBracesStillEscape()
{
    QVariantMap data{{QStringLiteral("name"), QStringLiteral("<i>x</i> & 'y'")}};
    const QString escaped = QStringLiteral("&lt;i&gt;x&lt;/i&gt; &amp; &#39;y&#39;");
    QCOMPARE(TemplateRenderer::render(QStringLiteral("{{name}}"), data), escaped);
    QCOMPARE(TemplateRenderer::render(QStringLiteral("{{{name}}}"), data), escaped);
    QCOMPARE(TemplateRenderer::render(QStringLiteral("{{&name}}"), data), escaped);
    QString error;
    QVERIFY(TemplateRenderer::render(QStringLiteral("{{#a}}"), data, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestPrintInvoice::storedTemplateAndReset()
{
    ItemTypeRepository types(m_store->store());
    ItemType t = *types.get(m_typeId);
    QCOMPARE(TemplateRenderer::templateFor(t, TemplateRenderer::Variant::Public),
             TemplateRenderer::builtInTemplate(QStringLiteral("invoice")));
    t.publicTemplate = QStringLiteral("<p>{{buyer.name}} {{document.number}}</p>");
    QVERIFY(types.update(t));
    TemplateRenderer renderer(m_store->store());
    const auto pub = renderer.renderDocument(m_invoiceId, TemplateRenderer::Variant::Public);
    QVERIFY(pub);
    QCOMPARE(pub->html, QStringLiteral("<p>\u202Bبازرگانی نگین شرق\u202C \u202A۱۴۰۳-۰۰۱۲\u202C</p>"));
    const auto main = renderer.renderDocument(m_invoiceId, TemplateRenderer::Variant::Main);
    QVERIFY(main && main->html.contains(QStringLiteral("صورتحساب فروش کالا و خدمات")));
    const QString reset = TemplateRenderer::resetToDefault(t, TemplateRenderer::Variant::Public);
    QCOMPARE(reset, TemplateRenderer::builtInTemplate(QStringLiteral("invoice")));
    QVERIFY(t.publicTemplate.isEmpty());
    for (const char *entity : {"invoice", "proforma", "return_invoice", "contract", "receipt"})
        QVERIFY2(!TemplateRenderer::builtInTemplate(QLatin1String(entity)).isEmpty(), entity);
}

void TestPrintInvoice::batchPdf()
{
    TemplateRenderer renderer(m_store->store());
    const QStringList ids{m_invoiceId, m_pendingId, m_hostileId};
    const PrintService::Source source = [&](int i, PrintService::Item *item, QString *error) {
        const auto r = renderer.renderDocument(ids.at(i), TemplateRenderer::Variant::Main, error);
        if (!r)
            return false;
        *item = r->item(r->kind + QLatin1Char('-') + r->number + QStringLiteral(".pdf"));
        return true;
    };
    QList<int> seen;
    const QString one = m_store->dir() + QStringLiteral("/all.pdf");
    auto res = PrintService::writeBatchPdf(int(ids.size()), source, one, [&](int done, int) { seen << done; });
    QVERIFY(res.ok());
    QCOMPARE(seen, (QList<int>{1, 2, 3}));
    QCOMPARE(res.files, QStringList{one});
    QCOMPARE(pageCount(pdfLines(one)), 3);
    QVERIFY(pdfText(one).contains(QStringLiteral("۱۴۰۳-۰۰۱۴")));

    const QString dir = m_store->dir() + QStringLiteral("/each");
    res = PrintService::writePdfPerItem(int(ids.size()), source, dir);
    QVERIFY(res.ok());
    QCOMPARE(res.files.size(), 3);
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/invoice-1403-0012.pdf")));

    // Cancel after the first item: one PDF mode leaves nothing behind.
    const QString cancelled = m_store->dir() + QStringLiteral("/cancelled.pdf");
    int polls = 0;
    res = PrintService::writeBatchPdf(int(ids.size()), source, cancelled, {}, [&] { return ++polls > 1; });
    QVERIFY(res.cancelled);
    QCOMPARE(res.printed, 1);
    QVERIFY(!QFileInfo::exists(cancelled));
    QVERIFY(!QFileInfo::exists(cancelled + QStringLiteral(".part")));
}

// The built-in invoice is drawn by OfficialInvoiceForm and is also the HTML a company edits into
// its own template: both must put the same letters and digits on paper.
void TestPrintInvoice::officialFormSaysWhatItsTemplateSays()
{
    TemplateRenderer renderer(m_store->store());
    const auto r = renderer.renderDocument(m_invoiceId, TemplateRenderer::Variant::Main);
    QVERIFY(r && !r->paper.isEmpty());
    PrintService::Item html = r->item();
    html.paper = {};
    const QString fromHtml = m_store->dir() + QStringLiteral("/from-html.pdf");
    QVERIFY(PrintService::writePdf(html, fromHtml));
    const auto inventory = [](const QString &pdf) {
        QString chars;
        for (const QChar c : pdfText(pdf))
            if (c.isLetterOrNumber())
                chars += c;
        std::sort(chars.begin(), chars.end());
        return chars;
    };
    const QString form = inventory(m_pdf), templ = inventory(fromHtml);
    QVERIFY(form.size() > 400);
    QCOMPARE(form, templ);
}

void TestPrintInvoice::longInvoiceGoesOnWithHeadingsOnTheNextPage()
{
    const QString pdf = printDocument(m_longId, QStringLiteral("long.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QList<Line> lines = pdfLines(pdf);
    const int pages = pageCount(lines);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    const auto onPage = [&lines](int page, const QString &letters) {
        for (const Line &l : lines)
            if (l.page == page && lettersOnly(l.rightToLeft()).contains(letters))
                return true;
        return false;
    };
    const QString heading = lettersOnly(officialColumns.at(2)); // «شرح کالا یا خدمات»
    const QString payable = QStringLiteral("قابل"); // «مبلغ قابل پرداخت», in letters pdftotext keeps
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(onPage(page, heading), qPrintable(QStringLiteral("no column headings on page %1").arg(page)));
    QVERIFY(!onPage(1, payable));
    QVERIFY(onPage(pages, payable));
    // every line is printed once, none lost at a page break and none twice
    int seen = 0;
    for (const Line &l : lines)
        seen += lettersOnly(l.rightToLeft()).contains(lettersOnly(QStringLiteral("راه‌اندازی"))) ? 1 : 0;
    QCOMPARE(seen, 30);
}

void TestPrintInvoice::otherTemplates()
{
    Store &store = m_store->store();
    DocumentRepository docs(store);
    Document base = *docs.get(m_invoiceId);

    Document proforma = base;
    proforma.id.clear();
    proforma.kind = QStringLiteral("proforma");
    proforma.itemTypeId = Store::newId(); // no such type: the built-in template of the kind
    proforma.number = QStringLiteral("PF-1403-0007");
    proforma.dueDate = QDate(2024, 11, 20); // ۱۴۰۳/۰۸/۳۰
    for (DocumentLine &l : proforma.lines)
        l.id.clear();
    QVERIFY(docs.insert(proforma));
    const QString pf = printDocument(proforma.id, QStringLiteral("proforma.pdf"));
    QVERIFY(!pf.isEmpty());
    QString visual;
    const QList<Line> pfLines = pdfLines(pf);
    for (const Line &l : pfLines)
        visual += visualRow(pfLines, l) + QLatin1Char('\n');
    QVERIFY2(visual.contains(QStringLiteral("۱۴۰۳/۰۸/۳۰")), qPrintable(visual.left(600)));
    QVERIFY(visual.contains(QStringLiteral("PF-۱۴۰۳-۰۰۰۷")));
    QVERIFY(lossyPattern(QStringLiteral("پیش‌فاکتور").remove(QChar(0x200C))).match(pdfText(pf).remove(QChar(0x200C))).hasMatch());
    QCOMPARE(pdfImageCount(pf), 0); // pending: no signature

    Document contract = base;
    contract.id.clear();
    contract.kind = QStringLiteral("contract");
    contract.itemTypeId = Store::newId();
    contract.number = QStringLiteral("CT-0031");
    contract.title = QStringLiteral("پشتیبانی سالانه");
    contract.startDate = QDate(2024, 3, 20);
    contract.endDate = QDate(2025, 3, 20);
    for (DocumentLine &l : contract.lines)
        l.id.clear();
    QVERIFY(docs.insert(contract));
    const QString ct = printDocument(contract.id, QStringLiteral("contract.pdf"));
    QVERIFY(!ct.isEmpty());
    QVERIFY(!pdfText(ct).contains(QRegularExpression(QStringLiteral("[0-9]"))));

    ReceiptRepository receipts(store);
    Receipt rc;
    rc.itemTypeId = Store::newId();
    rc.identityId = base.identityId;
    rc.number = QStringLiteral("R-1403-0101");
    rc.amount = 16700000;
    rc.method = QStringLiteral("cheque");
    rc.chequeNumber = QStringLiteral("778899");
    rc.chequeDueDate = QDate(2024, 12, 21);
    rc.bank = QStringLiteral("ملت");
    rc.receivedOn = QDate(2024, 11, 6);
    QVERIFY2(receipts.insert(rc), qPrintable(receipts.lastError()));
    TemplateRenderer renderer(store);
    const auto r = renderer.renderReceipt(rc.id, TemplateRenderer::Variant::Main);
    QVERIFY(r);
    QVERIFY(r->html.contains(QStringLiteral("شانزده میلیون و هفتصد هزار ریال")));
    QVERIFY(r->html.contains(QStringLiteral("\u202A۷۷۸۸۹۹\u202C")));
    const QString rp = m_store->dir() + QStringLiteral("/receipt.pdf");
    QVERIFY(PrintService::writePdf(r->html, rp));
    QVERIFY(!pdfText(rp).contains(QRegularExpression(QStringLiteral("[0-9]"))));
}

void TestPrintInvoice::commandLine()
{
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    Store &store = m_store->store();
    const QString one = m_store->dir() + QStringLiteral("/cli-one.pdf");
    // Persian digits typed on the command line find the Latin-digit number
    QCOMPARE(PrintCommand::run({QStringLiteral("print"), QStringLiteral("--type"), QStringLiteral("invoice"),
                                QStringLiteral("--number"), QStringLiteral("۱۴۰۳-۰۰۱۲"), QStringLiteral("--pdf"), one},
                               store, out, err),
             int(PrintCommand::Ok));
    QVERIFY2(QFileInfo(one).size() > 1000, qPrintable(errText));
    QCOMPARE(pdfImageCount(one), 1);

    const QString dir = m_store->dir() + QStringLiteral("/cli-dir");
    QCOMPARE(PrintCommand::run({QStringLiteral("--filter"), QStringLiteral("kind=invoice,status=pending,from=1403-08-01,to=2024-11-30"),
                                QStringLiteral("--pdf-dir"), dir},
                               store, out, err),
             int(PrintCommand::Ok));
    QCOMPARE(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files),
             (QStringList{QStringLiteral("invoice-1403-0013.pdf"), QStringLiteral("invoice-1403-0014.pdf")}));
    QVERIFY(outText.contains(QStringLiteral("۲")));

    QCOMPARE(PrintCommand::run({QStringLiteral("--type"), QStringLiteral("invoice"), QStringLiteral("--number"),
                                QStringLiteral("9999"), QStringLiteral("--pdf"), one},
                               store, out, err),
             int(PrintCommand::Failed));
    QCOMPARE(PrintCommand::run({QStringLiteral("--type"), QStringLiteral("invoice"), QStringLiteral("--pdf"), one}, store, out, err),
             int(PrintCommand::Usage));
    QCOMPARE(PrintCommand::run({QStringLiteral("--filter"), QStringLiteral("kind=invoice"), QStringLiteral("--pdf"), one,
                                QStringLiteral("--pdf-dir"), dir},
                               store, out, err),
             int(PrintCommand::Usage));
    QCOMPARE(PrintCommand::run({QStringLiteral("--filter"), QStringLiteral("colour=red"), QStringLiteral("--pdf"), one}, store, out, err),
             int(PrintCommand::Usage));
    QCOMPARE(PrintCommand::run({QStringLiteral("--filter"), QStringLiteral("kind=invoice"), QStringLiteral("--printer"),
                                QStringLiteral("no-such-printer")},
                               store, out, err),
             int(PrintCommand::Failed));
    QVERIFY(!errText.isEmpty());
}

// VAFA_KEEP_PDF_DIR=/some/dir keeps every PDF this test printed, to look at them.
void TestPrintInvoice::cleanupTestCase()
{
    const QString keep = qEnvironmentVariable("VAFA_KEEP_PDF_DIR");
    if (keep.isEmpty() || !m_store)
        return;
    QDir().mkpath(keep);
    QDirIterator it(m_store->dir(), {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        QFile::remove(keep + QLatin1Char('/') + it.fileName());
        QFile::copy(f, keep + QLatin1Char('/') + it.fileName());
    }
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestPrintInvoice t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_print_invoice.moc"
