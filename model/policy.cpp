#include "policy.h"

#include "policydetail.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <tuple>
#include <unordered_map>

namespace Portolan {

using namespace PolicyDetail;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::Policy", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

constexpr size_t maxRequirements = size_t(1) << 28;
constexpr int maxServices = 16384;
constexpr int maxInterfaces = 4096;

} // namespace

QString transportName(Transport transport)
{
    return transport == Transport::TCP ? QStringLiteral("TCP") : QStringLiteral("UDP");
}

std::optional<Transport> transportFromName(const QString &name)
{
    if (name == QLatin1String("TCP"))
        return Transport::TCP;
    if (name == QLatin1String("UDP"))
        return Transport::UDP;
    return std::nullopt;
}

QString PortRange::toString() const
{
    return first == last ? QString::number(first)
                         : QString::number(first) + u'-' + QString::number(last);
}

QList<Address> AddressObject::prefixes() const
{
    QList<Address> result;
    for (const AddressRange &range : ranges)
        result.append(range.prefixes());
    return result;
}

QStringList CompiledPolicy::flowTexts(const PolicyRule &rule) const
{
    QStringList texts;
    for (int flow : rule.flows) {
        const QString text = flow < flowComments.size() ? flowComments.at(flow) : QString();
        texts.append(text.isEmpty() ? QStringLiteral("flow %1").arg(flow) : text);
    }
    return texts;
}

// ---------------------------------------------------------------------------
// PolicyInput

PolicyInput::PolicyInput(const QStringList &flowComments)
    : d(std::make_shared<InputData>())
{
    d->flowComments = flowComments;
}

void PolicyInput::reserve(qsizetype requirements)
{
    if (d.use_count() > 1)
        d = std::make_shared<InputData>(*d);
    d->requirements.reserve(size_t(std::clamp<qsizetype>(requirements, 0, maxRequirements)));
}

qsizetype PolicyInput::size() const
{
    return qsizetype(d->requirements.size());
}

const QStringList &PolicyInput::flowComments() const
{
    return d->flowComments;
}

namespace {

/// The index of interface @p name, interning it; -1 when over the limit.
int internInterface(InputData &in, const QString &name)
{
    const auto it = in.interfaceIndex.constFind(name);
    if (it != in.interfaceIndex.constEnd())
        return *it;
    if (in.interfaces.size() >= maxInterfaces)
        return -1;
    const int index = int(in.interfaces.size());
    in.interfaces.append(name);
    in.interfaceIndex.insert(name, index);
    return index;
}

quint32 internSymbol(InputData &in, const AddressRange &range, const QString &hint)
{
    const quint32 found = in.symbolIndex.find(in.symbols, range);
    if (found != ~0u)
        return found;
    const quint32 index = quint32(in.symbols.size());
    in.symbols.push_back(range);
    qint32 hintIndex = -1;
    if (!hint.isEmpty()) {
        // Runs of new addresses share one hint (one role, one zone).
        if (hint == in.lastHint) {
            hintIndex = in.lastHintIndex;
        } else {
            const auto h = in.hintIndex.constFind(hint);
            if (h != in.hintIndex.constEnd()) {
                hintIndex = *h;
            } else {
                hintIndex = qint32(in.hints.size());
                in.hints.append(hint);
                in.hintIndex.insert(hint, hintIndex);
            }
            in.lastHint = hint;
            in.lastHintIndex = hintIndex;
        }
    }
    in.symbolHint.push_back(hintIndex);
    in.symbolIndex.insert(in.symbols, index);
    return index;
}

} // namespace

bool PolicyInput::add(const PolicyRequirement &r, QString *error)
{
    if (d.use_count() > 1)
        d = std::make_shared<InputData>(*d);
    InputData &in = *d;
    if (r.ports.first > r.ports.last || r.sourcePorts.first > r.sourcePorts.last)
        return fail(error,
                    tr("the port range %1-%2 is reversed")
                        .arg(r.ports.first > r.ports.last ? r.ports.first : r.sourcePorts.first)
                        .arg(r.ports.first > r.ports.last ? r.ports.last : r.sourcePorts.last));
    if (r.source && r.source->family() != r.destination.family())
        return fail(error, tr("the source %1 and the destination %2 are of different families")
                               .arg(r.source->toString(), r.destination.toString()));
    if (r.flow < 0)
        return fail(error, tr("the flow index %1 is negative").arg(r.flow));
    if (in.requirements.size() >= maxRequirements)
        return fail(error, tr("more than %1 requirements for one policy").arg(maxRequirements));

    // Interfaces: most requirements repeat the previous lists (shared data,
    // or at least equal ones).
    quint32 paths = in.lastPaths;
    const bool sameLists = r.ingress.constData() == in.lastIngress.constData() &&
                           r.ingress.size() == in.lastIngress.size() &&
                           r.egress.constData() == in.lastEgress.constData() &&
                           r.egress.size() == in.lastEgress.size();
    if (paths == ~0u ||
        (!sameLists && (r.ingress != in.lastIngress || r.egress != in.lastEgress))) {
        QStringList key = r.ingress;
        key.append(QStringLiteral("\n"));
        key.append(r.egress);
        const auto it = in.pathSetIndex.constFind(key);
        if (it != in.pathSetIndex.constEnd()) {
            paths = *it;
        } else {
            std::vector<qint32> ingress;
            std::vector<qint32> egress;
            for (int side = 0; side < 2; ++side) {
                const QStringList &names = side == 0 ? r.ingress : r.egress;
                std::vector<qint32> &ids = side == 0 ? ingress : egress;
                for (const QString &name : names) {
                    if (name.isEmpty())
                        return fail(error, tr("an interface name is empty"));
                    const int id = internInterface(in, name);
                    if (id < 0)
                        return fail(
                            error,
                            tr("more than %1 interfaces on one firewall").arg(maxInterfaces));
                    if (std::find(ids.begin(), ids.end(), id) == ids.end())
                        ids.push_back(id);
                }
                if (ids.empty())
                    ids.push_back(-1);
            }
            std::vector<PathPair> pairs;
            for (qint32 i : ingress) {
                for (qint32 e : egress)
                    pairs.push_back(PathPair{i, e});
            }
            paths = quint32(in.pathSets.size());
            in.pathSets.push_back(std::move(pairs));
            in.pathSetIndex.insert(key, paths);
        }
        in.lastIngress = r.ingress;
        in.lastEgress = r.egress;
        in.lastPaths = paths;
    }

    // Addresses: cross-products repeat the source for many destinations.
    quint32 source;
    if (!r.source) {
        if (in.lastSourceSymbol != ~0u && in.lastSourceAny &&
            in.lastSource.family() == r.destination.family()) {
            source = in.lastSourceSymbol;
        } else {
            source = internSymbol(in, AddressRange::all(r.destination.family()),
                                  r.sourceGroup.isEmpty() ? QStringLiteral("any") : r.sourceGroup);
            in.lastSource = r.destination; // only its family counts
            in.lastSourceAny = true;
            in.lastSourceSymbol = source;
        }
    } else if (in.lastSourceSymbol != ~0u && !in.lastSourceAny && *r.source == in.lastSource) {
        source = in.lastSourceSymbol;
    } else {
        source = internSymbol(in, AddressRange::of(*r.source), r.sourceGroup);
        in.lastSource = *r.source;
        in.lastSourceAny = false;
        in.lastSourceSymbol = source;
    }
    quint32 destination;
    if (in.lastDestinationSymbol != ~0u && r.destination == in.lastDestination) {
        destination = in.lastDestinationSymbol;
    } else {
        destination = internSymbol(in, AddressRange::of(r.destination), r.destinationGroup);
        in.lastDestination = r.destination;
        in.lastDestinationSymbol = destination;
    }

    const ServiceSymbol service{r.transport, r.sourcePorts, r.ports};
    quint32 serviceIndex = in.lastServiceSymbol;
    if (serviceIndex == ~0u || !(service == in.lastService)) {
        const auto it = in.serviceIndex.constFind(service);
        if (it != in.serviceIndex.constEnd()) {
            serviceIndex = *it;
        } else {
            if (in.services.size() >= size_t(maxServices))
                return fail(error,
                            tr("more than %1 distinct port ranges in one policy").arg(maxServices));
            serviceIndex = quint32(in.services.size());
            in.services.push_back(service);
            in.serviceIndex.insert(service, serviceIndex);
        }
        in.lastService = service;
        in.lastServiceSymbol = serviceIndex;
    }

    in.requirements.push_back(Requirement{source, destination, serviceIndex, paths, r.flow});
    return true;
}

