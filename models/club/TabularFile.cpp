#include "models/club/TabularFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QXmlStreamReader>

#include <unzip.h> // minizip, the zip library libxlsxwriter already uses
#include <xlsxwriter.h>

namespace TabularFile {

TabularData::Format formatOf(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 ? TabularData::Format::Xlsx
                                                                                              : TabularData::Format::Csv;
}

namespace {
void dropEmptyTail(QList<QStringList> *rows)
{
    const auto empty = [](const QStringList &r) {
        for (const QString &c : r)
            if (!c.trimmed().isEmpty())
                return false;
        return true;
    };
    rows->erase(std::remove_if(rows->begin(), rows->end(), empty), rows->end());
}

bool split(TabularData *data, QList<QStringList> all)
{
    dropEmptyTail(&all);
    if (all.isEmpty())
        return false;
    data->headers = all.takeFirst();
    for (QString &h : data->headers)
        h = h.trimmed();
    data->rows = std::move(all);
    return true;
}

// The whole of one entry of an open zip file; *found is false when it is missing or unreadable.
QByteArray readZipEntry(unzFile zip, const char *name, bool *found)
{
    *found = false;
    if (unzLocateFile(zip, name, 0) != UNZ_OK || unzOpenCurrentFile(zip) != UNZ_OK)
        return {};
    QByteArray out;
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
        out.append(buffer, n);
    *found = unzCloseCurrentFile(zip) == UNZ_OK && n == 0;
    return out;
}

struct ZipCloser
{
    unzFile zip;
    ~ZipCloser()
    {
        if (zip)
            unzClose(zip);
    }
};

int columnIndex(QStringView ref)
{
    int col = 0;
    for (const QChar c : ref) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        col = col * 26 + (c.unicode() - 'A' + 1);
    }
    return col - 1;
}

bool readXlsx(const QString &path, TabularData *data, QString *error)
{
    const QByteArray file = QFile::encodeName(path);
    unzFile zip = unzOpen64(file.constData());
    const ZipCloser closer{zip};
    if (!zip) {
        *error = QCoreApplication::translate("Club", "The file is not a valid Excel (.xlsx) workbook.");
        return false;
    }
    bool found = false;
    QStringList shared;
    const QByteArray sst = readZipEntry(zip, "xl/sharedStrings.xml", &found);
    if (found) {
        QXmlStreamReader x(sst);
        QString current;
        bool inSi = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (x.isEndElement() && x.name() == QLatin1String("si")) {
                inSi = false;
                shared << current;
            } else if (inSi && x.isStartElement() && x.name() == QLatin1String("t")) {
                current += x.readElementText();
            }
        }
    }
    const QByteArray sheet = readZipEntry(zip, "xl/worksheets/sheet1.xml", &found);
    if (!found) {
        *error = QCoreApplication::translate("Club", "The workbook has no first worksheet.");
        return false;
    }
    QList<QStringList> all;
    QXmlStreamReader x(sheet);
    QStringList row;
    int rowNumber = 0;
    QString type, value;
    int col = -1;
    bool inCell = false;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == QLatin1String("row")) {
                row.clear();
                const int r = x.attributes().value(QLatin1String("r")).toInt();
                const int wanted = r > 0 ? r : rowNumber + 1;
                while (rowNumber + 1 < wanted) { // rows skipped in the file are empty rows
                    all << QStringList();
                    ++rowNumber;
                }
                rowNumber = wanted;
            } else if (x.name() == QLatin1String("c")) {
                inCell = true;
                type = x.attributes().value(QLatin1String("t")).toString();
                const QStringView ref = x.attributes().value(QLatin1String("r"));
                col = ref.isEmpty() ? int(row.size()) : columnIndex(ref);
                value.clear();
            } else if (inCell && (x.name() == QLatin1String("v") || x.name() == QLatin1String("t"))) {
                value += x.readElementText();
            }
        } else if (x.isEndElement()) {
            if (x.name() == QLatin1String("c")) {
                inCell = false;
                QString text = value;
                if (type == QLatin1String("s")) {
                    const int i = value.toInt();
                    text = i >= 0 && i < shared.size() ? shared.at(i) : QString();
                } else if (type == QLatin1String("b")) {
                    text = value == QLatin1String("1") ? QStringLiteral("true") : QStringLiteral("false");
                }
                while (row.size() < col)
                    row << QString();
                if (col >= 0 && col < row.size())
                    row[col] = text;
                else
                    row << text;
            } else if (x.name() == QLatin1String("row")) {
                // a row's real length ends at its last non-empty cell
                while (!row.isEmpty() && row.last().isEmpty())
                    row.removeLast();
                all << row;
            }
        }
    }
    if (x.hasError()) {
        *error = QCoreApplication::translate("Club", "The worksheet could not be read: %1").arg(x.errorString());
        return false;
    }
    data->format = TabularData::Format::Xlsx;
    if (!split(data, all)) {
        *error = QCoreApplication::translate("Club", "The file is empty.");
        return false;
    }
    return true;
}
} // namespace

bool parseCsv(const QByteArray &bytes, TabularData *data)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    QChar delim = QLatin1Char(',');
    if (firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(',')))
        delim = QLatin1Char(';');
    if (firstLine.count(QLatin1Char('\t')) > firstLine.count(delim))
        delim = QLatin1Char('\t');
    QList<QStringList> all;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == delim) {
            row << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << field;
            all << row;
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row << field;
        all << row;
    }
    // a CSV row's length is its number of fields; trailing empty fields written by
    // spreadsheets (",,,") are kept, so only a row with fewer delimiters is short
    data->format = TabularData::Format::Csv;
    return split(data, all);
}

bool read(const QString &path, TabularData *data, QString *error)
{
    if (formatOf(path) == TabularData::Format::Xlsx)
        return readXlsx(path, data, error);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Club", "The file %1 cannot be opened: %2").arg(path, f.errorString());
        return false;
    }
    if (!parseCsv(f.readAll(), data)) {
        *error = QCoreApplication::translate("Club", "The file is empty.");
        return false;
    }
    return true;
}

namespace {
QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}
} // namespace

bool write(const QString &path, TabularData::Format format, const QStringList &headers, const QList<QStringList> &rows,
           QString *error)
{
    if (format == TabularData::Format::Csv) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            *error = f.errorString();
            return false;
        }
        QString out = QString(QChar(0xFEFF));
        const auto line = [&out](const QStringList &cells) {
            QStringList q;
            for (const QString &c : cells)
                q << csvField(c);
            out += q.join(QLatin1Char(',')) + QLatin1String("\r\n");
        };
        line(headers);
        for (const QStringList &r : rows)
            line(r);
        f.write(out.toUtf8());
        if (!f.commit()) {
            *error = f.errorString();
            return false;
        }
        return true;
    }
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *book = workbook_new(file.constData());
    if (!book) {
        *error = QCoreApplication::translate("Club", "The file %1 cannot be created.").arg(path);
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
    worksheet_right_to_left(sheet);
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c].toUtf8().constData(), bold);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), rows[r][c].toUtf8().constData(), nullptr);
    const lxw_error e = workbook_close(book);
    if (e != LXW_NO_ERROR) {
        *error = QString::fromUtf8(lxw_strerror(e));
        return false;
    }
    return true;
}

} // namespace TabularFile
