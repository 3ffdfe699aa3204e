#include "ruledelta.h"

#include "topology.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

namespace Portolan {

namespace {

constexpr quint32 anyAddress = 0xFFFFFFFFu;

/// An address as three words: equal keys are equal addresses.
struct AddressKey
{
    quint64 high = 0;
    quint64 low = 0;
    quint64 kind = 0;
    explicit AddressKey(const Address &address)
        : kind(quint64(address.isIPv6()) << 32 | quint32(address.prefixLength()))
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

struct AddressKeyHash
{
    size_t operator()(const AddressKey &key) const noexcept
    {
        return size_t(key.high * 0x9E3779B97F4A7C15ull ^ key.low * 0xC2B2AE3D27D4EB4Full ^
                      key.kind);
    }
};

/// Numbers shared by both versions: addresses, services, firewall sets.
struct Numbering
{
    std::unordered_map<AddressKey, quint32, AddressKeyHash> addresses;
    std::map<std::array<int, 5>, quint32> services;
    QHash<QString, int> firewalls; ///< firewall id → number
    struct SetHash
    {
        size_t operator()(const std::vector<int> &members) const noexcept
        {
            quint64 h = members.size();
            for (int member : members)
                h = (h ^ quint64(member)) * 0x100000001B3ull;
            return size_t(h);
        }
    };
    std::unordered_map<std::vector<int>, quint32, SetHash> sets;

