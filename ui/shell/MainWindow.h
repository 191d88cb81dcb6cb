#pragma once
#include "ui/shell/Session.h"

#include <QMainWindow>
#include <QVector>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;

// The shell every kind of user signs into: navigation on the leading side, the chosen page
// beside it, and a status bar with the mode, the user and the connection. Pages are built the
// first time they are opened (the opening one just after the window first paints), so the
// window appears before any page is made or any list is read.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    struct Section
    {
        QString key;    // stable, for tests and the screenshot tour
        QString title;  // translated
        std::function<QWidget *(QWidget *parent)> build;
    };

    MainWindow(const Session &session, QVector<Section> sections, QWidget *parent = nullptr);

    const Session &session() const { return m_session; }
    QStringList sectionKeys() const;
    // Opens the section; returns its page (built now if it was not yet).
    QWidget *openSection(const QString &key);
    QWidget *currentPage() const;
    // Central mode: the connection to the server was lost (the status bar says so while it is
    // retried; pages and editors keep what they show and what was typed) or is back.
    void setConnectionLost(bool lost);

signals:
    void signOutRequested();
    // A list of one of the pages could not be read (central mode: perhaps the connection).
    void listQueryFailed();
    void languageChangeRequested(const QString &language);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void showSection(int index);

    Session m_session;
    QVector<Section> m_sections;
    QVector<QWidget *> m_pages;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_connectionLabel = nullptr;
};
