#include "ui/members/CredentialLetters.h"

#include "models/persian/Bidi.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

namespace CredentialLetters {

namespace {

// The letter, in the company's language. {{…}} are replaced by escaped values.
const char *const kTemplate = R"(<html dir="rtl"><body style="font-family: Vazirmatn; font-size: 12pt;">
<p align="left" style="color: #555555;">{{company}}</p>
<h2 align="center">اطلاعات ورود به باشگاه مشتریان</h2>
<p>{{name}} گرامی،</p>
<p>حساب کاربری شما در باشگاه مشتریان {{company}} ساخته شد. با نام کاربری و رمز عبور زیر وارد شوید:</p>
<table border="1" cellspacing="0" cellpadding="8" width="70%" align="center" style="border-color: #999999;">
<tr><td width="35%" bgcolor="#f0f0f0">نشانی باشگاه</td><td>{{address}}</td></tr>
<tr><td bgcolor="#f0f0f0">نام کاربری</td><td><b>{{username}}</b></td></tr>
<tr><td bgcolor="#f0f0f0">رمز عبور</td><td><b>{{password}}</b></td></tr>
</table>
<p>پس از نخستین ورود، رمز عبور را به رمزی که فقط خودتان می‌دانید تغییر دهید. این نامه را نزد خود نگه دارید و به کسی نشان ندهید.</p>
</body></html>)";

// Latin values (usernames, passwords, web addresses) inside Persian text keep their own order
// only when marked left to right: a '-' or '.' next to digits would otherwise be reordered
// (toolchain G5).
QString leftToRight(const QString &value)
{
    return Persian::leftToRight(value.toHtmlEscaped());
}

PrintService::BatchResult writeInto(const QList<Letter> &letters, const Sender &sender, const QString &path,
                                    const PrintService::Progress &progress, const PrintService::Cancelled &cancelled);

} // namespace

QString html(const Letter &letter, const Sender &sender)
{
    QString out = QString::fromUtf8(kTemplate);
    out.replace(QLatin1String("{{company}}"), sender.company.toHtmlEscaped());
    out.replace(QLatin1String("{{name}}"), letter.name.toHtmlEscaped());
    out.replace(QLatin1String("{{address}}"), sender.clubAddress.isEmpty() ? QStringLiteral("—") : leftToRight(sender.clubAddress));
    out.replace(QLatin1String("{{username}}"), leftToRight(letter.username));
    out.replace(QLatin1String("{{password}}"), leftToRight(letter.password));
    return out;
}

PrintService::BatchResult writePdf(const QList<Letter> &letters, const Sender &sender, const QString &path,
                                   const PrintService::Progress &progress, const PrintService::Cancelled &cancelled)
{
    // The letters carry passwords: they are written inside a folder only the owner can enter,
    // made owner-only there, and only then moved to where the person asked, so no one else can
    // read them at any moment. The folder sits next to the target so the move is a rename.
    PrintService::BatchResult result;
    QTemporaryDir privateDir(QFileInfo(path).absolutePath() + QStringLiteral("/.vafa-letters-XXXXXX"));
    if (!privateDir.isValid()) {
        result.errors << QCoreApplication::translate("CredentialLetters", "The letters cannot be written next to %1: %2")
                             .arg(path, privateDir.errorString());
        return result;
    }
    const QString inner = privateDir.filePath(QFileInfo(path).fileName());
    result = writeInto(letters, sender, inner, progress, cancelled);
    if (!result.ok() || result.cancelled)
        return result;
    result.files.clear();
    if (!QFile::setPermissions(inner, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || (QFile::exists(path) && !QFile::remove(path)) || !QFile::rename(inner, path)) {
        result.errors << QCoreApplication::translate("CredentialLetters", "The letters could not be saved as %1.").arg(Persian::filePath(path));
        result.printed = 0;
        return result;
    }
    result.files << path;
    return result;
}

namespace {
PrintService::BatchResult writeInto(const QList<Letter> &letters, const Sender &sender, const QString &path,
                                    const PrintService::Progress &progress, const PrintService::Cancelled &cancelled)
{
    return PrintService::writeBatchPdf(
        int(letters.size()),
        [&](int index, PrintService::Item *item, QString *) {
            const Letter &l = letters.at(index);
            item->html = html(l, sender);
            item->title = l.name.isEmpty() ? l.username : l.name;
            item->fileName = PrintService::safeFileName(l.username) + QStringLiteral(".pdf");
            return true;
        },
        path, progress, cancelled);
}
} // namespace

} // namespace CredentialLetters
