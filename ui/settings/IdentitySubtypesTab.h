#pragma once
#include "models/identities/Identity.h"
#include "ui/shell/Session.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

// «زیرنوع‌های هویت» on the customisation page: the subtypes persons and organisations are filed
// under, each with the pattern its customer numbers are drawn from. New and Edit open one dialog
// (double-click a row to edit); Delete works only for a subtype no identity has.
class IdentitySubtypesTab final : public QWidget
{
    Q_OBJECT
public:
    explicit IdentitySubtypesTab(const Session &session, QWidget *parent = nullptr);

    void newSubtype();
    void editSubtype(const QString &id);
    void deleteSelected();
    void selectSubtype(const QString &id);
    QTableWidget *table() const { return m_table; }

signals:
    void failed(const QString &error); // empty after a change that went through

private:
    void reload(const QString &selectId = {});
    QString selectedId() const;
    // Runs the dialog for `subtype` and saves through the service; false when cancelled.
    bool runDialog(IdentitySubtype subtype);

    Session m_session;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_delete;
};
