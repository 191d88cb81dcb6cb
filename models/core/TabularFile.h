#pragma once
#include <QList>
#include <QString>
#include <QStringList>

// A sheet of text cells: the first row of a .csv or .xlsx file as headers, the rest as rows.
// Rows keep their own length, so a row with missing cells can be reported as such.
struct TabularData
{
    enum class Format { Csv, Xlsx };
    Format format = Format::Csv;
    QStringList headers;
    QList<QStringList> rows;
    // Parallel to rows: each row's number in the file, 1-based as a spreadsheet shows it (the
    // header is usually 1). Blank rows are dropped from `rows` but still counted, so a message
    // about line 7 points at what the person sees as line 7.
    QList<int> lines;
    int lineOf(int row) const { return row >= 0 && row < lines.size() ? lines.at(row) : row + 2; }
};

namespace TabularFile {
// By extension: .xlsx → Xlsx, anything else → Csv.
TabularData::Format formatOf(const QString &path);
// What a file may hold before it is refused as out of proportion (a "zip bomb" or a sheet
// that claims cell XFD1048576): far above any real user list, far below what would exhaust
// memory on a workstation.
inline constexpr int kMaxRows = 200000;
inline constexpr int kMaxColumns = 512;
inline constexpr qint64 kMaxBytes = 200 * 1024 * 1024; // uncompressed, per part
inline constexpr qint64 kMaxZipRatio = 100;              // uncompressed : compressed, per part

// CSV: UTF-8 with or without a BOM, UTF-16 (LE/BE) with a BOM, or Windows-1256 (what Excel on a
// Persian Windows writes) when the bytes are not valid UTF-8; RFC 4180 quoting (quotes, commas
// and line breaks inside quoted fields), CRLF or LF; the delimiter is ',' unless the header
// line has more ';' or tabs. Text that cannot be decoded is refused, never stored with U+FFFD.
// XLSX: the first worksheet (xl/worksheets/sheet1.xml) with shared and inline strings, read
// with minizip and QXmlStreamReader, within the limits above. Blank rows are dropped (their
// lines still count). A cell Vafa neutralised on writing ('= …) comes back as it was. False
// with a translated reason in *error when the file cannot be read.
bool read(const QString &path, TabularData *data, QString *error);
bool parseCsv(const QByteArray &bytes, TabularData *data, QString *error = nullptr);
// Writes headers and rows in `format` (CSV: UTF-8 with a BOM so spreadsheet programs read
// Persian; XLSX: right-to-left sheet via libxlsxwriter). The file is created readable by its
// owner only: these files carry passwords and personal data. Every cell that a spreadsheet
// would take as a formula is neutralised (see neutralised()).
bool write(const QString &path, TabularData::Format format, const QStringList &headers,
           const QList<QStringList> &rows, QString *error);
// A text cell as written to CSV/XLSX: one starting with = + - @, a tab or a CR gets a leading
// ' so no spreadsheet runs it as a formula (OWASP "CSV injection").
QString neutralised(const QString &cell);
// Creates `path` empty and readable/writable by its owner only, replacing a file that was
// there (the person chose to overwrite it), so no secret is ever on disk with wider rights.
bool createPrivate(const QString &path, QString *error);
} // namespace TabularFile
