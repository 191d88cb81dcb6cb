#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

// The words the configuration pages show for stored codes: permission keys, entities, display
// modes, field types and registration fields. English source text; Persian comes from the
// translation files (the Persian names are those of reference §1.12 and §1.13).
class SettingsLabels
{
    Q_DECLARE_TR_FUNCTIONS(SettingsLabels)
public:
    using Choices = std::vector<std::pair<QString, QString>>; // code, label; in display order

    static QString permission(const QString &key);     // a fixed key of ClubPermission::all()
    static QString entity(const QString &entity);      // item type entities, plural
    static QStringList entities();                     // every entity, in the order admins think of them
    static bool isFinancial(const QString &entity);    // proforma … payment: approval and numbering apply
    static Choices displayModes();                     // default | preview | public_preview
    static Choices fieldTypes();                       // custom field types
    static Choices registrationFields();               // fields a self-registration form may require
    static QString refusal();                          // the page may not be used by this staff user
};
