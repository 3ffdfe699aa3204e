#include "csvexport.h"

#include <algorithm>
#include <cstring>
#include <memory>

namespace Portolan {

namespace {

/// Appends one RFC 4180 cell, quoted only when it must be.
void appendCell(QByteArray &out, const QByteArray &utf8, char separator)
{
    bool quote = false;
    for (char c : utf8) {
        if (c == separator || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

QString neutralizeFormula(const QString &text)
{
    if (!text.isEmpty()) {
        const QChar c = text.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' ||
            c == u'\n')
            return u'\'' + text;
    }
    return text;
}

namespace {

/// Consecutive columns of one scope, written as one ready-made chunk per key.
struct Run
{
    CellScope scope;
    std::vector<QByteArray>
        chunks; ///< per key: the cells, each led by a separator but the sheet's first
    qsizetype widest = 0;
    bool first = false; ///< holds the sheet's first column
    /// A cell made per row (CellScope::Rule), by this column's writeAscii().
    const RuleColumnDefinition *perRow = nullptr;
};

} // namespace

bool writeRuleSheet(QIODevice *out, const Catalog &catalog, const Project &project,
                    const std::vector<Rule> &rules, const CsvOptions &options,
                    const RuleSheetProgress &progress)
{
    std::unique_ptr<RulePlacement> placement;
    if (!project.zones.empty())
        placement = std::make_unique<RulePlacement>(catalog, project);
    const RuleIdentity identity(catalog, project);
    const RuleSheetContext context{catalog,         project, options.language,
                                   placement.get(), -1,      &identity};
    return writeRuleSheet(out, context, rules, nullptr, options, progress);
}

bool writeRuleSheet(QIODevice *out, const RuleSheetContext &context, const std::vector<Rule> &rules,
                    const std::vector<quint32> *subset, const CsvOptions &options,
                    const RuleSheetProgress &progress)
{
    const Catalog &catalog = context.catalog;
    const Project &project = context.project;
    const char sep = options.excel || options.excelSeparator ? ';' : ',';
    const QString &lang = context.language;
    const std::vector<const RuleColumnDefinition *> columns = ruleColumns(context);
    const RuleKeys keys(catalog, project, context.placement, &rules);

    // Every text is formatted once up front, per key of its column's scope; a
    // row is then a few appends of ready bytes, so the loop does no per-cell
    // allocation or escaping.
    std::vector<Run> runs;
    for (size_t c = 0; c < columns.size(); ++c) {
        const RuleColumnDefinition &column = *columns[c];
        const bool alone = column.scope == CellScope::Number || column.scope == CellScope::Rule;
        if (runs.empty() || alone || runs.back().scope != column.scope ||
            runs.back().scope == CellScope::Number) {
            runs.push_back(Run{column.scope, {}, 0, c == 0, nullptr});
            if (!alone)
                runs.back().chunks.resize(keys.count(column.scope));
        }
        Run &run = runs.back();
        if (column.scope == CellScope::Rule) {
            // Ids are ASCII and cannot start a formula or need quotes.
            Q_ASSERT(column.writeAscii && column.literal);
            run.perRow = &column;
            run.widest = 33;
            continue;
        }
        if (column.scope == CellScope::Number)
            continue;
        // Routes stand for no host or flow: the rows written name a rule of
        // each route they use (and only those routes get a chunk).
        std::vector<qint64> routeRule;
        if (column.scope == CellScope::Route) {
            routeRule.assign(run.chunks.size(), -1);
            const size_t rowCount = subset ? subset->size() : rules.size();
            for (size_t row = 0; row < rowCount; ++row) {
                const size_t i = subset ? (*subset)[row] : row;
                qint64 &first = routeRule[keys.key(CellScope::Route, rules[i])];
                if (first < 0)
                    first = qint64(i);
            }
        }
        for (size_t k = 0; k < run.chunks.size(); ++k) {
            if (!routeRule.empty() && routeRule[k] < 0)
                continue;
            const Rule representative = routeRule.empty() ? keys.representative(column.scope, k)
                                                          : rules[size_t(routeRule[k])];
            const QString text = column.text(context, representative, 0);
            QByteArray &chunk = run.chunks[k];
            if (c > 0)
                chunk += sep;
            if (column.literal)
                appendCell(chunk, text.toUtf8(), sep);
            else
                appendCell(chunk, neutralizeFormula(text).toUtf8(), sep);
        }
    }
    for (Run &run : runs) {
        for (const QByteArray &chunk : run.chunks)
            run.widest = std::max(run.widest, chunk.size());
    }

    QByteArray buffer;
    constexpr qsizetype flushAt = 1 << 20;
    buffer.reserve(flushAt + 4096);
    if (options.excel)
        buffer += "\xEF\xBB\xBF";
    if (options.withHeader) {
        const ChangeRequest &cr = project.changeRequest;
        // The labels follow the sheet's --language, not the program's locale, so
        // that a script gets the same bytes on every machine.
        const std::pair<LocalizedText, QString> lines[] = {
            {{QStringLiteral("Title"), QStringLiteral("Titel")}, project.title},
            {{QStringLiteral("Change request"), QStringLiteral("Änderungsantrag")}, cr.number},
            {{QStringLiteral("Requester"), QStringLiteral("Antragsteller")}, cr.requester},
            {{QStringLiteral("Author"), QStringLiteral("Verfasser")}, cr.author},
            {{QStringLiteral("Date"), QStringLiteral("Datum")}, cr.date},
            {{QStringLiteral("Revision"), QStringLiteral("Revision")}, cr.revision},
            {{QStringLiteral("Justification"), QStringLiteral("Begründung")}, cr.justification},
            {{QStringLiteral("Catalog"), QStringLiteral("Katalog")}, catalog.name().text(lang)},
        };
        for (const auto &[label, value] : lines) {
            if (value.isEmpty())
                continue;
            appendCell(
                buffer,
                (QStringLiteral("# ") + label.text(lang) + QStringLiteral(": ") + value).toUtf8(),
                sep);
            buffer += "\r\n";
        }
    }
    if (options.columnHeader) {
        for (size_t c = 0; c < columns.size(); ++c) {
            if (c > 0)
                buffer += sep;
            appendCell(buffer, columns[c]->id.toUtf8(), sep);
        }
        buffer += "\r\n";
    }

    // The rows are copied into one flat block and written out a block at a
    // time. Plain memcpy of ready cells, without QByteArray's bookkeeping per
    // append (which dominated the profile); the block has room for a whole
    // row past its flush point, so no row checks its end.
    constexpr qsizetype widestNumber = 21; // a separator and the digits of a size_t
    qsizetype widestRow = 2;
    for (const Run &run : runs)
        widestRow += run.scope == CellScope::Number ? widestNumber : run.widest;
    const qsizetype flushPoint = std::max(flushAt, buffer.size());
    qsizetype used = buffer.size();
    buffer.resize(flushPoint + widestRow);
    char *const block = buffer.data();
    char *p = block + used;

    const size_t rowCount = subset ? subset->size() : rules.size();
    for (size_t row = 0; row < rowCount; ++row) {
        const size_t i = subset ? (*subset)[row] : row;
        const Rule &rule = rules[i];
        for (const Run &run : runs) {
            if (run.scope == CellScope::Number) {
                if (!run.first)
                    *p++ = sep;
                // Row numbers by hand: QByteArray::number would allocate per row.
                int digits = 1;
                for (size_t v = (i + 1) / 10; v > 0; v /= 10)
                    ++digits;
                size_t v = i + 1;
                for (int k = digits - 1; k >= 0; --k, v /= 10)
                    p[k] = char('0' + v % 10);
                p += digits;
                continue;
            }
            if (run.perRow) {
                if (!run.first)
                    *p++ = sep;
                p += run.perRow->writeAscii(context, rule, p);
                continue;
            }
            const QByteArray &chunk = run.chunks[keys.key(run.scope, rule)];
            std::memcpy(p, chunk.constData(), size_t(chunk.size()));
            p += chunk.size();
        }
        *p++ = '\r';
        *p++ = '\n';
        used = p - block;
        if (used >= flushPoint) {
            if (out->write(block, used) != used)
                return false;
            p = block;
            if (progress && !progress(row + 1, rowCount))
                return false;
        }
    }
    used = p - block;
    return out->write(block, used) == used;
}

bool writeDeltaSheet(QIODevice *out, const RuleSheetContext &beforeContext,
                     const std::vector<Rule> &beforeRules, const RuleSheetContext &afterContext,
                     const std::vector<Rule> &afterRules,
                     const std::vector<RuleDelta::Change> &changes, const CsvOptions &options)
{
    // Few rows (a change request), so every cell is made as text: no chunks.
    const char sep = options.excel ? ';' : ',';
    const bool afterHasIt = afterContext.firewall >= 0 || beforeContext.firewall < 0;
    const std::vector<const RuleColumnDefinition *> columns =
        ruleColumns(afterHasIt ? afterContext : beforeContext);
    const auto applies = [](const RuleColumnDefinition *column, const RuleSheetContext &context) {
        return !column->applies || column->applies(context);
    };
    QByteArray buffer;
    if (options.excel)
        buffer += "\xEF\xBB\xBF";
    buffer += "Change";
    for (const RuleColumnDefinition *column : columns) {
        buffer += sep;
        appendCell(buffer, column->id.toUtf8(), sep);
    }
    buffer += "\r\n";
    for (const auto &[added, index] : changes) { // RuleDelta::Change
        const RuleSheetContext &context = added ? afterContext : beforeContext;
        const Rule &rule = (added ? afterRules : beforeRules)[index];
        buffer += added ? "add" : "remove";
        for (const RuleColumnDefinition *column : columns) {
            buffer += sep;
            if (!applies(column, context))
                continue;
            const QString text = column->text(context, rule, qsizetype(index) + 1);
            appendCell(buffer, (column->literal ? text : neutralizeFormula(text)).toUtf8(), sep);
        }
        buffer += "\r\n";
        if (buffer.size() > (1 << 20)) {
            if (out->write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return out->write(buffer) == buffer.size();
}

} // namespace Portolan
