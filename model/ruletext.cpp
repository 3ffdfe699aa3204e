#include "ruletext.h"

namespace Portolan {

namespace {

QString roleName(const Catalog &catalog, const QString &roleId, const QString &language)
{
    const int role = catalog.roleIndex(roleId);
    return role < 0 ? roleId : catalog.roles()[role].name.text(language);
}

} // namespace

QString ruleCellText(const Catalog &catalog, const Project &project, const Rule &rule,
                     qsizetype number, RuleColumn column, const QString &language)
{
    const Flow &flow = catalog.flows()[rule.flow];
    const Host *source = rule.isFromAny() ? nullptr : &project.hosts[rule.sourceHost];
    const Host &destination = project.hosts[rule.destinationHost];
    switch (column) {
    case RuleColumn::Rule:
        return QString::number(number);
    case RuleColumn::SourceHost:
        return source ? source->name : QString();
    case RuleColumn::SourceRole:
        if (source)
            return roleName(catalog, source->role, language);
        return catalog.anyRole() >= 0 ? catalog.roles()[catalog.anyRole()].name.text(language)
                                      : QString();
    case RuleColumn::SourceAddress:
        return source ? source->addresses[rule.sourceAddress].toString() : QStringLiteral("any");
    case RuleColumn::DestinationHost:
        return destination.name;
    case RuleColumn::DestinationRole:
        return roleName(catalog, destination.role, language);
    case RuleColumn::DestinationAddress:
        return destination.addresses[rule.destinationAddress].toString();
    case RuleColumn::Transport:
        return flow.transport;
    case RuleColumn::Port:
        return flow.portText();
    case RuleColumn::Protocol:
        return flow.protocol;
    case RuleColumn::Description:
        return flow.note.text(language);
    case RuleColumn::Reference:
        return catalog.flowReference(rule.flow, language);
    case RuleColumn::Flow:
        return flow.id;
    }
    return {};
}

} // namespace Portolan
