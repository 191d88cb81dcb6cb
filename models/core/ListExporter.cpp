#include "models/core/ListExporter.h"

#include "models/core/SqlUtil.h"
#include "models/core/Store.h"

#include "models/persian/Bidi.h"
#include "models/persian/Jalali.h"
#include "models/persian/Money.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <xlsxwriter.h>

namespace {

// Dates as Jalali text in Latin digits: what an Excel user sorts and filters on.
QString jalaliText(const QVariant &raw, bool withTime)
{
    if (withTime) {
        const QDateTime t = QDateTime::fromString(raw.toString(), Qt::ISODate).toLocalTime();
        if (!t.isValid())
            return {};
        const Persian::JalaliDate d = Persian::JalaliDate::fromGregorian(t.date());
        return QString::asprintf("%04d/%02d/%02d %s", d.year, d.month, d.day, qPrintable(t.time().toString(QStringLiteral("HH:mm"))));
    }
    const QDate day = QDate::fromString(raw.toString(), Qt::ISODate);
    if (!day.isValid())
        return {};
    const Persian::JalaliDate d = Persian::JalaliDate::fromGregorian(day);
    return QString::asprintf("%04d/%02d/%02d", d.year, d.month, d.day);
}

// A text cell a spreadsheet would run as a formula (= + - @, a tab or a CR first) gets a
// leading ' (OWASP "CSV injection"): a customer's name typed as =HYPERLINK(…) stays text.
// Numbers are written as numbers and never pass through here, so -2,500 stays a number.
QByteArray textCell(const QString &s)
{
    const bool formula = !s.isEmpty()
        && (s.at(0) == QLatin1Char('=') || s.at(0) == QLatin1Char('+') || s.at(0) == QLatin1Char('-')
            || s.at(0) == QLatin1Char('@') || s.at(0) == QLatin1Char('\t') || s.at(0) == QLatin1Char('\r'));
    return (formula ? QString(QLatin1Char('\'') + s) : s).toUtf8();
}

} // namespace

bool ListExporter::writeXlsx(const PagedListModel &model, const QString &path, const QString &sheetName,
                             const Progress &progress, QString *error)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(file.constData(), &options);
    if (!book) {
        *error = tr("Cannot create %1.").arg(Persian::filePath(path));
        return false;
    }
    const QByteArray sheetTitle = sheetName.left(31).toUtf8(); // Excel's limit on sheet names
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetTitle.isEmpty() ? nullptr : sheetTitle.constData());
    worksheet_right_to_left(sheet);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "#,##0");

    const QVector<ListColumn> &columns = model.columns();
    for (int c = 0; c < columns.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), textCell(columns[c].title).constData(), header);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), 18, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);

    Store *store = Store::of(model.database());
    auto scope = store ? store->sessionScope() : std::nullopt;
    QSqlQuery q(model.database());
    q.setForwardOnly(true);
    bool ok = Sql::execBound(q, model.selectStatement(), model.spec().binds);
    if (!ok)
        *error = q.lastError().text();
    const qint64 total = model.rowCount();
    lxw_row_t row = 1;
    while (ok && q.next()) {
        for (int c = 0; c < columns.size(); ++c) {
            const QVariant raw = q.value(c + 1);
            if (raw.isNull())
                continue;
            const lxw_col_t col = lxw_col_t(c);
            switch (columns[c].kind) {
            case ColumnKind::Money:
                worksheet_write_number(sheet, row, col, Persian::inShownUnit(raw.toLongLong()), money);
                break;
            case ColumnKind::Number:
                worksheet_write_number(sheet, row, col, double(raw.toLongLong()), nullptr);
                break;
            case ColumnKind::Date:
            case ColumnKind::DateTime:
                worksheet_write_string(sheet, row, col,
                                       textCell(jalaliText(raw, columns[c].kind == ColumnKind::DateTime)).constData(), nullptr);
                break;
            case ColumnKind::Label:
                worksheet_write_string(sheet, row, col,
                                       textCell(columns[c].labels.value(raw.toString(), raw.toString())).constData(), nullptr);
                break;
            case ColumnKind::Text:
            case ColumnKind::Code:
                worksheet_write_string(sheet, row, col, textCell(raw.toString()).constData(), nullptr);
                break;
            }
        }
        ++row;
        if (progress && row % 1000 == 0 && !progress(row - 1, total)) {
            ok = false;
            *error = tr("Export cancelled.");
        }
    }
    if (ok)
        worksheet_autofilter(sheet, 0, 0, row - 1, lxw_col_t(columns.size() - 1));
    const lxw_error closed = workbook_close(book);
    if (ok && closed != LXW_NO_ERROR) {
        ok = false;
        *error = tr("Cannot write %1: %2").arg(Persian::filePath(path), QString::fromUtf8(lxw_strerror(closed)));
    }
    if (!ok)
        QFile::remove(path);
    else if (progress)
        progress(total, total);
    return ok;
}
