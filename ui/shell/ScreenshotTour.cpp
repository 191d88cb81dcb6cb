#include "ui/shell/ScreenshotTour.h"

#include "models/auth/SignIn.h"
#include "models/core/Store.h"
#include "models/persian/Bidi.h"
#include "models/persian/Money.h"
#include "ui/company/NewCompanyWizard.h"
#include "ui/finance/FinancePages.h"
#include "ui/identities/IdentityPages.h"
#include "ui/members/MemberPages.h"
#include "ui/server/ServerScreens.h"
#include "ui/settings/SettingsPages.h"
#include "ui/shell/AppSetup.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/StaffActions.h"
#include "ui/shell/Workspace.h"
#include "ui/widgets/ImagePicker.h"
#include "ui/widgets/ListPage.h"
#include "ui/widgets/WindowGeometry.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

namespace {

// A round company stamp, drawn, for the wizard's picture (no image file ships with the tour).
QByteArray sampleSeal()
{
    QImage stamp(240, 240, QImage::Format_ARGB32);
    stamp.fill(Qt::transparent);
    QPainter p(&stamp);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(30, 60, 170), 8));
    p.drawEllipse(12, 12, 216, 216);
    p.setPen(QPen(QColor(30, 60, 170), 3));
    p.drawEllipse(40, 40, 160, 160);
    QFont font = p.font();
    font.setPixelSize(30);
    font.setBold(true);
    p.setFont(font);
    p.drawText(QRect(40, 40, 160, 160), Qt::AlignCenter, QStringLiteral("نگین\nپارس"));
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    stamp.save(&buffer, "PNG");
    return png;
}

void settle(QApplication &app)
{
    // let lazy pages load and layouts settle before the picture is taken
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 150) {
        app.processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

bool save(QWidget *widget, const QString &path, QTextStream &out)
{
    const bool ok = widget->grab().save(path);
    out << (ok ? "wrote " : "FAILED ") << QDir::toNativeSeparators(path) << '\n';
    return ok;
}

}