// ---------------------------------------------------------------------------
// The compiler

namespace {

/// Interns sorted lists (address ranges, port ranges) so that equal lists get
/// one id; a list's items lie in one pool.
template<typename T, typename HashItem> class ListTable
{
public:
    explicit ListTable(HashItem hashItem)
        : m_hashItem(hashItem)
    {}

    quint32 intern(const T *items, size_t count)
    {
        size_t hash = count;
        for (size_t i = 0; i < count; ++i)
            hash = hash * 0x9E3779B97F4A7C15ull ^ m_hashItem(items[i]);
        auto [first, last] = m_byHash.equal_range(hash);
        for (auto it = first; it != last; ++it) {
            const auto [begin, end] = m_spans[it->second];
            if (end - begin == count && std::equal(items, items + count, m_pool.begin() + begin))
                return it->second;
        }
        const quint32 id = quint32(m_spans.size());
        m_spans.emplace_back(m_pool.size(), m_pool.size() + count);
        m_pool.insert(m_pool.end(), items, items + count);
        m_byHash.emplace(hash, id);
        return id;
    }
    quint32 intern(const std::vector<T> &items) { return intern(items.data(), items.size()); }

    const T *begin(quint32 id) const { return m_pool.data() + m_spans[id].first; }
    const T *end(quint32 id) const { return m_pool.data() + m_spans[id].second; }
    size_t size(quint32 id) const { return m_spans[id].second - m_spans[id].first; }
    std::vector<T> list(quint32 id) const { return std::vector<T>(begin(id), end(id)); }

private:
    HashItem m_hashItem;
    std::vector<T> m_pool;
    std::vector<std::pair<size_t, size_t>> m_spans;
    std::unordered_multimap<size_t, quint32> m_byHash;
};

size_t hashRange(const AddressRange &r)
{
    return size_t(r.first.low * 31 + r.first.high * 17 + r.last.low * 7 + r.last.high +
                  quint64(r.family));
}

using RangeTable = ListTable<AddressRange, size_t (*)(const AddressRange &)>;

/// Range add and range minimum over counts, for the sequential redundancy
/// test: min over a requirement's cells tells whether others still cover it.
class MinTree
{
public:
    explicit MinTree(const std::vector<int> &values)
        : m_size(values.size())
        , m_min(4 * std::max<size_t>(values.size(), 1))
        , m_add(4 * std::max<size_t>(values.size(), 1))
    {
        build(1, 0, m_size - 1, values);
    }
    int minimum(size_t lo, size_t hi) const { return query(1, 0, m_size - 1, lo, hi); }
    void add(size_t lo, size_t hi, int value) { update(1, 0, m_size - 1, lo, hi, value); }

private:
    void build(size_t node, size_t l, size_t r, const std::vector<int> &values)
    {
        if (l == r) {
            m_min[node] = values[l];
            return;
        }
        const size_t m = (l + r) / 2;
        build(2 * node, l, m, values);
        build(2 * node + 1, m + 1, r, values);
        m_min[node] = std::min(m_min[2 * node], m_min[2 * node + 1]);
    }
    int query(size_t node, size_t l, size_t r, size_t lo, size_t hi) const
    {
        if (lo <= l && r <= hi)
            return m_min[node];
        const size_t m = (l + r) / 2;
        int best = std::numeric_limits<int>::max();
        if (lo <= m)
            best = std::min(best, query(2 * node, l, m, lo, hi));
        if (hi > m)
            best = std::min(best, query(2 * node + 1, m + 1, r, lo, hi));
        return best + m_add[node];
    }
    void update(size_t node, size_t l, size_t r, size_t lo, size_t hi, int value)
    {
        if (lo <= l && r <= hi) {
            m_min[node] += value;
            m_add[node] += value;
            return;
        }
        const size_t m = (l + r) / 2;
        if (lo <= m)
            update(2 * node, l, m, lo, hi, value);
        if (hi > m)
            update(2 * node + 1, m + 1, r, lo, hi, value);
        m_min[node] = std::min(m_min[2 * node], m_min[2 * node + 1]) + m_add[node];
    }

