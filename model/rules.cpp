#include "rules.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <unordered_set>

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

/// Addresses interned to small integers, so that equality tests are cheap.
struct AddressTable
{
    std::vector<std::vector<quint32>> ids; ///< per host, per address: its id
    std::vector<quint8> shared;            ///< per id: on more than one host slot
    std::vector<bool> v6;                  ///< per id: IPv6

    explicit AddressTable(const Project &project)
    {
        QHash<QString, quint32> idOf;
        std::vector<quint32> uses;
        ids.resize(project.hosts.size());
        for (size_t h = 0; h < project.hosts.size(); ++h) {
            const auto &addresses = project.hosts[h].addresses;
            ids[h].reserve(size_t(addresses.size()));
            for (const Address &address : addresses) {
                const QString key = address.toString();
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
    constexpr quint32 anyAddress = 0xFFFFFFFFu;

    // Flows that share transport and ports get one key, for the duplicate test.
    std::vector<quint32> portKey(size_t(flows.size()));
    for (int f = 0; f < flows.size(); ++f) {
        portKey[size_t(f)] = quint32(f);
        for (int g = 0; g < f; ++g) {
            if (flows[g].transport == flows[f].transport &&
                flows[g].portFirst == flows[f].portFirst && flows[g].portLast == flows[f].portLast) {
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
            if (g == f || portKey[size_t(f)] != portKey[size_t(g)])
                continue;
            for (int s : flows[f].sourceRoles) {
                for (int d : flows[f].destinationRoles) {
                    if (flows[g].sourceRoles.contains(s) && flows[g].destinationRoles.contains(d))
                        overlaps[size_t(f)] = true;
                }
            }
        }
    }

    std::vector<Rule> rules;
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

    for (int f = 0; f < flows.size(); ++f) {
        const Flow &flow = flows[f];
        for (int sourceRole : flow.sourceRoles) {
            const bool fromAny = catalog.roles()[sourceRole].pseudo;
            const std::vector<quint32> anyHost{Rule::anySource};
            const auto &sources = fromAny ? anyHost : byRole[size_t(sourceRole)];
            for (quint32 s : sources) {
                const size_t sourceCount = fromAny ? 1 : table.ids[s].size();
                for (size_t sa = 0; sa < sourceCount; ++sa) {
                    const quint32 srcId = fromAny ? anyAddress : table.ids[s][sa];
                    for (int destinationRole : flow.destinationRoles) {
                        for (quint32 d : byRole[size_t(destinationRole)]) {
                            const auto &dstIds = table.ids[d];
                            for (size_t da = 0; da < dstIds.size(); ++da) {
                                const quint32 dstId = dstIds[da];
                                if (!fromAny && table.v6[srcId] != table.v6[dstId])
                                    continue;
                                emit(f, s, quint16(sa), srcId, d, quint16(da), dstId);
                            }
                        }
                    }
                }
            }
        }
    }
    return rules;
}

std::vector<Connection> deriveConnections(const Catalog &catalog, const Project &project)
{
    const auto &flows = catalog.flows();
    const auto byRole = hostsByRole(catalog, project);
    std::map<std::pair<int, int>, QList<int>> pairs;
    for (int f = 0; f < flows.size(); ++f) {
        for (int sourceRole : flows[f].sourceRoles) {
            const bool fromAny = catalog.roles()[sourceRole].pseudo;
            for (int destinationRole : flows[f].destinationRoles) {
                for (quint32 d : byRole[size_t(destinationRole)]) {
                    if (fromAny) {
                        pairs[{-1, int(d)}].append(f);
                        continue;
                    }
                    for (quint32 s : byRole[size_t(sourceRole)]) {
                        if (s != d)
                            pairs[{int(s), int(d)}].append(f);
                    }
                }
            }
        }
    }
    std::vector<Connection> result;
    result.reserve(pairs.size());
    for (auto &[key, list] : pairs)
        result.push_back(Connection{key.first, key.second, std::move(list)});
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
