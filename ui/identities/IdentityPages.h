#pragma once
#include "ui/shell/SectionKit.h"

#include <QCoreApplication>

class ListPage;
class MainWindow;

// The identities list («هویت‌ها») of the back office, and its columns, which an agent's
// «مشتریان من» shares.
class IdentityPages
{
    Q_DECLARE_TR_FUNCTIONS(IdentityPages)
public:
    // The columns of IdentityRepository::list().
    static QVector<ListColumn> columns();
    static SectionKit::Section staffSection(const Session &session);
    // «شخص جدید», «شرکت جدید», «ورود از اکسل» and «ویرایش» (also a double-click on a row) for
    // whoever may edit identities.
    static void addActions(ListPage *page, const Session &session);
    // Extra pictures for the screenshot tour: the editor for a person, its duplicate warning,
    // and the import wizard. The demo company is left as it was.
    static bool tour(const Session &session, MainWindow &window, const SectionKit::TourShot &shoot);
};
