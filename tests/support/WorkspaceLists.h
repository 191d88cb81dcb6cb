#pragma once
// The lists a workspace shows, as a person meets them: each section opened in turn and every
// list page on it that is in sight. Header only: just the UI tests, which link vafa_ui, include it.
#include "ui/shell/MainWindow.h"
#include "ui/widgets/ListPage.h"

#include <QCoreApplication>

#include <functional>

namespace TestSupport {

// Calls `visit(sectionKey, page)` for every visible list page of every section, with the
// section open (and so its pages laid out) while it is visited.
inline void forEachListPage(MainWindow &window, const std::function<void(const QString &, ListPage *)> &visit)
{
    for (const QString &key : window.sectionKeys()) {
        QWidget *section = window.openSection(key);
        QCoreApplication::processEvents();
        QList<ListPage *> pages = section->findChildren<ListPage *>();
        if (auto *page = qobject_cast<ListPage *>(section))
            pages.prepend(page);
        for (ListPage *page : pages)
            if (page->isVisible())
                visit(key, page);
    }
}

} // namespace TestSupport