    size_t m_size;
    std::vector<int> m_min;
    std::vector<int> m_add;
};

/// One requirement (on one interface pair) in one column.
struct Entry
{
    quint32 source; ///< rank of the source symbol (ranks follow address order)
    quint32 tuple;  ///< one requirement on one (ingress, egress) pair
};

/// A run of entries with one key: one (pair, destination, service). For the
/// redundancy test destination and service are elementary cells; for the
/// grouping they are the requirements' own destination and service symbols.
struct Column
{
    size_t begin;
    size_t end;
    quint32 pair;
    quint64 key;
    quint32 destination;
    quint32 service;
};

struct Record
{
    quint32 pair;
    quint32 service;     ///< service object id
    quint32 source;      ///< range set id
    quint32 destination; ///< destination symbol (level A) or range set id (later)
    quint32 flows;       ///< id in the int list table
    quint32 sourceHints; ///< id in the int list table
    quint32 destinationHints;
};

using IntTable = ListTable<qint32, size_t (*)(const qint32 &)>;

size_t hashInt(const qint32 &value)
{
    return size_t(quint32(value));
}

struct ServiceKey
{
    Transport transport;
    std::vector<PortRange> sourcePorts;
    std::vector<PortRange> ports;
    bool operator==(const ServiceKey &o) const
    {
        return transport == o.transport && sourcePorts == o.sourcePorts && ports == o.ports;
    }
    bool operator<(const ServiceKey &o) const
    {
        if (transport != o.transport)
            return transport < o.transport;
        if (ports != o.ports)
            return ports < o.ports;
        return sourcePorts < o.sourcePorts;
    }
};

std::vector<PortRange> mergedPorts(std::vector<PortRange> ports)
{
    std::sort(ports.begin(), ports.end());
    std::vector<PortRange> merged;
    for (const PortRange &p : ports) {
        if (!merged.empty() && int(p.first) <= int(merged.back().last) + 1) {
            merged.back().last = std::max(merged.back().last, p.last);
            continue;
        }
        merged.push_back(p);
    }
    return merged;
}

QString familySuffix(Address::Family family)
{
    return family == Address::Family::IPv4 ? QStringLiteral("-v4") : QStringLiteral("-v6");
}

/// "director.srv", "director.srv+front-end-pool.srv", "a+b+3-more".
QString hintLabel(QStringList hints)
{
    hints.sort();
    hints.removeDuplicates();
    if (hints.isEmpty())
        return QStringLiteral("addresses");
    QString label = hints.mid(0, 2).join(u'+');
    if (hints.size() > 2)
        label += QStringLiteral("+%1-more").arg(hints.size() - 2);
    return label;
}

QString serviceLabel(const ServiceKey &key)
{
    QString label = key.transport == Transport::TCP ? QStringLiteral("tcp") : QStringLiteral("udp");
    auto ports = [](const std::vector<PortRange> &list) {
        QStringList parts;
        for (size_t i = 0; i < list.size() && i < 3; ++i) {
            const PortRange &p = list[i];
            parts.append(p.isAll()           ? QStringLiteral("any")
                         : p.first == p.last ? QString::number(p.first)
                                             : QStringLiteral("%1to%2").arg(p.first).arg(p.last));
        }
        if (list.size() > 3)
            parts.append(QStringLiteral("and%1more").arg(list.size() - 3));
        return parts.join(u'_');
    };
    label += u'_' + ports(key.ports);
    if (!(key.sourcePorts.size() == 1 && key.sourcePorts.front().isAll()))
        label += QStringLiteral("_from_") + ports(key.sourcePorts);
    return label;
}

void sortUnique(std::vector<qint32> *values)
{
    std::sort(values->begin(), values->end());
    values->erase(std::unique(values->begin(), values->end()), values->end());
}

/// A service symbol's box with the column behind it, for product building.
struct ServiceBox
{
    PortRange sourcePorts;
    PortRange ports;
    size_t column;
};

struct Product
{
    std::vector<PortRange> sourcePorts; ///< merged
    std::vector<PortRange> ports;       ///< merged
    std::vector<size_t> columns;        ///< the columns whose boxes it holds parts of
};

/// The union of @p boxes (one transport) as products source ports × ports.
///
/// Both axes are cut at every box end; per cell of one axis, the cells of the
/// other that some box covers; cells with equal such sets join one product.
/// Either axis can lead; the way with fewer products wins (on a tie: ports
/// grouped by their source ports, so "any source port" stays one product).
std::vector<Product> serviceProducts(const std::vector<ServiceBox> &boxes)
{
    if (boxes.size() == 1)
        return {Product{{boxes[0].sourcePorts}, {boxes[0].ports}, {boxes[0].column}}};
    Cells sourceCuts;
    Cells portCuts;
    const Uint128 top{0, 65535};
    for (const ServiceBox &b : boxes) {
        sourceCuts.cut(Uint128{0, b.sourcePorts.first}, Uint128{0, b.sourcePorts.last}, top);
        portCuts.cut(Uint128{0, b.ports.first}, Uint128{0, b.ports.last}, top);
    }
    sourceCuts.finish();
    portCuts.finish();
    // (source cell, port cell) → columns covering it.
    std::map<std::pair<quint32, quint32>, std::vector<size_t>> grid;
    for (const ServiceBox &b : boxes) {
        const auto [s0, s1] =
            sourceCuts.span(Uint128{0, b.sourcePorts.first}, Uint128{0, b.sourcePorts.last});
        const auto [p0, p1] = portCuts.span(Uint128{0, b.ports.first}, Uint128{0, b.ports.last});
        for (quint32 s = s0; s <= s1; ++s) {
            for (quint32 p = p0; p <= p1; ++p)
                grid[{s, p}].push_back(b.column);
        }
    }
    auto group = [&](bool byPort) {
        // Per leading cell: the other axis's cells, and the columns.
        std::map<quint32, std::pair<std::vector<quint32>, std::vector<size_t>>> lines;
        for (const auto &[cell, columns] : grid) {
            auto &line = lines[byPort ? cell.second : cell.first];
            line.first.push_back(byPort ? cell.first : cell.second);
            line.second.insert(line.second.end(), columns.begin(), columns.end());
        }
        std::map<std::vector<quint32>, std::pair<std::vector<quint32>, std::vector<size_t>>> joined;
        for (auto &[lead, line] : lines) {
            auto &j = joined[line.first];
            j.first.push_back(lead);
            j.second.insert(j.second.end(), line.second.begin(), line.second.end());
        }
        std::vector<Product> products;
        for (auto &[others, j] : joined) {
            Product product;
            const std::vector<quint32> &sourceCells = byPort ? others : j.first;
            const std::vector<quint32> &portCells = byPort ? j.first : others;
            for (quint32 s : sourceCells)
                product.sourcePorts.push_back(PortRange{quint16(sourceCuts.cellFirst(s).low),
                                                        quint16(sourceCuts.cellLast(s, top).low)});
            for (quint32 p : portCells)
                product.ports.push_back(PortRange{quint16(portCuts.cellFirst(p).low),
                                                  quint16(portCuts.cellLast(p, top).low)});
            product.sourcePorts = mergedPorts(product.sourcePorts);
            product.ports = mergedPorts(product.ports);
            product.columns = std::move(j.second);
            std::sort(product.columns.begin(), product.columns.end());
            product.columns.erase(std::unique(product.columns.begin(), product.columns.end()),
                                  product.columns.end());
            products.push_back(std::move(product));
        }
        return products;
    };
    std::vector<Product> byPort = group(true);
    std::vector<Product> bySource = group(false);
    return bySource.size() < byPort.size() ? bySource : byPort;
}

class Compiler
{
public:
    explicit Compiler(const InputData &in)
        : m_in(in)
        , m_sets(&hashRange)
        , m_ints(&hashInt)
    {}

