#pragma once

#include <QString>

namespace Portolan {

/// An ordered pair of hosts (by id) that an arrow joins; source empty for `any`.
struct HostPair
{
    QString source;
    QString destination;
    friend bool operator==(const HostPair &a, const HostPair &b)
    {
        return a.source == b.source && a.destination == b.destination;
    }
};

} // namespace Portolan
