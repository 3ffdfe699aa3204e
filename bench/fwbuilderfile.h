#pragma once

#include "catalog.h"
#include "project.h"

#include <QByteArray>

namespace Portolan {

/// A Firewall Builder 5.3 object file (.fwb) of @p project for the
/// comparison with fwb_ipt (bench/fwbuilder-compare.sh): an address object
/// per host address, a group per role, a TCP or UDP service per port, and
/// one firewall "fw" (Linux, iptables) whose policy is the catalog's flows
/// as group-to-group rules, one a flow (13 for the seed), IPv4 and IPv6.
/// @p shadowingCheck sets Firewall Builder's "check_shading" option.
QByteArray fwbuilderFile(const Catalog &catalog, const Project &project, bool shadowingCheck);

} // namespace Portolan
