#pragma once
// The approval cartable («کارتابل تایید»): documents and receipts waiting for someone who may
// approve or number them (§1.15). The caller says which item types the user holds rights on
// (FinanceRights); this only lists. Oldest first, so the longest wait is on top.
#include "models/core/Repository.h"
#include "models/core/ListSpec.h"

struct ApprovalQueueFilter
{
    QStringList approvable;         // pending items of these types
    QStringList numberable;         // unnumbered, not rejected items of these types
    QStringList numberableApproved; // unnumbered approved items of these types
    QString subject;                // document|receipt; empty = both
};

class ApprovalQueueRepository : public Repository
{
public:
    using Repository::Repository;

    enum ListColumn { Id, Subject, Kind, Number, OnDate, IdentityName, Amount, ApprovalStatus, ItemTypeName };

    ListSpec list(const ApprovalQueueFilter &filter) const;
    // "document" or "receipt" for a live item id; empty when neither holds it.
    QString subjectOf(const QString &id);

private:
    QString waiting(const QString &alias, const ApprovalQueueFilter &f, QVariantList *binds) const;
};
