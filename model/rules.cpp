#include "rules.h"

#include "catalogfeatures.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <unordered_set>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace Portolan {

int naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const QChar ca = a[i];
        const QChar cb = b[j];
        if (ca.isDigit() && cb.isDigit() && ca.unicode() < 128 && cb.unicode() < 128) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a[ei].unicode() >= '0' && a[ei].unicode() <= '9')
                ++ei;
            while (ej < b.size() && b[ej].unicode() >= '0' && b[ej].unicode() <= '9')
                ++ej;
            // Compare the numbers without converting: skip leading zeros, then length, then digits.
            qsizetype si = i;
            qsizetype sj = j;
            while (si + 1 < ei && a[si] == u'0')
                ++si;
            while (sj + 1 < ej && b[sj] == u'0')
                ++sj;
            if (ei - si != ej - sj)
                return ei - si < ej - sj ? -1 : 1;
            for (; si < ei; ++si, ++sj) {
                if (a[si] != b[sj])
                    return a[si] < b[sj] ? -1 : 1;
            }
            i = ei;
            j = ej;
            continue;
        }
        const QChar la = ca.toCaseFolded();
        const QChar lb = cb.toCaseFolded();
        if (la != lb)
            return la < lb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return QString::compare(a, b); // equal ignoring case and zeros: still a total order
}

std::vector<std::vector<quint32>> hostsByRole(const Catalog &catalog, const Project &project)
{
    QHash<QString, int> roleOf;
    for (int r = 0; r < catalog.roles().size(); ++r)
        roleOf.insert(catalog.roles()[r].id, r);
    std::vector<std::vector<quint32>> result(size_t(catalog.roles().size()));
    for (size_t h = 0; h < project.hosts.size(); ++h) {
        const int role = roleOf.value(project.hosts[h].role, -1);
        if (role >= 0 && !catalog.roles()[role].pseudo)
            result[size_t(role)].push_back(quint32(h));
    }
    for (auto &hosts : result) {
        std::sort(hosts.begin(), hosts.end(), [&](quint32 x, quint32 y) {
            const Host &hx = project.hosts[x];
            const Host &hy = project.hosts[y];
            const int byName = naturalCompare(hx.name, hy.name);
            if (byName != 0)
                return byName < 0;
            return hx.id < hy.id;
        });
    }
    return result;
}

namespace {

/// An address as three words, for hashing: equal keys are equal addresses
/// (and so equal canonical texts), without formatting any text.
struct AddressKey
{
    quint64 high;
    quint64 low;
    quint64 kind; ///< family and prefix length

    explicit AddressKey(const Address &address)
        : high(0)
        , low(0)
        , kind(quint64(address.isIPv6()) << 32 | quint32(address.prefixLength()))
    {
        for (size_t i = 0; i < 8; ++i) {
            high = high << 8 | address.bytes()[i];
            low = low << 8 | address.bytes()[i + 8];
        }
    }
    friend bool operator==(const AddressKey &a, const AddressKey &b)
    {
        return a.high == b.high && a.low == b.low && a.kind == b.kind;
    }
};

size_t qHash(const AddressKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.high, key.low, key.kind);
}

/// Addresses interned to small integers, so that equality tests are cheap.
struct AddressTable
{
    std::vector<std::vector<quint32>> ids; ///< per host, per address: its id
    std::vector<quint8> shared;            ///< per id: on more than one host slot
    std::vector<bool> v6;                  ///< per id: IPv6

    explicit AddressTable(const Project &project)
    {
        QHash<AddressKey, quint32> idOf;
        std::vector<quint32> uses;
        ids.resize(project.hosts.size());
        for (size_t h = 0; h < project.hosts.size(); ++h) {
            const auto &addresses = project.hosts[h].addresses;
            ids[h].reserve(size_t(addresses.size()));
            for (const Address &address : addresses) {
                const AddressKey key(address);
                auto it = idOf.constFind(key);
                if (it == idOf.constEnd()) {
                    it = idOf.insert(key, quint32(uses.size()));
                    uses.push_back(0);
                    v6.push_back(address.isIPv6());
                }
                ++uses[*it];
                ids[h].push_back(*it);
            }
        }
        shared.resize(uses.size());
        for (size_t i = 0; i < uses.size(); ++i)
            shared[i] = uses[i] > 1;
    }
};

