#include "ui/finance/FinancePages.h"

#include "models/repositories/DocumentRepository.h"
#include "models/repositories/FinanceRepositories.h"
#include "models/store/Store.h"
#include "ui/Labels.h"
#include "ui/StaffActions.h"
#include "ui/Workspace.h"

using namespace SectionKit;

namespace FinancePages {

QVector<Section> staffSections(const Session &session)
{
    Store *store = session.store;
    QVector<Section> sections;
    sections << listSection(session, QStringLiteral("documents"), Workspace::tr("Sales documents"), Workspace::documentColumns(),
                            [store](const QString &search, const QString &kind) {
                                DocumentFilter f;
                                f.search = search;
                                f.kind = kind;
                                return DocumentRepository(*store).list(f);
                            },
                            Workspace::documentFilters(), true,
                            [session](ListPage *page) {
                                StaffActions::addDocumentActions(page, session);
                                StaffActions::addPrintActions(page, session, false);
                            });
    sections << listSection(session, QStringLiteral("receipts"), Workspace::tr("Receipts"), Workspace::receiptColumns(),
                            [store](const QString &, const QString &status) {
                                ReceiptFilter f;
                                f.approvalStatus = status;
                                return ReceiptRepository(*store).list(f);
                            },
                            Workspace::statusFilters(Workspace::tr("All receipts")), false,
                            [session](ListPage *page) {
                                StaffActions::addReceiptActions(page, session);
                                StaffActions::addPrintActions(page, session, true);
                            });
    return sections;
}

bool tour(const Session &, MainWindow &, const TourShot &)
{
    return true;
}

}
