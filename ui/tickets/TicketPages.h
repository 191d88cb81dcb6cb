#pragma once
#include "ui/shell/SectionKit.h"

#include <QCoreApplication>

// The tickets list of the back office («درخواست‌های پشتیبانی») and its columns, which the
// club's «درخواست‌ها» shares.
class TicketPages
{
    Q_DECLARE_TR_FUNCTIONS(TicketPages)
public:
    static QVector<ListColumn> columns(); // of TicketRepository::list()
    static SectionKit::Section staffSection(const Session &session);
};
