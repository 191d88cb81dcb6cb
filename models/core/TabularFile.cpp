#include "models/core/TabularFile.h"

#include "models/persian/Bidi.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>
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
bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// The inverse of neutralised(): a file Vafa wrote (an error file, corrected and imported
// again) reads back with the values the person typed.
QString restored(const QString &cell)
{
    return cell.size() > 1 && cell.at(0) == QLatin1Char('\'') && isFormulaStart(cell.at(1)) ? cell.mid(1) : cell;
}

bool isBlank(const QStringList &row)
{
    for (const QString &c : row)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

// `all` holds every row of the file; lines[i] is row i's number in the file. Blank rows are
// dropped but keep their place in the numbering; the first row left is the header.
bool split(TabularData *data, const QList<QStringList> &all, const QList<int> &lines)
{
    data->headers.clear();
    data->rows.clear();
    data->lines.clear();
    bool header = true;
    for (int i = 0; i < all.size(); ++i) {
        if (isBlank(all.at(i)))
            continue;
        QStringList row;
        row.reserve(all.at(i).size());
        for (const QString &c : all.at(i))
            row << restored(c);
        if (header) {
            for (QString &h : row)
                h = h.trimmed();
            data->headers = row;
            header = false;
            continue;
        }
        data->rows << row;
        data->lines << lines.at(i);
    }
    return !header;
}

// The whole of one entry of an open zip file, refused (with *refused set) when it would
// inflate out of proportion: its declared size is checked first, and the bytes actually
// inflated are counted too, since a header can lie. *found is false when it is missing,
// unreadable or refused.
QByteArray readZipEntry(unzFile zip, const char *name, bool *found, QString *refused)
{
    *found = false;
    if (unzLocateFile(zip, name, 0) != UNZ_OK)
        return {};
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return {};
    const qint64 packed = qMax<qint64>(1, qint64(info.compressed_size));
    const auto tooBig = [packed](qint64 size) {
        return size > kMaxBytes || (size > 1024 * 1024 && size / packed > kMaxZipRatio);
    };
    if (tooBig(qint64(info.uncompressed_size))) {
        *refused = QCoreApplication::translate("Club", "The workbook is out of proportion (it would unpack to far more than it holds) and was not read.");
        return {};
    }
    if (unzOpenCurrentFile(zip) != UNZ_OK)
        return {};
    QByteArray out;
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
        if (tooBig(out.size() + n) || out.size() + n > qint64(info.uncompressed_size)) {
            unzCloseCurrentFile(zip);
            *refused = QCoreApplication::translate("Club", "The workbook is out of proportion (it would unpack to far more than it holds) and was not read.");
            return {};
        }
        out.append(buffer, n);
    }
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

// "C7" -> 2; a reference past kMaxColumns gives kMaxColumns (refused by the caller) without
// overflowing on a long run of letters.
int columnIndex(QStringView ref)
{
    int col = 0;
    for (const QChar c : ref) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        col = col * 26 + (c.unicode() - 'A' + 1);
        if (col > kMaxColumns)
            return kMaxColumns;
    }
    return col - 1;
}

QString tooLarge()
{
    return QCoreApplication::translate("Club", "The sheet is out of proportion (more than %L1 rows or %L2 columns) and was not read.")
        .arg(kMaxRows)
        .arg(kMaxColumns);
}

