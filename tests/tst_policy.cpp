// The compiled firewall policy: exact by construction, checked by
// verifyPolicy() and, on small address spaces, by a brute-force checker that
// shares no code with either; then the vendor writers against golden files,
// each loaded by the vendor's own checker where Debian has one.

#include "checkers.h"
#include "ciscoasa.h"
#include "iptables.h"
#include "nftables.h"
#include "policy.h"
#include "testsupport.h"
#include "windowsfirewall.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <algorithm>
#include <random>

using namespace Portolan;
using TestSupport::checkerOf;
using TestSupport::runChecker;

namespace {

Address address(const char *text)
{
    const auto a = Address::parse(QString::fromUtf8(text));
    if (!a)
        qFatal("bad test address %s", text);
    return *a;
}

/// @p text with \n, \t, \\ and \xHH (one byte of the UTF-8) read as escapes.
QString unescape(const QString &text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '\\' || i + 1 >= in.size()) {
            out += in.at(i);
            continue;
        }
        const char c = in.at(++i);
        if (c == 'n')
            out += '\n';
        else if (c == 't')
            out += '\t';
        else if (c == 'x' && i + 2 < in.size()) {
            out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else
            out += c;
    }
    return QString::fromUtf8(out);
}

/// "SOURCE > DESTINATION PORTS [IN>OUT] [flow N] [sport A-B] [udp] [groups S D]" with
/// SOURCE "any" for any; PORTS "80" or "80-81"; interfaces "a,b>c".
PolicyRequirement requirement(const QString &text)
{
    PolicyRequirement r;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 4 || words.at(1) != QLatin1String(">"))
        qFatal("bad requirement %s", qPrintable(text));
    if (words.at(0) != QLatin1String("any"))
        r.source = *Address::parse(words.at(0));
    r.destination = *Address::parse(words.at(2));
    auto ports = [](const QString &w) {
        const QStringList p = w.split(u'-');
        return PortRange{quint16(p.at(0).toUInt()), quint16(p.at(p.size() - 1).toUInt())};
    };
    r.ports = ports(words.at(3));
    for (int i = 4; i < words.size(); ++i) {
        const QString &w = words.at(i);
        const int operands = w == QLatin1String("groups")                                ? 2
                             : w == QLatin1String("flow") || w == QLatin1String("sport") ? 1
                                                                                         : 0;
        if (i + operands >= words.size())
            qFatal("'%s' lacks its value in %s", qPrintable(w), qPrintable(text));
        if (w.contains(u'>')) {
            const QStringList sides = w.split(u'>');
            r.ingress = sides.at(0).split(u',', Qt::SkipEmptyParts);
            r.egress = sides.at(1).split(u',', Qt::SkipEmptyParts);
        } else if (w == QLatin1String("flow")) {
            r.flow = words.at(++i).toInt();
        } else if (w == QLatin1String("sport")) {
            r.sourcePorts = ports(words.at(++i));
        } else if (w == QLatin1String("udp")) {
            r.transport = Transport::UDP;
        } else if (w == QLatin1String("groups")) {
            r.sourceGroup = unescape(words.at(++i));
            r.destinationGroup = unescape(words.at(++i));
        } else {
            qFatal("bad requirement word %s", qPrintable(w));
        }
    }
    return r;
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

std::vector<PolicyRequirement> requirements(const QStringList &lines)
{
    std::vector<PolicyRequirement> list;
    for (const QString &line : lines)
        list.push_back(requirement(line));
    return list;
}

QString rangesText(const AddressObject &object)
{
    QStringList parts;
    for (const Address &a : object.prefixes())
        parts.append(a.toString());
    return parts.join(u',');
}

QString portsText(const QList<PortRange> &ports)
{
    QStringList parts;
    for (const PortRange &p : ports)
        parts.append(p.toString());
    return parts.join(u',');
}

/// One line per rule: "IN>OUT SOURCES > DESTINATIONS TCP PORTS [sport S] flows F".
QStringList describe(const CompiledPolicy &policy)
{
    QStringList lines;
    for (const PolicyRule &rule : policy.rules) {
        const ServiceObject &service = policy.services[size_t(rule.service)];
        QString line =
            QStringLiteral("%1>%2 %3 > %4 %5 %6")
                .arg(policy.interfaceName(rule.ingress), policy.interfaceName(rule.egress),
                     rangesText(policy.addresses[size_t(rule.source)]),
                     rangesText(policy.addresses[size_t(rule.destination)]),
                     transportName(service.transport), portsText(service.ports));
        if (!service.anySourcePort())
            line += QStringLiteral(" sport ") + portsText(service.sourcePorts);
        QStringList flows;
        for (int f : rule.flows)
            flows.append(QString::number(f));
        line += QStringLiteral(" flows ") + flows.join(u',');
        lines.append(line);
    }
    return lines;
}

// ---------------------------------------------------------------------------
// The brute-force checker: every point of a small universe, tested against
// every requirement and every rule with its own containment test (prefix
// bits of the address bytes), no ranges, no cells.

bool inPrefix(const Address &network, const std::array<quint8, 16> &bytes, bool v6)
{
    if (network.isIPv6() != v6)
        return false;
    const int bits = network.isNetwork() ? network.prefixLength() : network.familyBits();
    for (int i = 0; i < bits; ++i) {
        const int byte = i / 8;
        const int mask = 0x80 >> (i % 8);
        if ((network.bytes()[size_t(byte)] & mask) != (bytes[size_t(byte)] & mask))
            return false;
    }
    return true;
}

using Bytes = std::array<quint8, 16>;

/// The first and one past the last address of @p a's prefix, from its bytes;
/// the second is empty when the prefix ends at the family's top.
std::pair<Bytes, std::optional<Bytes>> bounds(const Address &a)
{
    const int size = a.isIPv6() ? 16 : 4;
    const int bits = a.isNetwork() ? a.prefixLength() : a.familyBits();
    Bytes last = a.bytes();
    for (int i = bits; i < size * 8; ++i)
        last[size_t(i / 8)] |= quint8(0x80 >> (i % 8));
    for (int i = size - 1; i >= 0; --i) {
        if (last[size_t(i)] != 0xFF) {
            ++last[size_t(i)];
            for (int j = i + 1; j < size; ++j)
                last[size_t(j)] = 0;
            return {a.bytes(), last};
        }
    }
    return {a.bytes(), std::nullopt};
}

