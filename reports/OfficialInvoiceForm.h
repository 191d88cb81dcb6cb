#pragma once
// The built-in invoice, proforma and return-invoice form (the official Iranian sales invoice),
// drawn from the same data its HTML template reads (TemplateRenderer::documentData). Documents
// whose item type keeps the built-in template print through this form; a template a company
// edited goes through HTML. templates/invoice.html and templates/proforma.html are the same form
// as editable HTML, the starting point of a company's own template; tst_print_invoice checks
// that both put the same letters and digits on paper.
#include "reports/paper/Paper.h"

#include <QVariantMap>

namespace OfficialInvoiceForm {

// True for the entities this form draws: invoice, proforma, return_invoice.
bool draws(const QString &entity);
// The pages of one document; `data` as TemplateRenderer::documentData builds it.
Paper lay(const QVariantMap &data);

} // namespace OfficialInvoiceForm
