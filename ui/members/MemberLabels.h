#pragma once
#include "ui/widgets/BadgeDelegate.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

// Words for the codes only the members pages show (Labels holds the shared ones).
class MemberLabels
{
    Q_DECLARE_TR_FUNCTIONS(MemberLabels)
public:
    static QHash<QString, QString> accountOrigins(); // users.created_via: staff, self, identity, bulk, import
    static QHash<QString, QString> planActions();    // the bulk wizard's preview: create, update, skip, error
    // The members list's state column (UserRepository::State): its words, and the colours of its
    // badge — green when the member can sign in, amber while waiting, red when stopped, grey when
    // turned off or turned away.
    static QHash<QString, QString> states();
    static QHash<QString, BadgeDelegate::Colours> stateColours();
};