QString bytesText(const Bytes &b, bool v6)
{
    return Address::fromBytes(v6 ? Address::Family::IPv6 : Address::Family::IPv4, b).toString();
}

bool listed(const QStringList &names, const QString &name)
{
    return names.isEmpty() ? name.isEmpty() : names.contains(name);
}

bool inPorts(const QList<PortRange> &ports, int port)
{
    for (const PortRange &p : ports) {
        if (port >= p.first && port <= p.last)
            return true;
    }
    return false;
}

/// A box as the brute force sees it: prefixes and port ranges.
struct BruteBox
{
    QList<Address> sources; ///< empty: any of the family
    QList<Address> destinations;
    Transport transport;
    QList<PortRange> sourcePorts;
    QList<PortRange> ports;
};

bool inAny(const QList<Address> &prefixes, const Bytes &b, bool v6, bool emptyMeansAll)
{
    if (prefixes.isEmpty())
        return emptyMeansAll;
    for (const Address &a : prefixes) {
        if (inPrefix(a, b, v6))
            return true;
    }
    return false;
}

/// The first point where the brute force finds the policy and the
/// requirements apart, or an empty string. The points: every interface
/// pair named, and on each axis every interval's first value and the one
/// after its last (the indicator of a union of boxes is constant between
/// such points), plus 10.0.0.0/28 and 2001:db8::/124 and a few far ones.
QString bruteForce(const std::vector<PolicyRequirement> &list, const CompiledPolicy &policy)
{
    QStringList ins{QString()};
    QStringList outs{QString()};
    for (const PolicyRequirement &r : list) {
        ins.append(r.ingress);
        outs.append(r.egress);
    }
    ins.append(policy.interfaces);
    outs.append(policy.interfaces);
    ins.removeDuplicates();
    outs.removeDuplicates();

    std::vector<Bytes> points[2];
    std::vector<int> ports{0};
    std::vector<int> sourcePorts{0};
    auto addAddress = [&](const Address &a) {
        const auto [first, after] = bounds(a);
        points[a.isIPv6()].push_back(first);
        if (after)
            points[a.isIPv6()].push_back(*after);
    };
    auto addPorts = [](std::vector<int> *to, const PortRange &p) {
        to->push_back(p.first);
        if (p.last < 65535)
            to->push_back(p.last + 1);
    };
    for (const PolicyRequirement &r : list) {
        if (r.source)
            addAddress(*r.source);
        addAddress(r.destination);
        addPorts(&ports, r.ports);
        addPorts(&sourcePorts, r.sourcePorts);
    }
    for (const AddressObject &object : policy.addresses) {
        for (const Address &a : object.prefixes())
            addAddress(a);
    }
    for (const ServiceObject &service : policy.services) {
        for (const PortRange &p : service.ports)
            addPorts(&ports, p);
        for (const PortRange &p : service.sourcePorts)
            addPorts(&sourcePorts, p);
    }
    for (int i = 0; i < 16; ++i) {
        Bytes b4 = address("10.0.0.0").bytes();
        b4[3] = quint8(i);
        points[0].push_back(b4);
        Bytes b6 = address("2001:db8::").bytes();
        b6[15] = quint8(i);
        points[1].push_back(b6);
    }
    for (const char *far : {"0.0.0.0", "255.255.255.255"})
        points[0].push_back(address(far).bytes());
    for (const char *far : {"::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"})
        points[1].push_back(address(far).bytes());
    for (auto &p : points) {
        std::sort(p.begin(), p.end());
        p.erase(std::unique(p.begin(), p.end()), p.end());
    }
    for (auto *axis : {&ports, &sourcePorts}) {
        std::sort(axis->begin(), axis->end());
        axis->erase(std::unique(axis->begin(), axis->end()), axis->end());
    }

    for (const QString &in : std::as_const(ins)) {
        for (const QString &out : std::as_const(outs)) {
            for (const bool v6 : {false, true}) {
                // The boxes of this interface pair and family, each side.
                std::vector<BruteBox> want;
                std::vector<BruteBox> have;
                for (const PolicyRequirement &r : list) {
                    if (listed(r.ingress, in) && listed(r.egress, out) &&
                        r.destination.isIPv6() == v6)
                        want.push_back(
                            BruteBox{r.source ? QList<Address>{*r.source} : QList<Address>{},
                                     {r.destination},
                                     r.transport,
                                     {r.sourcePorts},
                                     {r.ports}});
                }
                for (const PolicyRule &rule : policy.rules) {
                    const ServiceObject &service = policy.services[size_t(rule.service)];
                    if (policy.interfaceName(rule.ingress) == in &&
                        policy.interfaceName(rule.egress) == out &&
                        (rule.family == Address::Family::IPv6) == v6)
                        have.push_back(
                            BruteBox{policy.addresses[size_t(rule.source)].prefixes(),
                                     policy.addresses[size_t(rule.destination)].prefixes(),
                                     service.transport, service.sourcePorts, service.ports});
                }
                for (const Bytes &s : points[v6]) {
                    for (const Bytes &d : points[v6]) {
                        for (const Transport t : {Transport::TCP, Transport::UDP}) {
                            auto narrow = [&](const std::vector<BruteBox> &boxes) {
                                std::vector<const BruteBox *> hit;
                                for (const BruteBox &b : boxes) {
                                    if (b.transport == t && inAny(b.sources, s, v6, true) &&
                                        inAny(b.destinations, d, v6, false))
                                        hit.push_back(&b);
                                }
                                return hit;
                            };
                            const auto wantHere = narrow(want);
                            const auto haveHere = narrow(have);
                            if (wantHere.empty() && haveHere.empty())
                                continue;
                            for (const int sp : sourcePorts) {
                                for (const int dp : ports) {
                                    auto hits = [&](const std::vector<const BruteBox *> &boxes) {
                                        for (const BruteBox *b : boxes) {
                                            if (inPorts(b->sourcePorts, sp) &&
                                                inPorts(b->ports, dp))
                                                return true;
                                        }
                                        return false;
                                    };
                                    const bool required = hits(wantHere);
                                    if (required == hits(haveHere))
                                        continue;
                                    return QStringLiteral("%1: %2>%3 %4 > %5 %6 %7 sport %8")
                                        .arg(required ? QStringLiteral("required, not accepted")
                                                      : QStringLiteral("accepted, not required"),
                                             in, out, bytesText(s, v6), bytesText(d, v6),
                                             transportName(t))
                                        .arg(dp)
                                        .arg(sp);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    return QString();
}

// ---------------------------------------------------------------------------
// Random requirement sets for the property tests.

class RandomRequirements
{
public:
    explicit RandomRequirements(quint32 seed)
        : m_random(seed)
    {}

    std::vector<PolicyRequirement> make(int count)
    {
        std::vector<PolicyRequirement> list;
        const QStringList interfaces{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        const bool hostFirewall = pick(5) == 0;
        for (int i = 0; i < count; ++i) {
            PolicyRequirement r;
            const bool v6 = pick(3) == 0;
            r.destination = prefix(v6);
            if (pick(6) != 0)
                r.source = prefix(v6);
            r.transport = pick(4) == 0 ? Transport::UDP : Transport::TCP;
            r.ports = ports(1, 10);
            if (pick(5) == 0)
                r.sourcePorts = pick(2) ? ports(1, 4) : PortRange{};
            if (pick(12) == 0)
                r.ports = PortRange{};
            if (!hostFirewall) {
                for (const QString &name : interfaces) {
                    if (pick(2) == 0)
                        r.ingress.append(name);
                }
                if (r.ingress.isEmpty())
                    r.ingress.append(interfaces.at(pick(3)));
                r.egress.append(interfaces.at(pick(3)));
            }
            r.flow = pick(5);
            r.sourceGroup = QStringLiteral("g%1").arg(pick(3));
            r.destinationGroup = QStringLiteral("h%1").arg(pick(3));
            list.push_back(r);
            // Repeats and near-repeats make redundancy likely.
            if (pick(8) == 0)
                list.push_back(r);
        }
        return list;
    }

private:
    int pick(int n) { return int(m_random() % quint32(n)); }

    /// A prefix of 10.0.0.0/28 (or 2001:db8::/124): /28 to /32, or a host.
    Address prefix(bool v6)
    {
        const int hostBits = pick(5); // 0..4
        const int value = pick(16) & ~((1 << hostBits) - 1);
        const int length = (v6 ? 128 : 32) - hostBits;
        const QString text = v6 ? QStringLiteral("2001:db8::%1").arg(value, 0, 16)
                                : QStringLiteral("10.0.0.%1").arg(value);
        if (hostBits == 0 && pick(2) == 0)
            return *Address::parse(text);
        return *Address::parse(text + QStringLiteral("/%1").arg(length));
    }

    PortRange ports(int low, int high)
    {
        const int a = low + pick(high - low + 1);
        const int b = pick(3) == 0 ? a + pick(high - a + 1) : a;
        return PortRange{quint16(a), quint16(b)};
    }

    std::mt19937 m_random;
};

// ---------------------------------------------------------------------------
// Golden outputs: inputs in golden/policy/input/<case>.txt, expected files in
// golden/policy/<format>/<case>/. PORTOLAN_REGENERATE_GOLDEN=1 writes them
// (tests/regenerate-policy-goldens.sh); read every one before committing it.

QString policyGolden()
{
    return QStringLiteral(PORTOLAN_TEST_DATA "/golden/policy");
}

/// One golden input: the requirements of a firewall and the names around them.
struct GoldenInput
{
    QString firewall;
    QString title;
    QString host;
    QList<Address> hostAddresses;
    QStringList flowComments;
    std::vector<PolicyRequirement> requirements;
};

GoldenInput readInput(const QString &path)
{
    GoldenInput input;
    const QStringList lines = QString::fromUtf8(TestSupport::readAll(path)).split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype space = line.indexOf(u' ');
        const QString word = line.left(space);
        const QString rest = unescape(line.mid(space + 1));
        if (word == QLatin1String("firewall")) {
            input.firewall = rest;
        } else if (word == QLatin1String("title")) {
            input.title = rest;
        } else if (word == QLatin1String("host")) {
            input.host = rest;
        } else if (word == QLatin1String("host-address")) {
            input.hostAddresses.append(address(qPrintable(rest)));
        } else if (word == QLatin1String("flow")) {
            const qsizetype at = rest.indexOf(u' ');
            const int flow = rest.left(at).toInt();
            while (input.flowComments.size() <= flow)
                input.flowComments.append(QString());
            input.flowComments[flow] = rest.mid(at + 1);
        } else {
            input.requirements.push_back(requirement(line));
        }
    }
    return input;
}

/// The host view: the requirements to the host's addresses, without interfaces.
std::vector<PolicyRequirement> hostRequirements(const GoldenInput &input)
{
    std::vector<PolicyRequirement> list;
    for (PolicyRequirement r : input.requirements) {
        if (!input.hostAddresses.contains(r.destination))
            continue;
        r.ingress.clear();
        r.egress.clear();
        list.push_back(r);
    }
    return list;
}

/// Empty when equal; otherwise the first differing line, diff-style.
QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    if (expected == actual)
        return QString();
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        if (e.value(i) != a.value(i) || i >= e.size() || i >= a.size())
            return QStringLiteral("first difference at line %1 (expected %2 lines, got %3)\n"
                                  "- %4\n+ %5")
                .arg(i + 1)
                .arg(e.size())
                .arg(a.size())
                .arg(QString::fromUtf8(e.value(i)), QString::fromUtf8(a.value(i)));
    }
    return QStringLiteral("the files differ");
}

/// What a format writes for one input: file name → bytes (or an error).
QList<QPair<QString, QByteArray>> writeFormat(const QString &format, const GoldenInput &input,
                                              QString *error)
{
    PolicyWriterOptions options;
    options.title = input.title;
    if (format == QLatin1String("windows-firewall")) {
        const auto list = hostRequirements(input);
        const CompiledPolicy policy = compilePolicy(list, input.flowComments);
        *error = verifyPolicy(list, policy);
        return {{QStringLiteral("expected.ps1"),
                 writeWindowsFirewall(policy, input.host, options, error)}};
    }
    const CompiledPolicy policy = compilePolicy(input.requirements, input.flowComments);
    *error = verifyPolicy(input.requirements, policy);
    if (!error->isEmpty())
        return {};
    if (format == QLatin1String("nftables"))
        return {{QStringLiteral("expected.nft"),
                 writeNftables(policy, input.firewall, options, error)}};
    if (format == QLatin1String("iptables"))
        return {{QStringLiteral("expected-ipv4.rules"),
                 writeIptables(policy, Address::Family::IPv4, input.firewall, options, error)},
                {QStringLiteral("expected-ipv6.rules"),
                 writeIptables(policy, Address::Family::IPv6, input.firewall, options, error)}};
    if (format == QLatin1String("cisco-asa"))
        return {{QStringLiteral("expected.asa"),
                 writeCiscoAsa(policy, input.firewall, options, error)}};
    *error = QStringLiteral("unknown format ") + format;
    return {};
}

/// @p script without its single-quoted strings (PowerShell's rules: any of
/// ' ‘ ’ ‚ ‛ opens and closes one, two of them in a row stand for one) and
/// without the text of its line comments ('#' outside a string, to the end
/// of the line).
QString powerShellCode(const QString &script)
{
    auto isQuote = [](QChar c) {
        return c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) ||
               c == QChar(0x201B);
    };
    QString code;
    bool inString = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!inString) {
            if (isQuote(c)) {
                inString = true;
                code += QStringLiteral("<s>");
            } else if (c == u'#') {
                code += c;
                while (i + 1 < script.size() && script.at(i + 1) != u'\r' &&
                       script.at(i + 1) != u'\n')
                    ++i;
            } else {
                code += c;
            }
            continue;
        }
        if (isQuote(c)) {
            if (i + 1 < script.size() && isQuote(script.at(i + 1)))
                ++i; // a doubled quote: still the string
            else
                inString = false;
        }
    }
    return code;
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compiles_data();
    void compiles();
    void redundancy_data();
    void redundancy();
    void refusesBadRequirements_data();
    void refusesBadRequirements();
    void verifyFindsDifferences_data();
    void verifyFindsDifferences();
    void randomRequirements_data();
    void randomRequirements();
    void addressRanges_data();
    void addressRanges();
    void golden_data();
    void golden();
    void goldenFoldersComplete();
    void hostileTextsStayText();
    void refusesInterfaceNames_data();
    void refusesInterfaceNames();
    void keepOthersOption();
    void emptyPolicyLoads();
};

void TestPolicy::compiles_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("expected");

    // Three of four pairs: {s1, s2} × {d1, d2} would widen; the compiler splits.
    QTest::newRow("three of four pairs")
        << strings({"10.0.0.1 > 10.0.0.9 80 a>b flow 1", "10.0.0.1 > 10.0.0.10 80 a>b flow 1",
                    "10.0.0.2 > 10.0.0.9 80 a>b flow 1"})
        << strings({"a>b 10.0.0.1,10.0.0.2 > 10.0.0.9 TCP 80 flows 1",
                    "a>b 10.0.0.1 > 10.0.0.10 TCP 80 flows 1"});
    QTest::newRow("full cross-product: one rule")
        << strings({"10.0.0.1 > 10.0.0.9 80 a>b", "10.0.0.1 > 10.0.0.10 80 a>b",
                    "10.0.0.2 > 10.0.0.9 80 a>b", "10.0.0.2 > 10.0.0.10 80 a>b"})
        << strings({"a>b 10.0.0.1,10.0.0.2 > 10.0.0.9,10.0.0.10 TCP 80 flows 0"});
    QTest::newRow("adjacent prefixes merge")
        << strings({"10.0.0.0/25 > 10.9.0.1 443", "10.0.0.128/25 > 10.9.0.1 443",
                    "10.0.1.0/24 > 10.9.0.1 443"})
        << strings({">  10.0.0.0/23 > 10.9.0.1 TCP 443 flows 0"});
    QTest::newRow("ports: touching ranges join, services by destination")
        << strings({"10.0.0.1 > 10.0.0.9 50001 flow 11", "10.0.0.1 > 10.0.0.9 50002 flow 12",
                    "10.0.0.1 > 10.0.0.9 50003 flow 13",
                    "10.0.0.1 > 10.0.0.10 50001-50003 flow 11"})
        << strings({"> 10.0.0.1 > 10.0.0.9,10.0.0.10 TCP 50001-50003 flows 11,12,13"});
    QTest::newRow("two ports, one service; TCP and UDP apart")
        << strings({"10.0.0.1 > 10.0.0.9 8080", "10.0.0.1 > 10.0.0.9 4443",
                    "10.0.0.1 > 10.0.0.9 3478 udp"})
        << strings({"> 10.0.0.1 > 10.0.0.9 TCP 4443,8080 flows 0",
                    "> 10.0.0.1 > 10.0.0.9 UDP 3478 flows 0"});
    QTest::newRow("IPv4 and IPv6 stay apart")
        << strings({"10.0.0.1 > 10.0.0.9 5061 a>b", "2001:db8::1 > 2001:db8::9 5061 a>b"})
        << strings({"a>b 10.0.0.1 > 10.0.0.9 TCP 5061 flows 0",
                    "a>b 2001:db8::1 > 2001:db8::9 TCP 5061 flows 0"});
    QTest::newRow("any in the destination's family, per ingress")
        << strings({"any > 10.0.0.9 50001 a,b>c flow 11", "any > 2001:db8::9 50001 a>c flow 11"})
        << strings({"a>c 0.0.0.0/0 > 10.0.0.9 TCP 50001 flows 11",
                    "a>c ::/0 > 2001:db8::9 TCP 50001 flows 11",
                    "b>c 0.0.0.0/0 > 10.0.0.9 TCP 50001 flows 11"});
    QTest::newRow("source ports")
        << strings({"10.0.0.1 > 10.0.0.9 5060 sport 1024-65535", "10.0.0.1 > 10.0.0.9 5061"})
        << strings({"> 10.0.0.1 > 10.0.0.9 TCP 5060 sport 1024-65535 flows 0",
                    "> 10.0.0.1 > 10.0.0.9 TCP 5061 flows 0"});
    QTest::newRow("overlapping port ranges")
        << strings({"10.0.0.1 > 10.0.0.9 100-200", "10.0.0.1 > 10.0.0.9 150-300",
                    "10.0.0.1 > 10.0.0.10 150-160"})
        << strings({"> 10.0.0.1 > 10.0.0.9 TCP 100-300 flows 0",
                    "> 10.0.0.1 > 10.0.0.10 TCP 150-160 flows 0"});
    QTest::newRow("nested destinations")
        << strings({"10.1.0.1 > 10.0.0.0/24 80", "10.1.0.2 > 10.0.0.5 80"})
        << strings(
               {"> 10.1.0.1 > 10.0.0.0/24 TCP 80 flows 0", "> 10.1.0.2 > 10.0.0.5 TCP 80 flows 0"});
    QTest::newRow("overlapping port ranges from different sources")
        << strings({"10.0.0.1 > 10.0.0.9 80-90", "10.0.0.2 > 10.0.0.9 85-95"})
        << strings({"> 10.0.0.1 > 10.0.0.9 TCP 80-90 flows 0",
                    "> 10.0.0.2 > 10.0.0.9 TCP 85-95 flows 0"});
}

void TestPolicy::compiles()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, expected);
    const auto list = requirements(input);
    const CompiledPolicy policy = compilePolicy(list);
    QStringList normalized;
    for (const QString &line : expected)
        normalized.append(line.simplified());
    QCOMPARE(describe(policy), normalized);
    QCOMPARE(verifyPolicy(list, policy), QString());
    QCOMPARE(bruteForce(list, policy), QString());
    QCOMPARE(policy.counts.requirements, qsizetype(list.size()));
    QCOMPARE(policy.counts.rules, qsizetype(policy.rules.size()));
}

