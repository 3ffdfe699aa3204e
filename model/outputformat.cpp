#include "outputformat.h"

#include "csvexport.h"
#include "savefile.h"
#include "topology.h"

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
        options.language = job.options.language;
        options.excel = job.options.excel;
        options.withHeader = job.options.withHeader;
        const Topology &topology = job.topology;
        RuleSheetProgress progress;
        if (job.progress)
            progress = [&job](size_t done, size_t total) {
                return job.progress(qint64(done), qint64(total));
            };
        const bool written = writeRuleSheet(device, topology.catalog(), topology.project(),
                                            topology.rules(), options, progress);
        if (!written && error)
            error->clear(); // a refused write shows in the device's error; else cancelled
        return written;
    }
};

} // namespace

QString OutputFormat::unavailableReason(const Topology &) const
{
    return {};
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
}

bool writeOutput(const OutputFormat &format, const OutputJob &job, const QString &path,
                 QString *error)
{
    return writeAtomically(
        path, [&](QIODevice *device, QString *why) { return format.write(job, device, why); },
        error);
}

} // namespace Portolan
