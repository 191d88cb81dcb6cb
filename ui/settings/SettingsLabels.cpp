#include "ui/settings/SettingsLabels.h"

#include "models/club/ClubPermissions.h"
#include "models/club/ItemType.h"

#include <QHash>

namespace {
QString s(const char *code) { return QString::fromLatin1(code); }
}

QString SettingsLabels::permission(const QString &key)
{
    using namespace ClubPermission;
    const QHash<QString, QString> labels{
        {systemAdmin(), tr("System administrator")},
        {clubSettings(), tr("Manage club settings and customisation")},
        {manageMembers(ClubKind::Customer), tr("Manage customer club members")},
        {manageMembers(ClubKind::Agent), tr("Manage agent club members")},
        {createUsers(ClubKind::Customer), tr("Create customer club users")},
        {createUsers(ClubKind::Agent), tr("Create agent club users")},
        {viewPoints(), tr("View customer points")},
        {managePoints(), tr("Manage customer points")},
        {financeManager(), tr("Finance manager")},
        {salesManager(), tr("Sales manager")},
        {usersManager(), tr("Manage users")},
        {approveAllDocuments(), tr("Approve, reject and number every document type")},
        {approveAllReceipts(), tr("Approve, reject and number every receipt type")},
        {manageCategories(), tr("Manage the category tree")},
        {databaseManager(), tr("Database manager (private categories)")},
        {editIdentities(), tr("Create and edit persons and organisations")},
    };
    return labels.value(key, key);
}

QStringList SettingsLabels::entities()
{
    return ItemType::entities();
}

QString SettingsLabels::entity(const QString &entity)
{
    const QHash<QString, QString> labels{
        {s("proforma"), tr("Proformas")}, {s("invoice"), tr("Invoices")},
        {s("return_invoice"), tr("Return invoices")}, {s("contract"), tr("Contracts")},
        {s("receipt"), tr("Receipts")}, {s("payment"), tr("Payments")},
        {s("ticket"), tr("Tickets")}, {s("request"), tr("Requests")},
        {s("task"), tr("Tasks")}, {s("note"), tr("Notes")}, {s("call"), tr("Phone calls")},
        {s("appointment"), tr("Appointments")},
        {s("form"), tr("Forms")}, {s("file"), tr("Files")},
    };
    return labels.value(entity, entity);
}

bool SettingsLabels::isFinancial(const QString &entity)
{
    return ItemType::isFinancial(entity);
}

SettingsLabels::Choices SettingsLabels::displayModes()
{
    return {{s("default"), tr("Default form")}, {s("preview"), tr("Preview")}, {s("public_preview"), tr("Public preview")}};
}

SettingsLabels::Choices SettingsLabels::fieldTypes()
{
    return {{s("text"), tr("Text")}, {s("number"), tr("Number")}, {s("date"), tr("Date")},
            {s("money"), tr("Amount (rials)")}, {s("bool"), tr("Yes/no")}, {s("choice"), tr("Choice")}};
}

SettingsLabels::Choices SettingsLabels::registrationFields()
{
    return {{s("first_name"), tr("First name")},   {s("last_name"), tr("Last name")},
            {s("mobile"), tr("Mobile")},           {s("email"), tr("Email")},
            {s("national_id"), tr("National ID")}, {s("org_name"), tr("Organisation name")},
            {s("birth_date"), tr("Birth date")},   {s("city"), tr("City")},
            {s("address"), tr("Address")}};
}

QString SettingsLabels::refusal()
{
    return tr("You do not have permission to change these settings. Ask an administrator.");
}