void TestPolicy::redundancy_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<int>("redundant");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("a repeat") << strings({"10.0.0.1 > 10.0.0.9 80 flow 1",
                                          "10.0.0.1 > 10.0.0.9 80 flow 2"})
                              << 1 << strings({"> 10.0.0.1 > 10.0.0.9 TCP 80 flows 1"});
    QTest::newRow("a host inside a network")
        << strings({"10.0.0.0/24 > 10.0.9.9 80 flow 1", "10.0.0.7 > 10.0.9.9 80 flow 2"}) << 1
        << strings({"> 10.0.0.0/24 > 10.0.9.9 TCP 80 flows 1"});
    QTest::newRow("covered by the union of two sources")
        << strings({"10.0.0.0/25 > 10.0.9.9 80 flow 1", "10.0.0.128/25 > 10.0.9.9 80 flow 2",
                    "10.0.0.0/24 > 10.0.9.9 80 flow 3"})
        << 1 << strings({"> 10.0.0.0/24 > 10.0.9.9 TCP 80 flows 1,2"});
    QTest::newRow("covered by the union of two port ranges")
        << strings({"10.0.0.1 > 10.0.9.9 80 flow 1", "10.0.0.1 > 10.0.9.9 81 flow 2",
                    "10.0.0.1 > 10.0.9.9 80-81 flow 3"})
        << 1 << strings({"> 10.0.0.1 > 10.0.9.9 TCP 80-81 flows 1,2"});
    QTest::newRow("covered by the union of two ingress interfaces")
        << strings({"any > 10.0.9.9 80 a>c flow 1", "any > 10.0.9.9 80 b>c flow 2",
                    "any > 10.0.9.9 80 a,b>c flow 3"})
        << 1
        << strings({"a>c 0.0.0.0/0 > 10.0.9.9 TCP 80 flows 1",
                    "b>c 0.0.0.0/0 > 10.0.9.9 TCP 80 flows 2"});
    QTest::newRow("covered by any")
        << strings({"any > 10.0.9.9 80 flow 11", "10.0.0.3 > 10.0.9.9 80 flow 4"}) << 1
        << strings({"> 0.0.0.0/0 > 10.0.9.9 TCP 80 flows 11"});
    QTest::newRow("partly covered: kept")
        << strings({"10.0.0.0/25 > 10.0.9.9 80 flow 1", "10.0.0.0/24 > 10.0.9.9 80-81 flow 2"}) << 1
        << strings({"> 10.0.0.0/24 > 10.0.9.9 TCP 80-81 flows 2"});
    QTest::newRow("a network inside a network")
        << strings({"10.0.0.0/25 > 10.0.9.9 80 flow 1", "10.0.0.64/26 > 10.0.9.9 80 flow 2",
                    "10.0.0.64/26 > 10.0.9.9 81 flow 3"})
        << 1
        << strings({"> 10.0.0.0/25 > 10.0.9.9 TCP 80 flows 1",
                    "> 10.0.0.64/26 > 10.0.9.9 TCP 81 flows 3"});
    QTest::newRow("overlap without cover")
        << strings({"10.0.0.1 > 10.0.9.9 80-90 flow 1", "10.0.0.1 > 10.0.9.9 85-95 flow 2"}) << 0
        << strings({"> 10.0.0.1 > 10.0.9.9 TCP 80-95 flows 1,2"});
}

