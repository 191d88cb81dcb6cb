#pragma once
#include "models/core/Actor.h"
#include "models/loyalty/Catalog.h"

#include <QCoreApplication>

class Store;

// «محصولات»: adding and changing the products invoices are written with. One transaction per
// save (DESIGN §3): the gate (FinanceRights::mayManageProducts: the finance or sales manager),
// the code checked unique against what is stored now, the write and its audit row.
class ProductService
{
    Q_DECLARE_TR_FUNCTIONS(ProductService)
public:
    ProductService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    // Creates the product when its id is empty, else changes it; on success `product` is what
    // was stored. Refused: error() says why in Persian and nothing was written.
    bool save(Product &product);
    QString error() const { return m_error; }

private:
    bool fail(const QString &message);
    Store &m_store;
    Actor m_actor;
    QString m_error;
};
