#include "outputformat.h"

#include "csvexport.h"
#include "policyoutputs.h"
#include "savefile.h"
#include "topology.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Portolan {

namespace {

/// The rule sheet: one row per rule, RFC 4180 (docs/rules.md).
class CsvFormat : public OutputFormat
{
public:
    QString id() const override { return QStringLiteral("csv"); }
    LocalizedText description() const override
    {
        return {QStringLiteral("Rule sheet, one row per rule (RFC 4180 CSV)"),
                QStringLiteral("Regeltabelle, eine Zeile je Regel (CSV nach RFC 4180)")};
    }
    QStringList suffixes() const override { return {QStringLiteral("csv")}; }
    bool needsPainting() const override { return false; }
    bool write(const OutputJob &job, QIODevice *device, QString *error) const override
    {
        CsvOptions options;
        options.excel = job.options.excel;
        options.withHeader = job.options.withHeader;
        const Topology &topology = job.topology;
        RuleSheetProgress progress;
        if (job.progress)
            progress = [&job](size_t done, size_t total) {
                return job.progress(qint64(done), qint64(total));
            };
        RuleSheetContext context = topology.sheetContext(job.options.language);
        if (job.options.firewalls.isEmpty()) {
            const bool written =
                writeRuleSheet(device, context, topology.rules(), nullptr, options, progress);
            if (!written && error)
                error->clear(); // a refused write shows in the device's error; else cancelled
            return written;
        }
        const auto firewalls = firewallsNamed(topology.project(), job.options.firewalls, error);
        if (!firewalls)
            return false;
        // Each firewall's rules in turn, under one header row.
        for (size_t i = 0; i < firewalls->size(); ++i) {
            context.firewall = (*firewalls)[i];
            const std::vector<quint32> &subset = topology.rulesOn(context.firewall);
            if (!writeRuleSheet(device, context, topology.rules(), &subset, options, progress)) {
                if (error)
                    error->clear();
                return false;
            }
            options.withHeader = false;
            options.columnHeader = false;
            options.excel = false; // the byte order mark once, at the start
            options.excelSeparator = job.options.excel;
        }
        return true;
    }
};

} // namespace

QString OutputFormat::unavailableReason(const Topology &) const
{
    return {};
}

std::optional<std::vector<int>> firewallsNamed(const Project &project, const QStringList &names,
                                               QString *error)
{
    QStringList known;
    for (const Firewall &firewall : project.firewalls)
        known.append(firewall.name);
    if (project.firewalls.empty() || project.zones.empty()) {
        if (error)
            *error = QCoreApplication::translate("Portolan::OutputFormat",
                                                 "the project has no zones and firewalls; define "
                                                 "zones and firewalls first");
        return std::nullopt;
    }
    std::vector<int> indices;
    for (const QString &name : names) {
        const qsizetype index = known.indexOf(name);
        if (index < 0) {
            if (error)
                *error = QCoreApplication::translate("Portolan::OutputFormat",
                                                     "unknown firewall '%1' (known: %2)")
                             .arg(name, known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        indices.push_back(int(index));
    }
    return indices;
}

QString fileSafeName(const QString &name)
{
    QString safe;
    for (QChar c : name) {
        const bool unsafe = c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' ||
                            c == u'"' || c == u'<' || c == u'>' || c == u'|' ||
                            c.category() == QChar::Other_Control;
        safe += unsafe ? u'_' : c;
    }
    safe = safe.trimmed();
    while (safe.startsWith(u'.'))
        safe.remove(0, 1); // no hidden files, no ".."
    return safe.isEmpty() ? QStringLiteral("firewall") : safe.left(120);
}

OutputRegistry &OutputRegistry::instance()
{
    static OutputRegistry registry;
    return registry;
}

void OutputRegistry::add(std::unique_ptr<OutputFormat> format)
{
    for (auto &existing : m_formats) {
        if (existing->id() == format->id()) {
            existing = std::move(format);
            return;
        }
    }
    m_formats.push_back(std::move(format));
}

const OutputFormat *OutputRegistry::find(const QString &id) const
{
    for (const auto &format : m_formats) {
        if (format->id().compare(id, Qt::CaseInsensitive) == 0)
            return format.get();
    }
    return nullptr;
}

const OutputFormat *OutputRegistry::forFileName(const QString &fileName) const
{
    const QString name = QFileInfo(fileName).fileName().toLower();
    const OutputFormat *found = nullptr;
    for (const auto &format : m_formats) {
        for (const QString &suffix : format->suffixes()) {
            if (name.endsWith(u'.' + suffix)) {
                if (found && found != format.get())
                    return nullptr; // ambiguous
                found = format.get();
            }
        }
    }
    return found;
}

QStringList OutputRegistry::ids() const
{
    QStringList ids;
    for (const auto &format : m_formats)
        ids.append(format->id());
    return ids;
}

void registerModelOutputs(OutputRegistry &registry)
{
    registry.add(std::make_unique<CsvFormat>());
    registerPolicyOutputs(registry);
}

bool writeOutput(const OutputFormat &format, const OutputJob &job, const QString &path,
                 QString *error)
{
    return writeAtomically(
        path, [&](QIODevice *device, QString *why) { return format.write(job, device, why); },
        error);
}

} // namespace Portolan
