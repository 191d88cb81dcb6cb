// The list export to Excel: a text cell that a spreadsheet would run as a formula is
// neutralised, while amounts stay numbers, negative ones included.
#include "models/core/ListExporter.h"
#include "models/core/PagedListModel.h"
#include "models/core/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <minizip/unzip.h>

class TestListExporter : public QObject
{
    Q_OBJECT
private slots:
    void formulasAreNeutralisedNumbersStayNumbers()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.openSqlite(dir.filePath(QStringLiteral("list.vafa"))));
        QSqlQuery q(store.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(id TEXT PRIMARY KEY, n INTEGER, name TEXT, amount INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES ('a', 1, '=HYPERLINK(\"http://x\",\"click\")', -2500), "
                                      "('b', 2, '-5', -1), ('c', 3, '@SUM(A1)', 7), ('d', 4, '+98912', 0), ('e', 5, 'ساده', 1)")));
        ListSpec spec;
        spec.from = QStringLiteral("t");
        spec.columns = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("amount")};
        spec.orderBy = QStringLiteral("n ASC");
        spec.orderByDesc = QStringLiteral("n DESC");
        PagedListModel model(store.db(), {{QStringLiteral("Name"), ColumnKind::Text, {}, {}},
                                          {QStringLiteral("Amount"), ColumnKind::Money, {}, {}}});
        model.setSpec(spec);
        const QString path = dir.filePath(QStringLiteral("list.xlsx"));
        QString error;
        QVERIFY2(ListExporter::writeXlsx(model, path, QStringLiteral("فهرست"), {}, &error), qPrintable(error));
        unzFile z = unzOpen64(QFile::encodeName(path).constData());
        QVERIFY(z);
        QCOMPARE(unzLocateFile(z, "xl/worksheets/sheet1.xml", 0), UNZ_OK);
        QCOMPARE(unzOpenCurrentFile(z), UNZ_OK);
        QByteArray xml;
        char buf[4096];
        int n = 0;
        while ((n = unzReadCurrentFile(z, buf, sizeof buf)) > 0)
            xml.append(buf, n);
        unzCloseCurrentFile(z);
        unzClose(z);
        const QString sheet = QString::fromUtf8(xml);
        QVERIFY2(sheet.contains(QLatin1String("'=HYPERLINK")), qPrintable(sheet));
        QVERIFY(sheet.contains(QLatin1String(">'-5<")));
        QVERIFY(sheet.contains(QLatin1String(">'@SUM(A1)<")));
        QVERIFY(sheet.contains(QLatin1String(">'+98912<")));
        QVERIFY(sheet.contains(QStringLiteral(">ساده<")));
        QVERIFY(sheet.contains(QLatin1String("<v>-2500</v>"))); // a negative amount is still a number
        QVERIFY(sheet.contains(QLatin1String("<v>-1</v>")));
    }
};

QTEST_GUILESS_MAIN(TestListExporter)
#include "tst_list_exporter.moc"
