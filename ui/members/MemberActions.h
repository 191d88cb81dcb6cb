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
    // «تعریف کاربر» on the identities list.
    static void addDefineOnIdentity(ListPage *page, const Session &session);
    // «ورود به سایت»: opens a second main window as the member (audited by the service). Returns
    // an error to show, or an empty string.
    static QString signInAs(const Session &session, const QString &userId);
};
