// The printed invoice, read back from the PDF: the store is filled through the repositories,
// the document is rendered with its item type's template and printed to PDF by PrintService,
// and `pdftotext -bbox-layout` (poppler-utils) gives the words and their positions on the page.
#include "models/finance/DocumentRepository.h"
#include "models/finance/FinancialAccountRepository.h"
#include "models/finance/ReceiptRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "models/core/SettingsRepository.h"
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
#include <QStandardPaths>
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

using TestSupport::lettersOnly;

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

// The text pdftotext reads must be the text that was printed, letter for letter: only the
// spacing may differ (pdftotext puts spaces where it sees gaps). Each glyph of a Vafa PDF says
// which letters it stands for (PdfFile), so a contextual form such as the ی of «میلیون» is read
// back as ی. (Until PdfFile wrote that, such letters came back as nothing or a space, and this
// pattern let them go missing.)
QRegularExpression spacedPattern(const QString &expected)
{
    QString re;
    for (const QChar c : expected) {
        if (c == QLatin1Char(' '))
            re += QStringLiteral("\\s*");
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

// The text without whitespace and bidi controls: what "letter for letter" compares.
QString flat(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (c.isSpace() || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F)
            continue;
        out += c;
    }
    return out;
}

// pdftotext's text as it is, without folding presentation forms (a PDF whose text reads back as
// presentation forms does not say its letters).
QString rawPdfText(const QString &pdf)
{
    bool ok = false;
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}, &ok);
}

// `qpdf --check`: the file's structure (cross-reference table, objects, streams) is sound. A
// machine without qpdf fails here: the check is part of what a PDF of Vafa must pass.
QString qpdfProblem(const QString &pdf)
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        return QStringLiteral("qpdf is not installed (apt-get install qpdf; scripts/bootstrap.sh installs it): "
                              "the structural check of every PDF cannot run");
    QProcess p;
    p.start(qpdf, {QStringLiteral("--check"), pdf});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("qpdf --check did not finish on ") + pdf;
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (p.exitCode() != 0 || !out.contains(QLatin1String("No syntax or stream encoding errors")))
        return QStringLiteral("qpdf --check %1 (exit %2):\n%3").arg(pdf).arg(p.exitCode()).arg(out.left(2000));
    return {};
}

// Unique words of Persian letters only (every one starts with ژ, which no label of the forms
// has), joined by spaces, at least `length` characters long: what is read back can be checked
// word by word for loss, duplication and changed letters. The alphabet puts ل before ا, so the
// «لا» ligature is among them.
QStringList uniqueWords(int length)
{
    static const QString letters = QStringLiteral("ابپتثجچحخدذرزسشصضطظعغفقکگلمنوهی");
    QStringList words;
    int total = 0;
    for (int i = 0; total < length; ++i) {
        QString w = QStringLiteral("ژ");
        for (int n = i + letters.size(); n > 0; n /= int(letters.size()))
            w += letters.at(n % letters.size());
        w += QStringLiteral("لا");
        words << w;
        total += int(w.size()) + 1;
    }
    return words;
}

// How often each word starting with ژ appears in the PDF's text.
QHash<QString, int> wordCounts(const QString &text)
{
    QHash<QString, int> counts;
    QString cleaned = text;
    cleaned.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F;
    });
    static const QRegularExpression space(QStringLiteral("[\\s\\x{00A0}،,:()]+"));
    for (const QString &w : cleaned.split(space, Qt::SkipEmptyParts))
        if (w.startsWith(QStringLiteral("ژ")))
            ++counts[w];
    return counts;
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
    void amountsNeverBreakAcrossLines_data();
    void amountsNeverBreakAcrossLines();
    void longTextIsNeverLost_data();
    void longTextIsNeverLost();
    void extractedTextIsTheLogicalText();
    void receiptNamesTheBankOnceSaysWhatIsPaidAndGroupsNumbers();
    void everyPdfPassesQpdfCheck();
    void cleanupTestCase();

