#pragma once
#include "ui/Session.h"

#include <QCoreApplication>

class ListPage;

// The club-member actions on a members list. ClubMemberService decides (permissions, licence);
// these only ask for what it needs and report its verdict.
class MemberActions
{
    Q_DECLARE_TR_FUNCTIONS(MemberActions)
public:
    static void addTo(ListPage *page, const Session &session);
};
