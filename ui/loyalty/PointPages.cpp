#include "ui/loyalty/PointPages.h"

#include "ui/shell/Labels.h"

using namespace SectionKit;

QVector<ListColumn> PointPages::columns()
{
    return {of(tr("Date"), ColumnKind::Date), label(tr("Kind"), Labels::pointKinds()), of(tr("Points"), ColumnKind::Number),
            of(tr("Balance"), ColumnKind::Number), of(tr("Expires"), ColumnKind::Date), text(tr("Description"))};
}
