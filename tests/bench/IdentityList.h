#pragma once
// The identities list as the app shows it: IdentityRepository's ListSpec and the columns that
// feed PagedListModel (select column i + 1 → ListColumn i).
#include "models/core/PagedListModel.h"

#include <QVector>

class QTableView;

namespace Bench {

QVector<ListColumn> identityColumns();
// The table settings ui/widgets/ListPage.cpp gives its QTableView, applied to both the Vafa view
// and the baseline view so that the difference between them is the model.
void configureLikeListPage(QTableView *view);

} // namespace Bench
