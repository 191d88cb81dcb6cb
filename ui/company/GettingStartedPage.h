#pragma once
#include "ui/shell/Session.h"

#include <QWidget>

class QVBoxLayout;

// The getting-started list on a new company's staff home: each step says whether it is done and
// opens the screen where it is done; «دیگر نشان نده» puts the list away for good.
class GettingStartedPage final : public QWidget
{
    Q_OBJECT
public:
    explicit GettingStartedPage(const Session &session, QWidget *parent = nullptr);

    // The section key each step opens.
    static QString sectionOf(int step);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void dismiss();

    Session m_session;
    QVBoxLayout *m_steps;
};
