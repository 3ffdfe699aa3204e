#include "csvexport.h"

#include <QCoreApplication>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::CsvExport", text);
}

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
    static const QStringList columns{
        QStringLiteral("Rule"),        QStringLiteral("Source Host"),
        QStringLiteral("Source Role"), QStringLiteral("Source Address"),
        QStringLiteral("Destination Host"), QStringLiteral("Destination Role"),
        QStringLiteral("Destination Address"), QStringLiteral("Transport"),
        QStringLiteral("Port"),        QStringLiteral("Protocol"),
        QStringLiteral("Description"), QStringLiteral("Reference"),
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
                    const std::vector<Rule> &rules, const CsvOptions &options)
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
    for (const Flow &flow : catalog.flows()) {
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
        cells += textCell(catalog.sourceDocument() + QStringLiteral(", ") +
                              flow.seedReference(lang),
                          sep);
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
        const std::pair<QString, QString> lines[] = {
            {tr("Title"), project.title},
            {tr("Change request"), cr.number},
            {tr("Requester"), cr.requester},
            {tr("Author"), cr.author},
            {tr("Date"), cr.date},
            {tr("Revision"), cr.revision},
            {tr("Justification"), cr.justification},
            {tr("Catalog"), catalog.name().text(lang)},
        };
        for (const auto &[label, value] : lines) {
            if (value.isEmpty())
                continue;
            appendCell(buffer, (QStringLiteral("# ") + label + QStringLiteral(": ") + value).toUtf8(),
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

    char number[24];
    for (size_t i = 0; i < rules.size(); ++i) {
        const Rule &rule = rules[i];
        // Row numbers by hand: QByteArray::number would allocate per row.
        int n = 0;
        for (size_t v = i + 1; v > 0; v /= 10)
            number[n++] = char('0' + v % 10);
        while (n > 0)
            buffer += number[--n];
        buffer += sep;
        if (rule.isFromAny()) {
            buffer += anyCells; // an empty host cell, then the role and "any"
        } else {
            buffer += hostCells[rule.sourceHost];
            buffer += addressCells[rule.sourceHost][rule.sourceAddress];
        }
        buffer += sep;
        buffer += hostCells[rule.destinationHost];
        buffer += addressCells[rule.destinationHost][rule.destinationAddress];
        buffer += flowCells[rule.flow];
        if (buffer.size() >= flushAt) {
            if (out->write(buffer) != buffer.size())
                return false;
            buffer.resize(0);
        }
    }
    return out->write(buffer) == buffer.size();
}

} // namespace Portolan
