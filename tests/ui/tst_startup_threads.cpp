// Start-up does part of its work on a helper thread before QApplication exists (fontconfig, the
// image-format plugins). Qt takes the thread that makes the first QObject for the main thread,
// so a QObject made on the helper first ("QApplication was not created in the main thread")
// crashes start-up now and then, more often on a busy machine. This test starts the same
// sequence as `vafa` 200 times in child processes while both cores are kept busy, and requires
// every child to end cleanly and without that warning.
#include "ui/shell/AppSetup.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

class TestStartupThreads : public QObject
{
    Q_OBJECT
private slots:
    void startsCleanlyUnderLoad()
    {
        std::atomic_bool stop{false};
        std::vector<std::thread> load;
        for (unsigned i = 0; i < qMax(2u, std::thread::hardware_concurrency()); ++i)
            load.emplace_back([&stop] {
                volatile quint64 spin = 0;
                while (!stop.load(std::memory_order_relaxed))
                    spin = spin + 1;
            });
        const auto stopLoad = qScopeGuard([&] {
            stop = true;
            for (std::thread &t : load)
                t.join();
        });
        QElapsedTimer clock;
        clock.start();
        int runs = 0;
        for (; runs < 200 && clock.elapsed() < 150000; ++runs) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
            QVERIFY2(child.waitForFinished(30000), "a start-up hung");
            const QString errors = QString::fromUtf8(child.readAllStandardError());
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                     qPrintable(QStringLiteral("run %1 ended badly: %2").arg(runs).arg(errors)));
            QVERIFY2(!errors.contains(QLatin1String("main thread")), qPrintable(errors));
        }
        qInfo("%d start-ups under load in %lld ms", runs, clock.elapsed());
        QVERIFY(runs >= 100);
    }
};

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0) {
        // what main.cpp does before a command runs
        AppSetup::prepare();
        QApplication app(argc, argv);
        AppSetup::installFonts(app);
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestStartupThreads test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_startup_threads.moc"