    CompiledPolicy run()
    {
        CompiledPolicy policy;
        policy.flowComments = m_in.flowComments;
        policy.counts.requirements = qsizetype(m_in.requirements.size());
        if (m_in.requirements.empty())
            return policy;
        rankSymbols();
        cutDestinations();
        cutServices();
        rankPairs();
        buildCellColumns();
        dropRedundant();
        buildSymbolColumns();
        summarizeColumns();
        groupServices();
        groupDestinations();
        groupSources();
        writeResult(&policy);
        return policy;
    }

private:
    // Symbols in address order, so that an entry's source rank sorts by address.
    void rankSymbols()
    {
        const size_t n = m_in.symbols.size();
        m_byRank.resize(n);
        std::iota(m_byRank.begin(), m_byRank.end(), 0u);
        std::sort(m_byRank.begin(), m_byRank.end(),
                  [&](quint32 a, quint32 b) { return m_in.symbols[a] < m_in.symbols[b]; });
        m_rank.resize(n);
        m_rankRange.resize(n);
        m_rankHint.resize(n);
        for (size_t r = 0; r < n; ++r) {
            m_rank[m_byRank[r]] = quint32(r);
            m_rankRange[r] = m_in.symbols[m_byRank[r]];
            m_rankHint[r] = m_in.symbolHint[m_byRank[r]];
        }
    }

    // Destination cells: the elementary intervals of every destination range.
    void cutDestinations()
    {
        const size_t n = m_in.symbols.size();
        m_isDestination.assign(n, 0);
        for (const Requirement &r : m_in.requirements)
            m_isDestination[r.destination] = 1;
        m_destinationSpan.assign(n, {0, 0});
        for (const Address::Family family : {Address::Family::IPv4, Address::Family::IPv6}) {
            // Ranks run in address order: the family's destinations in order.
            std::vector<quint32> symbols;
            for (quint32 s : m_byRank) {
                if (m_isDestination[s] && m_in.symbols[s].family == family)
                    symbols.push_back(s);
            }
            if (symbols.empty())
                continue;
            bool disjoint = true;
            for (size_t i = 1; i < symbols.size() && disjoint; ++i)
                disjoint = m_in.symbols[symbols[i - 1]].last < m_in.symbols[symbols[i]].first;
            if (disjoint) {
                // The usual case (hosts): each destination is a cell of its own.
                for (quint32 s : symbols) {
                    m_destinationSpan[s] = {m_cellCount, m_cellCount};
                    ++m_cellCount;
                }
                continue;
            }
            const Uint128 maximum = Uint128::maximum(family);
            Cells cells;
            for (quint32 s : symbols)
                cells.cut(m_in.symbols[s].first, m_in.symbols[s].last, maximum);
            cells.finish();
            for (quint32 s : symbols) {
                const auto [first, last] = cells.span(m_in.symbols[s].first, m_in.symbols[s].last);
                m_destinationSpan[s] = {m_cellCount + first, m_cellCount + last};
            }
            m_cellCount += cells.count();
        }
    }

    // Service cells: per transport, the elementary intervals of source ports
    // × those of destination ports.
    void cutServices()
    {
        const size_t n = m_in.services.size();
        m_serviceCells.assign(n, {});
        quint32 base = 0;
        for (const Transport transport : {Transport::TCP, Transport::UDP}) {
            Cells sourceCuts;
            Cells portCuts;
            const Uint128 top{0, 65535};
            bool any = false;
            for (const ServiceSymbol &s : m_in.services) {
                if (s.transport != transport)
                    continue;
                any = true;
                sourceCuts.cut(Uint128{0, s.sourcePorts.first}, Uint128{0, s.sourcePorts.last},
                               top);
                portCuts.cut(Uint128{0, s.ports.first}, Uint128{0, s.ports.last}, top);
            }
            if (!any)
                continue;
            sourceCuts.finish();
            portCuts.finish();
            for (size_t i = 0; i < n; ++i) {
                const ServiceSymbol &s = m_in.services[i];
                if (s.transport != transport)
                    continue;
                const auto [s0, s1] = sourceCuts.span(Uint128{0, s.sourcePorts.first},
                                                      Uint128{0, s.sourcePorts.last});
                const auto [p0, p1] =
                    portCuts.span(Uint128{0, s.ports.first}, Uint128{0, s.ports.last});
                for (quint32 a = s0; a <= s1; ++a) {
                    for (quint32 b = p0; b <= p1; ++b)
                        m_serviceCells[i].push_back(base + a * portCuts.count() + b);
                }
            }
            base += sourceCuts.count() * portCuts.count();
        }
        m_serviceCellCount = std::max<quint32>(base, 1);
    }

