// verifyPolicy(): what a compiled policy accepts, compared with what its
// requirements ask for, on intervals.
//
// Both sides are boxes: (ingress, egress) × family × source range ×
// destination range × transport × source ports × ports. The destination and
// port axes are cut at the ends of every box of either side, so that each
// box covers whole cells there; per cell ("column") what remains is a union
// of source ranges, merged into a canonical list. The two sides are equal iff
// every column's list is. Nothing here uses the compiler's grouping.

#include "policy.h"
#include "policydetail.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace Portolan {

using namespace PolicyDetail;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::Policy", text);
}

/// Per side: the source of every box in every column it covers (requirements:
/// a symbol index; the policy: an index into its ranges), bucketed by column
/// (pair, destination cell × service cells + service cell).
using Side = Buckets<quint32>;

class Verifier
{
public:
    Verifier(const InputData &in, const CompiledPolicy &policy)
        : m_in(in)
        , m_policy(policy)
    {}

    QString run()
    {
        QString error = checkReferences();
        if (!error.isEmpty())
            return error;
        collectPairs();
        cutAxes();
        fillRequired();
        fillAccepted();
        return compare();
    }

private:
    QString checkReferences() const
    {
        const auto objects = int(m_policy.addresses.size());
        const auto services = int(m_policy.services.size());
        for (size_t i = 0; i < m_policy.rules.size(); ++i) {
            const PolicyRule &rule = m_policy.rules[i];
            const bool bad = rule.source < 0 || rule.source >= objects || rule.destination < 0 ||
                             rule.destination >= objects || rule.service < 0 ||
                             rule.service >= services || rule.ingress < -1 ||
                             rule.ingress >= m_policy.interfaces.size() || rule.egress < -1 ||
                             rule.egress >= m_policy.interfaces.size() ||
                             m_policy.addresses[size_t(rule.source)].family != rule.family ||
                             m_policy.addresses[size_t(rule.destination)].family != rule.family;
            if (bad)
                return tr("rule %1 of the policy refers to a missing object or mixes families")
                    .arg(i + 1);
        }
        for (const AddressObject &object : m_policy.addresses) {
            for (const AddressRange &range : object.ranges) {
                if (range.family != object.family || range.last < range.first ||
                    range.last > Uint128::maximum(range.family))
                    return tr("the address object %1 holds a malformed range").arg(object.name);
            }
        }
        for (const ServiceObject &service : m_policy.services) {
            for (const QList<PortRange> *list : {&service.sourcePorts, &service.ports}) {
                for (const PortRange &p : *list) {
                    if (p.first > p.last)
                        return tr("the service object %1 holds a reversed port range")
                            .arg(service.name);
                }
            }
        }
        return QString();
    }

    int pairOf(const QString &ingress, const QString &egress)
    {
        const QStringList key{ingress, egress};
        const auto it = m_pairIndex.constFind(key);
        if (it != m_pairIndex.constEnd())
            return *it;
        const int index = int(m_pairNames.size());
        m_pairNames.append(key);
        m_pairIndex.insert(key, index);
        return index;
    }

    void collectPairs()
    {
        m_pathPairs.resize(m_in.pathSets.size());
        for (size_t i = 0; i < m_in.pathSets.size(); ++i) {
            for (const PathPair &p : m_in.pathSets[i]) {
                const QString in = p.ingress < 0 ? QString() : m_in.interfaces.at(p.ingress);
                const QString out = p.egress < 0 ? QString() : m_in.interfaces.at(p.egress);
                m_pathPairs[i].push_back(pairOf(in, out));
            }
        }
        for (const PolicyRule &rule : m_policy.rules)
            m_rulePairs.push_back(
                pairOf(m_policy.interfaceName(rule.ingress), m_policy.interfaceName(rule.egress)));
    }

    Cells &destinationCuts(Address::Family family)
    {
        return family == Address::Family::IPv4 ? m_v4 : m_v6;
    }

