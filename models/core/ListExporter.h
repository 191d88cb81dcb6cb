#pragma once
#include "models/core/PagedListModel.h"

#include <QCoreApplication>

#include <functional>

// Writes every row of a list, in the order on screen, to an Excel workbook: a right-to-left
// sheet with the list's headers, amounts and numbers as numbers (so Excel can sum them),
// Jalali dates as sortable text, labels as people read them. Streams rows in constant memory,
// so a million-row list exports as easily as a short one.
class ListExporter
{
    Q_DECLARE_TR_FUNCTIONS(ListExporter)
public:
    // progress(rowsWritten, totalRows) returns false to cancel: the partial file is removed.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static bool writeXlsx(const PagedListModel &model, const QString &path, const QString &sheetName,
                          const Progress &progress, QString *error);
};