    // (ingress, egress) pairs in name order: the order of the policy's rules.
    void rankPairs()
    {
        std::vector<int> byName(size_t(m_in.interfaces.size()));
        std::iota(byName.begin(), byName.end(), 0);
        std::sort(byName.begin(), byName.end(),
                  [&](int a, int b) { return m_in.interfaces.at(a) < m_in.interfaces.at(b); });
        std::vector<int> interfaceRank(byName.size(), -1);
        for (size_t i = 0; i < byName.size(); ++i) {
            interfaceRank[size_t(byName[i])] = int(i);
            m_interfaces.append(m_in.interfaces.at(byName[i]));
        }
        auto ranked = [&](const PathPair &p) {
            return std::pair<int, int>(p.ingress < 0 ? -1 : interfaceRank[size_t(p.ingress)],
                                       p.egress < 0 ? -1 : interfaceRank[size_t(p.egress)]);
        };
        for (const auto &set : m_in.pathSets) {
            for (const PathPair &p : set)
                m_pairs.push_back(ranked(p));
        }
        std::sort(m_pairs.begin(), m_pairs.end());
        m_pairs.erase(std::unique(m_pairs.begin(), m_pairs.end()), m_pairs.end());
        m_pathRanks.resize(m_in.pathSets.size());
        for (size_t i = 0; i < m_in.pathSets.size(); ++i) {
            for (const PathPair &p : m_in.pathSets[i])
                m_pathRanks[i].push_back(quint32(
                    std::lower_bound(m_pairs.begin(), m_pairs.end(), ranked(p)) - m_pairs.begin()));
        }
    }

    /// Fills m_entries and m_columns: every requirement cut into the keys
    /// @p keysOf(requirement, emit) emits (below @p keys), on each of its
    /// pairs; columns in (pair, key) order, each column's entries sorted by
    /// source (input order among equal sources).
    template<typename Keys> void buildColumns(quint64 keys, Keys keysOf)
    {
        const auto &reqs = m_in.requirements;
        m_entries.clear();
        m_entries.shrink_to_fit();
        auto buckets =
            bucketize<Entry>(quint32(m_pairs.size()), keys, reqs.size(), [&](auto &&visit) {
                for (size_t i = 0; i < reqs.size(); ++i) {
                    const Requirement &r = reqs[i];
                    const quint32 source = m_rank[r.source];
                    quint32 tuple = m_firstTuple[i];
                    for (quint32 p : m_pathRanks[r.paths]) {
                        keysOf(r, [&](quint64 key) { visit(p, key, Entry{source, tuple}); });
                        ++tuple;
                    }
                }
            });
        m_entries = std::move(buckets.items);
        m_columns.clear();
        m_columns.reserve(buckets.runs.size());
        for (const Run &run : buckets.runs) {
            bool sorted = true;
            for (size_t j = run.begin + 1; j < run.end && sorted; ++j)
                sorted = m_entries[j - 1].source <= m_entries[j].source;
            if (!sorted)
                std::sort(m_entries.begin() + qsizetype(run.begin),
                          m_entries.begin() + qsizetype(run.end),
                          [](const Entry &a, const Entry &b) {
                              return a.source != b.source ? a.source < b.source : a.tuple < b.tuple;
                          });
            m_columns.push_back(Column{run.begin, run.end, run.group, run.key, 0, 0});
        }
    }

    // Columns of cells: each requirement in every (destination cell, service
    // cell) it spans. Usually a requirement is one cell in both.
    void buildCellColumns()
    {
        // Tuples: requirement i on its k-th pair is m_firstTuple[i] + k.
        m_firstTuple.resize(m_in.requirements.size() + 1);
        size_t tuples = 0;
        for (size_t i = 0; i < m_in.requirements.size(); ++i) {
            m_firstTuple[i] = quint32(tuples);
            tuples += m_pathRanks[m_in.requirements[i].paths].size();
        }
        m_firstTuple.back() = quint32(tuples);
        m_simple = true;
        for (const Requirement &r : m_in.requirements) {
            const auto [d0, d1] = m_destinationSpan[r.destination];
            if (d0 != d1 || m_serviceCells[r.service].size() != 1) {
                m_simple = false;
                break;
            }
        }
        buildColumns(quint64(m_cellCount) * m_serviceCellCount,
                     [&](const Requirement &r, auto &&emit) { cellKeys(r, emit); });
    }

    template<typename Emit> void cellKeys(const Requirement &r, Emit &&emit) const
    {
        const quint64 cells = m_serviceCellCount;
        const auto [d0, d1] = m_destinationSpan[r.destination];
        const auto &serviceCells = m_serviceCells[r.service];
        for (quint64 d = d0; d <= d1; ++d) {
            for (quint32 s : serviceCells)
                emit(d * cells + s);
        }
    }

    // A requirement on one (ingress, egress) pair (a "tuple") is dropped when
    // the others cover it: within one cell column every entry spans the whole
    // column in all but the source dimension, so coverage is a question of
    // source intervals there. A requirement counts as redundant when all its
    // tuples go. Columns whose sources do not overlap (the usual case) cost
    // one scan.
    void dropRedundant()
    {
        struct Touch
        {
            quint32 tuple;
            quint32 tree; ///< index into trees
            quint32 lo;
            quint32 hi;
        };
        std::vector<Touch> touches; // entries that the others cover in their column
        std::vector<MinTree> trees;
        for (const Column &column : m_columns) {
            // Sources sorted by (first, last): they overlap iff one starts
            // at or before the furthest end so far.
            bool overlap = false;
            Uint128 furthest = m_rankRange[m_entries[column.begin].source].last;
            for (size_t i = column.begin + 1; i < column.end && !overlap; ++i) {
                const AddressRange &range = m_rankRange[m_entries[i].source];
                overlap = range.first <= furthest;
                if (range.last > furthest)
                    furthest = range.last;
            }
            if (!overlap)
                continue;
            const Address::Family family = m_rankRange[m_entries[column.begin].source].family;
            const Uint128 maximum = Uint128::maximum(family);
            Cells cells;
            for (size_t i = column.begin; i < column.end; ++i) {
                const AddressRange &range = m_rankRange[m_entries[i].source];
                cells.cut(range.first, range.last, maximum);
            }
            cells.finish();
            std::vector<int> count(cells.count() + 1, 0);
            std::vector<std::pair<quint32, quint32>> spans;
            for (size_t i = column.begin; i < column.end; ++i) {
                const AddressRange &range = m_rankRange[m_entries[i].source];
                spans.push_back(cells.span(range.first, range.last));
                ++count[spans.back().first];
                --count[spans.back().second + 1];
            }
            count.pop_back();
            std::partial_sum(count.begin(), count.end(), count.begin());
            MinTree tree(count);
            for (size_t i = column.begin; i < column.end; ++i) {
                const auto [lo, hi] = spans[i - column.begin];
                if (tree.minimum(lo, hi) >= 2)
                    touches.push_back(Touch{m_entries[i].tuple, quint32(trees.size()), lo, hi});
            }
            trees.push_back(std::move(tree));
        }
        if (touches.empty())
            return;
        // Candidates: covered in every column they reach. Drop them one by
        // one, latest first, while the others still cover them (two equal
        // requirements: the later one goes, the earlier one stays).
        std::stable_sort(touches.begin(), touches.end(),
                         [](const Touch &a, const Touch &b) { return a.tuple > b.tuple; });
        m_dropped.assign(m_firstTuple.back(), 0);
        for (size_t i = 0; i < touches.size();) {
            size_t j = i;
            bool covered = true;
            while (j < touches.size() && touches[j].tuple == touches[i].tuple) {
                covered =
                    covered && trees[touches[j].tree].minimum(touches[j].lo, touches[j].hi) >= 2;
                ++j;
            }
            if (covered && j - i == entriesOf(touches[i].tuple)) {
                for (size_t k = i; k < j; ++k)
                    trees[touches[k].tree].add(touches[k].lo, touches[k].hi, -1);
                m_dropped[touches[i].tuple] = 1;
            }
            i = j;
        }
        for (size_t r = 0; r < m_in.requirements.size(); ++r) {
            bool dropped = true;
            for (quint32 t = m_firstTuple[r]; t < m_firstTuple[r + 1] && dropped; ++t)
                dropped = m_dropped[t] != 0;
            m_redundant += dropped ? 1 : 0;
        }
    }

