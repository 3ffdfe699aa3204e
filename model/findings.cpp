#include "findings.h"

#include "rules.h"

#include <QCoreApplication>
#include <QHash>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::Findings", text);
}

} // namespace

QString addressMismatch(const Role &role, const Address &address)
{
    if (role.addressKind == Role::AddressKind::Host && address.isNetwork())
        return tr("%1 is a network; a %2 needs host addresses")
            .arg(address.toString(), role.name.en);
    return {};
}

int countFindings(const QList<Finding> &findings, Finding::Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

QList<Finding> checkProject(const Catalog &catalog, const Project &project)
{
    QList<Finding> errors;
    QList<Finding> warnings;
    auto error = [&](const Host &host, const QString &text) {
        errors.append({Finding::Severity::Error, host.id, host.name + QStringLiteral(": ") + text});
    };
    auto warning = [&](const Host *host, const QString &text) {
        warnings.append({Finding::Severity::Warning, host ? host->id : QString(),
                         host ? host->name + QStringLiteral(": ") + text : text});
    };

    QHash<QString, QList<int>> holders; // address → hosts
    QHash<QString, int> names;
    for (size_t h = 0; h < project.hosts.size(); ++h) {
        const Host &host = project.hosts[h];
        const int role = catalog.roleIndex(host.role);
        if (host.name.trimmed().isEmpty())
            warning(&host, tr("the host (id '%1') has no name").arg(host.id));
        else
            names[host.name.toCaseFolded()] += 1;
        if (host.addresses.isEmpty())
            warning(&host, tr("no address: it gets no firewall rules"));
        for (const Address &address : host.addresses) {
            if (role >= 0) {
                const QString why = addressMismatch(catalog.roles()[role], address);
                if (!why.isEmpty())
                    error(host, why);
            }
            holders[address.toString()].append(int(h));
        }
    }

    for (const Host &host : project.hosts) {
        if (!host.name.trimmed().isEmpty() && names.value(host.name.toCaseFolded()) > 1)
            warning(&host, tr("another host has the same name"));
    }

    QStringList sharedAddresses = holders.keys();
    sharedAddresses.sort();
    for (const QString &address : std::as_const(sharedAddresses)) {
        const QList<int> &hosts = holders[address];
        if (hosts.size() < 2)
            continue;
        QStringList hostNames;
        for (int h : hosts)
            hostNames.append(project.hosts[size_t(h)].name);
        warning(&project.hosts[size_t(hosts.first())],
                tr("the address %1 is also on %2")
                    .arg(address, hostNames.mid(1).join(QStringLiteral(", "))));
    }

    // Host pairs a flow connects but no address pair of one family can serve.
    // Visited, not listed: at enterprise scale there are millions of pairs.
    std::vector<quint8> families(project.hosts.size(), 0); // bit 0: IPv4, bit 1: IPv6
    for (size_t h = 0; h < project.hosts.size(); ++h) {
        for (const Address &a : project.hosts[h].addresses)
            families[h] |= a.isIPv4() ? 1 : 2;
    }
    forEachConnection(catalog, project, [&](int source, int destination, const QList<int> &flows) {
        if (source < 0)
            return;
        const quint8 s = families[size_t(source)];
        const quint8 d = families[size_t(destination)];
        if (s == 0 || d == 0 || (s & d) != 0)
            return;
        warning(&project.hosts[size_t(source)],
                tr("no address of the same IP family as %1: the flows %2 get "
                   "no rule")
                    .arg(project.hosts[size_t(destination)].name, portLabel(catalog, flows)));
    });

    const auto byRole = hostsByRole(catalog, project);
    for (int r : catalog.hostRoles()) {
        if (byRole[size_t(r)].empty())
            warning(nullptr, tr("no host has the role %1: its flows get no rules")
                                 .arg(catalog.roles()[r].name.en));
    }
    return errors + warnings;
}

} // namespace Portolan