    void cutAxes()
    {
        m_usedDestination.assign(m_in.symbols.size(), 0);
        for (const Requirement &r : m_in.requirements)
            m_usedDestination[r.destination] = 1;
        for (size_t s = 0; s < m_usedDestination.size(); ++s) {
            if (m_usedDestination[s]) {
                const AddressRange &range = m_in.symbols[s];
                destinationCuts(range.family)
                    .cut(range.first, range.last, Uint128::maximum(range.family));
            }
        }
        for (const PolicyRule &rule : m_policy.rules) {
            for (const AddressRange &range : m_policy.addresses[size_t(rule.destination)].ranges)
                destinationCuts(range.family)
                    .cut(range.first, range.last, Uint128::maximum(range.family));
        }
        m_v4.finish();
        m_v6.finish();
        m_v6Base = m_v4.count();
        m_destinationCells = quint64(m_v4.count()) + m_v6.count();

        const Uint128 top{0, 65535};
        auto cutPorts = [&](Transport t, const PortRange &source, const PortRange &ports) {
            Axes &a = m_ports[int(t)];
            a.source.cut(Uint128{0, source.first}, Uint128{0, source.last}, top);
            a.ports.cut(Uint128{0, ports.first}, Uint128{0, ports.last}, top);
        };
        for (const ServiceSymbol &s : m_in.services)
            cutPorts(s.transport, s.sourcePorts, s.ports);
        for (const ServiceObject &service : m_policy.services) {
            for (const PortRange &source : service.sourcePorts) {
                for (const PortRange &ports : service.ports)
                    cutPorts(service.transport, source, ports);
            }
        }
        quint64 base = 0;
        for (Axes &a : m_ports) {
            a.source.finish();
            a.ports.finish();
            a.base = base;
            base += quint64(a.source.count()) * a.ports.count();
        }
        m_serviceCells = std::max<quint64>(base, 1);
    }

    /// Every service cell of @p ports from @p sources on @p transport.
    void serviceCells(Transport transport, const PortRange &sources, const PortRange &ports,
                      std::vector<quint64> *cells) const
    {
        const Axes &a = m_ports[int(transport)];
        const auto [s0, s1] = a.source.span(Uint128{0, sources.first}, Uint128{0, sources.last});
        const auto [p0, p1] = a.ports.span(Uint128{0, ports.first}, Uint128{0, ports.last});
        for (quint64 s = s0; s <= s1; ++s) {
            for (quint64 p = p0; p <= p1; ++p)
                cells->push_back(a.base + s * a.ports.count() + p);
        }
    }

    std::pair<quint64, quint64> destinationSpan(const AddressRange &range) const
    {
        const Cells &cuts = range.family == Address::Family::IPv4 ? m_v4 : m_v6;
        const quint64 base = range.family == Address::Family::IPv4 ? 0 : m_v6Base;
        const auto [first, last] = cuts.span(range.first, range.last);
        return {base + first, base + last};
    }

    void fillRequired()
    {
        std::vector<std::vector<quint64>> cellsOf(m_in.services.size());
        for (size_t i = 0; i < m_in.services.size(); ++i) {
            const ServiceSymbol &s = m_in.services[i];
            serviceCells(s.transport, s.sourcePorts, s.ports, &cellsOf[i]);
        }
        std::vector<std::pair<quint64, quint64>> spanOf(m_in.symbols.size());
        for (size_t s = 0; s < m_in.symbols.size(); ++s) {
            if (m_usedDestination[s])
                spanOf[s] = destinationSpan(m_in.symbols[s]);
        }
        m_required = bucketize<quint32>(
            quint32(m_pairNames.size()), m_destinationCells * m_serviceCells,
            m_in.requirements.size(), [&](auto &&visit) {
                for (const Requirement &r : m_in.requirements) {
                    const auto [d0, d1] = spanOf[r.destination];
                    for (int pair : m_pathPairs[r.paths]) {
                        for (quint64 d = d0; d <= d1; ++d) {
                            for (quint64 cell : cellsOf[r.service])
                                visit(quint32(pair), d * m_serviceCells + cell, r.source);
                        }
                    }
                }
            });
    }