    /// The number of cell entries of @p tuple: its destination cells × service cells.
    size_t entriesOf(quint32 tuple) const
    {
        const size_t r = size_t(std::upper_bound(m_firstTuple.begin(), m_firstTuple.end(), tuple) -
                                m_firstTuple.begin() - 1);
        const Requirement &requirement = m_in.requirements[r];
        const auto [d0, d1] = m_destinationSpan[requirement.destination];
        return size_t(d1 - d0 + 1) * m_serviceCells[requirement.service].size();
    }

    bool dropped(quint32 tuple) const { return !m_dropped.empty() && m_dropped[tuple] != 0; }

    /// The flows of each column's kept entries (m_columnFlows), gathered by
    /// one pass over the requirements in input order when a table of all
    /// (pair, key) slotCount is small, else per entry.
    template<typename Keys> void gatherFlows(quint64 keys, Keys keysOf)
    {
        const size_t columns = m_columns.size();
        const auto &reqs = m_in.requirements;
        std::vector<qint32> first(columns, -1);
        std::vector<std::pair<quint32, qint32>> more; // (column, flow)
        auto add = [&](size_t c, qint32 flow) {
            if (first[c] < 0)
                first[c] = flow;
            else if (first[c] != flow)
                more.emplace_back(quint32(c), flow);
        };
        const quint64 slotCount = quint64(m_pairs.size()) * keys;
        if (keys != 0 && slotCount / keys == m_pairs.size() &&
            slotCount <= std::min<quint64>(quint64(1) << 24, 1024 + 4 * quint64(reqs.size()))) {
            std::vector<quint32> columnOf(size_t(slotCount), ~0u);
            for (size_t c = 0; c < columns; ++c)
                columnOf[size_t(m_columns[c].pair * keys + m_columns[c].key)] = quint32(c);
            for (size_t i = 0; i < reqs.size(); ++i) {
                const Requirement &r = reqs[i];
                quint32 tuple = m_firstTuple[i];
                for (quint32 p : m_pathRanks[r.paths]) {
                    if (!dropped(tuple))
                        keysOf(r,
                               [&](quint64 key) { add(columnOf[size_t(p * keys + key)], r.flow); });
                    ++tuple;
                }
            }
        } else {
            std::vector<qint32> tupleFlow(m_firstTuple.back());
            for (size_t i = 0; i < reqs.size(); ++i) {
                for (quint32 t = m_firstTuple[i]; t < m_firstTuple[i + 1]; ++t)
                    tupleFlow[t] = reqs[i].flow;
            }
            for (size_t c = 0; c < columns; ++c) {
                for (size_t k = m_columns[c].begin; k < m_columns[c].end; ++k) {
                    if (!dropped(m_entries[k].tuple))
                        add(c, tupleFlow[m_entries[k].tuple]);
                }
            }
        }
        std::sort(more.begin(), more.end());
        m_columnFlows.resize(columns);
        std::vector<qint32> list;
        for (size_t c = 0, k = 0; c < columns; ++c) {
            list.clear();
            if (first[c] >= 0)
                list.push_back(first[c]);
            for (; k < more.size() && more[k].first == c; ++k)
                list.push_back(more[k].second);
            sortUnique(&list);
            m_columnFlows[c] = m_ints.intern(list);
        }
    }

    // Columns of symbols: (pair, destination, service) as the requirements
    // name them, so that a network and a host inside it, or two overlapping
    // port ranges, keep their own shape. When every requirement is one cell
    // (the usual case), the cell columns already are these.
    void buildSymbolColumns()
    {
        const quint64 services = std::max<quint64>(m_in.services.size(), 1);
        if (m_simple) {
            // Cells map back to the one symbol each stands for.
            std::vector<quint32> destinationOf(m_cellCount, 0);
            for (size_t s = 0; s < m_in.symbols.size(); ++s) {
                if (m_isDestination[s])
                    destinationOf[m_destinationSpan[s].first] = quint32(s);
            }
            std::vector<quint32> serviceOf(m_serviceCellCount, 0);
            for (size_t s = 0; s < m_in.services.size(); ++s)
                serviceOf[m_serviceCells[s].front()] = quint32(s);
            const quint64 cells = m_serviceCellCount;
            for (Column &column : m_columns) {
                column.destination = destinationOf[column.key / cells];
                column.service = serviceOf[column.key % cells];
            }
            gatherFlows(quint64(m_cellCount) * cells,
                        [&](const Requirement &r, auto &&emit) { cellKeys(r, emit); });
            return;
        }
        auto symbolKey = [&](const Requirement &r, auto &&emit) {
            emit(quint64(m_rank[r.destination]) * services + r.service);
        };
        // The symbol columns hold what the redundancy test kept.
        buildColumns(quint64(m_in.symbols.size()) * services, symbolKey);
        if (!m_dropped.empty()) {
            size_t kept = 0;
            for (Column &column : m_columns) {
                const size_t begin = kept;
                for (size_t i = column.begin; i < column.end; ++i) {
                    if (!dropped(m_entries[i].tuple))
                        m_entries[kept++] = m_entries[i];
                }
                column.begin = begin;
                column.end = kept;
            }
        }
        gatherFlows(quint64(m_in.symbols.size()) * services, symbolKey);
        for (Column &column : m_columns) {
            column.destination = m_byRank[column.key / services];
            column.service = quint32(column.key % services);
        }
    }

