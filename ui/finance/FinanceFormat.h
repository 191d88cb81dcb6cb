#pragma once
// How the financial pages write amounts, rates and states on screen: one place, so the editor,
// the cartable and the balance page read the same.
#include "models/finance/Document.h"
#include "models/finance/DocumentApproval.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

class QLabel;

class FinanceFormat
{
    Q_DECLARE_TR_FUNCTIONS(FinanceFormat)
public:
    static QString money(qint64 rials);          // «۱٬۲۵۰٬۰۰۰» (the unit is in the column title)
    static QString quantity(qint64 milli);        // 2500 → «۲٫۵»
    static QString percent(int bp);               // 1000 → «۱۰٪»; 0 → empty
    static int parsePercentBp(const QString &typed); // «۱۰», «10%», «۲٫۵» → basis points; 0 when empty
    static QString rated(qint64 amount, int bp);  // «۱۲٬۰۰۰ (۱۰٪)»
    // «Invoice ۱۴۰۳-۰۰۱۲ of ۱۴۰۳/۰۸/۱۵ — ۱٬۲۵۰٬۰۰۰» for pickers and captions.
    static QString documentCaption(const Document &d);
    // The side a balance stands on (BalanceSide codes): «بدهکار», «بستانکار», «بی‌حساب».
    static QHash<QString, QString> balanceSides();
    // The §1.15 banner: text and colour of the item's state; nullopt = a new, unsaved item.
    static void paintBanner(QLabel *label, std::optional<DocumentApproval::Banner> banner, const QString &rejectReason);
};
