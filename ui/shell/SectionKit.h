#pragma once
#include "models/core/PagedListModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/ListPage.h"

#include <QHash>

#include <functional>

// The small pieces every area's pages are declared with: typed list columns, a filter list
// from labels, and a section that shows one paged list. Areas (members, finance, settings)
// keep their own sections in ui/<area>/ and the Workspace only lines them up.
namespace SectionKit {

using Section = MainWindow::Section;
// Takes a picture of a widget for the screenshot tour under a short name ("item-types").
using TourShot = std::function<bool(QWidget *widget, const QString &name)>;
// A file for the tour to open (an import's sample), written as UTF-8 into `dir`; its path, or
// empty when it could not be written.
QString tourFile(const QString &dir, const QString &name, const QString &text);

ListColumn text(const QString &title);
ListColumn label(const QString &title, QHash<QString, QString> labels);
ListColumn of(const QString &title, ColumnKind kind);
// A filter list from labels, preceded by "all".
QVector<ListPage::Filter> filtersFrom(const QString &allTitle, const QHash<QString, QString> &labels,
                                      const QStringList &order);
Section listSection(const Session &session, const QString &key, const QString &title, QVector<ListColumn> columns,
                    ListPage::SpecFactory factory, QVector<ListPage::Filter> filters = {}, bool searchable = true,
                    std::function<void(ListPage *)> decorate = {});

} // namespace SectionKit
