#include "tests/bench/IdentityList.h"

#include <QHeaderView>
#include <QTableView>

namespace Bench {

QVector<ListColumn> identityColumns()
{
    auto col = [](const char16_t *title, ColumnKind kind) {
        ListColumn c;
        c.title = QString::fromUtf16(title);
        c.kind = kind;
        return c;
    };
    ListColumn profile = col(u"نوع پرونده", ColumnKind::Label);
    profile.labels = {{QStringLiteral("customer"), QString::fromUtf16(u"مشتری")},
                      {QStringLiteral("agent"), QString::fromUtf16(u"نماینده")},
                      {QStringLiteral("supplier"), QString::fromUtf16(u"تأمین‌کننده")}};
    ListColumn kind = col(u"شخص/سازمان", ColumnKind::Label);
    kind.labels = {{QStringLiteral("person"), QString::fromUtf16(u"شخص")},
                   {QStringLiteral("organisation"), QString::fromUtf16(u"سازمان")}};
    return {col(u"نام", ColumnKind::Text),
            col(u"شماره مشتری", ColumnKind::Text),
            profile,
            kind,
            col(u"کد ملی", ColumnKind::Text),
            col(u"همراه", ColumnKind::Text),
            col(u"شهر", ColumnKind::Text),
            col(u"تاریخ ایجاد", ColumnKind::DateTime)};
}

void configureLikeListPage(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(false);
    view->setWordWrap(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(150);
    view->horizontalHeader()->setSortIndicatorShown(true);
    view->horizontalHeader()->setSectionsClickable(true);
}

} // namespace Bench
