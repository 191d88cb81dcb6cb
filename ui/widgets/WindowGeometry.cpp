#include "ui/widgets/WindowGeometry.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QWidget>

namespace {

bool s_remembering = true;

bool remembers()
{
    return s_remembering && !QCoreApplication::organizationName().isEmpty();
}

// Lives on the window it watches: saves the geometry each time the window goes away.
class Keeper final : public QObject
{
public:
    Keeper(QWidget *window, const QString &key)
        : QObject(window), m_window(window), m_key(WindowGeometry::settingsKey(key))
    {
        setObjectName(QStringLiteral("windowGeometryKeeper"));
        window->installEventFilter(this);
        if (remembers())
            m_restored = window->restoreGeometry(QSettings().value(m_key).toByteArray());
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_window)
            return false;
        if (event->type() == QEvent::Show && !m_restored && !m_shownOnce) {
            m_shownOnce = true;
            // a first-time window keeps its designed size, but never more than a laptop shows
            const QSize fitting = m_window->size().boundedTo(WindowGeometry::kLaptop);
            if (fitting != m_window->size())
                m_window->resize(fitting);
        } else if ((event->type() == QEvent::Hide || event->type() == QEvent::Close) && remembers()
                   && m_window->isWindow()) {
            QSettings().setValue(m_key, m_window->saveGeometry());
        }
        return false;
    }

private:
    QWidget *m_window;
    QString m_key;
    bool m_restored = false;
    bool m_shownOnce = false;
};

} // namespace

namespace WindowGeometry {

QString settingsKey(const QString &key)
{
    return QStringLiteral("windows/") + key;
}

void setRemembering(bool on)
{
    s_remembering = on;
}

void keep(QWidget *window, const QString &key)
{
    new Keeper(window, key);
}

} // namespace WindowGeometry
