#pragma once

#include "catalog.h"
#include "project.h"

#include <QtGlobal>

#include <functional>
#include <vector>

namespace Portolan {

/// One firewall rule: one source address, one destination address, one flow.
///
/// A rule is five indices into the project and catalog it was derived from
/// (16 bytes), so millions of them stay small; texts are looked up on output.
struct Rule
{
    static constexpr quint32 anySource = 0xFFFFFFFFu;

    quint32 sourceHost;      ///< index into Project::hosts, or anySource
    quint32 destinationHost; ///< index into Project::hosts
    quint16 sourceAddress;   ///< index into the source host's addresses (0 for any)
    quint16 destinationAddress;
    quint16 flow; ///< index into Catalog::flows()
    quint16 reserved = 0;

    bool isFromAny() const { return sourceHost == anySource; }
};
static_assert(sizeof(Rule) == 16, "a rule is meant to stay 16 bytes");

/// Derives the firewall rules of @p project under @p catalog.
///
/// Every pair (source host, destination host) whose roles a flow names yields
/// a rule for every address pair of the same family; a flow from the pseudo-
/// role `any` has the source address `any`, which pairs with both families.
/// No rule goes from an address to itself, and a (source address, destination
/// address, transport, port, source port) appears once: the first in output
/// order wins. Flows under a feature the project does not enable yield none.
/// Order: by flow (catalog order), then source role (the flow's order), source
/// host (natural name order, then id), source address, then destination alike.
std::vector<Rule> deriveRules(const Catalog &catalog, const Project &project);

/// Hosts that a flow connects, with every flow between them: what the canvas
/// draws as one arrow. The source is -1 for flows from `any`.
struct Connection
{
    int source;
    int destination;
    QList<int> flows; ///< indices into Catalog::flows(), ascending
};

/// One Connection per ordered host pair that any active flow connects (flows
/// under a feature the project leaves off connect nothing), by role alone
/// (hosts without addresses are connected too: the diagram shows the design).
/// Ordered by source index (any first), then destination index.
std::vector<Connection> deriveConnections(const Catalog &catalog, const Project &project);

/// Calls @p visit(source, destination, flows) for every connection, in the
/// order of deriveConnections(), without building the list (millions of
/// arrows at enterprise scale). Connections of the same two roles share one
/// implicitly shared @p flows list.
void forEachConnection(
    const Catalog &catalog, const Project &project,
    const std::function<void(int source, int destination, const QList<int> &flows)> &visit);

/// Connections gathered by role pair: what a canvas too dense for one arrow
/// per host pair draws instead. The source role is -1 for flows from `any`.
struct RoleBundle
{
    int sourceRole;
    int destinationRole;
    int pairs;        ///< connected host pairs between the two roles
    QList<int> flows; ///< the flows of every one of those pairs (they depend on roles only)
};

/// One RoleBundle per (source role, destination role) that @p connections
/// join, ordered by source role (any first), then destination role.
std::vector<RoleBundle> bundleByRole(const Catalog &catalog, const Project &project,
                                     const std::vector<Connection> &connections);

/// "TCP 8080, 4443" for @p flows: ports grouped by transport, in catalog order.
QString portLabel(const Catalog &catalog, const QList<int> &flows);

/// Host name order as people expect it: case-insensitive, digit runs compared
/// as numbers ("FE-2" before "FE-10"), independent of the locale.
int naturalCompare(const QString &a, const QString &b);

/// For each role index of @p catalog, the project's hosts of that role in
/// natural name order (ties broken by id).
std::vector<std::vector<quint32>> hostsByRole(const Catalog &catalog, const Project &project);

} // namespace Portolan
