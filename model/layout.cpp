#include "layout.h"

#include "rules.h"

#include <algorithm>
#include <vector>

namespace Portolan {

namespace {

/// The column (0-based) of each well-known role; others go after these.
int fixedColumn(const QString &roleId)
{
    static const QHash<QString, int> columns{
        {QStringLiteral("internal-clients"), 0}, {QStringLiteral("reverse-proxy"), 1},
        {QStringLiteral("edge-internal"), 1},    {QStringLiteral("director"), 2},
        {QStringLiteral("front-end-pool"), 3},   {QStringLiteral("front-end-server"), 3}};
    return columns.value(roleId, -1);
}

double rowHeight(const Host &host)
{
    const int lines = std::min(int(host.addresses.size()), LayoutMetrics::shownAddressLines + 1);
    return LayoutMetrics::rowSpacing + LayoutMetrics::addressLine * std::max(0, lines - 2);
}

} // namespace

QHash<QString, QPointF> arrangeByRole(const Catalog &catalog, const Project &project)
{
    const auto byRole = hostsByRole(catalog, project);
    const auto &roles = catalog.roles();

    // Columns hold role indices in the order they are stacked.
    std::vector<std::vector<int>> columns(4);
    const QList<int> hostRoles = catalog.hostRoles();
    // Within the Front-End column the pool goes above its servers, and in the
    // middle column the reverse proxy above the Edge: that is the fixed order below.
    const QStringList stackOrder{
        QStringLiteral("internal-clients"), QStringLiteral("reverse-proxy"),
        QStringLiteral("edge-internal"),    QStringLiteral("director"),
        QStringLiteral("front-end-pool"),   QStringLiteral("front-end-server")};
    for (const QString &id : stackOrder) {
        const int r = catalog.roleIndex(id);
        if (r >= 0 && !roles[r].pseudo)
            columns[size_t(fixedColumn(id))].push_back(r);
    }
    for (int r : hostRoles) {
        if (fixedColumn(roles[r].id) < 0)
            columns.push_back({r});
    }

    // Heights first, so that columns can be centred on the tallest.
    const double groupGap = LayoutMetrics::rowSpacing / 2;
    std::vector<double> content(columns.size(), 0); // the hosts' rows, without gaps
    std::vector<int> groups(columns.size(), 0);     // roles present in the column
    for (size_t c = 0; c < columns.size(); ++c) {
        for (int r : columns[c]) {
            if (byRole[size_t(r)].empty())
                continue;
            ++groups[c];
            for (quint32 h : byRole[size_t(r)])
                content[c] += rowHeight(project.hosts[h]);
        }
    }
    double tallest = 0;
    for (size_t c = 0; c < columns.size(); ++c)
        tallest = std::max(tallest, content[c] + groupGap * std::max(0, groups[c] - 1));

    QHash<QString, QPointF> positions;
    positions.reserve(qsizetype(project.hosts.size()));
    int column = 0;
    for (size_t c = 0; c < columns.size(); ++c) {
        if (groups[c] == 0)
            continue; // no empty gaps between columns
        // Several roles in a column spread out over its height (reverse proxy at
        // the top, Edge at the bottom), which keeps their flows apart; a single
        // role is centred.
        const double gap =
            groups[c] > 1 ? std::max(groupGap, (tallest - content[c]) / (groups[c] - 1)) : 0;
        double y = (tallest - content[c] - gap * (groups[c] - 1)) / 2;
        int group = 0;
        for (int r : columns[c]) {
            if (byRole[size_t(r)].empty())
                continue;
            if (group++ > 0)
                y += gap;
            for (quint32 h : byRole[size_t(r)]) {
                const Host &host = project.hosts[h];
                positions.insert(host.id, QPointF(column * LayoutMetrics::columnSpacing, y));
                y += rowHeight(host);
            }
        }
        ++column;
    }
    return positions;
}

} // namespace Portolan