private:
    QString printDocument(const QString &documentId, const QString &name);
    // Prints the document with the official form (`form`) or its HTML template.
    QString printBoth(const QString &documentId, bool form, const QString &name);
    QString printReceipt(const QString &receiptId, const QString &name);
    QString newDocument(const QList<DocumentLine> &lines, const QString &number, const QString &identityId = {});

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
    buyer.kind = IdentityKind::Organisation;
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
    hostile.kind = IdentityKind::Person;
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
    QVERIFY(docs.setApproval(d.id, ApprovalStatus::Pending, ApprovalStatus::Approved, Store::newId()));
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
        const QRegularExpression re(QStringLiteral("\\A(?:") + spacedPattern(lettersOnly(officialColumns[i])).pattern()
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
    QVERIFY2(spacedPattern(words).match(flat).hasMatch(), qPrintable(flat));
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
    QVERIFY(spacedPattern(QStringLiteral("پیش‌فاکتور").remove(QChar(0x200C))).match(pdfText(pf).remove(QChar(0x200C))).hasMatch());
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

QString TestPrintInvoice::printBoth(const QString &documentId, bool form, const QString &name)
{
    TemplateRenderer renderer(m_store->store());
    QString error;
    const auto rendered = renderer.renderDocument(documentId, TemplateRenderer::Variant::Main, &error);
    if (!rendered) {
        qWarning("render: %s", qPrintable(error));
        return {};
    }
    PrintService::Item item = rendered->item();
    if (!form)
        item.paper = {};
    else if (item.paper.isEmpty())
        qWarning("not drawn by the official form");
    const QString path = m_store->dir() + QLatin1Char('/') + name;
    if (!PrintService::writePdf(item, path, &error)) {
        qWarning("pdf: %s", qPrintable(error));
        return {};
    }
    return path;
}

QString TestPrintInvoice::printReceipt(const QString &receiptId, const QString &name)
{
    TemplateRenderer renderer(m_store->store());
    QString error;
    const auto rendered = renderer.renderReceipt(receiptId, TemplateRenderer::Variant::Main, &error);
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

QString TestPrintInvoice::newDocument(const QList<DocumentLine> &lines, const QString &number, const QString &identityId)
{
    DocumentRepository docs(m_store->store());
    Document d = *docs.get(m_invoiceId);
    d.id.clear();
    d.number = number;
    d.issueDate = QDate(2025, 1, 10); // outside the command line test's filter
    if (!identityId.isEmpty())
        d.identityId = identityId;
    d.lines = lines;
    if (!docs.insert(d)) {
        qWarning("insert: %s", qPrintable(docs.lastError()));
        return {};
    }
    return d.id;
}

void TestPrintInvoice::amountsNeverBreakAcrossLines_data()
{
    QTest::addColumn<bool>("form");
    QTest::newRow("official form") << true;
    QTest::newRow("html template") << false;
}

// ۹۹۹٬۹۹۹٬۹۹۹٬۹۹۹٬۹۹۹ ریال in the narrow amount columns: every amount stays whole on one line (in
// smaller letters, or a wider column), and nothing goes past the page's margins.
void TestPrintInvoice::amountsNeverBreakAcrossLines()
{
    QFETCH(bool, form);
    DocumentLine big;
    big.productCode = QStringLiteral("B-1");
    big.description = QStringLiteral("کالای گران");
    big.unit = QStringLiteral("عدد");
    big.quantityMilli = 1000;
    big.unitPrice = 999999999999999;
    static QString id;
    if (id.isEmpty())
        id = newDocument({big}, QStringLiteral("1403-0901"));
    QVERIFY(!id.isEmpty());
    const QString pdf = printBoth(id, form, form ? QStringLiteral("amount-form.pdf") : QStringLiteral("amount-html.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString amount = QStringLiteral("۹۹۹٬۹۹۹٬۹۹۹٬۹۹۹٬۹۹۹");
    // unit price, total, after discount and final of the line; total, after discount, lines'
    // final and payable of the totals
    const QString text = flat(rawPdfText(pdf));
    QVERIFY2(text.count(amount) >= 8, qPrintable(QStringLiteral("%1 whole amounts in: %2").arg(text.count(amount)).arg(text.left(1500))));
    // read by position: each amount's glyphs on one baseline, left to right as written
    const QList<Line> lines = pdfLines(pdf);
    int whole = 0;
    QList<double> baselines;
    for (const Line &l : lines) {
        if (!flat(l.visualLeftToRight()).contains(QStringLiteral("۹۹۹")))
            continue;
        bool seen = false;
        for (double b : std::as_const(baselines))
            seen = seen || std::abs(b - l.yMax) < 2.5;
        if (seen)
            continue;
        baselines << l.yMax;
        const QString row = flat(visualRow(lines, l));
        whole += int(row.count(amount));
        // no piece of an amount on a line of its own: every ۹ of the row belongs to a whole amount
        QCOMPARE(QString(row).remove(amount).count(QStringLiteral("۹")), 0);
    }
    QVERIFY2(whole >= 8, qPrintable(QString::number(whole)));
    const double margin = 12 * 72 / 25.4 - 1;
    for (const Line &l : lines)
        QVERIFY2(l.xMin >= margin && l.xMax <= 595.28 - margin,
                 qPrintable(QStringLiteral("%1 … %2: %3").arg(l.xMin).arg(l.xMax).arg(l.rightToLeft())));
}

void TestPrintInvoice::longTextIsNeverLost_data()
{
    QTest::addColumn<bool>("form");
    QTest::addColumn<int>("descriptionLength");
    QTest::addColumn<int>("addressLength");
    QTest::addColumn<int>("lineCount");
    for (bool form : {true, false}) {
        const char *how = form ? "form" : "html";
        QTest::addRow("%s: 1,500-character description", how) << form << 1500 << 0 << 1;
        QTest::addRow("%s: 10,000-character description", how) << form << 10000 << 0 << 1;
        QTest::addRow("%s: 10,000-character address", how) << form << 0 << 10000 << 1;
        QTest::addRow("%s: 200 lines", how) << form << 0 << 0 << 200;
    }
}

// A row taller than a page goes on on the next page: every word of a long description, a long
// address and 200 lines is read back from the PDF once, letter for letter, inside the page.
void TestPrintInvoice::longTextIsNeverLost()
{
    QFETCH(bool, form);
    QFETCH(int, descriptionLength);
    QFETCH(int, addressLength);
    QFETCH(int, lineCount);
    QStringList expected;
    QString identityId;
    if (addressLength) {
        IdentityRepository identities(m_store->store());
        Identity buyer;
        buyer.kind = IdentityKind::Person;
        buyer.firstName = QStringLiteral("مینا");
        buyer.lastName = QStringLiteral("کاظمی");
        QVERIFY2(identities.insert(buyer), qPrintable(identities.lastError()));
        Address a;
        a.identityId = buyer.id;
        a.province = QStringLiteral("فارس");
        a.city = QStringLiteral("شیراز");
        expected = uniqueWords(addressLength);
        a.address = expected.join(QLatin1Char(' '));
        a.isDefault = true;
        QVERIFY2(identities.addAddress(a), qPrintable(identities.lastError()));
        identityId = buyer.id;
    }
    QList<DocumentLine> lines;
    const QStringList words = uniqueWords(descriptionLength ? descriptionLength : lineCount * 6);
    for (int i = 0; i < lineCount; ++i) {
        DocumentLine l;
        l.productCode = QStringLiteral("L-%1").arg(i + 1);
        l.unit = QStringLiteral("عدد");
        l.quantityMilli = 1000;
        l.unitPrice = 10000 + i;
        if (descriptionLength)
            l.description = words.join(QLatin1Char(' '));
        else if (lineCount > 1)
            l.description = words.at(i);
        else
            l.description = QStringLiteral("کالا");
        lines << l;
    }
    if (descriptionLength)
        expected = words;
    else if (lineCount > 1)
        expected = words.mid(0, lineCount);
    static int serial = 0;
    const QString id = newDocument(lines, QStringLiteral("1403-%1").arg(950 + serial++), identityId);
    QVERIFY(!id.isEmpty());
    const QString pdf = printBoth(id, form, QStringLiteral("long-%1.pdf").arg(serial));
    QVERIFY(!pdf.isEmpty());
    const QHash<QString, int> counts = wordCounts(rawPdfText(pdf));
    QStringList missing, twice;
    for (const QString &w : std::as_const(expected)) {
        const int n = counts.value(w);
        if (n == 0)
            missing << w;
        else if (n > 1)
            twice << w;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 of %2 words missing, e.g. %3")
                                               .arg(missing.size()).arg(expected.size()).arg(missing.mid(0, 5).join(QLatin1Char(' ')))));
    QVERIFY2(twice.isEmpty(), qPrintable(twice.mid(0, 5).join(QLatin1Char(' '))));
    QCOMPARE(counts.size(), expected.size()); // no word changed a letter
    // and all of it on the paper, inside the margins
    const QList<Line> all = pdfLines(pdf);
    const double margin = 12 * 72 / 25.4 - 1;
    for (const Line &l : all)
        QVERIFY2(l.yMin >= margin - 2 && l.yMax <= 841.89 - margin + 2 && l.xMin >= margin && l.xMax <= 595.28 - margin,
                 qPrintable(QStringLiteral("page %1 (%2, %3): %4").arg(l.page).arg(l.xMin).arg(l.yMax).arg(l.rightToLeft())));
    if (descriptionLength >= 10000 || addressLength >= 10000)
        QVERIFY(pageCount(all) >= 2);
}

// What a reader copies from a PDF of Vafa is the text that was printed, letter for letter and
// in reading order: for the official form, the HTML templates (invoice, proforma, contract,
// receipt) and a batch of them in one file.
void TestPrintInvoice::extractedTextIsTheLogicalText()
{
    TemplateRenderer renderer(m_store->store());
    const auto invoice = renderer.renderDocument(m_invoiceId, TemplateRenderer::Variant::Main);
    QVERIFY(invoice);
    SettingsRepository settings(m_store->store());
    const Company company = *settings.company();
    QStringList must{company.name, QStringLiteral("بازرگانی نگین شرق"), QStringLiteral("خراسان رضوی، مشهد، بلوار سجاد، نبش سجاد ۱۴"),
                     QStringLiteral("تهران، تهران، خیابان ولیعصر، کوچهٔ ۱۲، پلاک ۴۵، طبقهٔ ۳"),
                     QStringLiteral("شانزده میلیون و هفتصد هزار ریال"), QStringLiteral("مشخصات کالا یا خدمات مورد معامله"),
                     QStringLiteral("کاغذ A۴ (بسته ۵۰۰ برگی)"), QStringLiteral("خدمات نصب و راه‌اندازی"),
                     QStringLiteral("کابل شبکه Cat۶"), QStringLiteral("۱۶٬۷۰۰٬۰۰۰"), QStringLiteral("۱۴۰۳-۰۰۱۲"),
                     QStringLiteral("۱۴۰۳/۰۸/۱۵"), QStringLiteral("شرایط و نحوهٔ فروش: غیرنقدی"),
                     QStringLiteral("تحویل در انبار خریدار"), QStringLiteral("۰۲۱-۸۸۷۷۶۶۵۵")};
    // (the column headings wrap inside their cells, and pdftotext reads a table row's lines
    // across the cells: columnsRunRightToLeftInOfficialOrder reads them cell by cell)
    PrintService::Item html = invoice->item();
    html.paper = {};
    const QString fromHtml = m_store->dir() + QStringLiteral("/letters-html.pdf");
    QVERIFY(PrintService::writePdf(html, fromHtml));
    for (const QString &pdf : {m_pdf, fromHtml}) {
        const QString raw = rawPdfText(pdf);
        const QString text = flat(raw);
        for (const QString &m : std::as_const(must))
            QVERIFY2(text.contains(flat(m)), qPrintable(QStringLiteral("%1: «%2» not in %3").arg(QFileInfo(pdf).fileName(), m, raw.left(3000))));
        // letters, not presentation forms
        for (const QChar c : raw)
            QVERIFY2(!(c.unicode() >= 0xFB50 && c.unicode() <= 0xFEFF && c.unicode() != 0xFEFF),
                     qPrintable(QStringLiteral("presentation form U+%1 in %2").arg(c.unicode(), 4, 16).arg(pdf)));
    }

    // the contract and a receipt (HTML templates), alone and in one batch with the invoice
    DocumentRepository docs(m_store->store());
    Document contract = *docs.get(m_invoiceId);
    contract.id.clear();
    contract.kind = QStringLiteral("contract");
    contract.itemTypeId = Store::newId();
    contract.number = QStringLiteral("CT-0777");
    contract.title = QStringLiteral("نگهداری تجهیزات شبکه");
    contract.startDate = QDate(2024, 3, 20);
    contract.endDate = QDate(2025, 3, 20);
    contract.description = QStringLiteral("پرداخت در سه قسط مساوی؛ لغو قرارداد با اعلام کتبی یک‌ماهه");
    for (DocumentLine &l : contract.lines)
        l.id.clear();
    QVERIFY(docs.insert(contract));
    ReceiptRepository receipts(m_store->store());
    Receipt rc;
    rc.itemTypeId = Store::newId();
    rc.identityId = contract.identityId;
    rc.number = QStringLiteral("R-1403-0202");
    rc.amount = 2500000;
    rc.cashMethod = QStringLiteral("deposit");
    rc.description = QStringLiteral("پیش‌پرداخت نگهداری");
    rc.receivedOn = QDate(2024, 11, 7);
    QVERIFY2(receipts.insert(rc), qPrintable(receipts.lastError()));

    const QString contractPdf = printBoth(contract.id, false, QStringLiteral("letters-contract.pdf"));
    const QString receiptPdf = printReceipt(rc.id, QStringLiteral("letters-receipt.pdf"));
    QVERIFY(!contractPdf.isEmpty() && !receiptPdf.isEmpty());
    const QStringList contractMust{QStringLiteral("قرارداد نگهداری تجهیزات شبکه"), QStringLiteral("CT-۰۷۷۷"),
                                   QStringLiteral("مادهٔ ۵ – سایر شرایط. پرداخت در سه قسط مساوی؛ لغو قرارداد با اعلام کتبی یک‌ماهه"),
                                   QStringLiteral("به حروف: شانزده میلیون و هفتصد هزار ریال"),
                                   QStringLiteral("از تاریخ ۱۴۰۳/۰۱/۰۱ تا تاریخ ۱۴۰۳/۱۲/۳۰")};
    const QStringList receiptMust{QStringLiteral("رسید دریافت وجه"), QStringLiteral("R-۱۴۰۳-۰۲۰۲"),
                                  QStringLiteral("دو میلیون و پانصد هزار ریال"), QStringLiteral("۲٬۵۰۰٬۰۰۰ ریال"),
                                  QStringLiteral("بابت پیش‌پرداخت نگهداری"), QStringLiteral("نقدی – واریز به حساب")};
    for (const auto &[pdf, list] : {std::pair(contractPdf, contractMust), std::pair(receiptPdf, receiptMust)}) {
        const QString raw = rawPdfText(pdf);
        for (const QString &m : list)
            QVERIFY2(flat(raw).contains(flat(m)), qPrintable(QStringLiteral("«%1» not in %2").arg(m, raw.left(3000))));
    }

    // a batch in one PDF reads as its documents one after the other
    const PrintService::Source source = [&](int i, PrintService::Item *item, QString *error) {
        const auto r = i == 2 ? renderer.renderReceipt(rc.id, TemplateRenderer::Variant::Main, error)
                              : renderer.renderDocument(i == 0 ? m_invoiceId : contract.id, TemplateRenderer::Variant::Main, error);
        if (!r)
            return false;
        *item = r->item();
        return true;
    };
    const QString batch = m_store->dir() + QStringLiteral("/letters-batch.pdf");
    const auto res = PrintService::writeBatchPdf(3, source, batch);
    QVERIFY(res.ok());
    QCOMPARE(flat(rawPdfText(batch)), flat(rawPdfText(m_pdf) + rawPdfText(contractPdf) + rawPdfText(receiptPdf)));
}

void TestPrintInvoice::receiptNamesTheBankOnceSaysWhatIsPaidAndGroupsNumbers()
{
    Store &store = m_store->store();
    FinancialAccountRepository accounts(store);
    FinancialAccount account;
    account.name = QStringLiteral("حساب جاری ملت");
    account.bankName = QStringLiteral("بانک ملت");
    account.accountNumber = QStringLiteral("4455667788");
    account.iban = QStringLiteral("IR06 0120-0000 0000 1234 5678 90");
    account.cardNumber = QStringLiteral("6104337812345678");
    QVERIFY2(accounts.insert(account), qPrintable(accounts.lastError()));
    DocumentRepository docs(store);
    const Document invoice = *docs.get(m_invoiceId);

    ReceiptRepository receipts(store);
    Receipt card;
    card.itemTypeId = Store::newId();
    card.identityId = invoice.identityId;
    card.documentId = m_invoiceId;
    card.number = QStringLiteral("R-1403-0303");
    card.amount = invoice.finalAmount;
    card.cashMethod = QStringLiteral("card_to_card");
    card.cardNumber = QStringLiteral("6037-9912-3456-7893");
    card.trackingNumber = QStringLiteral("554433");
    card.accountId = account.id;
    card.receivedOn = QDate(2024, 11, 8);
    QVERIFY2(receipts.insert(card), qPrintable(receipts.lastError()));
    Receipt cheque = card;
    cheque.id.clear();
    cheque.number = QStringLiteral("R-1403-0304");
    cheque.documentId.clear();
    cheque.accountId.clear();
    cheque.cardNumber.clear();
    cheque.method = QStringLiteral("cheque");
    cheque.chequeNumber = QStringLiteral("112233");
    cheque.chequeDueDate = QDate(2025, 1, 20);
    cheque.bank = QStringLiteral("بانک تجارت");
    cheque.description = QStringLiteral("قسط دوم قرارداد پشتیبانی");
    QVERIFY2(receipts.insert(cheque), qPrintable(receipts.lastError()));

    const QString cardPdf = printReceipt(card.id, QStringLiteral("receipt-card.pdf"));
    const QString chequePdf = printReceipt(cheque.id, QStringLiteral("receipt-cheque.pdf"));
    QVERIFY(!cardPdf.isEmpty() && !chequePdf.isEmpty());
    const QString cardText = rawPdfText(cardPdf), chequeText = rawPdfText(chequePdf);

    // what is paid: «بابت» and the document, or the description
    QVERIFY2(flat(cardText).contains(flat(QStringLiteral("بابت صورتحساب فروش کالا و خدمات شمارهٔ ۱۴۰۳-۰۰۱۲ مورخ ۱۴۰۳/۰۸/۱۵"))),
             qPrintable(cardText));
    QVERIFY2(flat(chequeText).contains(flat(QStringLiteral("بابت قسط دوم قرارداد پشتیبانی"))), qPrintable(chequeText));
    QCOMPARE(chequeText.count(QStringLiteral("قسط دوم")), 1); // not again as «توضیحات»
    // the bank once
    QCOMPARE(cardText.count(QStringLiteral("ملت")), 1);
    QCOMPARE(chequeText.count(QStringLiteral("تجارت")), 1);
    QCOMPARE(chequeText.count(QStringLiteral("بانک")), 1);

    // IBAN and card: left to right on paper, in groups of four, Persian digits
    const QString iban = QStringLiteral("IR۰۶ ۰۱۲۰ ۰۰۰۰ ۰۰۰۰ ۱۲۳۴ ۵۶۷۸ ۹۰");
    const QString cardNumber = QStringLiteral("۶۰۳۷ ۹۹۱۲ ۳۴۵۶ ۷۸۹۳");
    QString spaced = cardText;
    spaced.replace(QChar(0x00A0), QLatin1Char(' '));
    spaced.removeIf([](QChar c) { return (c.unicode() >= 0x202A && c.unicode() <= 0x202E) || c.unicode() == 0x200E || c.unicode() == 0x200F; });
    spaced = spaced.simplified();
    QVERIFY2(spaced.contains(iban), qPrintable(spaced));
    QVERIFY2(spaced.contains(cardNumber), qPrintable(spaced));
    const QList<Line> lines = pdfLines(cardPdf);
    QString visual;
    for (const Line &l : lines)
        visual += visualRow(lines, l) + QLatin1Char('\n');
    QVERIFY2(visual.contains(flat(iban)), qPrintable(visual));
    QVERIFY2(visual.contains(flat(cardNumber)), qPrintable(visual));
    // the groups are apart on paper: a gap between each group and the next, from left to right
    for (const Line &l : lines) {
        QList<Word> g = l.glyphs;
        std::sort(g.begin(), g.end(), [](const Word &a, const Word &b) { return a.xMin < b.xMin; });
        QString row;
        for (const Word &w : std::as_const(g))
            row += w.text;
        if (!row.contains(QStringLiteral("IR")))
            continue;
        int gaps = 0;
        for (qsizetype i = 1; i < g.size(); ++i)
            gaps += g.at(i).xMin - g.at(i - 1).xMax > 1.0 ? 1 : 0;
        QVERIFY2(gaps >= 6, qPrintable(row));
    }
    QVERIFY(!cardText.contains(QRegularExpression(QStringLiteral("[0-9]"))));
}

// Every PDF the tests above wrote (single files, batches, one file per item, from the form and
// from HTML) passes qpdf's structural check.
void TestPrintInvoice::everyPdfPassesQpdfCheck()
{
    QDirIterator it(m_store->dir(), {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (it.hasNext()) {
        const QString pdf = it.next();
        const QString problem = qpdfProblem(pdf);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        ++checked;
    }
    QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
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