/// Asks the kernel to back a large, not yet touched buffer with huge pages:
/// millions of rules otherwise cost a page fault per 4 KiB on first write,
/// a third of the derivation's time at 100 sites. Advice only; harmless
/// where huge pages are off.
void adviseHugePages([[maybe_unused]] void *data, [[maybe_unused]] size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr quintptr hugePage = 2 * 1024 * 1024;
    if (bytes < 4 * hugePage)
        return;
    const quintptr begin = (quintptr(data) + hugePage - 1) & ~(hugePage - 1);
    const quintptr end = (quintptr(data) + bytes) & ~(hugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#endif
}

struct DedupKey
{
    quint32 source;
    quint32 destination;
    quint32 port;
    bool operator==(const DedupKey &o) const
    {
        return source == o.source && destination == o.destination && port == o.port;
    }
};

struct DedupKeyHash
{
    size_t operator()(const DedupKey &k) const noexcept
    {
        return qHashMulti(0, k.source, k.destination, k.port);
    }
};

} // namespace

std::vector<Rule> deriveRules(const Catalog &catalog, const Project &project)
{
    const auto &flows = catalog.flows();
    const auto byRole = hostsByRole(catalog, project);
    const AddressTable table(project);
    const std::vector<bool> active = activeFlows(catalog, project.features);
    constexpr quint32 anyAddress = 0xFFFFFFFFu;

    // Flows that share transport, ports and source ports get one key, for the
    // duplicate test.
    std::vector<quint32> portKey(size_t(flows.size()));
    for (int f = 0; f < flows.size(); ++f) {
        portKey[size_t(f)] = quint32(f);
        for (int g = 0; g < f; ++g) {
            if (flows[g].transport == flows[f].transport &&
                flows[g].portFirst == flows[f].portFirst &&
                flows[g].portLast == flows[f].portLast &&
                flows[g].sourcePortFirst == flows[f].sourcePortFirst &&
                flows[g].sourcePortLast == flows[f].sourcePortLast) {
                portKey[size_t(f)] = portKey[size_t(g)];
                break;
            }
        }
    }
    // A flow can repeat another flow's rules only if both name the same role
    // pair with the same port key; otherwise only shared addresses can repeat.
    std::vector<bool> overlaps(size_t(flows.size()), false);
    for (int f = 0; f < flows.size(); ++f) {
        for (int g = 0; g < flows.size(); ++g) {
            if (g == f || !active[size_t(f)] || !active[size_t(g)] ||
                portKey[size_t(f)] != portKey[size_t(g)])
                continue;
            for (int s : flows[f].sourceRoles) {
                for (int d : flows[f].destinationRoles) {
                    if (flows[g].sourceRoles.contains(s) && flows[g].destinationRoles.contains(d))
                        overlaps[size_t(f)] = true;
                }
            }
        }
    }

    // Reserve what the flows can produce at most (exactly that unless
    // duplicates or self-pairs drop rules), so that millions of rules are
    // never copied by the vector's doubling, which would triple the peak.
    std::vector<size_t> v4Count(byRole.size(), 0);
    std::vector<size_t> v6Count(byRole.size(), 0);
    for (size_t role = 0; role < byRole.size(); ++role) {
        for (quint32 h : byRole[role]) {
            for (quint32 id : table.ids[h])
                ++(table.v6[id] ? v6Count : v4Count)[role];
        }
    }
    size_t bound = 0;
    for (int f = 0; f < flows.size(); ++f) {
        if (!active[size_t(f)])
            continue;
        const Flow &flow = flows[f];
        for (int sourceRole : flow.sourceRoles) {
            const size_t s = size_t(sourceRole);
            for (int destinationRole : flow.destinationRoles) {
                const size_t d = size_t(destinationRole);
                bound += catalog.roles()[sourceRole].pseudo
                             ? v4Count[d] + v6Count[d]
                             : v4Count[s] * v4Count[d] + v6Count[s] * v6Count[d];
            }
        }
    }

    std::vector<Rule> rules;
    rules.reserve(bound);
    adviseHugePages(rules.data(), bound * sizeof(Rule));
    std::unordered_set<DedupKey, DedupKeyHash> seen;
    auto emit = [&](int flow, quint32 srcHost, quint16 srcAddr, quint32 srcId, quint32 dstHost,
                    quint16 dstAddr, quint32 dstId) {
        if (srcId == dstId)
            return;
        const bool mayRepeat = overlaps[size_t(flow)] || table.shared[dstId] ||
                               (srcId != anyAddress && table.shared[srcId]);
        if (mayRepeat && !seen.insert({srcId, dstId, portKey[size_t(flow)]}).second)
            return;
        rules.push_back(Rule{srcHost, dstHost, srcAddr, dstAddr, quint16(flow), 0});
    };

    // Per host and family, its address slots in index order, and whether any
    // of its addresses is shared: a source address then walks only the
    // destination addresses it pairs with, and most pairs skip the duplicate
    // test entirely (the loop below makes millions of rules).
    struct Slot
    {
        quint32 id;
        quint16 index;
    };
    std::vector<std::vector<Slot>> slotsOf[2]; // [IPv6][host]
    std::vector<bool> hostShared(project.hosts.size(), false);
    slotsOf[0].resize(project.hosts.size());
    slotsOf[1].resize(project.hosts.size());
    for (size_t h = 0; h < project.hosts.size(); ++h) {
        for (size_t a = 0; a < table.ids[h].size(); ++a) {
            const quint32 id = table.ids[h][a];
            slotsOf[table.v6[id] ? 1 : 0][h].push_back(Slot{id, quint16(a)});
            if (table.shared[id])
                hostShared[h] = true;
        }
    }

    for (int f = 0; f < flows.size(); ++f) {
        if (!active[size_t(f)])
            continue;
        const Flow &flow = flows[f];
        for (int sourceRole : flow.sourceRoles) {
            if (catalog.roles()[sourceRole].pseudo) {
                for (int destinationRole : flow.destinationRoles) {
                    for (quint32 d : byRole[size_t(destinationRole)]) {
                        const auto &dstIds = table.ids[d];
                        for (size_t da = 0; da < dstIds.size(); ++da)
                            emit(f, Rule::anySource, 0, anyAddress, d, quint16(da), dstIds[da]);
                    }
                }
                continue;
            }
            for (quint32 s : byRole[size_t(sourceRole)]) {
                for (size_t sa = 0; sa < table.ids[s].size(); ++sa) {
                    const quint32 srcId = table.ids[s][sa];
                    const auto &slots = slotsOf[table.v6[srcId] ? 1 : 0];
                    const bool sourceMayRepeat = overlaps[size_t(f)] || table.shared[srcId];
                    for (int destinationRole : flow.destinationRoles) {
                        for (quint32 d : byRole[size_t(destinationRole)]) {
                            if (sourceMayRepeat || hostShared[d]) {
                                for (const Slot &slot : slots[d])
                                    emit(f, s, quint16(sa), srcId, d, slot.index, slot.id);
                                continue;
                            }
                            for (const Slot &slot : slots[d]) {
                                if (slot.id != srcId)
                                    rules.push_back(
                                        Rule{s, d, quint16(sa), slot.index, quint16(f), 0});
                            }
                        }
                    }
                }
            }
        }
    }
    // Duplicates may have left much of the reservation unused (its pages were
    // never touched, so they cost address space rather than memory): give it back.
    if (rules.size() < bound / 4 * 3)
        rules.shrink_to_fit();
    return rules;
}