void TestPolicy::redundancy()
{
    QFETCH(QStringList, input);
    QFETCH(int, redundant);
    QFETCH(QStringList, expected);
    const auto list = requirements(input);
    const CompiledPolicy policy = compilePolicy(list);
    QStringList normalized;
    for (const QString &line : expected)
        normalized.append(line.simplified());
    QCOMPARE(describe(policy), normalized);
    QCOMPARE(policy.counts.redundant, qsizetype(redundant));
    QCOMPARE(verifyPolicy(list, policy), QString());
    QCOMPARE(bruteForce(list, policy), QString());
}

void TestPolicy::refusesBadRequirements_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("reversed ports")
        << QStringLiteral("ports") << QStringLiteral("the port range 90-80 is reversed");
    QTest::newRow("families") << QStringLiteral("families")
                              << QStringLiteral(
                                     "the source 10.0.0.1 and the destination 2001:db8::1 are of "
                                     "different families");
    QTest::newRow("empty interface")
        << QStringLiteral("interface") << QStringLiteral("an interface name is empty");
    QTest::newRow("negative flow")
        << QStringLiteral("flow") << QStringLiteral("the flow index -1 is negative");
}

void TestPolicy::refusesBadRequirements()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    PolicyRequirement r = requirement(QStringLiteral("10.0.0.1 > 10.0.0.9 80"));
    if (kind == QLatin1String("ports"))
        r.ports = PortRange{90, 80};
    else if (kind == QLatin1String("families"))
        r.destination = address("2001:db8::1");
    else if (kind == QLatin1String("interface"))
        r.ingress = QStringList{QString()};
    else
        r.flow = -1;
    PolicyInput input;
    QString error;
    QVERIFY(!input.add(r, &error));
    QCOMPARE(error, message);
    QCOMPARE(input.size(), 0);
}

