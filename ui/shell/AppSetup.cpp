#include "ui/shell/AppSetup.h"

#include "reports/PrintService.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QIconEngine>
#include <QLibrary>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QProxyStyle>
#include <QSettings>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTranslator>

#include <functional>
#include <future>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <dlfcn.h>
#endif

#ifdef VAFA_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace {
const auto LanguageKey = QStringLiteral("ui/language");

// Start-up work that needs no window and no database, on a thread of its own while the main
// thread opens the database (tests/bench/README.md, start-up):
// - fontconfig parses some fifty XML files before the first text can be laid out: a third of
//   Vafa's start-up on Linux when done in line; the main thread waits for this part only;
std::promise<void> s_fontConfigured;
std::shared_future<void> s_fontConfiguration;
// - then it links the image-format plugins. Qt offers every image it reads, even a PNG from the
//   resources, to each of them first: milliseconds of dynamic linking on the main thread when
//   the first page shows its first icon, just after the window's first paint. Nothing before
//   that paint reads an image (see AppStyle), so nobody waits for this part: it only has to be
//   quicker than the first page, and it keeps out of fontconfig's way.
std::future<void> s_helper;

// Runs before QApplication exists, on the helper thread: no QObject may be made here. Qt takes
// the thread that makes the first QObject for the main thread, and QLibrary is one, so linking
// through it made QApplication "not created in the main thread" and, now and then, crashed.
// The system loader is called directly instead; Qt finds the libraries linked when it loads
// the plugins on the main thread.
void linkLibraries(const QString &directory)
{
    const QFileInfoList files = QDir(directory).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files) {
        if (!QLibrary::isLibrary(file.fileName())) // a static function: no object
            continue;
#ifdef Q_OS_WIN
        LoadLibraryW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(file.filePath()).utf16()));
#else
        dlopen(QFile::encodeName(file.filePath()).constData(), RTLD_LAZY); // stays loaded for the process
#endif
    }
}

// An icon made from its source the first time it is drawn or measured.
class DeferredIconEngine : public QIconEngine
{
public:
    explicit DeferredIconEngine(std::function<QIcon()> make) : m_make(std::move(make)) {}
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString iconName() override { return icon().name(); }
    bool isNull() override { return icon().isNull(); }
    QString key() const override { return QStringLiteral("VafaDeferredIconEngine"); }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

private:
    QIcon &icon()
    {
        if (m_make) {
            m_icon = m_make();
            m_make = nullptr;
        }
        return m_icon;
    }
    std::function<QIcon()> m_make;
    QIcon m_icon;
};

// The application's style, unchanged but for one thing: every QMenuBar makes the icon of its
// overflow button (seen only when the menus do not fit) in its constructor, and reading that
// PNG linked every image-format plugin inside MainWindow's constructor. Here the icon is read
// when it is first drawn or measured, from the same style.
class AppStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const override
    {
        if (which != SP_ToolBarHorizontalExtensionButton && which != SP_ToolBarVerticalExtensionButton)
            return QProxyStyle::standardIcon(which, option, widget);
        // as QCommonStyle decides: the option's direction, else the application's
        const Qt::LayoutDirection direction = option ? option->direction : QGuiApplication::layoutDirection();
        QPointer<QStyle> base(baseStyle());
        return QIcon(new DeferredIconEngine(std::function<QIcon()>([base, which, direction] {
            QStyleOption o;
            o.direction = direction;
            return (base ? base.data() : QApplication::style())->standardIcon(which, &o, nullptr);
        })));
    }
};

void installStyle(QApplication &app)
{
    if (dynamic_cast<AppStyle *>(app.style()))
        return;
    if (QStyle *base = QStyleFactory::create(app.style()->name()))
        app.setStyle(new AppStyle(base)); // takes ownership of base
}

QTranslator *s_vafaTranslator = nullptr;
QTranslator *s_qtTranslator = nullptr;

void replaceTranslator(QApplication &app, QTranslator *&slot, const QString &file, const QString &dir)
{
    if (slot) {
        app.removeTranslator(slot);
        delete slot;
        slot = nullptr;
    }
    auto *t = new QTranslator(&app);
    if (t->load(file, dir)) {
        app.installTranslator(t);
        slot = t;
    } else {
        delete t;
    }
}
}

namespace AppSetup {

void prepare()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vafa"));
    QCoreApplication::setApplicationName(QStringLiteral("Vafa"));
    if (s_helper.valid())
        return;
    s_fontConfiguration = s_fontConfigured.get_future().share();
    const QString imageFormats = QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/imageformats");
    s_helper = std::async(std::launch::async, [imageFormats] {
#ifdef VAFA_HAVE_FONTCONFIG
        FcInit();
#endif
        s_fontConfigured.set_value();
        // at normal priority: a thread that runs only when a core is idle could hold the
        // loader's lock while the main thread, loading a plugin of its own, waits for it
        linkLibraries(imageFormats);
    });
}

void installFonts(QApplication &app)
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    prepare();
    installStyle(app);
    s_fontConfiguration.wait();
    PrintService::ensureFonts();
    QFont font(QStringLiteral("Vazirmatn"));
    font.setPointSizeF(10);
    app.setFont(font);
}

QString savedLanguage()
{
    return QSettings().value(LanguageKey, QStringLiteral("fa")).toString();
}

void saveLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

void applyLanguage(QApplication &app, const QString &language)
{
    const QLocale locale(language == QLatin1String("fa") ? QStringLiteral("fa_IR") : QStringLiteral("en_US"));
    QLocale::setDefault(locale);
    replaceTranslator(app, s_vafaTranslator, QStringLiteral("vafa_") + language, QStringLiteral(":/i18n"));
    replaceTranslator(app, s_qtTranslator, QStringLiteral("qtbase_") + language,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    app.setLayoutDirection(locale.textDirection());
}

}
