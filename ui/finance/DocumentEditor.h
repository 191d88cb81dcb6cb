#pragma once
// Creates and edits a proforma, invoice, return invoice or contract (§1.16). The money is worked
// out by the one Totals code as the user types; saving goes through DocumentApproval, so the
// gates, numbering and «back to pending after edit» apply exactly as everywhere else. A refused
// save leaves everything typed in place and says why.
#include "models/club/ItemType.h"
#include "models/loyalty/Catalog.h"
#include "models/finance/Document.h"
#include "models/finance/Totals.h"
#include "ui/shell/Session.h"
#include "ui/widgets/UnsavedChanges.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class DocumentEditor;
}

class DocumentEditor final : public QDialog
{
    Q_OBJECT
public:
    // An empty `documentId` starts a new document.
    DocumentEditor(const Session &session, const QString &documentId = {}, QWidget *parent = nullptr);
    ~DocumentEditor() override;

    QString documentId() const { return m_documentId; }
    // The document as it would be saved now, totals computed (what the totals box shows).
    Document currentDocument() const;
    bool loadFailed() const { return m_loadFailed; }

    void accept() override;
    void reject() override;
    // No more than a 1366×768 laptop shows: the lines table scrolls rather than grow the editor.
    QSize sizeHint() const override;

private:
    void fillTypes();
    void fillProducts();
    void load(const QString &id);
    void chooseCustomer();
    void chooseSource();
    void setCustomer(const QString &id, const QString &name);
    void onTypeChanged();
    void onProductChosen();
    void onLineSelected();
    DocumentLine lineFromEntry() const;
    void addLine();
    void updateLine();
    void removeLine();
    void reapplyRates();
    void showLines();
    void addSurchargeRow(const QString &title, qint64 amount, int percentBp, bool taxable);
    QList<Surcharge> surcharges() const;
    void recompute();
    void showBanner();
    void showError(const QString &message);
    ItemType currentType() const;
    bool isContract() const;

    std::unique_ptr<Ui::DocumentEditor> m_ui;
    Session m_session;
    UnsavedChanges m_unsaved{this};
    QString m_documentId;
    Document m_loaded;           // the stored document being edited (state fields)
    QList<DocumentLine> m_lines; // the lines as typed, rates stored on each
    QList<ItemType> m_types;
    QList<Product> m_products;
    QHash<QString, bool> m_taxable; // product id → «اعمال مالیات و عوارض»
    QString m_identityId;
    QString m_sourceId;
    bool m_loadFailed = false;
    bool m_filling = false;
};