    // Per column: the merged sources of its kept entries, their flows and hints.
    void summarizeColumns()
    {
        std::vector<AddressRange> merged;
        std::vector<qint32> hints;
        m_results.reserve(m_columns.size());
        for (const Column &column : m_columns) {
            merged.clear();
            hints.clear();
            quint32 lastSource = ~0u;
            const bool filter = m_simple && !m_dropped.empty();
            for (size_t i = column.begin; i < column.end; ++i) {
                const Entry &e = m_entries[i];
                if (e.source == lastSource || (filter && dropped(e.tuple)))
                    continue;
                appendMerged(&merged, m_rankRange[e.source]);
                if (m_rankHint[e.source] >= 0)
                    hints.push_back(m_rankHint[e.source]);
                lastSource = e.source;
            }
            if (merged.empty()) {
                m_results.push_back(ColumnResult{~0u, 0, 0});
                continue;
            }
            sortUnique(&hints);
            m_results.push_back(ColumnResult{m_sets.intern(merged),
                                             m_columnFlows[size_t(&column - m_columns.data())],
                                             m_ints.intern(hints)});
        }
    }

    quint32 unionOf(const std::vector<quint32> &lists)
    {
        if (lists.size() == 1)
            return lists.front();
        std::vector<qint32> all;
        for (quint32 id : lists)
            all.insert(all.end(), m_ints.begin(id), m_ints.end(id));
        sortUnique(&all);
        return m_ints.intern(all);
    }

    quint32 destinationHints(quint32 symbol)
    {
        const qint32 hint = m_in.symbolHint[symbol];
        std::vector<qint32> list;
        if (hint >= 0)
            list.push_back(hint);
        return m_ints.intern(list);
    }

    // Level A: per (pair, destination), the services of each source set
    // become service objects (products of source ports × ports).
    void groupServices()
    {
        std::vector<std::pair<quint32, size_t>> bySources; // (source set, column)
        for (size_t c = 0; c < m_columns.size();) {
            size_t end = c + 1;
            while (end < m_columns.size() && m_columns[end].pair == m_columns[c].pair &&
                   m_columns[end].destination == m_columns[c].destination)
                ++end;
            bySources.clear();
            for (size_t k = c; k < end; ++k) {
                if (m_results[k].sources != ~0u)
                    bySources.emplace_back(m_results[k].sources, k);
            }
            std::sort(bySources.begin(), bySources.end());
            for (size_t a = 0; a < bySources.size();) {
                size_t b = a;
                while (b < bySources.size() && bySources[b].first == bySources[a].first)
                    ++b;
                addServiceProducts(m_columns[c].pair, m_columns[c].destination, bySources, a, b);
                a = b;
            }
            c = end;
        }
    }

    void addServiceProducts(quint32 pair, quint32 destination,
                            const std::vector<std::pair<quint32, size_t>> &bySources, size_t a,
                            size_t b)
    {
        const quint32 sources = bySources[a].first;
        const quint32 destinationHint = destinationHints(destination);
        for (const Transport transport : {Transport::TCP, Transport::UDP}) {
            std::vector<ServiceBox> boxes;
            for (size_t k = a; k < b; ++k) {
                const size_t column = bySources[k].second;
                const ServiceSymbol &s = m_in.services[m_columns[column].service];
                if (s.transport == transport)
                    boxes.push_back(ServiceBox{s.sourcePorts, s.ports, column});
            }
            if (boxes.empty())
                continue;
            for (const Product &product : serviceProducts(boxes)) {
                std::vector<quint32> flows;
                std::vector<quint32> hints;
                for (size_t column : product.columns) {
                    flows.push_back(m_results[column].flows);
                    hints.push_back(m_results[column].hints);
                }
                const ServiceKey key{transport, product.sourcePorts, product.ports};
                m_records.push_back(Record{pair, internService(key), sources, destination,
                                           unionOf(flows), unionOf(hints), destinationHint});
            }
        }
    }

    quint32 internService(const ServiceKey &key)
    {
        const auto it = std::find(m_services.begin(), m_services.end(), key);
        if (it != m_services.end())
            return quint32(it - m_services.begin());
        m_services.push_back(key);
        return quint32(m_services.size() - 1);
    }

    // Level B: the destinations of each (pair, service, source set) become
    // one destination set (merged: a host inside a network disappears).
    void groupDestinations()
    {
        std::sort(m_records.begin(), m_records.end(), [&](const Record &x, const Record &y) {
            return std::tie(x.pair, x.service, x.source, m_rank[x.destination]) <
                   std::tie(y.pair, y.service, y.source, m_rank[y.destination]);
        });
        std::vector<Record> grouped;
        std::vector<AddressRange> merged;
        std::vector<quint32> flows;
        std::vector<quint32> hints;
        for (size_t a = 0; a < m_records.size();) {
            size_t b = a;
            merged.clear();
            flows.clear();
            hints.clear();
            while (b < m_records.size() && m_records[b].pair == m_records[a].pair &&
                   m_records[b].service == m_records[a].service &&
                   m_records[b].source == m_records[a].source) {
                appendMerged(&merged, m_in.symbols[m_records[b].destination]);
                flows.push_back(m_records[b].flows);
                hints.push_back(m_records[b].destinationHints);
                ++b;
            }
            Record r = m_records[a];
            r.destination = m_sets.intern(merged);
            r.flows = unionOf(flows);
            r.destinationHints = unionOf(hints);
            grouped.push_back(r);
            a = b;
        }
        m_records = std::move(grouped);
    }

