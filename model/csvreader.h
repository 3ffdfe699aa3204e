#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Portolan {

/// A CSV file as read: the header row and the records, with where each starts.
struct CsvTable
{
    QStringList header;
    QList<QStringList> records;
    QList<int> lines; ///< per record: the 1-based line of the file it starts on
    QChar separator = u',';
};

/// Limits that keep a hostile inventory from exhausting memory.
namespace CsvLimits {
constexpr qint64 maxBytes = 32 * 1024 * 1024;
constexpr int maxRecords = 200000;
constexpr int maxFields = 256;
constexpr int maxFieldLength = 16384;
} // namespace CsvLimits

/// Reads RFC 4180 CSV as spreadsheets write it: UTF-8 with or without a byte
/// order mark, ',' or ';' (whichever the header row uses), quoted fields with
/// separators, doubled quotes and line breaks, CRLF or LF, a last line with
/// or without its break, blank lines skipped. Refuses binary data, UTF-16,
/// invalid UTF-8, an unterminated quote, text after a closing quote and files
/// over the limits, with @p error "ORIGIN:LINE: what is wrong" (or "ORIGIN:
/// what is wrong" for the file as a whole).
bool readCsv(const QByteArray &data, const QString &origin, CsvTable *out, QString *error);

/// Reads the file at @p path (refusing one over CsvLimits::maxBytes before reading it).
bool readCsvFile(const QString &path, CsvTable *out, QString *error);

} // namespace Portolan
