#pragma once
#include "models/core/Actor.h"
#include "models/core/TabularImport.h"
#include "models/identities/Identity.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

class Store;
class IdentityRepository;
class IdentityService;

// «ورود اطلاعات از اکسل» for identities (reference §1.23): how a company brings its customer
// base over from a spreadsheet, on the shared engine of TabularImport (mapping, modes, preview,
// error file, all or nothing in one transaction).
//
// A row is an identity: kind, function (lead/contact), subtype, names, national ID (کد ملی or
// شناسه ملی by kind), economic code, emails, a mobile, a phone and a fax, one address, a
// category (by name), the sales/support/misc responsibles (by username), source, description…
// Each row is checked by IdentityRules, as the editor's identity is, and completed by
// IdentityService (subtype, responsibles, categories, customer number drawn from the subtype's
// pattern) inside the import's transaction.
//
// Modes: which rows are "already there" is decided by the customer number when the row has
// one, else by the national ID. Add skips rows already there; Update changes them (all mapped
// fields, or with fillOnlyEmpty only the fields that are empty now; phones, an address and a
// category the identity lacks are added) and skips the rest; Upsert does both. A key that
// appears twice in the file is an error on the second line.
class IdentityImport final : public TabularImport
{
    Q_DECLARE_TR_FUNCTIONS(Identities)

public:
    struct Options
    {
        Mode mode = Mode::Add;
        bool fillOnlyEmpty = false;
    };

    struct RowPlan : ImportRow // key = the customer number or the national ID
    {
        IdentityDraft draft;   // normalised; the id of the identity to update
    };

    IdentityImport(Store &store, const Actor &actor);
    ~IdentityImport() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    const QList<RowPlan> &preview();
    const QList<RowPlan> &plans() const { return m_plans; }

private:
    void validate() override;
    int planCount() const override { return int(m_plans.size()); }
    const ImportRow &planAt(int index) const override { return m_plans.at(index); }
    bool writeRows(const Progress &progress, int total) override;
    bool recheck();
    bool writeUpdate(RowPlan &plan, IdentityService &service, IdentityRepository &repo, QString *error);

    Actor m_actor;
    Options m_options;
    QList<RowPlan> m_plans;
};

// `vafa identities import FILE --store DB [--mode add|update|upsert] [--fill-only-empty]
//  [--errors OUT] [--dry-run]` (exit codes: ImportCommand).
class IdentitiesImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Identities)

public:
    static int run(const QStringList &args, Store &store, QTextStream &out, QTextStream &err);
    static QString usage();
};
