#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::CsvReader", text);
}

bool failAt(QString *error, const QString &origin, int line, const QString &what)
{
    if (error)
        *error = line > 0 ? QStringLiteral("%1:%2: %3").arg(origin).arg(line).arg(what)
                          : QStringLiteral("%1: %2").arg(origin, what);
    return false;
}

/// The offset of the first byte that is not part of well-formed UTF-8
/// (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        int length = 0;
        uint lowest = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            length = 2;
            lowest = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            lowest = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            lowest = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        uint code = c & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            code = code << 6 | (p[i + k] & 0x3F);
        }
        if (code < lowest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

/// ';' if the header row (outside quotes) has more of them than of ','.
QChar detectSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? u';' : u',';
}

} // namespace

bool readCsv(const QByteArray &data, const QString &origin, CsvTable *out, QString *error)
{
    if (data.size() > CsvLimits::maxBytes)
        return failAt(error, origin, 0,
                      tr("the file is %1 MB; at most %2 MB are read")
                          .arg(data.size() / (1024 * 1024))
                          .arg(CsvLimits::maxBytes / (1024 * 1024)));
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return failAt(error, origin, 0, tr("the file is UTF-16 encoded; save it as UTF-8 CSV"));
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
        return failAt(error, origin, int(data.left(nul).count('\n')) + 1,
                      tr("the file contains a NUL byte; it is not a CSV text file"));
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0)
        return failAt(error, origin, int(bytes.left(bad).count('\n')) + 1,
                      tr("the file is not valid UTF-8; save it as \"CSV UTF-8\""));
    const QString text = QString::fromUtf8(bytes);

    CsvTable table;
    table.separator = detectSeparator(text);
    const QChar sep = table.separator;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool afterQuote = false; // a quoted field just closed
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    bool first = true;

    auto endField = [&]() -> bool {
        if (field.size() > CsvLimits::maxFieldLength)
            return failAt(error, origin, recordLine,
                          tr("a field is %1 characters long; at most %2 are read")
                              .arg(field.size())
                              .arg(CsvLimits::maxFieldLength));
        record.append(field);
        field.clear();
        afterQuote = false;
        fieldStarted = false;
        if (record.size() > CsvLimits::maxFields)
            return failAt(error, origin, recordLine,
                          tr("the row has more than %1 fields").arg(CsvLimits::maxFields));
        return true;
    };
    auto endRecord = [&]() -> bool {
        if (!endField())
            return false;
        const bool blank = record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            if (first) {
                table.header = record;
                first = false;
            } else {
                if (table.records.size() >= CsvLimits::maxRecords)
                    return failAt(error, origin, recordLine,
                                  tr("the file has more than %1 rows").arg(CsvLimits::maxRecords));
                table.records.append(record);
                table.lines.append(recordLine);
            }
        }
        record.clear();
        return true;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == sep) {
            if (!endField())
                return false;
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (!endRecord())
                return false;
            ++line;
            recordLine = line;
        } else if (afterQuote) {
            return failAt(error, origin, line,
                          tr("text after a closing quote; a quote inside a field is written "
                             "as two quotes"));
        } else if (c == u'"' && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return failAt(error, origin, recordLine, tr("a quoted field is not closed"));
    if (fieldStarted || !field.isEmpty() || !record.isEmpty() || afterQuote) {
        if (!endRecord())
            return false;
    }
    if (first)
        return failAt(error, origin, 0, tr("the file is empty; it needs a header row"));
    for (QString &name : table.header)
        name = name.trimmed();
    *out = std::move(table);
    return true;
}

bool readCsvFile(const QString &path, CsvTable *out, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir())
        return failAt(error, path, 0, tr("is a folder, not a CSV file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failAt(error, path, 0, tr("cannot open: %1").arg(file.errorString()));
    if (file.size() > CsvLimits::maxBytes)
        return failAt(error, path, 0,
                      tr("the file is %1 MB; at most %2 MB are read")
                          .arg(file.size() / (1024 * 1024))
                          .arg(CsvLimits::maxBytes / (1024 * 1024)));
    const QByteArray data = file.read(CsvLimits::maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failAt(error, path, 0, tr("cannot read: %1").arg(file.errorString()));
    return readCsv(data, path, out, error);
}

} // namespace Portolan