    void fillAccepted()
    {
        // Source ranges of each object, once, in the shared list.
        std::vector<std::pair<quint32, quint32>> sourceRanges(m_policy.addresses.size(),
                                                              {~0u, ~0u});
        for (const PolicyRule &rule : m_policy.rules) {
            auto &[first, end] = sourceRanges[size_t(rule.source)];
            if (first == ~0u) {
                first = quint32(m_policyRanges.size());
                const auto &ranges = m_policy.addresses[size_t(rule.source)].ranges;
                m_policyRanges.insert(m_policyRanges.end(), ranges.begin(), ranges.end());
                end = quint32(m_policyRanges.size());
            }
        }
        std::vector<std::vector<quint64>> cellsOf(m_policy.services.size());
        for (size_t i = 0; i < m_policy.services.size(); ++i) {
            const ServiceObject &service = m_policy.services[i];
            for (const PortRange &source : service.sourcePorts) {
                for (const PortRange &ports : service.ports)
                    serviceCells(service.transport, source, ports, &cellsOf[i]);
            }
        }
        // Expected like the required side: both share one key space.
        m_accepted = bucketize<quint32>(
            quint32(m_pairNames.size()), m_destinationCells * m_serviceCells,
            std::max(m_in.requirements.size(), m_policy.rules.size()), [&](auto &&visit) {
                for (size_t i = 0; i < m_policy.rules.size(); ++i) {
                    const PolicyRule &rule = m_policy.rules[i];
                    const auto [first, end] = sourceRanges[size_t(rule.source)];
                    for (const AddressRange &range :
                         m_policy.addresses[size_t(rule.destination)].ranges) {
                        const auto [d0, d1] = destinationSpan(range);
                        for (quint64 d = d0; d <= d1; ++d) {
                            for (quint64 cell : cellsOf[size_t(rule.service)]) {
                                for (quint32 s = first; s < end; ++s)
                                    visit(quint32(m_rulePairs[i]), d * m_serviceCells + cell, s);
                            }
                        }
                    }
                }
            });
    }

    /// The merged source ranges of @p run.
    void column(const Side &side, bool required, const Run &run,
                std::vector<AddressRange> *merged) const
    {
        merged->clear();
        auto range = [&](size_t k) -> const AddressRange & {
            return required ? m_in.symbols[side.items[k]] : m_policyRanges[side.items[k]];
        };
        bool sorted = true;
        for (size_t k = run.begin + 1; k < run.end && sorted; ++k)
            sorted = !(range(k).first < range(k - 1).first);
        if (sorted) {
            for (size_t k = run.begin; k < run.end; ++k)
                appendMerged(merged, range(k));
        } else {
            for (size_t k = run.begin; k < run.end; ++k)
                merged->push_back(range(k));
            mergeRanges(merged);
        }
    }

    QString compare()
    {
        std::vector<AddressRange> required;
        std::vector<AddressRange> accepted;
        const auto &r = m_required.runs;
        const auto &a = m_accepted.runs;
        auto before = [](const Run &x, const Run &y) {
            return x.group != y.group ? x.group < y.group : x.key < y.key;
        };
        size_t i = 0;
        size_t j = 0;
        while (i < r.size() || j < a.size()) {
            const bool takeRequired = j == a.size() || (i < r.size() && !before(a[j], r[i]));
            const bool takeAccepted = i == r.size() || (j < a.size() && !before(r[i], a[j]));
            const Run &run = takeRequired ? r[i] : a[j];
            required.clear();
            accepted.clear();
            if (takeRequired)
                column(m_required, true, r[i++], &required);
            if (takeAccepted)
                column(m_accepted, false, a[j++], &accepted);
            if (required != accepted)
                return describe(int(run.group), run.key, required, accepted);
        }
        return QString();
    }

