#include "flowdisplaypolicy.h"

#include "topology.h"

namespace Portolan {

bool FlowDisplayPolicy::bundles(size_t connectionCount) const
{
    switch (m_display) {
    case FlowDisplay::AllFlows:
        return false;
    case FlowDisplay::SelectionOnly:
        return true;
    case FlowDisplay::Automatic:
        break;
    }
    return connectionCount > size_t(automaticBundleThreshold);
}

FlowDisplayPolicy::SelectionArrows
FlowDisplayPolicy::selectionArrows(const Topology &topology, const QStringList &selectedHostIds,
                                   const QList<HostPair> &highlighted)
{
    SelectionArrows result;
    std::vector<char> shown(size_t(topology.hostCount()), 0);
    for (const QString &id : selectedHostIds) {
        if (const int i = topology.indexOf(id); i >= 0)
            shown[size_t(i)] = 1;
    }
    QSet<std::pair<int, int>> pairs;
    for (const HostPair &pair : highlighted)
        pairs.insert({pair.source.isEmpty() ? -1 : topology.indexOf(pair.source),
                      topology.indexOf(pair.destination)});
    const std::vector<Connection> &connections = topology.connections();
    int taken = 0;
    for (size_t i = 0; i < connections.size(); ++i) {
        const Connection &connection = connections[i];
        const bool wanted =
            (connection.source >= 0 && shown[size_t(connection.source)]) ||
            shown[size_t(connection.destination)] ||
            (!pairs.isEmpty() && pairs.contains({connection.source, connection.destination}));
        if (!wanted)
            continue;
        if (taken++ >= maxSelectionConnections) {
            ++result.hidden;
            continue;
        }
        result.connections.push_back(int(i));
    }
    return result;
}

FlowDisplayPolicy::Focus::Focus(const QStringList &selectedHostIds, const QList<HostPair> &pairs,
                                bool exportMode)
    : m_hosts(selectedHostIds.begin(), selectedHostIds.end())
    , m_pairs(pairs)
    , m_exportMode(exportMode)
{}

ArrowEmphasis FlowDisplayPolicy::Focus::emphasis(const HostPair &pair) const
{
    if (m_exportMode)
        return ArrowEmphasis::Normal;
    if (!m_hosts.isEmpty()) {
        const bool attached = m_hosts.contains(pair.destination) ||
                              (!pair.source.isEmpty() && m_hosts.contains(pair.source));
        return attached ? ArrowEmphasis::Strong : ArrowEmphasis::Dimmed;
    }
    if (m_pairs.isEmpty())
        return ArrowEmphasis::Normal;
    return m_pairs.contains(pair) ? ArrowEmphasis::Strong : ArrowEmphasis::Dimmed;
}

} // namespace Portolan
