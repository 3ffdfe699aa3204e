#pragma once

#include "catalog.h"
#include "project.h"
#include "ruleidentity.h"
#include "ruleplacement.h"
#include "rules.h"

#include <QString>

#include <vector>

namespace Portolan {

/// Every column a rule listing (CSV sheet, rule table, printed table) can have.
/// Their definitions are one table (ruleColumnDefinitions()); this enum only names them.
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
    RuleId,
    SourceZone,
    DestinationZone,
    Firewalls,
    Firewall,
    IngressInterface,
    EgressInterface,
};

/// What a cell's text depends on. Writers format each distinct key once (a
/// host's name once, not once per rule) and readers filter and sort on keys.
/// A column's text function reads only the fields of the rule its scope names.
enum class CellScope {
    Number,             ///< the row's number (1-based position in the listing)
    SourceHost,         ///< Rule::sourceHost (any included)
    SourceAddress,      ///< Rule::sourceHost and sourceAddress
    DestinationHost,    ///< Rule::destinationHost
    DestinationAddress, ///< Rule::destinationHost and destinationAddress
    Flow,               ///< Rule::flow
    Route,              ///< the firewalls the rule crosses (RulePlacement::route())
    Rule,               ///< the whole rule: made per row (the rule's id)
};

/// What cell texts are made from.
struct RuleSheetContext
{
    const Catalog &catalog;
    const Project &project;
    QString language = QStringLiteral("en"); ///< "en" or "de": role names, notes, headers
    /// Where rules stand; with zones, a listing has the zone and firewall columns.
    const RulePlacement *placement = nullptr;
    /// A firewall's own listing (index into Project::firewalls): it adds the
    /// firewall and its interfaces; -1 for the listing of every rule.
    int firewall = -1;
    /// The rules' ids; without it each id cell works its identity out anew (slow).
    const RuleIdentity *identity = nullptr;
};

/// One column: the single place that knows its header, its text and its order.
struct RuleColumnDefinition
{
    RuleColumn column;
    /// The CSV header, spelled as scripts expect it (never translated).
    QString id;
    /// The header people read (rule table, printed table).
    LocalizedText header;
    CellScope scope;
    /// Written to CSV as is: addresses, ports and ids cannot start a formula.
    bool literal = false;
    /// Right-aligned in tables (numbers).
    bool numeric = false;
    /// Long prose: shown whole in a tool tip.
    bool prose = false;
    /// Width in the rule table, in average characters.
    int tableWidth = 12;
    /// Share of the printed table's width; 0 leaves the column out of print.
    double printShare = 0;
    /// The cell text of @p rule, numbered @p number in its listing.
    QString (*text)(const RuleSheetContext &context, const Rule &rule, qsizetype number) = nullptr;
    /// Sort order of two cells of this column (negative, 0, positive); null
    /// sorts the texts naturally (naturalCompare()).
    int (*compare)(const RuleSheetContext &context, const Rule &a, const Rule &b) = nullptr;
    /// Whether a listing of @p context has this column; null: always.
    bool (*applies)(const RuleSheetContext &context) = nullptr;
    /// For cells made per row (CellScope::Rule): writes the cell's ASCII text
    /// to @p out (at most 32 characters) and returns its length, so that a
    /// sheet of millions of rows makes no string per cell.
    int (*writeAscii)(const RuleSheetContext &context, const Rule &rule, char *out) = nullptr;
};

/// The keys of each scope for one project: a key is a small integer per
/// distinct cell source (per host, per host address, per flow), so writers
/// and tables format, filter and sort per key instead of per rule.
class RuleKeys
{
public:
    /// @p rules, when given, provide the representatives of routes (a route
    /// key names no host or flow, so a rule of that route stands for it).
    RuleKeys(const Catalog &catalog, const Project &project,
             const RulePlacement *placement = nullptr, const std::vector<Rule> *rules = nullptr);

    /// Number of keys of @p scope (Number: one).
    size_t count(CellScope scope) const;
    /// The key of @p rule in @p scope (Number: 0).
    size_t key(CellScope scope, const Rule &rule) const
    {
        switch (scope) {
        case CellScope::Number:
            return 0;
        case CellScope::SourceHost:
            return rule.isFromAny() ? m_hostCount : rule.sourceHost;
        case CellScope::SourceAddress:
            return rule.isFromAny() ? m_addressCount
                                    : m_addressOffset[rule.sourceHost] + rule.sourceAddress;
        case CellScope::DestinationHost:
            return rule.destinationHost;
        case CellScope::DestinationAddress:
            return m_addressOffset[rule.destinationHost] + rule.destinationAddress;
        case CellScope::Flow:
            return rule.flow;
        case CellScope::Route:
            return m_placement ? size_t(m_placement->route(rule) + 1) : 0;
        case CellScope::Rule:
            return 0;
        }
        return 0;
    }
    /// A rule with key @p key in @p scope; its other fields name nothing (a
    /// column's text reads only the fields of its scope).
    Rule representative(CellScope scope, size_t key) const;

private:
    size_t m_hostCount;
    size_t m_addressCount = 0;
    size_t m_flowCount;
    std::vector<size_t> m_addressOffset; ///< per host: the key of its first address
    std::vector<std::pair<quint32, quint16>> m_addressOf; ///< per address key: host, index
    const RulePlacement *m_placement;
    const std::vector<Rule> *m_rules;
    mutable std::vector<qint64> m_routeRule; ///< per route key: a rule of it, or -1 (lazy)
};

/// Every column definition, in listing order.
const std::vector<RuleColumnDefinition> &ruleColumnDefinitions();

/// The columns a listing of @p context has, in order.
std::vector<const RuleColumnDefinition *> ruleColumns(const RuleSheetContext &context);

/// The CSV headers of the columns a listing of @p context has.
QStringList ruleColumnIds(const RuleSheetContext &context);

/// The definition of @p column.
const RuleColumnDefinition &ruleColumnDefinition(RuleColumn column);

/// The text of one cell, as the CSV writes it before quoting.
QString ruleCellText(const RuleSheetContext &context, const Rule &rule, qsizetype number,
                     RuleColumn column);

} // namespace Portolan
