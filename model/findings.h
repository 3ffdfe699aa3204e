#pragma once

#include "catalog.h"
#include "project.h"

#include <QList>
#include <QString>

namespace Portolan {

/// Something `portolan check` and the window's findings list report.
struct Finding
{
    enum class Severity { Error, Warning };

    Severity severity;
    QString hostId; ///< the host it is about, empty for the whole project
    QString message;
    QString zoneId;     ///< the zone it is about (for a zone pair: the source zone), or empty
    QString firewallId; ///< the firewall it is about, or empty

    friend bool operator==(const Finding &a, const Finding &b)
    {
        return a.severity == b.severity && a.hostId == b.hostId && a.message == b.message &&
               a.zoneId == b.zoneId && a.firewallId == b.firewallId;
    }
};

/// Reviews a loaded project: errors make `check` exit 1 and stop `export`
/// (a network address on a server would widen its rules); warnings point at
/// rules that will be missing or ambiguous. Hosts in file order, errors first.
///
/// A project with zones is also checked for rules that cannot be placed on
/// firewalls (docs/zones.md): errors for a client network spanning zones and
/// for a zone pair that rules join but no firewall path does (once per pair);
/// warnings for an address in no zone, equally short paths of a zone pair that
/// rules join, a firewall that no rule crosses and `anyZones` naming an
/// external zone. They follow the host findings of their severity.
QList<Finding> checkProject(const Catalog &catalog, const Project &project);

/// Why @p address does not suit a host of @p role, or an empty string.
QString addressMismatch(const Role &role, const Address &address);

/// Number of findings with @p severity.
int countFindings(const QList<Finding> &findings, Finding::Severity severity);

} // namespace Portolan
