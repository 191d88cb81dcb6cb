// The spreadsheet files the import reads and writes: CSV encodings (UTF-8 with or without a BOM,
// UTF-16 with a BOM, Windows-1256) and what cannot be decoded, the file's own line numbers,
// workbooks out of proportion ("zip bombs", far-away cell references) refused quickly and in
// bounded memory, owner-only files and formula neutralisation.
#include "models/core/TabularFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <minizip/unzip.h>
#include <minizip/zip.h>
#include <sys/resource.h>
#include <zlib.h>

class TestTabularFile : public QObject
{
    Q_OBJECT
private slots:
    void csvEncodings_data();
    void csvEncodings();
    void undecodableCsvIsRefused_data();
    void undecodableCsvIsRefused();
    void lineNumbersAreTheFilesOwn();
    void xlsxCellsWithoutReferencesKeepTheirPlace();
    void xlsxOutOfProportionIsRefused_data();
    void xlsxOutOfProportionIsRefused();
    void xlsxLyingSizeStopsEarly();
    void writtenFilesAreOwnerOnly_data();
    void writtenFilesAreOwnerOnly();
    void formulasAreNeutralised_data();
    void formulasAreNeutralised();

private:
    QString file(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {
const QString kText = QStringLiteral("نام,نام خانوادگی,شهر\nپرویز,چگینی,گرگان\nژاله,کاظمی,کرمان\n");

// A workbook of the given parts, written with minizip.
bool makeZip(const QString &path, const QList<QPair<QByteArray, QByteArray>> &parts)
{
    zipFile zf = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zf)
        return false;
    bool ok = true;
    for (const auto &p : parts) {
        zip_fileinfo info{};
        ok = ok && zipOpenNewFileInZip64(zf, p.first.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 9, 1) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zf, p.second.constData(), unsigned(p.second.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZip(zf) == ZIP_OK;
    }
    return zipClose(zf, nullptr) == ZIP_OK && ok;
}

QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
           "spreadsheetml/2006/main\"><sheetData>"
        + rows + "</sheetData></worksheet>";
}

QByteArray zipEntry(const QString &path, const char *name)
{
    unzFile z = unzOpen64(QFile::encodeName(path).constData());
    QByteArray out;
    if (z && unzLocateFile(z, name, 0) == UNZ_OK && unzOpenCurrentFile(z) == UNZ_OK) {
        char buf[4096];
        int n = 0;
        while ((n = unzReadCurrentFile(z, buf, sizeof buf)) > 0)
            out.append(buf, n);
        unzCloseCurrentFile(z);
    }
    if (z)
        unzClose(z);
    return out;
}

long peakKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}
} // namespace

QString TestTabularFile::file(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

void TestTabularFile::csvEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + kText.toUtf8());
    QTest::newRow("UTF-8 without BOM") << kText.toUtf8();
    QStringEncoder le(QStringEncoder::Utf16LE), be(QStringEncoder::Utf16BE);
    QTest::newRow("UTF-16 LE") << QByteArray("\xFF\xFE" + QByteArray(le.encode(kText)));
    QTest::newRow("UTF-16 BE") << QByteArray("\xFE\xFF" + QByteArray(be.encode(kText)));
    QStringEncoder arabic("windows-1256");
    QVERIFY(arabic.isValid()); // Qt 6.4 on Debian has it through ICU
    // Windows-1256 has no Persian yeh: Excel writes ی as the Arabic ي, read back as ی
    QString arabicYeh = kText;
    arabicYeh.replace(QChar(0x06CC), QChar(0x064A));
    const QByteArray cp1256 = arabic.encode(arabicYeh);
    QVERIFY(!arabic.hasError());
    QTest::newRow("Windows-1256") << cp1256;
}

void TestTabularFile::csvEncodings()
{
    QFETCH(QByteArray, bytes);
    TabularData d;
    QString error;
    QVERIFY2(TabularFile::read(file(QStringLiteral("enc.csv"), bytes), &d, &error), qPrintable(error));
    QCOMPARE(d.headers, (QStringList{QStringLiteral("نام"), QStringLiteral("نام خانوادگی"), QStringLiteral("شهر")}));
    QCOMPARE(d.rows.size(), 2);
    QCOMPARE(d.rows[0], (QStringList{QStringLiteral("پرویز"), QStringLiteral("چگینی"), QStringLiteral("گرگان")}));
    QCOMPARE(d.rows[1], (QStringList{QStringLiteral("ژاله"), QStringLiteral("کاظمی"), QStringLiteral("کرمان")}));
}

