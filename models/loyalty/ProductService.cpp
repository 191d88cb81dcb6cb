#include "models/loyalty/ProductService.h"

#include "models/core/AuditLog.h"
#include "models/core/Store.h"
#include "models/finance/FinanceRights.h"
#include "models/loyalty/ProductRepository.h"
#include "models/persian/Digits.h"

bool ProductService::save(Product &product)
{
    m_error.clear();
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return fail(m_store.writeFailureMessage());
    if (!FinanceRights::mayManageProducts(m_actor))
        return fail(tr("Only the finance or sales manager may add or change products."));
    Product p = product;
    p.name = p.name.trimmed();
    p.code = Persian::toLatinDigits(p.code.trimmed()); // codes are stored in Latin digits
    p.unit = p.unit.trimmed();
    if (p.name.isEmpty())
        return fail(tr("Give the product a name."));
    if (p.code.isEmpty()) // the code is how an invoice line, an import and a points rule name it
        return fail(tr("Give the product a code."));
    if (p.unitPrice < 0)
        return fail(tr("A price cannot be negative."));
    ProductRepository products(m_store);
    const bool created = p.id.isEmpty();
    if (!created && !products.get(p.id))
        return fail(tr("This product no longer exists; it may have been deleted meanwhile."));
    if (const auto same = products.findByCode(p.code); same && same->id != p.id)
        return fail(tr("Another product already has this code."));
    if (!(created ? products.insert(p) : products.update(p))) {
        qWarning("product: %s", qPrintable(products.lastError()));
        return fail(tr("The product could not be saved. Nothing was changed."));
    }
    if (!AuditLog(m_store).append(m_actor.userId, created ? QStringLiteral("product.create") : QStringLiteral("product.update"),
                                  QStringLiteral("product"), p.id, p.code)
        || !tx.commit())
        return fail(m_store.writeFailureMessage());
    product = p;
    return true;
}

bool ProductService::fail(const QString &message)
{
    m_error = message;
    return false;
}
