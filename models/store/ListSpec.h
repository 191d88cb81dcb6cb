#pragma once
#include <QString>
#include <QStringList>
#include <QVariantList>

// What a list view shows, as a repository describes it: the item models page through it
// without writing SQL of their own. Columns are SQL expressions in the store's dialect;
// `where` may hold `?` placeholders bound in order from `binds`.
struct ListSpec
{
    QString from;           // table or join, e.g. "identities i"
    QStringList columns;    // select expressions; column 0 must be the row's id
    QString where;          // without the WHERE keyword; empty for all rows
    QVariantList binds;
    QString orderBy;        // ascending order; must be total (end with a unique key) for stable paging
    QString orderByDesc;    // the same order reversed, used to read pages from the end
};
