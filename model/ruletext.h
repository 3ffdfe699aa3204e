#pragma once

#include "catalog.h"
#include "project.h"
#include "rules.h"

#include <QString>

namespace Portolan {

/// The columns of every rule listing (CSV, rule table, printed table), in order.
enum class RuleColumn {
    Rule,
    SourceHost,
    SourceRole,
    SourceAddress,
    DestinationHost,
    DestinationRole,
    DestinationAddress,
    Transport,
    Port,
    Protocol,
    Description,
    Reference,
    Flow,
};
constexpr int ruleColumnCount = int(RuleColumn::Flow) + 1;

/// The text of one cell of rule @p rule (numbered @p number) in @p language,
/// as the CSV writes it before quoting ("any" as the source address of flows
/// from the pseudo-role any, an empty source host for them).
QString ruleCellText(const Catalog &catalog, const Project &project, const Rule &rule,
                     qsizetype number, RuleColumn column, const QString &language);

} // namespace Portolan
