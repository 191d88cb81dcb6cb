#pragma once
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
};