void TestTabularFile::undecodableCsvIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QStringEncoder le(QStringEncoder::Utf16LE);
    QTest::newRow("UTF-16 without its BOM") << QByteArray(le.encode(kText));
    QTest::newRow("broken UTF-8 after a UTF-8 BOM") << QByteArray("\xEF\xBB\xBFname\n\xD9\x00\xFF\xFE\n", 14);
    QTest::newRow("odd UTF-16") << QByteArray("\xFF\xFE\x41\x00\x42", 5);
}

void TestTabularFile::undecodableCsvIsRefused()
{
    QFETCH(QByteArray, bytes);
    TabularData d;
    QString error;
    QVERIFY(!TabularFile::read(file(QStringLiteral("bad.csv"), bytes), &d, &error));
    QVERIFY(error.contains(QLatin1String("encoding")));
    for (const QStringList &r : std::as_const(d.rows))
        for (const QString &c : r)
            QVERIFY(!c.contains(QChar::ReplacementCharacter));
}

void TestTabularFile::lineNumbersAreTheFilesOwn()
{
    // CSV: blank lines count; a line break inside quotes stays in its record, as a
    // spreadsheet shows it
    TabularData csv;
    QVERIFY(TabularFile::parseCsv("\nh1,h2\n\na,b\n\"x\ny\",c\n\n\nd,e\n", &csv));
    QCOMPARE(csv.headers, (QStringList{QStringLiteral("h1"), QStringLiteral("h2")}));
    QCOMPARE(csv.rows.size(), 3);
    QCOMPARE(csv.lines, (QList<int>{4, 5, 8}));
    // XLSX: the rows' own numbers
    const QString path = m_dir.filePath(QStringLiteral("lines.xlsx"));
    QVERIFY(makeZip(path, {{"xl/worksheets/sheet1.xml",
                            sheetXml("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>h</t></is></c></row>"
                                     "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
                                     "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t></t></is></c></row>"
                                     "<row r=\"9\"><c r=\"B9\" t=\"inlineStr\"><is><t>b</t></is></c></row>")}}));
    TabularData x;
    QString error;
    QVERIFY2(TabularFile::read(path, &x, &error), qPrintable(error));
    QCOMPARE(x.headers, QStringList{QStringLiteral("h")});
    QCOMPARE(x.lines, (QList<int>{5, 9}));
    QCOMPARE(x.rows[1], (QStringList{QString(), QStringLiteral("b")}));
}

void TestTabularFile::xlsxCellsWithoutReferencesKeepTheirPlace()
{
    // some writers leave out r="…": an empty cell still takes its column
    const QString path = m_dir.filePath(QStringLiteral("noref.xlsx"));
    QVERIFY(makeZip(path, {{"xl/worksheets/sheet1.xml",
                            sheetXml("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c>"
                                     "<c t=\"inlineStr\"><is><t>c</t></is></c></row>"
                                     "<row><c t=\"inlineStr\"><is><t>1</t></is></c><c/><c t=\"inlineStr\"><is><t>3</t></is></c></row>")}}));
    TabularData d;
    QString error;
    QVERIFY2(TabularFile::read(path, &d, &error), qPrintable(error));
    QCOMPARE(d.rows.value(0), (QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")}));
    QCOMPARE(d.lines, QList<int>{2});
}

void TestTabularFile::xlsxOutOfProportionIsRefused_data()
{
    QTest::addColumn<QByteArray>("sheet");
    QTest::newRow("cell XFD1048576") << sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>h</t></is></c></row>"
                                                 "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>");
    QTest::newRow("column XFD") << sheetXml("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>");
    QTest::newRow("row 1048576") << sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1048576\"><c><v>2</v></c></row>");
    QTest::newRow("a huge row number") << sheetXml("<row r=\"99999999999\"><c><v>2</v></c></row>");
    QTest::newRow("column reference ZZZZZZZZZZZZ") << sheetXml("<row r=\"1\"><c r=\"ZZZZZZZZZZZZ1\"><v>1</v></c></row>");
    // 64 MiB of nothing packs into a few tens of KiB: refused by its ratio before it is read
    QTest::newRow("inflated") << sheetXml(QByteArray(64 * 1024 * 1024, ' '));
}

void TestTabularFile::xlsxOutOfProportionIsRefused()
{
    QFETCH(QByteArray, sheet);
    const QString path = m_dir.filePath(QStringLiteral("bomb.xlsx"));
    QFile::remove(path);
    QVERIFY(makeZip(path, {{"xl/worksheets/sheet1.xml", sheet}}));
    sheet.clear();
    sheet.squeeze();
    const long before = peakKb();
    QElapsedTimer t;
    t.start();
    TabularData d;
    QString error;
    QVERIFY(!TabularFile::read(path, &d, &error));
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    QVERIFY2(error.contains(QLatin1String("out of proportion")), qPrintable(error));
    QVERIFY2(peakKb() - before < 64 * 1024, qPrintable(QString::number(peakKb() - before))); // under 64 MiB more
}