void TestPolicy::verifyFindsDifferences_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("message");
    QTest::newRow("widened source")
        << QStringLiteral("source")
        << QStringLiteral(
               "accepted but not required: TCP from 10.0.0.0 to 10.0.0.9, port 80, entering a, "
               "leaving b");
    QTest::newRow("missing rule")
        << QStringLiteral("drop")
        << QStringLiteral("required but not accepted: TCP from 10.0.0.1 to 10.0.0.9, port 80, "
                          "entering a, leaving b");
    QTest::newRow("extra port")
        << QStringLiteral("port")
        << QStringLiteral(
               "accepted but not required: TCP from 10.0.0.1 to 10.0.0.9, port 81, entering a, "
               "leaving b");
    QTest::newRow("wrong interface")
        << QStringLiteral("interface")
        << QStringLiteral("required but not accepted: TCP from 10.0.0.1 to 10.0.0.9, port 80, "
                          "entering a, leaving b");
    QTest::newRow("bad reference")
        << QStringLiteral("reference")
        << QStringLiteral("rule 1 of the policy refers to a missing object or mixes "
                          "families");
}

void TestPolicy::verifyFindsDifferences()
{
    QFETCH(QString, mutation);
    QFETCH(QString, message);
    const auto list =
        requirements(strings({"10.0.0.1 > 10.0.0.9 80 a>b", "10.0.0.1 > 10.0.0.10 80 a>b",
                              "10.0.0.2 > 10.0.0.9 80 a>b"}));
    CompiledPolicy policy = compilePolicy(list);
    QCOMPARE(verifyPolicy(list, policy), QString());
    if (mutation == QLatin1String("source")) {
        policy.addresses[size_t(policy.rules[0].source)].ranges.front().first =
            Uint128{0, 0x0A000000};
    } else if (mutation == QLatin1String("drop")) {
        policy.rules.erase(policy.rules.begin());
    } else if (mutation == QLatin1String("port")) {
        policy.services[0].ports = {PortRange{80, 81}};
    } else if (mutation == QLatin1String("interface")) {
        policy.interfaces.append(QStringLiteral("z"));
        policy.rules[0].ingress = int(policy.interfaces.size()) - 1;
    } else {
        policy.rules[0].service = 7;
    }
    QCOMPARE(verifyPolicy(list, policy), message);
    if (mutation != QLatin1String("reference"))
        QVERIFY(!bruteForce(list, policy).isEmpty());
}

