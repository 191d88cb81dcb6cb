#pragma once
#include "ui/shell/Session.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CompanyProfilePage;
}
class QPushButton;
class UnsavedChanges;

// «مشخصات شرکت»: the company's profile for a system administrator, the same form the
// new-company wizard shows. Save goes through CompanyProfile::save; a refusal keeps the edits
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

private:
    Session m_session;
    std::unique_ptr<Ui::CompanyProfilePage> m_form;
    std::unique_ptr<UnsavedChanges> m_unsaved;
    QPushButton *m_save;
};
