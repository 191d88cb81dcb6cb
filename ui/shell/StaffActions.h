#pragma once
#include "ui/shell/Session.h"

#include <QCoreApplication>
#include <QKeySequence>

#include <functional>

class ListPage;
class QAction;

class QPrintPreviewDialog;
class QWidget;

// What back-office staff do to the row in front of them: approval, numbering and deleting on
// the document and receipt lists (approval and numbering in the approval cartable too), and
// printing. The services decide
// (permissions, gates); these only ask for what they need and report the verdict. An action the
// signed-in user holds no right for is not offered at all.
class StaffActions
{
    Q_DECLARE_TR_FUNCTIONS(StaffActions)
public:
    static void addDocumentActions(ListPage *page, const Session &session);
    static void addReceiptActions(ListPage *page, const Session &session);
    // The cartable lists documents and receipts together: each row's subject is looked up.
    static void addCartableActions(ListPage *page, const Session &session);
    // Print preview (and from there printer or PDF) of the document in the row: staff get the
    // type's main template, club users its public one.
    static void addPrintActions(ListPage *page, const Session &session, bool receipts);
    // The preview dialog of one document or receipt (owned by the caller); null with an error.
    static QPrintPreviewDialog *makePreview(const Session &session, const QString &id, bool receipt,
                                            QWidget *parent, QString *error);
    // An action that needs no selected row («New», «Print all…»), on the page's toolbar.
    static QAction *addPageAction(ListPage *page, const QString &text, const std::function<void()> &handler,
                                  const QKeySequence &shortcut = {});
};