void TestPolicy::randomRequirements_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");
    // Fixed seeds, sizes from 4 to 40 requirements (plus repeats).
    for (quint32 seed = 1; seed <= 120; ++seed)
        QTest::addRow("seed %u", seed) << seed << int(4 + seed % 7 * 6);
}

void TestPolicy::randomRequirements()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    const auto list = RandomRequirements(seed).make(count);
    const CompiledPolicy policy = compilePolicy(list);
    QCOMPARE(verifyPolicy(list, policy), QString());
    QCOMPARE(bruteForce(list, policy), QString());
    // Grouping never splits a requirement: at most one rule per requirement
    // and (ingress, egress) pair.
    qsizetype pairs = 0;
    for (const PolicyRequirement &r : list)
        pairs += std::max<qsizetype>(r.ingress.size(), 1) * std::max<qsizetype>(r.egress.size(), 1);
    QVERIFY2(policy.counts.rules <= pairs, qPrintable(describe(policy).join(u'\n')));
    // The checks can fail: without a rule the policy accepts less (unless
    // other rules cover it, which only nested prefixes allow), and both
    // checks must agree on it.
    if (!policy.rules.empty()) {
        CompiledPolicy broken = policy;
        broken.rules.pop_back();
        QCOMPARE(verifyPolicy(list, broken).isEmpty(), bruteForce(list, broken).isEmpty());
    }
    // One address more in a destination object is always caught.
    CompiledPolicy widened = policy;
    AddressObject &object = widened.addresses[size_t(widened.rules.front().destination)];
    object.ranges.push_back(AddressRange::of(
        address(object.family == Address::Family::IPv4 ? "10.0.0.200" : "2001:db8::200")));
    QVERIFY(verifyPolicy(list, widened).startsWith(QLatin1String("accepted but not required")));
    QVERIFY(bruteForce(list, widened).startsWith(QLatin1String("accepted, not required")));
}