bool readXlsx(const QString &path, TabularData *data, QString *error)
{
    const QByteArray file = QFile::encodeName(path);
    unzFile zip = unzOpen64(file.constData());
    const ZipCloser closer{zip};
    if (!zip) {
        *error = QCoreApplication::translate("Club", "The file is not a valid Excel (%1) workbook.").arg(Persian::filePath(QStringLiteral(".xlsx")));
        return false;
    }
    bool found = false;
    QString refused;
    QStringList shared;
    const QByteArray sst = readZipEntry(zip, "xl/sharedStrings.xml", &found, &refused);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
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
    const QByteArray sheet = readZipEntry(zip, "xl/worksheets/sheet1.xml", &found, &refused);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
    if (!found) {
        *error = QCoreApplication::translate("Club", "The workbook has no first worksheet.");
        return false;
    }
    // Rows keep the numbers the sheet gives them (r="7"); rows the file leaves out are blank
    // and are only counted, never stored, so a claimed row 1,048,576 costs nothing.
    QList<QStringList> all;
    QList<int> lines;
    QXmlStreamReader x(sheet);
    QStringList row;
    int rowNumber = 0;
    QString type, value;
    int col = -1;
    int nextCol = 0; // where a cell without a reference goes: after the previous one
    bool inCell = false;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == QLatin1String("row")) {
                row.clear();
                nextCol = 0;
                const qint64 r = x.attributes().value(QLatin1String("r")).toLongLong();
                rowNumber = r > 0 ? int(qMin<qint64>(r, kMaxRows + 1)) : rowNumber + 1;
                if (rowNumber > kMaxRows) {
                    *error = tooLarge();
                    return false;
                }
            } else if (x.name() == QLatin1String("c")) {
                inCell = true;
                type = x.attributes().value(QLatin1String("t")).toString();
                const QStringView ref = x.attributes().value(QLatin1String("r"));
                col = ref.isEmpty() ? nextCol : columnIndex(ref);
                nextCol = col + 1;
                if (col >= kMaxColumns) {
                    *error = tooLarge();
                    return false;
                }
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
                if (text.isEmpty())
                    continue; // an empty cell adds nothing; it must not stretch the row
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
                lines << rowNumber;
            }
        }
    }
    if (x.hasError()) {
        *error = QCoreApplication::translate("Club", "The worksheet could not be read: %1").arg(x.errorString());
        return false;
    }
    data->format = TabularData::Format::Xlsx;
    if (!split(data, all, lines)) {
        *error = QCoreApplication::translate("Club", "The file is empty.");
        return false;
    }
    return true;
}

// The text of a CSV file: a BOM says the encoding; without one, valid UTF-8 is UTF-8 and
// anything else is taken as Windows-1256, what Excel "Save as CSV" writes on a Persian
// Windows. Empty with *error set when the bytes cannot be read as text.
QString decodeCsv(const QByteArray &bytes, QString *error)
{
    const auto refuse = [error] {
        if (error)
            *error = QCoreApplication::translate("Club", "The file's text encoding could not be recognised. Save it from Excel as \"CSV UTF-8\" or as an "
                        "Excel workbook (%1) and try again.").arg(Persian::filePath(QStringLiteral(".xlsx")));
        return QString();
    };
    const auto decode = [](QStringDecoder decoder, QByteArrayView in, bool *ok) {
        QString text = decoder.decode(in);
        *ok = decoder.isValid() && !decoder.hasError() && !text.contains(QChar::ReplacementCharacter)
            && !text.contains(QChar(0));
        return text;
    };
    bool ok = false;
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        text = decode(QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless), QByteArrayView(bytes).sliced(3), &ok);
    else if (bytes.startsWith("\xFF\xFE"))
        text = decode(QStringDecoder(QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless), QByteArrayView(bytes).sliced(2), &ok);
    else if (bytes.startsWith("\xFE\xFF"))
        text = decode(QStringDecoder(QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless), QByteArrayView(bytes).sliced(2), &ok);
    else {
        text = decode(QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless), bytes, &ok);
        // every byte has a meaning in Windows-1256, so what is not UTF-8 still decodes; a NUL
        // (UTF-16 without its BOM, a binary file) does not pass for text
        if (!ok && !bytes.contains('\0')) {
            text = decode(QStringDecoder("windows-1256", QStringDecoder::Flag::Stateless), bytes, &ok);
            // Windows-1256 has no Persian yeh: Excel stores ی as the Arabic ي it maps to
            text.replace(QChar(0x064A), QChar(0x06CC));
        }
    }
    return ok ? text : refuse();
}
} // namespace

