#pragma once
#include "ui/shell/SectionKit.h"

#include <QCoreApplication>

// The identities list («هویت‌ها») of the back office, and its columns, which an agent's
// «مشتریان من» shares.
class IdentityPages
{
    Q_DECLARE_TR_FUNCTIONS(IdentityPages)
public:
    // The columns of IdentityRepository::list().
    static QVector<ListColumn> columns();
    static SectionKit::Section staffSection(const Session &session);
};
