#pragma once
#include "models/loyalty/Catalog.h"
#include "ui/shell/Session.h"
#include "ui/widgets/UnsavedChanges.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProductEditor;
}

// One product of the catalogue («محصول»): name, code, unit, price, whether tax and levy apply
// and whether club users may order it.
class ProductEditor final : public QDialog
{
    Q_OBJECT
public:
    ProductEditor(const Session &session, const QString &productId = {}, QWidget *parent = nullptr);
    ~ProductEditor() override;
    void accept() override;
    void reject() override;

private:
    std::unique_ptr<Ui::ProductEditor> m_ui;
    Session m_session;
    UnsavedChanges m_unsaved{this};
    Product m_product;
};
