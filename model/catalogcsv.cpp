#include "catalogcsv.h"

#include "csvexport.h"

namespace Portolan {

namespace {

/// One cell, quoted only when it must be.
QByteArray cell(const QString &text, bool neutralize)
{
    const QByteArray utf8 = (neutralize ? neutralizeFormula(text) : text).toUtf8();
    bool quote = false;
    for (char c : utf8)
        quote = quote || c == ',' || c == '"' || c == '\r' || c == '\n';
    if (!quote)
        return utf8;
    QByteArray quoted = "\"";
    for (char c : utf8) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

} // namespace

const QStringList &catalogCsvColumns()
{
    static const QStringList columns{QStringLiteral("Flow"),
                                     QStringLiteral("Source Roles"),
                                     QStringLiteral("Destination Roles"),
                                     QStringLiteral("Transport"),
                                     QStringLiteral("Source Port"),
                                     QStringLiteral("Port"),
                                     QStringLiteral("Protocol"),
                                     QStringLiteral("Feature"),
                                     QStringLiteral("Reference"),
                                     QStringLiteral("Caution")};
    return columns;
}

QByteArray catalogCsv(const Catalog &catalog, const QString &language)
{
    auto roleList = [&](const QList<int> &roles) {
        QStringList ids;
        for (int r : roles)
            ids.append(catalog.roles()[r].id);
        return ids.join(QStringLiteral("; "));
    };
    QByteArray out;
    QList<QByteArray> header;
    for (const QString &column : catalogCsvColumns())
        header.append(cell(column, false));
    out += header.join(',') + "\r\n";
    for (int f = 0; f < catalog.flows().size(); ++f) {
        const Flow &flow = catalog.flows()[f];
        const QString feature = flow.feature >= 0 ? catalog.features()[flow.feature].id : QString();
        const QList<QByteArray> cells{cell(flow.id, false),
                                      cell(roleList(flow.sourceRoles), true),
                                      cell(roleList(flow.destinationRoles), true),
                                      cell(flow.transport, false),
                                      cell(flow.sourcePortText(), false),
                                      cell(flow.portText(), false),
                                      cell(flow.protocol, true),
                                      cell(feature, true),
                                      cell(catalog.flowReference(f, language), true),
                                      cell(flow.caution.text(language), true)};
        out += cells.join(',') + "\r\n";
    }
    return out;
}

} // namespace Portolan
