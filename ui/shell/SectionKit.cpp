#include "ui/shell/SectionKit.h"

#include <QFile>

#include "models/core/Store.h"

#include <QLineEdit>

namespace SectionKit {

ListColumn text(const QString &title)
{
    return {title, ColumnKind::Text, {}, {}};
}

ListColumn label(const QString &title, QHash<QString, QString> labels)
{
    return {title, ColumnKind::Label, std::move(labels), {}};
}

ListColumn of(const QString &title, ColumnKind kind)
{
    ListColumn c{title, kind, {}, {}};
    if (kind == ColumnKind::Money || kind == ColumnKind::Number)
        c.alignment = Qt::AlignTrailing | Qt::AlignVCenter;
    return c;
}

QVector<ListPage::Filter> filtersFrom(const QString &allTitle, const QHash<QString, QString> &labels,
                                      const QStringList &order)
{
    QVector<ListPage::Filter> filters{{QString(), allTitle}};
    for (const QString &key : order)
        filters.append({key, labels.value(key)});
    return filters;
}

Section listSection(const Session &session, const QString &key, const QString &title, QVector<ListColumn> columns,
                    ListPage::SpecFactory factory, QVector<ListPage::Filter> filters, bool searchable,
                    std::function<void(ListPage *)> decorate)
{
    Store *store = session.store;
    return {key, title, [=](QWidget *parent) -> QWidget * {
                auto *page = new ListPage(store->db(), columns, factory, filters, parent);
                page->searchEdit()->setVisible(searchable);
                page->setTitle(title);
                if (decorate)
                    decorate(page);
                return page;
            }};
}

QString tourFile(const QString &dir, const QString &name, const QString &text)
{
    QFile file(dir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
        return {};
    return file.fileName();
}

} // namespace SectionKit
