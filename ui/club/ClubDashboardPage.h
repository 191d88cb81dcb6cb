#pragma once
#include "ui/shell/Session.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

// «پیشخوان»: what a customer or agent sees first — the club's banner, their balance (unless the
// club hides it), their points, and how many process steps wait for them.
class ClubDashboardPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ClubDashboardPage(const Session &session, QWidget *parent = nullptr);

    QString balanceText() const;
    QString pointsText() const;
    QString waitingText() const;

private:
    QLabel *addCard(const QString &title, const QString &objectName, int column);
    void load();

    Session m_session;
    QTextBrowser *m_banner;
    QTextBrowser *m_footer;
    QLabel *m_balance = nullptr;
    QLabel *m_points = nullptr;
    QLabel *m_waiting = nullptr;
    class QGridLayout *m_cards;
};