    quint32 address(const Address &address)
    {
        return addresses.try_emplace(AddressKey(address), quint32(addresses.size())).first->second;
    }
    quint32 service(const Flow &flow)
    {
        const std::array<int, 5> key{flow.transport == QLatin1String("UDP") ? 17 : 6,
                                     flow.hasSourcePort() ? flow.sourcePortFirst : 0,
                                     flow.hasSourcePort() ? flow.sourcePortLast : 65535,
                                     flow.portFirst, flow.portLast};
        return services.try_emplace(key, quint32(services.size())).first->second;
    }
    int firewall(const QString &id)
    {
        return firewalls.insert(id, firewalls.value(id, int(firewalls.size()))).value();
    }
    quint32 set(std::vector<int> &members)
    {
        std::sort(members.begin(), members.end());
        return sets.try_emplace(std::move(members), quint32(sets.size())).first->second;
    }
};

/// One rule of one version, as the delta compares it.
struct Entry
{
    quint32 source;      ///< address number, or anyAddress
    quint32 destination; ///< address number
    quint32 service;
    quint32 set; ///< number of its firewall set
    quint32 rule;
};

/// The order the merge walks in: destination, source (any first), service,
/// as one number (addresses and services are numbered far below 2^24 and 2^16:
/// Limits keep projects to 12.8 million addresses).
inline quint64 sortKey(const Entry &e)
{
    const quint64 source = e.source == anyAddress ? 0 : quint64(e.source) + 1;
    return quint64(e.destination) << 40 | source << 16 | e.service;
}

/// Sorts @p entries by sortKey(), in four passes of 16 bits: a million
/// entries in a few milliseconds, where comparisons took a hundred.
void radixSort(std::vector<Entry> *entries)
{
    if (entries->size() < 2)
        return;
    std::vector<quint64> keys(entries->size());
    for (size_t i = 0; i < entries->size(); ++i)
        keys[i] = sortKey((*entries)[i]);
    std::vector<quint32> order(entries->size());
    std::vector<quint32> next(entries->size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = quint32(i);
    std::vector<quint32> counts(65537);
    for (int shift = 0; shift < 64; shift += 16) {
        std::fill(counts.begin(), counts.end(), 0);
        for (quint32 i : order)
            ++counts[((keys[i] >> shift) & 0xFFFF) + 1];
        if (counts[1 + ((keys[order.front()] >> shift) & 0xFFFF)] == order.size())
            continue; // one digit for all: this pass would change nothing
        for (size_t d = 1; d < counts.size(); ++d)
            counts[d] += counts[d - 1];
        for (quint32 i : order)
            next[counts[(keys[i] >> shift) & 0xFFFF]++] = i;
        order.swap(next);
    }
    std::vector<Entry> sorted;
    sorted.reserve(entries->size());
    for (quint32 i : order)
        sorted.push_back((*entries)[i]);
    entries->swap(sorted);
}

/// splitmix64's finaliser.
inline quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/// The rules of one version, numbered, and what changed bucket by bucket.
///
/// Rules are bucketed twice: by destination address and by source address
/// (any is a source of its own). A bucket's fingerprint is the sum of a
/// 64-bit hash of each of its rules (source or destination, service,
/// firewall set): buckets with equal fingerprints in both versions hold the
/// same rules (two different multisets share a sum with a chance of about
/// 2^-64). A rule in a clean bucket of either kind is unchanged; only rules
/// whose source and destination buckets both changed are gathered, sorted
/// and merged. A change request that touches a few hosts costs two passes
/// over each version's rules and little else.
class Version
{
public:
    Version(const Topology &topology, Numbering &numbering)
        : m_topology(topology)
        , m_placement(topology.placement())
    {
        const Project &project = topology.project();
        const Catalog &catalog = topology.catalog();
        for (const Host &host : project.hosts) {
            m_first.push_back(quint32(m_slot.size()));
            for (const Address &address : host.addresses)
                m_slot.push_back(numbering.address(address));
        }
        for (const Flow &flow : catalog.flows())
            m_service.push_back(numbering.service(flow));
        // Firewall sets per route: the firewalls' ids, numbered across versions.
        std::vector<int> none;
        m_noFirewall = numbering.set(none);
        if (m_placement.hasZones()) {
            std::vector<int> numberOf; // per firewall index
            for (const Portolan::Firewall &firewall : project.firewalls)
                numberOf.push_back(numbering.firewall(firewall.id));
            std::vector<int> members;
            for (int route = 0; route < m_placement.routeCount(); ++route) {
                members.clear();
                for (const FirewallCrossing &crossing : m_placement.routeCrossings(route))
                    members.push_back(numberOf[size_t(crossing.firewall)]);
                m_routeSet.push_back(numbering.set(members));
            }
        }
    }

    Entry entry(const Rule &rule, quint32 index) const
    {
        quint32 set = m_noFirewall;
        if (!m_routeSet.empty()) {
            const int route = m_placement.route(rule);
            set = route >= 0 ? m_routeSet[size_t(route)] : m_noFirewall;
        }
        return {rule.isFromAny() ? anyAddress
                                 : m_slot[m_first[rule.sourceHost] + rule.sourceAddress],
                m_slot[m_first[rule.destinationHost] + rule.destinationAddress],
                m_service[rule.flow], set, index};
    }

    /// The source's bucket: its address number, and the last one for any.
    static size_t sourceBucket(const Entry &e, size_t addressCount)
    {
        return e.source == anyAddress ? addressCount : e.source;
    }

    /// Adds every rule's hash to its destination's and its source's bucket.
    /// The parts are mixed once each (@p mixed: per number), the whole once
    /// per bucket with a cheap finaliser: the sums only need to tell
    /// different multisets apart.
    void addFingerprints(const std::vector<quint64> &mixed, std::vector<quint64> *byDestination,
                         std::vector<quint64> *bySource) const
    {
        const std::vector<Rule> &rules = m_topology.rules();
        const size_t addressCount = byDestination->size();
        const auto finish = [](quint64 x) {
            x ^= x >> 32;
            x *= 0xD6E8FEB86659FD93ull;
            return x ^ (x >> 32);
        };
        for (size_t i = 0; i < rules.size(); ++i) {
            const Entry e = entry(rules[i], quint32(i));
            const quint64 what = mixed[e.service] * 3 + mixed[e.set] * 5;
            const size_t source = sourceBucket(e, addressCount);
            (*byDestination)[e.destination] += finish(what + mixed[source]);
            (*bySource)[source] += finish(what + mixed[e.destination] * 7);
        }
    }

    /// The entries whose destination and source buckets both changed, sorted
    /// by destination, source and service; the others counted per firewall set.
    std::vector<Entry> gather(const std::vector<char> &dirtyDestination,
                              const std::vector<char> &dirtySource,
                              std::vector<qsizetype> *cleanPerSet) const
    {
        const std::vector<Rule> &rules = m_topology.rules();
        const size_t addressCount = dirtyDestination.size();
        std::vector<Entry> entries;
        for (size_t i = 0; i < rules.size(); ++i) {
            const Entry e = entry(rules[i], quint32(i));
            if (dirtyDestination[e.destination] && dirtySource[sourceBucket(e, addressCount)])
                entries.push_back(e);
            else if (cleanPerSet)
                ++(*cleanPerSet)[e.set];
        }
        radixSort(&entries);
        return entries;
    }

private:
    const Topology &m_topology;
    const RulePlacement &m_placement;
    std::vector<quint32> m_first;   ///< per host: its first address slot
    std::vector<quint32> m_slot;    ///< per address slot: the address number
    std::vector<quint32> m_service; ///< per flow
    std::vector<quint32> m_routeSet;
    quint32 m_noFirewall = 0;
};

} // namespace

RuleDelta::RuleDelta(const Topology &before, const Topology &after)
{
    Numbering numbering;
    // Firewalls in the order of the result: AFTER's, then those only BEFORE has.
    for (const Portolan::Firewall &firewall : after.project().firewalls)
        numbering.firewall(firewall.id);
    for (const Portolan::Firewall &firewall : before.project().firewalls)
        numbering.firewall(firewall.id);
    const Version was(before, numbering);
    const Version is(after, numbering);
    const size_t addressCount = numbering.addresses.size();
    std::vector<quint64> beforeByDestination(addressCount, 0);
    std::vector<quint64> afterByDestination(addressCount, 0);
    std::vector<quint64> beforeBySource(addressCount + 1, 0);
    std::vector<quint64> afterBySource(addressCount + 1, 0);
    // Every number mixed once: addresses (and any), services and sets share one table.
    std::vector<quint64> mixed(
        std::max({addressCount + 1, numbering.services.size(), numbering.sets.size()}));
    for (size_t n = 0; n < mixed.size(); ++n)
        mixed[n] = mix(n);
    was.addFingerprints(mixed, &beforeByDestination, &beforeBySource);
    is.addFingerprints(mixed, &afterByDestination, &afterBySource);
    std::vector<char> dirtyDestination(addressCount, 0);
    std::vector<char> dirtySource(addressCount + 1, 0);
    for (size_t a = 0; a < addressCount; ++a)
        dirtyDestination[a] = beforeByDestination[a] != afterByDestination[a];
    for (size_t a = 0; a <= addressCount; ++a)
        dirtySource[a] = beforeBySource[a] != afterBySource[a];
    std::vector<qsizetype> cleanPerSet(numbering.sets.size(), 0);
    const std::vector<Entry> old = was.gather(dirtyDestination, dirtySource, nullptr);
    const std::vector<Entry> now = is.gather(dirtyDestination, dirtySource, &cleanPerSet);

    // The members of each firewall set, and one bucket more for no firewall.
    std::vector<std::vector<int>> members(numbering.sets.size());
    for (const auto &[set, number] : numbering.sets)
        members[number] = set;
    const int noFirewall = int(numbering.firewalls.size());
    m_firewalls.resize(size_t(noFirewall) + 1);
    for (auto it = numbering.firewalls.begin(); it != numbering.firewalls.end(); ++it)
        m_firewalls[size_t(it.value())].id = it.key();
    for (int f = 0; f < after.firewallCount(); ++f) {
        Firewall &entry = m_firewalls[size_t(numbering.firewalls.value(after.firewall(f).id))];
        entry.after = f;
        entry.name = after.firewall(f).name;
    }
    for (int f = 0; f < before.firewallCount(); ++f) {
        Firewall &entry = m_firewalls[size_t(numbering.firewalls.value(before.firewall(f).id))];
        entry.before = f;
        if (entry.after < 0)
            entry.name = before.firewall(f).name;
    }
    std::vector<Change> removed;
    std::vector<Change> added;
    std::vector<std::vector<Change>> removedOn(m_firewalls.size());
    std::vector<std::vector<Change>> addedOn(m_firewalls.size());
    const auto each = [&](quint32 set, const auto &visit) {
        if (members[set].empty())
            visit(noFirewall);
        for (int firewall : members[set])
            visit(firewall);
    };

    // Rules in buckets that did not change stay where they are.
    for (size_t set = 0; set < cleanPerSet.size(); ++set) {
        if (cleanPerSet[set] == 0)
            continue;
        each(quint32(set), [&](int f) { m_firewalls[size_t(f)].unchanged += cleanPerSet[set]; });
    }
    const auto before_ = [](const Entry &a, const Entry &b) {
        return sortKey(a) < sortKey(b);
    };
    size_t i = 0;
    size_t j = 0;
    while (i < old.size() || j < now.size()) {
        const Entry *o = i < old.size() ? &old[i] : nullptr;
        const Entry *n = j < now.size() ? &now[j] : nullptr;
        if (o && (!n || before_(*o, *n))) {
            removed.push_back({false, o->rule});
            each(o->set, [&](int f) { removedOn[size_t(f)].push_back({false, o->rule}); });
            ++i;
        } else if (n && (!o || before_(*n, *o))) {
            added.push_back({true, n->rule});
            each(n->set, [&](int f) { addedOn[size_t(f)].push_back({true, n->rule}); });
            ++j;
        } else {
            // The same effect: what changed is at most where it stands.
            if (o->set != n->set) {
                removed.push_back({false, o->rule});
                added.push_back({true, n->rule});
            }
            const auto &a = members[o->set];
            const auto &b = members[n->set];
            each(o->set, [&](int f) {
                const bool kept =
                    f == noFirewall ? b.empty() : std::binary_search(b.begin(), b.end(), f);
                if (kept)
                    ++m_firewalls[size_t(f)].unchanged;
                else
                    removedOn[size_t(f)].push_back({false, o->rule});
            });
            each(n->set, [&](int f) {
                const bool kept =
                    f == noFirewall ? a.empty() : std::binary_search(a.begin(), a.end(), f);
                if (!kept)
                    addedOn[size_t(f)].push_back({true, n->rule});
            });
            ++i;
            ++j;
        }
    }

    const auto byRule = [](const Change &a, const Change &b) {
        return a.rule < b.rule;
    };
    std::sort(removed.begin(), removed.end(), byRule);
    std::sort(added.begin(), added.end(), byRule);
    m_removed = qsizetype(removed.size());
    m_added = qsizetype(added.size());
    m_changes = std::move(removed);
    m_changes.insert(m_changes.end(), added.begin(), added.end());
    for (size_t f = 0; f < m_firewalls.size(); ++f) {
        std::sort(removedOn[f].begin(), removedOn[f].end(), byRule);
        std::sort(addedOn[f].begin(), addedOn[f].end(), byRule);
        m_firewalls[f].changes = std::move(removedOn[f]);
        m_firewalls[f].changes.insert(m_firewalls[f].changes.end(), addedOn[f].begin(),
                                      addedOn[f].end());
    }
}

} // namespace Portolan