namespace ScreenshotTour {

bool run(QApplication &app, Store &store, const QString &dir)
{
    QTextStream out(stdout);
    if (!QDir().mkpath(dir)) {
        out << "cannot create " << dir << '\n';
        return false;
    }
    AppSetup::applyLanguage(app, QStringLiteral("fa")); // the tour shows Vafa as its users first see it
    WindowGeometry::setRemembering(false); // every window at its designed size, the person's sizes untouched
    const QVector<LoginDialog::SampleAccount> accounts = Workspace::sampleAccounts(store);
    bool ok = true;
    {
        LoginDialog login([](const QString &, const QString &, Session *, QString *) { return false; },
                          QObject::tr("Database: %1").arg(Persian::filePath(store.path())));
        login.setSampleAccounts(accounts);
        login.show();
        settle(app);
        ok &= save(&login, dir + QStringLiteral("/00-login.png"), out);
    }
    // central mode: the connection profile and the first start with its server choice
    ok &= ServerScreens::tour([&](QWidget *widget, const QString &name) {
        settle(app);
        return save(widget, dir + QStringLiteral("/00-%1.png").arg(name), out);
    });
    {
        // the new-company wizard, as a first start shows it (nothing is created: no Finish)
        QTemporaryDir scratch;
        NewCompanyWizard wizard(scratch.filePath(QStringLiteral("company.vafa")));
        wizard.show();
        settle(app);
        ok &= save(&wizard, dir + QStringLiteral("/00-new-company-profile.png"), out);
        if (auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("nameEdit")))
            name->setText(QStringLiteral("بازرگانی نگین پارس"));
        wizard.next();
        const auto type = [&](const char *name, const QString &text) {
            if (auto *edit = wizard.findChild<QLineEdit *>(QLatin1String(name)))
                edit->setText(text);
        };
        // the invoice page with a seal as a clerk scans one, a toman company and its bank
        if (auto *seal = wizard.findChild<ImagePicker *>(QStringLiteral("sealPicker")))
            seal->setImage(sampleSeal());
        if (auto *unit = wizard.findChild<QComboBox *>(QStringLiteral("moneyUnitCombo")))
            unit->setCurrentIndex(unit->findData(int(Persian::MoneyUnit::Toman)));
        type("bankNameEdit", QStringLiteral("بانک ملت"));
        type("ibanEdit", QStringLiteral("IR062960000000100324200001"));
        settle(app);
        ok &= save(&wizard, dir + QStringLiteral("/00-new-company-invoice.png"), out);
        wizard.next();
        settle(app);
        ok &= save(&wizard, dir + QStringLiteral("/00-new-company-administrator.png"), out);
        // finished in the scratch folder: the new company's first window, its getting-started list
        type("passwordEdit", QStringLiteral("Tour-Pass-2026"));
        type("repeatEdit", QStringLiteral("Tour-Pass-2026"));
        if (wizard.validateCurrentPage()) {
            Store fresh;
            const SignInResult first = fresh.openSqlite(wizard.createdPath())
                ? SignInService(fresh).signIn(QStringLiteral("admin"), QStringLiteral("Tour-Pass-2026"))
                : SignInResult();
            if (first.ok) {
                const Session session = Workspace::sessionFor(fresh, first.user);
                MainWindow window(session, Workspace::sections(session));
                window.show();
                window.openSection(QStringLiteral("getting-started"));
                settle(app);
                ok &= save(&window, dir + QStringLiteral("/00-new-company-getting-started.png"), out);
            }
        }
    }
    QStringList kindsDone;
    int shot = 1;
    SignInService signIn(store);
    for (const LoginDialog::SampleAccount &account : accounts) {
        if (kindsDone.contains(account.kind))
            continue;
        kindsDone << account.kind;
        const SignInResult result = signIn.signIn(account.username, account.password);
        if (!result.ok) {
            out << "cannot sign in as " << account.username << ": " << result.message() << '\n';
            ok = false;
            continue;
        }
        Session session = Workspace::sessionFor(store, result.user);
        session.store = &store;
        MainWindow window(session, Workspace::sections(session));
        window.show();
        for (const QString &key : window.sectionKeys()) {
            window.openSection(key);
            settle(app);
            ok &= save(&window, QStringLiteral("%1/%2-%3-%4.png")
                                    .arg(dir)
                                    .arg(shot++, 2, 10, QLatin1Char('0'))
                                    .arg(account.kind, key),
                       out);
        }
        // the dialogs and wizards each area wants seen
        const SectionKit::TourShot shoot = [&](QWidget *widget, const QString &name) {
            settle(app);
            return save(widget, QStringLiteral("%1/%2-%3-%4.png").arg(dir).arg(shot++, 2, 10, QLatin1Char('0')).arg(account.kind, name), out);
        };
        if (session.isStaff()) {
            ok &= SettingsPages::tour(session, window, shoot);
            ok &= MemberPages::tour(session, window, shoot);
            ok &= IdentityPages::tour(session, window, shoot);
            ok &= FinancePages::tour(session, window, shoot);
            ok &= ServerScreens::tourStatusBar(session, shoot);
        }
        // a print preview of the first document this user sees
        if (auto *documents = qobject_cast<ListPage *>(window.openSection(QStringLiteral("documents")))) {
            QString error;
            std::unique_ptr<QPrintPreviewDialog> preview(
                StaffActions::makePreview(session, documents->model()->idAt(0), false, &window, &error));
            if (preview) {
                preview->show();
                settle(app);
                ok &= save(preview.get(), QStringLiteral("%1/%2-%3-print-preview.png").arg(dir).arg(shot++, 2, 10, QLatin1Char('0')).arg(account.kind), out);
            } else {
                out << "no print preview for " << account.kind << ": " << error << '\n';
            }
        }
    }
    return ok;
}

}
