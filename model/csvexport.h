#pragma once

#include "catalog.h"
#include "project.h"
#include "rulecolumns.h"
#include "ruledelta.h"
#include "rules.h"

#include <QIODevice>
#include <QStringList>

#include <functional>
#include <vector>

namespace Portolan {

struct CsvOptions
{
    QString language = QStringLiteral("en"); ///< role names, notes and references
    bool excel = false;       ///< UTF-8 BOM and ';' separators, for Excel in German locales
    bool withHeader = false;  ///< title and change-request lines before the table
    bool columnHeader = true; ///< the row of column names (false: rows go on a sheet begun before)
    /// ';' separators without the byte order mark (the rest of an Excel sheet begun before)
    bool excelSeparator = false;
};

/// Text for one cell: formula-like free text (starting with = + - @ TAB CR LF)
/// gets a leading apostrophe, as OWASP advises against CSV injection.
QString neutralizeFormula(const QString &text);

/// Called about once per MiB written with the rows done so far; returning
/// false stops the export (writeRuleSheet() then returns false).
using RuleSheetProgress = std::function<bool(size_t rowsDone, size_t rowsTotal)>;

/// Writes the RFC 4180 rule sheet (UTF-8, CRLF) of @p rules to @p out, with
/// the columns of @p context (its language; options.language is not read).
/// With @p subset (indices into @p rules, ascending) only those rules are
/// listed, each still numbered by its place among all rules. Returns false if
/// the device refuses a write or @p progress stops it.
bool writeRuleSheet(QIODevice *out, const RuleSheetContext &context, const std::vector<Rule> &rules,
                    const std::vector<quint32> *subset, const CsvOptions &options,
                    const RuleSheetProgress &progress = {});

/// A change request's sheet: a first column `Change` ("add" or "remove"),
/// then the columns of @p afterContext (or, where AFTER lacks the firewall,
/// of @p beforeContext); each row's cells come from the version it belongs
/// to (empty where that version lacks the column). @p changes index
/// after's rules when added, before's when removed.
bool writeDeltaSheet(QIODevice *out, const RuleSheetContext &beforeContext,
                     const std::vector<Rule> &beforeRules, const RuleSheetContext &afterContext,
                     const std::vector<Rule> &afterRules,
                     const std::vector<RuleDelta::Change> &changes, const CsvOptions &options);

/// The sheet of every rule of @p project, placed on its firewalls when it has zones.
bool writeRuleSheet(QIODevice *out, const Catalog &catalog, const Project &project,
                    const std::vector<Rule> &rules, const CsvOptions &options,
                    const RuleSheetProgress &progress = {});

} // namespace Portolan
