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
};

namespace TabularFile {
// By extension: .xlsx → Xlsx, anything else → Csv.
TabularData::Format formatOf(const QString &path);
// CSV: UTF-8 with or without a BOM, RFC 4180 quoting (quotes, commas and line breaks inside
// quoted fields), CRLF or LF; the delimiter is ',' unless the header line has more ';' or tabs.
// XLSX: the first worksheet (xl/worksheets/sheet1.xml) with shared and inline strings, read
// with minizip and QXmlStreamReader. Empty trailing rows are dropped. False with a translated
// reason in *error when the file cannot be read.
bool read(const QString &path, TabularData *data, QString *error);
bool parseCsv(const QByteArray &bytes, TabularData *data);
// Writes headers and rows in `format` (CSV: UTF-8 with a BOM so spreadsheet programs read
// Persian; XLSX: right-to-left sheet via libxlsxwriter).
bool write(const QString &path, TabularData::Format format, const QStringList &headers,
           const QList<QStringList> &rows, QString *error);
} // namespace TabularFile
