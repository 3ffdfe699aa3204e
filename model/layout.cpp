#include "layout.h"

#include "rules.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace Portolan {

namespace {

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

    // Columns hold role indices in the order they are stacked: the catalog's
    // numbered columns left to right (within one, roles in catalog order:
    // the reverse proxy above the Edge, the pool above its servers), then a
    // column for each role without a number. Empty columns take no room.
    std::vector<std::vector<int>> columns;
    const QList<int> hostRoles = catalog.hostRoles();
    std::vector<int> numbers;
    for (int r : hostRoles) {
        if (roles[r].column >= 0 &&
            std::find(numbers.begin(), numbers.end(), roles[r].column) == numbers.end())
            numbers.push_back(roles[r].column);
    }
    std::sort(numbers.begin(), numbers.end());
    for (int number : numbers) {
        columns.emplace_back();
        for (int r : hostRoles) {
            if (roles[r].column == number)
                columns.back().push_back(r);
        }
    }
    for (int r : hostRoles) {
        if (roles[r].column < 0)
            columns.push_back({r});
    }

    // Large role groups wrap into sub-columns, so that a site with hundreds of
    // client networks still gives a diagram about as wide as it is tall. Small
    // topologies (up to maxRows hosts a role) keep one column per role.
    const int maxRows = std::max(LayoutMetrics::minimumRows,
                                 int(std::ceil(std::sqrt(double(project.hosts.size())))));
    struct Group
    {
        int role;
        int subColumns;
        double height; ///< the tallest sub-column's rows
    };
    std::vector<std::vector<Group>> groups(columns.size());
    std::vector<double> content(columns.size(), 0); // the groups' heights, without gaps
    std::vector<int> width(columns.size(), 0);      // sub-columns of the widest group
    for (size_t c = 0; c < columns.size(); ++c) {
        for (int r : columns[c]) {
            const auto &hosts = byRole[size_t(r)];
            if (hosts.empty())
                continue;
            const int sub = int((hosts.size() + size_t(maxRows) - 1) / size_t(maxRows));
            const size_t rows = (hosts.size() + size_t(sub) - 1) / size_t(sub);
            double height = 0;
            for (size_t start = 0; start < hosts.size(); start += rows) {
                double column = 0;
                for (size_t i = start; i < std::min(hosts.size(), start + rows); ++i)
                    column += rowHeight(project.hosts[hosts[i]]);
                height = std::max(height, column);
            }
            groups[c].push_back({r, sub, height});
            content[c] += height;
            width[c] = std::max(width[c], sub);
        }
    }
    const double groupGap = LayoutMetrics::rowSpacing / 2;
    double tallest = 0;
    for (size_t c = 0; c < columns.size(); ++c) {
        const int count = int(groups[c].size());
        tallest = std::max(tallest, content[c] + groupGap * std::max(0, count - 1));
    }

    QHash<QString, QPointF> positions;
    positions.reserve(qsizetype(project.hosts.size()));
    double x = 0;
    for (size_t c = 0; c < columns.size(); ++c) {
        const int count = int(groups[c].size());
        if (count == 0)
            continue; // no empty gaps between columns
        // Several roles in a column spread out over its height (reverse proxy at
        // the top, Edge at the bottom), which keeps their flows apart; a single
        // role is centred.
        const double gap = count > 1 ? std::max(groupGap, (tallest - content[c]) / (count - 1)) : 0;
        double y = (tallest - content[c] - gap * (count - 1)) / 2;
        for (int g = 0; g < count; ++g) {
            const Group &group = groups[c][size_t(g)];
            if (g > 0)
                y += gap;
            const auto &hosts = byRole[size_t(group.role)];
            const size_t rows =
                (hosts.size() + size_t(group.subColumns) - 1) / size_t(group.subColumns);
            // Narrower groups are centred under the column's widest.
            const double left =
                x + (width[c] - group.subColumns) * LayoutMetrics::subColumnSpacing / 2;
            double rowY = y;
            for (size_t i = 0; i < hosts.size(); ++i) {
                if (i % rows == 0)
                    rowY = y;
                const Host &host = project.hosts[hosts[i]];
                const double hostX = left + double(i / rows) * LayoutMetrics::subColumnSpacing;
                positions.insert(host.id, QPointF(hostX, rowY));
                rowY += rowHeight(host);
            }
            y += group.height;
        }
        x += (width[c] - 1) * LayoutMetrics::subColumnSpacing + LayoutMetrics::columnSpacing;
    }
    return positions;
}

} // namespace Portolan