void forEachConnection(
    const Catalog &catalog, const Project &project,
    const std::function<void(int source, int destination, const QList<int> &flows)> &visit)
{
    // The flows between two hosts depend on their roles alone: one list per
    // ordered role pair (a flow appears once per matching role entry, as
    // before), shared by every connection of that pair. Pseudo source roles
    // (`any`) all count as the one source -1.
    const auto &roles = catalog.roles();
    const auto &flows = catalog.flows();
    const size_t roleCount = size_t(roles.size());
    std::vector<QList<int>> pairFlows(roleCount * roleCount);
    std::vector<QList<int>> anyFlows(roleCount);
    const std::vector<bool> active = activeFlows(catalog, project.features);
    for (int f = 0; f < flows.size(); ++f) {
        if (!active[size_t(f)])
            continue;
        for (int sourceRole : flows[f].sourceRoles) {
            for (int destinationRole : flows[f].destinationRoles) {
                if (roles[sourceRole].pseudo)
                    anyFlows[size_t(destinationRole)].append(f);
                else
                    pairFlows[size_t(sourceRole) * roleCount + size_t(destinationRole)].append(f);
            }
        }
    }

    QHash<QString, int> roleOf;
    for (int r = 0; r < roles.size(); ++r) {
        if (!roles[r].pseudo)
            roleOf.insert(roles[r].id, r);
    }
    std::vector<int> roleOfHost(project.hosts.size());
    for (size_t h = 0; h < project.hosts.size(); ++h)
        roleOfHost[h] = roleOf.value(project.hosts[h].role, -1);

    for (size_t d = 0; d < roleOfHost.size(); ++d) {
        if (roleOfHost[d] >= 0 && !anyFlows[size_t(roleOfHost[d])].isEmpty())
            visit(-1, int(d), anyFlows[size_t(roleOfHost[d])]);
    }
    // Per source role, its destination hosts in index order: work in
    // proportion to the connections, not to the square of the hosts.
    std::vector<std::vector<quint32>> destinations(roleCount);
    for (size_t sourceRole = 0; sourceRole < roleCount; ++sourceRole) {
        for (size_t d = 0; d < roleOfHost.size(); ++d) {
            if (roleOfHost[d] >= 0 &&
                !pairFlows[sourceRole * roleCount + size_t(roleOfHost[d])].isEmpty())
                destinations[sourceRole].push_back(quint32(d));
        }
    }
    for (size_t s = 0; s < roleOfHost.size(); ++s) {
        if (roleOfHost[s] < 0)
            continue;
        const size_t sourceRole = size_t(roleOfHost[s]);
        for (quint32 d : destinations[sourceRole]) {
            if (d != s)
                visit(int(s), int(d), pairFlows[sourceRole * roleCount + size_t(roleOfHost[d])]);
        }
    }
}

