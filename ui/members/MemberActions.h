#pragma once
#include "models/club/ClubSettings.h"
#include "ui/shell/Session.h"

#include <QCoreApplication>

class ListPage;
class QWidget;

// The club-member actions on a members list. ClubMemberService decides (permissions, licence);
// these only ask for what it needs and report its verdict.
class MemberActions
{
    Q_DECLARE_TR_FUNCTIONS(MemberActions)
public:
    // Row actions: approve … delete, edit, activity, sign in as the member.
    static void addTo(ListPage *page, const Session &session);
    // Page actions of a members page: a new member, and the bulk user wizard.
    static void addPageActions(ListPage *page, const Session &session, ClubKind kind);
    // Lays the page's actions out for a clerk: the few used every day (new member, edit, approve,
    // set password) stay on the toolbar, every other one goes into a «بیشتر» menu beside them;
    // the list's context menu offers them all. Every place holds the same QAction, so an action
    // is enabled (or not) everywhere at once. Call it after the actions are added.
    static void arrange(ListPage *page);
    // «تعریف کاربر» on the identities list.
    static void addDefineOnIdentity(ListPage *page, const Session &session);
    // «ورود به سایت»: opens a second main window as the member (audited by the service). Returns
    // an error to show, or an empty string.
    static QString signInAs(const Session &session, const QString &userId);
};
