#pragma once
#include "models/core/Company.h"
#include "ui/shell/Session.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CompanyProfilePage;
class CompanyInvoicePage;
}
class QPushButton;
class UnsavedChanges;

// «مشخصات شرکت»: the company's profile for a system administrator, the same two forms the
// new-company wizard shows (the profile; logo, seal, money unit and VAT). Save goes through CompanyProfile::save; a refusal keeps the edits
// on screen with the reason.
class CompanyProfileEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit CompanyProfileEditor(const Session &session, QWidget *parent = nullptr);
    ~CompanyProfileEditor() override;

    bool save(); // false with errorText() when refused; the edits stay
    QString errorText() const;
    bool hasChanges() const;

signals:
    void saved(const Company &company);

private:
    Session m_session;
    std::unique_ptr<Ui::CompanyProfilePage> m_form;
    std::unique_ptr<Ui::CompanyInvoicePage> m_invoice;
    std::unique_ptr<UnsavedChanges> m_unsaved;
    QPushButton *m_save;
};
