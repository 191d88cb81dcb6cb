#include "models/core/ListExporter.h"
#include "models/core/PagedListModel.h"
#include "models/core/Store.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The paging list model over a plain table: what a person sees in the lists (Persian digits,
// Jalali dates, money) and that any row, near the start or the end, reads back correctly.
class TestPagedListModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    static constexpr int Rows = 2500;

    ListSpec spec(const QString &where = {}, const QVariantList &binds = {}) const
    {
        ListSpec s;
        s.from = QStringLiteral("t");
        s.columns = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("amount"),
                     QStringLiteral("day"), QStringLiteral("state")};
        s.where = where;
        s.binds = binds;
        s.orderBy = QStringLiteral("n ASC");
        s.orderByDesc = QStringLiteral("n DESC");
        return s;
    }
    static QVector<ListColumn> columns()
    {
        ListColumn state{QStringLiteral("State"), ColumnKind::Label, {}, {}};
        state.labels.insert(QStringLiteral("approved"), QStringLiteral("تأیید شده"));
        return {{QStringLiteral("Name"), ColumnKind::Text, {}, {}},
                {QStringLiteral("Amount"), ColumnKind::Money, {}, {}},
                {QStringLiteral("Day"), ColumnKind::Date, {}, {}},
                state};
    }

private slots:
    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->openSqlite(m_dir.filePath(QStringLiteral("list.vafa"))));
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE IF EXISTS t")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(id TEXT PRIMARY KEY, n INTEGER, name TEXT, amount INTEGER, day TEXT, state TEXT)")));
        QVERIFY(q.exec(QStringLiteral("CREATE INDEX t_n ON t(n)")));
        auto tx = m_store->transaction();
        q.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < Rows; ++i) {
            q.addBindValue(QStringLiteral("id-%1").arg(i));
            q.addBindValue(i);
            q.addBindValue(QStringLiteral("مشتری %1").arg(i));
            q.addBindValue(qint64(i) * 1000);
            q.addBindValue(QStringLiteral("2024-11-05"));
            q.addBindValue(i % 2 ? QStringLiteral("approved") : QStringLiteral("pending"));
            QVERIFY(q.exec());
        }
        QVERIFY(tx.commit());
    }

    void readsEveryRowInOrderFromBothEnds()
    {
        PagedListModel model(m_store->db(), columns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpec(spec());
        QCOMPARE(model.rowCount(), Rows);
        QCOMPARE(model.columnCount(), 4);
        // the last row first (a jump to the end), then the first, then every row in order
        QCOMPARE(model.idAt(Rows - 1), QStringLiteral("id-%1").arg(Rows - 1));
        QCOMPARE(model.idAt(0), QStringLiteral("id-0"));
        for (int r = 0; r < Rows; r += 7)
            QCOMPARE(model.data(model.index(r, 0)).toString(), QStringLiteral("مشتری %1").arg(r));
        QCOMPARE(model.idAt(Rows), QString());
    }

    void showsWhatAPersonReads()
    {
        PagedListModel model(m_store->db(), columns());
        model.setSpec(spec());
        QCOMPARE(model.data(model.index(1250, 1)).toString(), QStringLiteral("۱٬۲۵۰٬۰۰۰"));
        QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("۱۴۰۳/۰۸/۱۵"));
        QCOMPARE(model.data(model.index(1, 3)).toString(), QStringLiteral("تأیید شده"));
        QCOMPARE(model.data(model.index(0, 3)).toString(), QStringLiteral("pending")); // no label: shown as stored
        QCOMPARE(model.headerData(1234, Qt::Vertical).toString(), QStringLiteral("۱٬۲۳۵"));
        QCOMPARE(model.data(model.index(3, 1), PagedListModel::RawRole).toLongLong(), 3000);
    }

    void filtersAndSorts()
    {
        PagedListModel model(m_store->db(), columns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpec(spec(QStringLiteral("state = ?"), {QStringLiteral("approved")}));
        QCOMPARE(model.rowCount(), Rows / 2);
        QCOMPARE(model.idAt(0), QStringLiteral("id-1"));
        model.sort(1, Qt::DescendingOrder);
        QCOMPARE(model.idAt(0), QStringLiteral("id-%1").arg(Rows - 1));
        QCOMPARE(model.idAt(Rows / 2 - 1), QStringLiteral("id-1"));
        model.sort(0, Qt::AscendingOrder); // by name, as text
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("مشتری 1"));
    }

    void refreshSeesNewRows()
    {
        PagedListModel model(m_store->db(), columns());
        model.setSpec(spec());
        QCOMPARE(model.rowCount(), Rows);
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES ('new', 99999, 'تازه', 1, '2024-01-01', 'pending')")));
        model.refresh();
        QCOMPARE(model.rowCount(), Rows + 1);
        QCOMPARE(model.idAt(Rows), QStringLiteral("new"));
    }

    void exportsTheWholeListToExcelInScreenOrder()
    {
        PagedListModel model(m_store->db(), columns());
        model.setSpec(spec(QStringLiteral("state = ?"), {QStringLiteral("approved")}));
        model.sort(1, Qt::DescendingOrder);
        const QString path = m_dir.filePath(QStringLiteral("list.xlsx"));
        qint64 lastDone = -1;
        QString error;
        QVERIFY2(ListExporter::writeXlsx(model, path, QStringLiteral("مشتریان"),
                                         [&](qint64 done, qint64) { lastDone = done; return true; }, &error),
                 qPrintable(error));
        QCOMPARE(lastDone, qint64(Rows / 2));
        // read the sheet back out of the workbook (a zip of XML parts)
        QProcess unzip;
        unzip.start(QStringLiteral("python3"), {QStringLiteral("-c"),
            QStringLiteral("import sys,zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode())"), path});
        QVERIFY(unzip.waitForFinished());
        const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY(sheet.contains(QStringLiteral("rightToLeft=\"1\"")));
        QVERIFY(sheet.contains(QStringLiteral("تأیید شده")));          // labels as people read them
        QVERIFY(sheet.contains(QStringLiteral("<v>2499000</v>")));     // amounts as numbers
        QVERIFY(sheet.indexOf(QStringLiteral("مشتری 2499")) < sheet.indexOf(QStringLiteral("مشتری 1<")));
        QVERIFY(sheet.contains(QStringLiteral("1403/08/15")));        // Jalali dates, sortable
        QVERIFY(!sheet.contains(QStringLiteral("pending")));
    }

    void cancelledExportLeavesNoFile()
    {
        PagedListModel model(m_store->db(), columns());
        model.setSpec(spec());
        const QString path = m_dir.filePath(QStringLiteral("cancelled.xlsx"));
        QString error;
        QVERIFY(!ListExporter::writeXlsx(model, path, QString(), [](qint64, qint64) { return false; }, &error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPagedListModel)
#include "tst_paged_list_model.moc"