    /// The first source address in exactly one of @p a and @p b (both
    /// merged); @p inA tells which.
    static Uint128 firstDifference(const std::vector<AddressRange> &a,
                                   const std::vector<AddressRange> &b, bool *inA)
    {
        size_t i = 0;
        for (; i < a.size() && i < b.size(); ++i) {
            if (a[i] == b[i])
                continue;
            if (a[i].first != b[i].first) {
                *inA = a[i].first < b[i].first;
                return std::min(a[i].first, b[i].first);
            }
            *inA = a[i].last > b[i].last;
            return std::min(a[i].last, b[i].last).plusOne();
        }
        *inA = i < a.size();
        return *inA ? a[i].first : b[i].first;
    }

    QString describe(int pair, quint64 key, const std::vector<AddressRange> &required,
                     const std::vector<AddressRange> &accepted) const
    {
        bool isRequired = false;
        const Uint128 source = firstDifference(required, accepted, &isRequired);
        const quint64 destinationCell = key / m_serviceCells;
        const quint64 serviceCell = key % m_serviceCells;
        const bool v4 = destinationCell < m_v6Base;
        const Address::Family family = v4 ? Address::Family::IPv4 : Address::Family::IPv6;
        const Cells &cuts = v4 ? m_v4 : m_v6;
        const quint32 cell = quint32(v4 ? destinationCell : destinationCell - m_v6Base);
        const AddressRange destination{family, cuts.cellFirst(cell),
                                       cuts.cellLast(cell, Uint128::maximum(family))};
        Transport transport = Transport::TCP;
        for (int t = 0; t < 2; ++t) {
            const Axes &a = m_ports[t];
            if (serviceCell >= a.base &&
                serviceCell < a.base + quint64(a.source.count()) * a.ports.count())
                transport = Transport(t);
        }
        const Axes &a = m_ports[int(transport)];
        const quint64 local = serviceCell - a.base;
        const Uint128 top{0, 65535};
        const quint32 s = quint32(local / a.ports.count());
        const quint32 p = quint32(local % a.ports.count());
        const PortRange sourcePorts{quint16(a.source.cellFirst(s).low),
                                    quint16(a.source.cellLast(s, top).low)};
        const PortRange ports{quint16(a.ports.cellFirst(p).low),
                              quint16(a.ports.cellLast(p, top).low)};

        QString flow =
            tr("%1 from %2 to %3, port %4")
                .arg(transportName(transport), addressFromValue(family, source).toString(),
                     destination.toString(), ports.toString());
        if (!sourcePorts.isAll())
            flow += tr(", source port %1").arg(sourcePorts.toString());
        const QStringList &names = m_pairNames.at(pair);
        if (!names.at(0).isEmpty())
            flow += tr(", entering %1").arg(names.at(0));
        if (!names.at(1).isEmpty())
            flow += tr(", leaving %1").arg(names.at(1));
        return isRequired ? tr("required but not accepted: %1").arg(flow)
                          : tr("accepted but not required: %1").arg(flow);
    }

    struct Axes
    {
        Cells source;
        Cells ports;
        quint64 base = 0;
    };

    const InputData &m_in;
    const CompiledPolicy &m_policy;
    QList<QStringList> m_pairNames;
    QHash<QStringList, int> m_pairIndex;
    std::vector<std::vector<int>> m_pathPairs; ///< per path set of the input
    std::vector<int> m_rulePairs;              ///< per rule of the policy
    std::vector<quint8> m_usedDestination;     ///< per symbol of the input
    Cells m_v4;
    Cells m_v6;
    quint64 m_v6Base = 0;
    quint64 m_destinationCells = 0;
    Axes m_ports[2];
    quint64 m_serviceCells = 1;
    std::vector<AddressRange> m_policyRanges;
    Side m_required;
    Side m_accepted;
};

} // namespace

QString verifyPolicy(const PolicyInput &input, const CompiledPolicy &policy)
{
    return Verifier(input.data(), policy).run();
}

QString verifyPolicy(const std::vector<PolicyRequirement> &requirements,
                     const CompiledPolicy &policy)
{
    PolicyInput input;
    for (const PolicyRequirement &r : requirements)
        input.add(r);
    return verifyPolicy(input, policy);
}

} // namespace Portolan
