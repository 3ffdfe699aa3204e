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

bool containsControlCharacter(const QString &text, bool allowLineBreaks)
{
    // C0, DEL and C1 (U+0080..U+009F): a C1 CSI moves a terminal's cursor as an
    // escape does, so `check` printing a name must never meet one.
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control &&
            !(allowLineBreaks && (c == u'\n' || c == u'\t' || c == u'\r')))
            return true;
    }
    return false;
}

} // namespace Portolan