void TestPolicy::addressRanges_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("merged");
    QTest::newRow("contained and adjacent")
        << strings({"10.0.0.0/24", "10.0.0.7", "10.0.1.0/24", "10.0.3.0/24"})
        << strings({"10.0.0.0/23", "10.0.3.0/24"});
    QTest::newRow("unaligned run") << strings({"10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"})
                                   << strings({"10.0.0.1", "10.0.0.2/31", "10.0.0.4"});
    QTest::newRow("families apart")
        << strings({"::/0", "0.0.0.0/0", "10.0.0.1"}) << strings({"0.0.0.0/0", "::/0"});
    QTest::newRow("IPv6 top") << strings({"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127",
                                          "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/127"})
                              << strings({"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/126"});
    QTest::newRow("IPv4 top") << strings({"255.255.255.255", "255.255.255.254"})
                              << strings({"255.255.255.254/31"});
}

void TestPolicy::addressRanges()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, merged);
    std::vector<AddressRange> ranges;
    for (const QString &text : input)
        ranges.push_back(AddressRange::of(*Address::parse(text)));
    mergeRanges(&ranges);
    QStringList out;
    for (const AddressRange &r : ranges) {
        for (const Address &a : r.prefixes())
            out.append(a.toString());
    }
    QCOMPARE(out, merged);
}

void TestPolicy::golden_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("name");
    const QStringList formats{QStringLiteral("nftables"), QStringLiteral("iptables"),
                              QStringLiteral("windows-firewall"), QStringLiteral("cisco-asa")};
    for (const QString &format : formats) {
        const QStringList cases =
            QDir(policyGolden() + u'/' + format).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY2(cases.size() >= 2, qPrintable(format));
        for (const QString &name : cases)
            QTest::addRow("%s/%s", qPrintable(format), qPrintable(name)) << format << name;
    }
}

void TestPolicy::golden()
{
    QFETCH(QString, format);
    QFETCH(QString, name);
    const GoldenInput input =
        readInput(policyGolden() + QStringLiteral("/input/") + name + QStringLiteral(".txt"));
    QVERIFY(!input.requirements.empty());
    QString error;
    const auto files = writeFormat(format, input, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString folder = policyGolden() + u'/' + format + u'/' + name;
    const bool regenerate = qEnvironmentVariableIsSet("PORTOLAN_REGENERATE_GOLDEN");
    for (const auto &[file, bytes] : files) {
        const QString path = folder + u'/' + file;
        QVERIFY(!bytes.isEmpty());
        if (regenerate)
            QVERIFY(TestSupport::writeAll(path, bytes));
        const QString difference = firstDifference(TestSupport::readAll(path), bytes);
        QVERIFY2(difference.isEmpty(), qPrintable(path + QStringLiteral(": ") + difference));
        // A golden file alone does not prove that it loads: the vendor's checker does.
        if (const auto checker = checkerOf(path)) {
            bool ok = false;
            const QString output = runChecker(checker->first, checker->second, &ok);
            QVERIFY2(ok, qPrintable(checker->first + QStringLiteral(" refuses ") + path +
                                    QStringLiteral(":\n") + output));
        }
    }
}

void TestPolicy::goldenFoldersComplete()
{
    // Every input is used, and every file in a golden folder is one a test writes.
    QStringList used;
    for (const QString &format :
         {QStringLiteral("nftables"), QStringLiteral("iptables"),
          QStringLiteral("windows-firewall"), QStringLiteral("cisco-asa")}) {
        const QString root = policyGolden() + u'/' + format;
        for (const QString &name : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString input =
                policyGolden() + QStringLiteral("/input/") + name + QStringLiteral(".txt");
            QVERIFY2(QFile::exists(input), qPrintable(input));
            used.append(name + QStringLiteral(".txt"));
            QString error;
            QStringList expected;
            for (const auto &file : writeFormat(format, readInput(input), &error))
                expected.append(file.first);
            QStringList present = QDir(root + u'/' + name).entryList(QDir::Files);
            expected.sort();
            present.sort();
            QCOMPARE(present, expected);
        }
    }
    for (const QString &input :
         QDir(policyGolden() + QStringLiteral("/input")).entryList(QDir::Files))
        QVERIFY2(used.contains(input), qPrintable(input));
}

void TestPolicy::hostileTextsStayText()
{
    const GoldenInput input = readInput(policyGolden() + QStringLiteral("/input/hostile.txt"));
    QString error;
    // PowerShell: outside its single-quoted strings the script is only
    // Portolan's own words; the injection is inside a string, every time.
    const QByteArray script =
        writeFormat(QStringLiteral("windows-firewall"), input, &error).value(0).second;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString code = powerShellCode(QString::fromUtf8(script));
    QVERIFY(!code.contains(QLatin1String("Remove-Item")));
    QVERIFY(QString::fromUtf8(script).contains(QLatin1String("Remove-Item")));
    for (const QString &line : code.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#'))
            continue;
        static const QRegularExpression words(QStringLiteral(
            "^(\\x{FEFF})?(\\[CmdletBinding\\(\\)\\]|param\\(\\[switch\\]\\$Preview\\)|"
            "\\$ErrorActionPreference = <s>|\\$group = <s>|"
            "Remove-NetFirewallRule -Group \\$group -ErrorAction SilentlyContinue "
            "-WhatIf:\\$Preview|New-NetFirewallRule( -[A-Za-z]+ ((<s>,)*<s>|\\$group|"
            "Inbound|TCP|UDP|Allow|Domain)| -WhatIf:\\$Preview)+)$"));
        QVERIFY2(words.match(line).hasMatch(), qPrintable(line));
    }
    // Every line of the other formats is one of their own statements.
    const QStringList asa =
        QString::fromUtf8(writeFormat(QStringLiteral("cisco-asa"), input, &error).value(0).second)
            .split(u'\n', Qt::SkipEmptyParts);
    static const QRegularExpression asaLine(QStringLiteral(
        "^(! |object-group (network|service) [A-Za-z][A-Za-z0-9_.-]*( tcp| udp)?$| description |"
        " network-object | port-object |access-list [A-Za-z][A-Za-z0-9_.-]* (remark |extended "
        "permit )|access-group )"));
    for (const QString &line : asa) {
        QVERIFY2(asaLine.match(line).hasMatch(), qPrintable(line));
        for (const QChar c : line)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7F &&
                         !(c.unicode() >= 0x80 && c.unicode() <= 0x9F),
                     qPrintable(line));
    }
    for (const QString &format : {QStringLiteral("nftables"), QStringLiteral("iptables")}) {
        for (const auto &[file, bytes] : writeFormat(format, input, &error)) {
            for (const QByteArray &line : bytes.split('\n')) {
                QVERIFY2(!line.contains('\r') && !line.contains('\x1b') && !line.contains('\x07'),
                         qPrintable(file));
                // Quoted comments hold no quote of their own.
                const qsizetype at = line.indexOf("comment \"");
                if (at >= 0)
                    QCOMPARE(line.count('"') - line.left(at).count('"'), 2);
            }
        }
    }
}

