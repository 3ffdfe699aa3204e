#include "project.h"

namespace Portolan {

int Project::indexOf(const QString &id) const
{
    for (size_t i = 0; i < hosts.size(); ++i) {
        if (hosts[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace Portolan