void TestTabularFile::xlsxLyingSizeStopsEarly()
{
    // a part whose header claims 100 bytes but inflates to 256 MiB: reading stops at the claim
    QByteArray packed(1024 * 1024, '\0');
    z_stream z{};
    QVERIFY(deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) == Z_OK);
    const QByteArray chunk(1024 * 1024, ' ');
    z.next_out = reinterpret_cast<Bytef *>(packed.data());
    z.avail_out = uInt(packed.size());
    for (int i = 0; i < 256; ++i) {
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        z.avail_in = uInt(chunk.size());
        QVERIFY(deflate(&z, i == 255 ? Z_FINISH : Z_NO_FLUSH) != Z_STREAM_ERROR);
    }
    packed.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    const QString path = m_dir.filePath(QStringLiteral("liar.xlsx"));
    zipFile zf = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    QVERIFY(zf);
    zip_fileinfo info{};
    QCOMPARE(zipOpenNewFileInZip2(zf, "xl/worksheets/sheet1.xml", &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 9, 1), ZIP_OK);
    QCOMPARE(zipWriteInFileInZip(zf, packed.constData(), unsigned(packed.size())), ZIP_OK);
    QCOMPARE(zipCloseFileInZipRaw64(zf, 100, 0), ZIP_OK);
    QCOMPARE(zipClose(zf, nullptr), ZIP_OK);
    const long before = peakKb();
    QElapsedTimer t;
    t.start();
    TabularData d;
    QString error;
    QVERIFY(!TabularFile::read(path, &d, &error));
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    QVERIFY2(peakKb() - before < 64 * 1024, qPrintable(QString::number(peakKb() - before)));
}

void TestTabularFile::writtenFilesAreOwnerOnly_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << QStringLiteral("secret.csv");
    QTest::newRow("xlsx") << QStringLiteral("secret.xlsx");
}

void TestTabularFile::writtenFilesAreOwnerOnly()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    // a file the person chose to overwrite, readable by everyone, does not lend its rights
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    QString error;
    QVERIFY2(TabularFile::write(path, TabularFile::formatOf(path), {QStringLiteral("Username"), QStringLiteral("Password")},
                                {{QStringLiteral("ali.rezaei"), QStringLiteral("Secret123")}}, &error),
             qPrintable(error));
    const QFileDevice::Permissions p = QFile::permissions(path);
    QVERIFY(p & QFileDevice::ReadOwner);
    QVERIFY(!(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
    TabularData d;
    QVERIFY2(TabularFile::read(path, &d, &error), qPrintable(error));
    QCOMPARE(d.rows.value(0).value(1), QStringLiteral("Secret123"));
}

void TestTabularFile::formulasAreNeutralised_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << QStringLiteral("f.csv");
    QTest::newRow("xlsx") << QStringLiteral("f.xlsx");
}

void TestTabularFile::formulasAreNeutralised()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    const QStringList cells{QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+98912"), QStringLiteral("-2+3"),
                            QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("\rx"), QStringLiteral("ساده")};
    QString error;
    QVERIFY2(TabularFile::write(path, TabularFile::formatOf(path), {QStringLiteral("=h")}, {cells}, &error), qPrintable(error));
    QString written;
    if (name.endsWith(QLatin1String(".csv"))) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        written = QString::fromUtf8(f.readAll());
    } else {
        written = QString::fromUtf8(zipEntry(path, "xl/sharedStrings.xml"));
    }
    QVERIFY(written.contains(QLatin1String("'=h")));
    QVERIFY(written.contains(QLatin1String("'=HYPERLINK")));
    QVERIFY(written.contains(QLatin1String("'+98912")));
    QVERIFY(written.contains(QLatin1String("'-2+3")));
    QVERIFY(written.contains(QLatin1String("'@SUM")));
    QVERIFY(written.contains(QLatin1String("'\tx")));
    QVERIFY(!written.contains(QLatin1String("'ساده")));
    // and Vafa reads its own file back as it was typed
    TabularData d;
    QVERIFY2(TabularFile::read(path, &d, &error), qPrintable(error));
    QCOMPARE(d.headers, QStringList{QStringLiteral("=h")});
    QCOMPARE(d.rows.value(0).mid(0, 5), cells.mid(0, 5));
    QCOMPARE(d.rows.value(0).value(6), cells.at(6));
}

QTEST_GUILESS_MAIN(TestTabularFile)
#include "tst_tabular_file.moc"