void TestPolicy::refusesInterfaceNames_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("message");
    QTest::newRow("nft quote") << QStringLiteral("nftables") << QStringLiteral("eth0\"; drop")
                               << QStringLiteral("the interface name 'eth0\"; drop' cannot be "
                                                 "written for nftables: Linux interface names "
                                                 "have no white space, quotes, slashes or "
                                                 "control characters");
    QTest::newRow("nft long") << QStringLiteral("nftables")
                              << QStringLiteral("averyveryverylongname")
                              << QStringLiteral("the interface name 'averyveryverylongname' cannot "
                                                "be written for nftables: Linux interface names "
                                                "have 1 to 15 bytes");
    QTest::newRow("iptables space") << QStringLiteral("iptables") << QStringLiteral("eth 0")
                                    << QStringLiteral("the interface name 'eth 0' cannot be "
                                                      "written for iptables: Linux interface "
                                                      "names have no white space, quotes, slashes "
                                                      "or control characters");
    QTest::newRow("asa newline") << QStringLiteral("cisco-asa") << QStringLiteral("in\nside")
                                 << QStringLiteral("the interface name 'in side' cannot be written "
                                                   "for Cisco ASA: interface names have 1 to 48 "
                                                   "letters, digits, '_', '-' or '.'");
}

void TestPolicy::refusesInterfaceNames()
{
    QFETCH(QString, format);
    QFETCH(QString, interface);
    QFETCH(QString, message);
    PolicyRequirement r = requirement(QStringLiteral("10.0.0.1 > 10.0.0.9 80"));
    r.ingress = QStringList{interface};
    r.egress = QStringList{QStringLiteral("out")};
    const CompiledPolicy policy = compilePolicy({r});
    QString error;
    QByteArray bytes;
    if (format == QLatin1String("nftables"))
        bytes = writeNftables(policy, QStringLiteral("fw"), {}, &error);
    else if (format == QLatin1String("iptables"))
        bytes = writeIptables(policy, Address::Family::IPv4, QStringLiteral("fw"), {}, &error);
    else
        bytes = writeCiscoAsa(policy, QStringLiteral("fw"), {}, &error);
    QVERIFY(bytes.isEmpty());
    QCOMPARE(error, message);
    // A firewall's policy is no host's: the Windows writer refuses it.
    QVERIFY(writeWindowsFirewall(policy, QStringLiteral("h"), {}, &error).isEmpty());
    QCOMPARE(error, QStringLiteral("the policy for h names firewall interfaces; a Windows "
                                   "Firewall script needs the host's own policy"));
}

void TestPolicy::keepOthersOption()
{
    // Without dropOthers the nft chain accepts what it does not list, and
    // the iptables chain returns to FORWARD; both still load.
    const GoldenInput input =
        readInput(policyGolden() + QStringLiteral("/input/three-of-four.txt"));
    const CompiledPolicy policy = compilePolicy(input.requirements, input.flowComments);
    PolicyWriterOptions options;
    options.dropOthers = false;
    const QByteArray nft = writeNftables(policy, input.firewall, options);
    QVERIFY(nft.contains("policy accept;"));
    QVERIFY(!nft.contains("policy drop;"));
    const QByteArray ipt = writeIptables(policy, Address::Family::IPv4, input.firewall, options);
    QVERIFY(!ipt.contains("-j DROP"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const auto &[name, bytes] : {std::make_pair(QStringLiteral("keep.nft"), nft),
                                      std::make_pair(QStringLiteral("keep-ipv4.rules"), ipt)}) {
        const QString path = dir.filePath(name);
        QVERIFY(TestSupport::writeAll(path, bytes));
        const auto checker = checkerOf(path);
        bool ok = false;
        const QString output = runChecker(checker->first, checker->second, &ok);
        QVERIFY2(ok, qPrintable(output));
    }
}

void TestPolicy::emptyPolicyLoads()
{
    // A firewall that no rule crosses: its files drop all forwarded traffic
    // (but established and related) and still load.
    const CompiledPolicy policy = compilePolicy(std::vector<PolicyRequirement>{});
    QCOMPARE(policy.counts.rules, 0);
    QCOMPARE(verifyPolicy(std::vector<PolicyRequirement>{}, policy), QString());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("empty.nft"), writeNftables(policy, QStringLiteral("FW"), {})},
        {QStringLiteral("empty-ipv4.rules"),
         writeIptables(policy, Address::Family::IPv4, QStringLiteral("FW"), {})},
        {QStringLiteral("empty-ipv6.rules"),
         writeIptables(policy, Address::Family::IPv6, QStringLiteral("FW"), {})}};
    for (const auto &[name, bytes] : files) {
        QVERIFY(!bytes.isEmpty());
        const QString path = dir.filePath(name);
        QVERIFY(TestSupport::writeAll(path, bytes));
        const auto checker = checkerOf(path);
        bool ok = false;
        const QString output = runChecker(checker->first, checker->second, &ok);
        QVERIFY2(ok, qPrintable(name + u'\n' + output));
    }
    QVERIFY(files.at(0).second.contains("policy drop;"));
    QVERIFY(files.at(1).second.contains("-A PORTOLAN-FW -j DROP"));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
