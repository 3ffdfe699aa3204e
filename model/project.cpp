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

int Project::zoneIndex(const QString &id) const
{
    for (size_t i = 0; i < zones.size(); ++i) {
        if (zones[i].id == id)
            return int(i);
    }
    return -1;
}

int Project::firewallIndex(const QString &id) const
{
    for (size_t i = 0; i < firewalls.size(); ++i) {
        if (firewalls[i].id == id)
            return int(i);
    }
    return -1;
}

QString zoneKindId(Zone::Kind kind)
{
    switch (kind) {
    case Zone::Kind::Internal:
        return QStringLiteral("internal");
    case Zone::Kind::Perimeter:
        return QStringLiteral("perimeter");
    case Zone::Kind::External:
        return QStringLiteral("external");
    }
    return {};
}

std::optional<Zone::Kind> zoneKindFromId(const QString &id)
{
    for (Zone::Kind kind : {Zone::Kind::Internal, Zone::Kind::Perimeter, Zone::Kind::External}) {
        if (zoneKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
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