bool parseCsv(const QByteArray &bytes, TabularData *data, QString *error)
{
    QString decodeError;
    const QString text = decodeCsv(bytes, &decodeError);
    if (!decodeError.isEmpty()) {
        if (error)
            *error = decodeError;
        return false;
    }
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    QChar delim = QLatin1Char(',');
    if (firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(',')))
        delim = QLatin1Char(';');
    if (firstLine.count(QLatin1Char('\t')) > firstLine.count(delim))
        delim = QLatin1Char('\t');
    // Each record is numbered as a spreadsheet numbers its rows: one per record, blank lines
    // included, a line break inside quotes staying in its record.
    QList<QStringList> all;
    QList<int> lines;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    const auto endRecord = [&] {
        row << field;
        all << row;
        lines << int(all.size());
        row.clear();
        field.clear();
        any = false;
    };
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
            if (row.size() >= kMaxColumns)
                break;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            if (all.size() > kMaxRows)
                break;
        } else {
            field += c;
            any = true;
        }
    }
    if (all.size() > kMaxRows || row.size() >= kMaxColumns) {
        if (error)
            *error = tooLarge();
        return false;
    }
    if (any || !field.isEmpty())
        endRecord();
    // a CSV row's length is its number of fields; trailing empty fields written by
    // spreadsheets (",,,") are kept, so only a row with fewer delimiters is short
    data->format = TabularData::Format::Csv;
    if (!split(data, all, lines)) {
        if (error)
            *error = QCoreApplication::translate("Club", "The file is empty.");
        return false;
    }
    return true;
}

bool read(const QString &path, TabularData *data, QString *error)
{
    if (formatOf(path) == TabularData::Format::Xlsx)
        return readXlsx(path, data, error);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Club", "The file %1 cannot be opened: %2").arg(Persian::filePath(path), f.errorString());
        return false;
    }
    if (f.size() > kMaxBytes) {
        *error = tooLarge();
        return false;
    }
    return parseCsv(f.readAll(), data, error);
}

QString neutralised(const QString &cell)
{
    return !cell.isEmpty() && isFormulaStart(cell.at(0)) ? QLatin1Char('\'') + cell : cell;
}

bool createPrivate(const QString &path, QString *error)
{
    // a file that exists keeps its rights when opened, so it is replaced, not reused
    if (QFile::exists(path) && !QFile::remove(path)) {
        *error = QCoreApplication::translate("Club", "The file %1 cannot be replaced.").arg(Persian::filePath(path));
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QCoreApplication::translate("Club", "The file %1 cannot be created: %2").arg(Persian::filePath(path), f.errorString());
        return false;
    }
    return true;
}

namespace {
QString csvField(const QString &raw)
{
    const QString s = neutralised(raw);
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

bool writeCsv(const QString &path, const QStringList &headers, const QList<QStringList> &rows, QString *error)
{
    // QSaveFile writes a temporary file (created owner-only) and renames it over the target;
    // its rights are set before the first byte so no secret is ever readable by others
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QCoreApplication::translate("Club", "The file %1 cannot be created: %2").arg(Persian::filePath(path), f.errorString());
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
        *error = QCoreApplication::translate("Club", "The file %1 cannot be written: %2").arg(Persian::filePath(path), f.errorString());
        return false;
    }
    return true;
}

bool writeXlsx(const QString &path, const QStringList &headers, const QList<QStringList> &rows, QString *error)
{
    // libxlsxwriter opens the path it is given with fopen, which keeps the rights of the
    // owner-only file made here
    if (!createPrivate(path, error))
        return false;
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *book = workbook_new(file.constData());
    if (!book) {
        QFile::remove(path);
        *error = QCoreApplication::translate("Club", "The file %1 cannot be created.").arg(Persian::filePath(path));
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
    worksheet_right_to_left(sheet);
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), neutralised(headers[c]).toUtf8().constData(), bold);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), neutralised(rows[r][c]).toUtf8().constData(),
                                   nullptr);
    const lxw_error e = workbook_close(book);
    if (e != LXW_NO_ERROR) {
        QFile::remove(path);
        *error = QCoreApplication::translate("Club", "The file %1 cannot be written: %2").arg(Persian::filePath(path), QString::fromUtf8(lxw_strerror(e)));
        return false;
    }
    return true;
}
} // namespace

bool write(const QString &path, TabularData::Format format, const QStringList &headers, const QList<QStringList> &rows,
           QString *error)
{
    return format == TabularData::Format::Csv ? writeCsv(path, headers, rows, error) : writeXlsx(path, headers, rows, error);
}

} // namespace TabularFile