    // Level C: source sets with the same (pair, service, destination set)
    // share a rule; its source object is their union.
    void groupSources()
    {
        std::sort(m_records.begin(), m_records.end(), [](const Record &x, const Record &y) {
            return std::tie(x.pair, x.service, x.destination, x.source) <
                   std::tie(y.pair, y.service, y.destination, y.source);
        });
        std::vector<Record> grouped;
        std::vector<AddressRange> ranges;
        std::vector<quint32> flows;
        std::vector<quint32> sourceHints;
        std::vector<quint32> destinationHints;
        for (size_t a = 0; a < m_records.size();) {
            size_t b = a;
            ranges.clear();
            flows.clear();
            sourceHints.clear();
            destinationHints.clear();
            while (b < m_records.size() && m_records[b].pair == m_records[a].pair &&
                   m_records[b].service == m_records[a].service &&
                   m_records[b].destination == m_records[a].destination) {
                ranges.insert(ranges.end(), m_sets.begin(m_records[b].source),
                              m_sets.end(m_records[b].source));
                flows.push_back(m_records[b].flows);
                sourceHints.push_back(m_records[b].sourceHints);
                destinationHints.push_back(m_records[b].destinationHints);
                ++b;
            }
            if (b - a > 1)
                mergeRanges(&ranges);
            Record r = m_records[a];
            r.source = m_sets.intern(ranges);
            r.flows = unionOf(flows);
            r.sourceHints = unionOf(sourceHints);
            r.destinationHints = unionOf(destinationHints);
            grouped.push_back(r);
            a = b;
        }
        m_records = std::move(grouped);
    }

    bool setLess(quint32 a, quint32 b) const
    {
        return std::lexicographical_compare(m_sets.begin(a), m_sets.end(a), m_sets.begin(b),
                                            m_sets.end(b));
    }

    void writeResult(CompiledPolicy *policy)
    {
        // Rules in a stable order: pair, family, service, destination, source.
        std::sort(m_records.begin(), m_records.end(), [&](const Record &x, const Record &y) {
            if (x.pair != y.pair)
                return x.pair < y.pair;
            const Address::Family fx = m_sets.begin(x.destination)->family;
            const Address::Family fy = m_sets.begin(y.destination)->family;
            if (fx != fy)
                return fx == Address::Family::IPv4;
            if (x.service != y.service)
                return m_services[x.service] < m_services[y.service];
            if (x.destination != y.destination)
                return setLess(x.destination, y.destination);
            return setLess(x.source, y.source);
        });
        std::unordered_map<quint32, int> addressOf;
        std::unordered_map<quint32, int> serviceOf;
        std::vector<QStringList> addressHints;
        auto address = [&](quint32 set, quint32 hints) {
            auto it = addressOf.find(set);
            if (it == addressOf.end()) {
                AddressObject object;
                object.ranges = m_sets.list(set);
                object.family = object.ranges.front().family;
                it = addressOf.emplace(set, int(policy->addresses.size())).first;
                policy->addresses.push_back(std::move(object));
                addressHints.emplace_back();
            }
            for (const qint32 *h = m_ints.begin(hints); h != m_ints.end(hints); ++h)
                addressHints[size_t(it->second)].append(m_in.hints.at(*h));
            return it->second;
        };
        for (const Record &r : m_records) {
            PolicyRule rule;
            rule.ingress = m_pairs[r.pair].first;
            rule.egress = m_pairs[r.pair].second;
            rule.source = address(r.source, r.sourceHints);
            rule.destination = address(r.destination, r.destinationHints);
            rule.family = policy->addresses[size_t(rule.destination)].family;
            auto s = serviceOf.find(r.service);
            if (s == serviceOf.end()) {
                const ServiceKey &key = m_services[r.service];
                ServiceObject service;
                service.transport = key.transport;
                service.sourcePorts =
                    QList<PortRange>(key.sourcePorts.begin(), key.sourcePorts.end());
                service.ports = QList<PortRange>(key.ports.begin(), key.ports.end());
                service.name = serviceLabel(key);
                s = serviceOf.emplace(r.service, int(policy->services.size())).first;
                policy->services.push_back(std::move(service));
            }
            rule.service = s->second;
            for (const qint32 *f = m_ints.begin(r.flows); f != m_ints.end(r.flows); ++f)
                rule.flows.append(*f);
            policy->rules.push_back(std::move(rule));
        }
        // Names: from the hints, with the family, unique.
        QHash<QString, int> taken;
        auto unique = [&](const QString &base) {
            int &n = taken[base];
            ++n;
            return n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n);
        };
        for (size_t i = 0; i < policy->addresses.size(); ++i) {
            AddressObject &object = policy->addresses[i];
            const QString label =
                object.isAll() ? QStringLiteral("any") : hintLabel(addressHints[i]);
            object.name = unique(label + familySuffix(object.family));
        }
        for (ServiceObject &service : policy->services)
            service.name = unique(service.name);
        policy->interfaces = m_interfaces;
        policy->counts.rules = qsizetype(policy->rules.size());
        policy->counts.addressObjects = qsizetype(policy->addresses.size());
        policy->counts.serviceObjects = qsizetype(policy->services.size());
        policy->counts.redundant = m_redundant;
    }

    struct ColumnResult
    {
        quint32 sources; ///< range set id, ~0u: every entry dropped
        quint32 flows;
        quint32 hints;
    };

    const InputData &m_in;
    std::vector<quint32> m_byRank;         ///< rank → symbol
    std::vector<quint32> m_rank;           ///< symbol → rank
    std::vector<AddressRange> m_rankRange; ///< rank → range
    std::vector<qint32> m_rankHint;        ///< rank → hint
    std::vector<quint8> m_isDestination;
    quint32 m_cellCount = 0;
    std::vector<std::pair<quint32, quint32>> m_destinationSpan; ///< per symbol
    std::vector<std::vector<quint32>> m_serviceCells;           ///< per service symbol
    quint32 m_serviceCellCount = 1;
    bool m_simple = true; ///< every requirement is one cell
    QStringList m_interfaces;
    std::vector<std::pair<int, int>> m_pairs;
    std::vector<std::vector<quint32>> m_pathRanks; ///< per path set: pair ranks
    std::vector<Entry> m_entries;
    std::vector<Column> m_columns;
    std::vector<quint32> m_firstTuple;  ///< per requirement, plus the end
    std::vector<quint8> m_dropped;      ///< per tuple, once anything is dropped
    std::vector<quint32> m_columnFlows; ///< per column: id in the int list table
    qsizetype m_redundant = 0;
    std::vector<ColumnResult> m_results;
    RangeTable m_sets;
    IntTable m_ints;
    std::vector<ServiceKey> m_services;
    std::vector<Record> m_records;
};

} // namespace

CompiledPolicy compilePolicy(const PolicyInput &input)
{
    return Compiler(input.data()).run();
}

CompiledPolicy compilePolicy(const std::vector<PolicyRequirement> &requirements,
                             const QStringList &flowComments)
{
    PolicyInput input(flowComments);
    for (const PolicyRequirement &r : requirements)
        input.add(r);
    return compilePolicy(input);
}

} // namespace Portolan