std::vector<Connection> deriveConnections(const Catalog &catalog, const Project &project)
{
    std::vector<Connection> result;
    // Two passes: counting first keeps the vector at its exact size (no
    // doubling, no copy at the peak).
    size_t count = 0;
    forEachConnection(catalog, project, [&](int, int, const QList<int> &) { ++count; });
    result.reserve(count);
    adviseHugePages(result.data(), count * sizeof(Connection));
    forEachConnection(catalog, project, [&](int source, int destination, const QList<int> &flows) {
        result.push_back(Connection{source, destination, flows});
    });
    return result;
}

std::vector<RoleBundle> bundleByRole(const Catalog &catalog, const Project &project,
                                     const std::vector<Connection> &connections)
{
    std::vector<int> roleOf(project.hosts.size());
    for (size_t h = 0; h < project.hosts.size(); ++h)
        roleOf[h] = catalog.roleIndex(project.hosts[h].role);
    std::map<std::pair<int, int>, RoleBundle> bundles;
    for (const Connection &connection : connections) {
        const int from = connection.source < 0 ? -1 : roleOf[size_t(connection.source)];
        const int to = roleOf[size_t(connection.destination)];
        auto [it, inserted] = bundles.try_emplace({from, to}, RoleBundle{from, to, 0, {}});
        if (inserted)
            it->second.flows = connection.flows;
        ++it->second.pairs;
    }
    std::vector<RoleBundle> result;
    result.reserve(bundles.size());
    for (auto &[roles, bundle] : bundles)
        result.push_back(std::move(bundle));
    return result;
}

QString portLabel(const Catalog &catalog, const QList<int> &flows)
{
    QStringList transports;
    QHash<QString, QStringList> ports;
    for (int f : flows) {
        const Flow &flow = catalog.flows()[f];
        if (!transports.contains(flow.transport))
            transports.append(flow.transport);
        QStringList &list = ports[flow.transport];
        if (!list.contains(flow.portText()))
            list.append(flow.portText());
    }
    QStringList parts;
    for (const QString &transport : std::as_const(transports))
        parts.append(transport + u' ' + ports[transport].join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

} // namespace Portolan
