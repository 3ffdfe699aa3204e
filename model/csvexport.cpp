#include "csvexport.h"

#include <algorithm>
#include <cstring>

namespace Portolan {

namespace {

/// Appends one RFC 4180 cell, quoted only when it must be.
void appendCell(QByteArray &out, const QByteArray &utf8, char separator)
{
    bool quote = false;
    for (char c : utf8) {
        if (c == separator || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

QByteArray textCell(const QString &text, char separator)
{
    QByteArray cell;
    appendCell(cell, neutralizeFormula(text).toUtf8(), separator);
    return cell;
}

QByteArray literalCell(const QString &text, char separator)
{
    QByteArray cell;
    appendCell(cell, text.toUtf8(), separator);
    return cell;
}

} // namespace

const QStringList &ruleSheetColumns()
{
    static const QStringList columns{QStringLiteral("Rule"),
                                     QStringLiteral("Source Host"),
                                     QStringLiteral("Source Role"),
                                     QStringLiteral("Source Address"),
                                     QStringLiteral("Destination Host"),
                                     QStringLiteral("Destination Role"),
                                     QStringLiteral("Destination Address"),
                                     QStringLiteral("Transport"),
                                     QStringLiteral("Port"),
                                     QStringLiteral("Protocol"),
                                     QStringLiteral("Description"),
                                     QStringLiteral("Reference"),
                                     QStringLiteral("Flow")};
    return columns;
}

QString neutralizeFormula(const QString &text)
{
    if (!text.isEmpty()) {
        const QChar c = text.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' ||
            c == u'\n')
            return u'\'' + text;
    }
    return text;
}

bool writeRuleSheet(QIODevice *out, const Catalog &catalog, const Project &project,
                    const std::vector<Rule> &rules, const CsvOptions &options,
                    const RuleSheetProgress &progress)
{
    const char sep = options.excel ? ';' : ',';
    const QString &lang = options.language;

    // Every text is formatted once up front; a row is then a few appends of
    // ready bytes, so the loop does no per-cell allocation or escaping.
    std::vector<QByteArray> hostCells(project.hosts.size());
    std::vector<std::vector<QByteArray>> addressCells(project.hosts.size());
    QHash<QString, QByteArray> roleCells;
    for (const Role &role : catalog.roles())
        roleCells.insert(role.id, textCell(role.name.text(lang), sep));
    for (size_t h = 0; h < project.hosts.size(); ++h) {
        const Host &host = project.hosts[h];
        hostCells[h] = textCell(host.name, sep);
        hostCells[h] += sep;
        hostCells[h] += roleCells.value(host.role);
        hostCells[h] += sep;
        for (const Address &address : host.addresses)
            addressCells[h].push_back(literalCell(address.toString(), sep));
    }
    QByteArray anyCells;
    if (catalog.anyRole() >= 0) {
        anyCells += sep;
        anyCells += textCell(catalog.roles()[catalog.anyRole()].name.text(lang), sep);
        anyCells += sep;
        anyCells += "any";
    }
    std::vector<QByteArray> flowCells;
    for (int f = 0; f < catalog.flows().size(); ++f) {
        const Flow &flow = catalog.flows()[f];
        QByteArray cells;
        cells += sep;
        cells += literalCell(flow.transport, sep);
        cells += sep;
        cells += literalCell(flow.portText(), sep);
        cells += sep;
        cells += textCell(flow.protocol, sep);
        cells += sep;
        cells += textCell(flow.note.text(lang), sep);
        cells += sep;
        cells += textCell(catalog.flowReference(f, lang), sep);
        cells += sep;
        cells += literalCell(flow.id, sep);
        cells += "\r\n";
        flowCells.push_back(cells);
    }

    QByteArray buffer;
    constexpr qsizetype flushAt = 1 << 20;
    buffer.reserve(flushAt + 4096);
    if (options.excel)
        buffer += "\xEF\xBB\xBF";
    if (options.withHeader) {
        const ChangeRequest &cr = project.changeRequest;
        // The labels follow the sheet's --language, not the program's locale, so
        // that a script gets the same bytes on every machine.
        const std::pair<LocalizedText, QString> lines[] = {
            {{QStringLiteral("Title"), QStringLiteral("Titel")}, project.title},
            {{QStringLiteral("Change request"), QStringLiteral("Änderungsantrag")}, cr.number},
            {{QStringLiteral("Requester"), QStringLiteral("Antragsteller")}, cr.requester},
            {{QStringLiteral("Author"), QStringLiteral("Verfasser")}, cr.author},
            {{QStringLiteral("Date"), QStringLiteral("Datum")}, cr.date},
            {{QStringLiteral("Revision"), QStringLiteral("Revision")}, cr.revision},
            {{QStringLiteral("Justification"), QStringLiteral("Begründung")}, cr.justification},
            {{QStringLiteral("Catalog"), QStringLiteral("Katalog")}, catalog.name().text(lang)},
        };
        for (const auto &[label, value] : lines) {
            if (value.isEmpty())
                continue;
            appendCell(
                buffer,
                (QStringLiteral("# ") + label.text(lang) + QStringLiteral(": ") + value).toUtf8(),
                sep);
            buffer += "\r\n";
        }
    }
    for (qsizetype c = 0; c < ruleSheetColumns().size(); ++c) {
        if (c > 0)
            buffer += sep;
        buffer += ruleSheetColumns()[c].toLatin1();
    }
    buffer += "\r\n";

    // The rows are copied into one flat block and written out a block at a
    // time. Plain memcpy of ready cells, without QByteArray's bookkeeping per
    // append (which dominated the profile); the block has room for a whole
    // row past its flush point, so no row checks its end.
    qsizetype widestHost = 0;
    qsizetype widestAddress = 0;
    qsizetype widestFlow = 0;
    for (size_t h = 0; h < hostCells.size(); ++h) {
        widestHost = std::max(widestHost, hostCells[h].size());
        for (const QByteArray &cell : addressCells[h])
            widestAddress = std::max(widestAddress, cell.size());
    }
    for (const QByteArray &cells : flowCells)
        widestFlow = std::max(widestFlow, cells.size());
    constexpr qsizetype widestNumber = 20; // digits of a size_t
    const qsizetype widestRow = widestNumber + 2 +
                                std::max(widestHost + widestAddress, anyCells.size()) + widestHost +
                                widestAddress + widestFlow;
    const qsizetype flushPoint = std::max(flushAt, buffer.size());
    qsizetype used = buffer.size();
    buffer.resize(flushPoint + widestRow);
    char *const block = buffer.data();
    char *p = block + used;
    const auto put = [&p](const QByteArray &cells) {
        std::memcpy(p, cells.constData(), size_t(cells.size()));
        p += cells.size();
    };

    for (size_t i = 0; i < rules.size(); ++i) {
        const Rule &rule = rules[i];
        // Row numbers by hand: QByteArray::number would allocate per row.
        int digits = 1;
        for (size_t v = (i + 1) / 10; v > 0; v /= 10)
            ++digits;
        size_t v = i + 1;
        for (int k = digits - 1; k >= 0; --k, v /= 10)
            p[k] = char('0' + v % 10);
        p += digits;
        *p++ = sep;
        if (rule.isFromAny()) {
            put(anyCells); // an empty host cell, then the role and "any"
        } else {
            put(hostCells[rule.sourceHost]);
            put(addressCells[rule.sourceHost][rule.sourceAddress]);
        }
        *p++ = sep;
        put(hostCells[rule.destinationHost]);
        put(addressCells[rule.destinationHost][rule.destinationAddress]);
        put(flowCells[rule.flow]);
        used = p - block;
        if (used >= flushPoint) {
            if (out->write(block, used) != used)
                return false;
            p = block;
            if (progress && !progress(i + 1, rules.size()))
                return false;
        }
    }
    used = p - block;
    return out->write(block, used) == used;
}

} // namespace Portolan
