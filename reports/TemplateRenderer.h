#pragma once
// Print templates: HTML with named placeholders, rendered with the Mustache library
// (kainjow/mustache, Debian's libkainjow-mustache-dev).
//
// Escaping happens in one place. The data a template sees is a tree of QVariantMap / QVariantList
// / QString / bool; when it is handed to Mustache every string is HTML-escaped by escape() and
// Mustache's own escaping is switched off, so {{x}}, {{{x}}} and {{&x}} all print the same
// escaped text and a template edited by staff cannot print a customer's name as markup. There
// are no partials and no lambdas in the data.
//
// Every number a reader sees is already formatted in the data: Persian digits, «٬» groups, Jalali
// dates, and each number token wrapped by Persian::leftToRight so that «۱۴۰۳-۰۰۱۲» is not
// reordered by the bidi algorithm next to Persian text (toolchain note G5).
//
// The placeholders are listed in reports/templates/README.md.
#include "models/core/Company.h"
#include "models/club/ItemType.h"
#include "models/finance/Balances.h"
#include "models/finance/Document.h"
#include "models/finance/Receipt.h"
#include "models/identities/Identity.h"
#include "reports/PrintService.h"
#include "reports/paper/Paper.h"

#include <QString>
#include <QVariantMap>

#include <optional>

class Store;

class TemplateRenderer
{
public:
    enum class Variant { Main, Public }; // قالب پیش‌نمایش / قالب پیش‌نمایش عمومی

    // What one print of one item is: the HTML and a name for it ("invoice ۱۴۰۳-۰۰۱۲"). When the
    // item type keeps the built-in template of an invoice, proforma or return invoice, `paper`
    // holds the official form laid out by OfficialInvoiceForm: that is what goes on paper.
    struct Rendered
    {
        QString html;
        Paper paper;
        QString kind;   // invoice|proforma|return_invoice|contract|receipt
        QString number; // as stored (Latin digits), for file names
        QString title;  // shown to people (progress, errors)

        // What the print service takes.
        PrintService::Item item(const QString &fileName = {}) const { return {html, paper, fileName, title}; }
    };

    explicit TemplateRenderer(Store &store);

    // ---- templates -----------------------------------------------------------------------
    // The built-in template of an entity (invoice|proforma|return_invoice|contract|receipt|payment);
    // empty for an entity without one. The public default is the same layout as the main one.
    static QString builtInTemplate(const QString &entity, Variant variant = Variant::Main);
    // The item type's stored template, or the built-in one when the stored text is empty.
    static QString templateFor(const ItemType &type, Variant variant);
    // «بازخوانی…»: clears the item type's stored template (empty = the built-in default; the
    // caller saves the type) and returns the built-in text for the editor to show.
    static QString resetToDefault(ItemType &type, Variant variant);

    // ---- rendering -------------------------------------------------------------------------
    // Renders `templateText` with `data`. On a template syntax error returns an empty string and
    // puts Mustache's message into *error.
    static QString render(const QString &templateText, const QVariantMap &data, QString *error = nullptr);
    // Loads a document (with its lines, customer, the company and the item type) and renders it
    // with the type's main or public template. nullopt with a translated reason when the document
    // or its item type cannot be read or the template does not parse.
    std::optional<Rendered> renderDocument(const QString &documentId, Variant variant, QString *error = nullptr);
    std::optional<Rendered> renderReceipt(const QString &receiptId, Variant variant, QString *error = nullptr);
    // The statement («صورتحساب») of one identity: its approved documents and receipts in date
    // order with the running balance (BalanceRepository), and the closing balance with the side
    // it stands on, from the built-in statement template. kind "statement".
    std::optional<Rendered> renderStatement(const QString &identityId, QString *error = nullptr);

    // ---- data ------------------------------------------------------------------------------
    // The buyer's side of a print: the identity with its default address and phone.
    struct Party
    {
        Identity identity;
        Address address;
        QString phone;
        QString mobile;
    };
    Party loadParty(const QString &identityId);

    static QVariantMap companyData(const Company &company);
    // What prints under «مهر و امضا» on an approved item: its type's signature, else the company's seal.
    static QByteArray signatureOf(const ItemType &type, const Company &company);
    static QVariantMap partyData(const Party &party);
    // Everything a document template uses: document, seller, buyer, lines, totals, signature.
    static QVariantMap documentData(const Document &document, const ItemType &type, const Company &company,
                                    const Party &buyer);
    // `paid`: the document the receipt pays, if any («بابت …»).
    static QVariantMap receiptData(const Receipt &receipt, const ItemType &type, const Company &company,
                                   const Party &payer, const FinancialAccount &account,
                                   const Document *paid = nullptr);
    static QVariantMap statementData(const Party &party, const QList<StatementLine> &lines, const Company &company);
    // What the template editor previews: a made-up item of the type's entity (two lines, one of
    // them taxed at the type's rate, a sample customer) with the company's real letterhead.
    static QVariantMap sampleData(const ItemType &type, const Company &company);

    // ---- text helpers ----------------------------------------------------------------------
    // HTML-escapes & < > " ' and turns line breaks into <br/>.
    static QString escape(const QString &text);
    // Free text people typed (names, addresses, descriptions): Persian digits, in the direction
    // of its first letter (Persian::ownDirection) so that a Latin name keeps its own order and
    // does not pull the label next to it around.
    static QString text(const QString &typed);
    // Persian digits, left to right: machine values (numbers, codes, phones) for print.
    static QString token(const QString &latin);
    // «۱٬۲۵۰٬۰۰۰», left to right.
    static QString amount(qint64 rials);
    // Quantity in thousandths: 2500 → «۲٫۵», left to right.
    static QString quantity(qint64 milli);
    // Jalali «۱۴۰۳/۰۸/۱۵», left to right; empty for an invalid date.
    static QString date(const QDate &date);

private:
    Store &m_store;
};
